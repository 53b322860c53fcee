// Text for people: figures and comparisons as English labels with the Arabic quote.
// Colour comes only through the Style given (no colour off a terminal); every status is
// also written as a word, so nothing is said by colour alone.

import type { Style } from '../render/color.js';
import type { Figure, FigureSource } from './types.js';

const QUALIFIER: Record<string, string> = {
  approx: 'about ',
  moreThan: 'more than ',
  atLeast: 'at least ',
  lessThan: 'fewer than ',
  atMost: 'at most ',
};

/** "about 5,000" · "more than 200" · "tens (10–99)". */
export function valueText(f: Pick<Figure, 'value' | 'min' | 'max' | 'qualifier'>): string {
  if (f.value === null) {
    if (f.min !== null && f.max !== null) return `vague (${fmt(f.min)}–${fmt(f.max)})`;
    return f.min !== null ? `vague (${fmt(f.min)}+)` : 'vague';
  }
  if (f.qualifier === 'range' && f.min !== null && f.max !== null) return `${fmt(f.min)}–${fmt(f.max)}`;
  return `${QUALIFIER[f.qualifier] ?? ''}${fmt(f.value)}`;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export function sourceText(source: FigureSource | null, outlet: string | null): string {
  if (!source) return `${outlet ?? 'the outlet'} (own statement)`;
  const who = source.canonical ?? source.text;
  return source.via ? `${who} via ${source.via.canonical ?? source.via.text}` : who;
}

/** The words around the number, on one line: «… مقتل 17 عنصراً من قواتها …». */
export function quoteWindow(f: Pick<Figure, 'quote' | 'quoteStart' | 'start' | 'end'>, width = 70): string {
  const q = f.quote.replace(/\s+/g, ' ');
  const at = f.start - f.quoteStart;
  if (q.length <= width) return q.trim();
  let from = Math.max(0, at - Math.floor(width / 2));
  let to = Math.min(q.length, from + width);
  from = Math.max(0, to - width);
  // Cut at spaces so no word is split.
  if (from > 0) from = q.indexOf(' ', from) + 1 || from;
  if (to < q.length) to = q.lastIndexOf(' ', to) > from ? q.lastIndexOf(' ', to) : to;
  return `${from > 0 ? '… ' : ''}${q.slice(from, to).trim()}${to < q.length ? ' …' : ''}`;
}

export function subjectText(f: Pick<Figure, 'subject'>): string {
  const { role, party } = f.subject;
  return party ? `${role} (${party})` : role;
}

/** One figure as the cells of a table row. */
export function figureCells(f: Figure, style: Style): string[] {
  const flags: string[] = [];
  if (f.partOf) flags.push(`part of ${f.partOf.slice(f.partOf.lastIndexOf('#'))}`);
  if (f.period) flags.push(`${f.period.kind}: ${f.period.text}`);
  if (f.otherEvent) flags.push('other event');
  if (f.earlier) flags.push('earlier toll');
  return [
    style.cyan(f.measure),
    style.bold(valueText(f)),
    subjectText(f),
    sourceText(f.source, f.outlet),
    f.asOf ?? 'date ?',
    flags.join('; '),
  ];
}
