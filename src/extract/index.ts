// Runs the extractors a command asked for on one document and reconciles them
// (a number inside a date is a date part, not a count).

import { TextContext } from '../core/context.js';
import type { DateMention, ExtractedDocument, NumberMention, SourceDocument } from '../core/types.js';
import { extractDates, findReferenceDate } from './dates/index.js';
import { detectOutlet, extractEntities } from './entities/index.js';
import { extractNumbers, type NumberOptions } from './numbers/index.js';

export type ExtractKind = 'numbers' | 'dates' | 'entities';
export const EXTRACT_KINDS: readonly ExtractKind[] = ['numbers', 'dates', 'entities'];

export interface ExtractOptions {
  kinds?: readonly ExtractKind[];
  vague?: NumberOptions['vague'];
  /** --ref-date: reference date when the document gives none. */
  refDate?: string;
}

export function extractDocument(doc: SourceDocument, options: ExtractOptions = {}, ctx = new TextContext(doc.text)): ExtractedDocument {
  const kinds = new Set(options.kinds ?? EXTRACT_KINDS);
  const reference = findReferenceDate(ctx, {
    published: doc.published,
    publishedFrom: doc.publishedFrom,
    refDate: options.refDate,
  });
  const out: ExtractedDocument = { id: doc.id, published: reference.value, publishedFrom: reference.from };
  const dates = kinds.has('dates') || kinds.has('numbers') ? extractDates(ctx, { reference }) : [];
  if (kinds.has('numbers')) {
    const numbers = reconcileWithDates(extractNumbers(ctx, { vague: options.vague }), dates);
    out.numbers = numbers;
  }
  if (kinds.has('dates')) out.dates = dates;
  if (kinds.has('entities')) {
    const entities = extractEntities(ctx);
    out.entities = entities;
    if (doc.outlet) {
      out.outlet = doc.outlet;
      out.outletFrom = doc.outletFrom ?? 'meta';
    } else {
      const guess = detectOutlet(ctx, entities);
      out.outlet = guess.outlet;
      out.outletFrom = guess.outletFrom;
    }
  }
  return out;
}

/**
 * A number inside a date mention is part of the date: digits become date parts or
 * years (26/1/2022, منذ ثلاثة أيام), and an ordinal word that names a month
 * (كانون الثاني، ربيع الأول) is no number at all.
 */
export function reconcileWithDates(numbers: NumberMention[], dates: readonly DateMention[]): NumberMention[] {
  if (dates.length === 0) return numbers;
  dates = [...dates].sort((a, b) => a.start - b.start);
  const out: NumberMention[] = [];
  let d = 0;
  for (const n of numbers) {
    while (d < dates.length && dates[d]!.end <= n.start) d++;
    const date = findContaining(dates, d, n);
    if (!date) {
      out.push(n);
      continue;
    }
    if (n.kind === 'ordinal' && !/\p{N}/u.test(n.text)) continue;
    if (n.kind === 'count' || n.kind === 'ordinal' || n.kind === 'measure') {
      n.kind = n.value !== null && n.value >= 1000 && n.value <= 2200 && Number.isInteger(n.value) ? 'year' : 'datePart';
    }
    out.push(n);
  }
  return out;
}

function findContaining(dates: readonly DateMention[], from: number, n: NumberMention): DateMention | undefined {
  // Dates are sorted by start and rarely overlap: look at the few that can hold n.
  for (let k = Math.max(0, from - 2); k < dates.length && dates[k]!.start <= n.start; k++) {
    const date = dates[k]!;
    if (n.start >= date.start && n.end <= date.end) return date;
  }
  return undefined;
}
