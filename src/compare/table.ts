// The comparison for people: one block per group, status in words (colour only adds to
// it), every claim with its value, claimant, date, document and the Arabic quote.

import { figuresLexicon } from '../figures/lexicon.js';
import { quoteWindow, sourceText, subjectText, valueText } from '../figures/table.js';
import type { Style } from '../render/color.js';
import type { Claim, Comparison, Group, GroupStatus } from './types.js';

export interface CompareTableOptions {
  /** Add file:line:col and the whole sentence of each claim. */
  explain?: boolean;
  columns: (rows: string[][]) => string[];
  /** How many documents were compared, when `c.documents` lists only those with figures. */
  documents?: number;
}

const STATUS_WORD: Record<GroupStatus, string> = {
  agree: 'AGREE',
  conflict: 'CONFLICT',
  update: 'UPDATE',
  partial: 'PARTIAL',
  single: 'SINGLE',
};

function statusText(status: GroupStatus, style: Style): string {
  const word = STATUS_WORD[status];
  switch (status) {
    case 'conflict':
      return style.bold.red(word);
    case 'update':
      return style.bold.yellow(word);
    case 'agree':
      return style.bold.green(word);
    case 'partial':
      return style.bold.cyan(word);
    default:
      return style.bold(word);
  }
}

export function compareTable(c: Comparison, style: Style, options: CompareTableOptions): string {
  const out: string[] = [];
  const paths = new Map(c.documents.map((d) => [d.id, d.path ?? d.id]));
  const counts = countStatuses(c.groups);
  const documents = options.documents ?? c.documents.length;
  out.push(style.bold(`Comparison of ${documents} document${documents === 1 ? '' : 's'}: ${c.groups.length} group${c.groups.length === 1 ? '' : 's'}`) + (counts ? ` (${counts})` : ''));
  for (const event of c.events) {
    const groups = c.groups.filter((g) => g.event === event.id);
    if (groups.length === 0) continue;
    out.push('');
    out.push(style.bold(`Event ${event.id}: ${event.label}`) + style.dim(` · documents ${event.documents.join(', ')}${event.other ? ' · mentioned in passing, never compared with a main event' : ''}`));
    for (const g of groups) out.push('', groupBlock(g, style, options, paths));
  }
  const checks = c.checks;
  if (checks.length) {
    out.push('', style.bold('Checks'));
    for (const check of checks) {
      const word = check.status === 'ok' ? style.green('OK') : style.red(check.status === 'mismatch' ? 'MISMATCH' : 'FAIL');
      out.push(`  ${word}  ${check.kind}: ${check.message}${check.document ? style.dim(` (${check.document})`) : ''}`);
    }
  }
  return out.join('\n');
}

function countStatuses(groups: readonly Group[]): string {
  const n = new Map<GroupStatus, number>();
  for (const g of groups) n.set(g.status, (n.get(g.status) ?? 0) + 1);
  return (['conflict', 'update', 'partial', 'agree', 'single'] as const)
    .filter((s) => n.get(s))
    .map((s) => `${n.get(s)} ${s}`)
    .join(', ');
}

function groupBlock(g: Group, style: Style, options: CompareTableOptions, paths: Map<string, string>): string {
  const lines: string[] = [];
  const measure = figuresLexicon().measures.get(g.measure)?.label ?? g.measure;
  lines.push(`${style.dim(g.id)} ${style.bold(`${measure} · ${g.subject.label}`)}  ${statusText(g.status, style)} ${style.dim(`— ${g.summary.reason}`)}`);
  const s = g.summary;
  const facts: string[] = [];
  if (s.min !== null) facts.push(`min ${s.min.toLocaleString('en-US')}`);
  if (s.max !== null) facts.push(`max ${s.max.toLocaleString('en-US')}`);
  if (s.latest) facts.push(`latest ${valueOfClaim(g, s.latest.claim)} (${s.latest.asOf})`);
  if (s.conservative) facts.push(`most conservative ${valueOfClaim(g, s.conservative.claim)} (${s.conservative.claimant})`);
  if (facts.length) lines.push(`   ${facts.join(' · ')}`);
  const rows = g.claims.map((c) => claimCells(c, style));
  const aligned = options.columns(rows);
  g.claims.forEach((c, k) => {
    lines.push(`   ${aligned[k]}`);
    if (options.explain) {
      lines.push(`       ${style.dim(`${paths.get(c.document) ?? c.document}:${c.line}:${c.col}`)}  ${c.quote.replace(/\s+/g, ' ').trim()}`);
    } else lines.push(`       «${quoteWindow(c)}»`);
  });
  if (s.conflicts?.length) {
    const ids = new Map(g.claims.map((c, k) => [c.id, k + 1]));
    lines.push(`   ${style.dim('cannot both be true:')} ${s.conflicts.map((p) => `#${ids.get(p.a)} vs #${ids.get(p.b)}`).join(', ')}`);
  }
  return lines.join('\n');
}

function valueOfClaim(g: Group, id: string): string {
  const c = g.claims.find((x) => x.id === id);
  return c ? valueText(c) : '?';
}

function claimCells(c: Claim, style: Style): string[] {
  const notes: string[] = [];
  if (c.partial) notes.push(`partial: ${c.period?.text ?? ''}`.trim());
  else if (c.period) notes.push(`${c.period.kind}: ${c.period.text}`);
  if (c.partOf) notes.push('part of a breakdown');
  if (c.earlier) notes.push('earlier toll');
  // A side the text does not name is shown as inferred.
  const subject = !c.subject.party && c.side ? `${c.subject.role} (${c.side}, inferred)` : subjectText(c);
  return [
    style.bold(valueText(c)),
    subject,
    sourceText(c.source, c.outlet),
    c.asOf ?? 'date ?',
    c.document,
    notes.join('; '),
  ];
}
