// CSV output (RFC 4180) for spreadsheets: CRLF line ends; a field is quoted when it
// holds a comma, a double quote, CR or LF, and quotes inside are doubled.
//
// Article text is untrusted, and spreadsheets run a cell that begins with = + - @
// (or a tab/CR that some of them skip first) as a formula. Every TEXT cell that
// begins with one of those gets a leading apostrophe ("'=HYPERLINK(...)"), which
// Excel, LibreOffice and Google Sheets show as text. NUMERIC columns (value, min,
// max, start, end, group) are written from JavaScript numbers only, never from
// text, so they cannot carry a formula and stay numeric (a negative number keeps
// its minus sign); empty when the value is null.
//
// `--bom` prefixes U+FEFF so Excel opens the UTF-8 file as UTF-8 (Arabic otherwise
// shows as mojibake); other readers ignore it.
//
// Columns of `arqam claims --format csv` (one row per figure), in this order:
//   document, measure, value, min, max, qualifier, subject, role, party,
//   source, source_canonical, via, as_of, period, location, part_of, other_event,
//   start, end, quote
// Columns of `arqam compare --format csv` (one row per claim of each group), in this order:
//   group, event, measure, role, party, status, document, outlet, published, claimant,
//   value, min, max, qualifier, partial, source, source_canonical, via, as_of, period,
//   start, end, quote
// (group: 1-based number of the group; event: the event's label; claimant: who makes
// the claim; partial: true when the claim counts only part of the event)
// New columns are only ever appended at the end, so a column's position is stable.

import { comparisonCollector } from './collect.js';
import type { DocumentRenderer, Presenter, RenderOptions, Sink } from './index.js';
import type { CompareLike, FigureLike, SourceLike } from './model.js';

export const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined;

/** A text cell: neutralised against formula injection, then quoted as RFC 4180 asks. */
export function csvText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A numeric cell: a finite number as JavaScript writes it, else empty. */
export function csvNumber(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

function cell(value: CsvValue): string {
  if (typeof value === 'number') return csvNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return csvText(value);
}

/** One record, CRLF-terminated. */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(cell).join(',') + '\r\n';
}

export const CLAIM_COLUMNS = [
  'document', 'measure', 'value', 'min', 'max', 'qualifier', 'subject', 'role', 'party',
  'source', 'source_canonical', 'via', 'as_of', 'period', 'location', 'part_of', 'other_event',
  'start', 'end', 'quote',
] as const;

export const COMPARE_COLUMNS = [
  'group', 'event', 'measure', 'role', 'party', 'status', 'document', 'outlet', 'published', 'claimant',
  'value', 'min', 'max', 'qualifier', 'partial', 'source', 'source_canonical', 'via', 'as_of', 'period',
  'start', 'end', 'quote',
] as const;

/** Any value the upstream shape may give (string, number, object with text/label) as cell text. */
export function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => asText(v) ?? '').join('; ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const key of ['text', 'label', 'name', 'id', 'value']) {
      if (typeof o[key] === 'string') return o[key] as string;
    }
    return JSON.stringify(value);
  }
  return null;
}

function sourceCells(source: SourceLike | null | undefined): [string | null, string | null, string | null] {
  if (!source) return [null, null, null];
  const via = source.via ? (typeof source.via === 'string' ? source.via : asText(source.via.canonical ?? source.via.text)) : null;
  return [source.text ?? null, source.canonical ?? null, via];
}

function quoteText(quote: FigureLike['quote']): string | null {
  return asText(quote);
}

export function figureRow(f: FigureLike): CsvValue[] {
  return [
    f.document, f.measure, f.value, f.min, f.max, f.qualifier,
    f.subject?.text ?? null, f.subject?.role ?? null, f.subject?.party ?? null,
    ...sourceCells(f.source),
    asText(f.asOf), asText(f.period), asText(f.location), asText(f.partOf),
    Boolean(f.otherEvent),
    f.start, f.end, quoteText(f.quote),
  ];
}

/** `arqam claims --format csv`: header plus one row per figure. */
export function renderClaimsCsv(figures: Iterable<FigureLike>, options: { bom?: boolean } = {}): string {
  let out = (options.bom ? BOM : '') + csvRow(CLAIM_COLUMNS);
  for (const f of figures) out += csvRow(figureRow(f));
  return out;
}

/** `arqam compare --format csv`: header plus one row per claim, groups numbered from 1. */
export function renderCompareCsv(comparison: CompareLike, options: { bom?: boolean } = {}): string {
  const docs = new Map((comparison.documents ?? []).map((d) => [d.id, d]));
  const events = new Map((comparison.events ?? []).map((e) => [e.id, e.label || e.id]));
  let out = (options.bom ? BOM : '') + csvRow(COMPARE_COLUMNS);
  comparison.groups.forEach((g, index) => {
    const event = asText(g.event);
    for (const c of g.claims) {
      const doc = docs.get(c.document);
      out += csvRow([
        index + 1, (event !== null && events.get(event)) || event, g.measure, g.subject?.role ?? null, g.subject?.party ?? null, g.status,
        c.document, c.outlet ?? doc?.outlet ?? null, asText(doc?.published ?? null), c.claimant ?? null,
        c.value, c.min, c.max, c.qualifier, c.partial === undefined ? null : Boolean(c.partial),
        ...sourceCells(c.source),
        asText(c.asOf), asText(c.period), c.start, c.end, quoteText(c.quote),
      ]);
    }
  });
  return out;
}

// --- The `--format csv` renderer -------------------------------------------------------

/**
 * Streams one row per figure for per-document commands (claims: `csvColumns` and
 * `csvRows`), or writes the whole comparison at the end for a comparison presenter.
 */
export function csvRenderer<R>(presenter: Presenter<R>, sink: Sink, _style: unknown, options: RenderOptions = {}): DocumentRenderer<R> {
  const bom = options.bom ? BOM : '';
  if (presenter.comparison) {
    const collect = comparisonCollector(presenter);
    return {
      document: async (result) => collect.add(result),
      end: async () => sink.write(renderCompareCsv(await collect.finish(), { bom: options.bom })),
    };
  }
  const { csvColumns, csvRows } = presenter;
  if (!csvColumns || !csvRows) throw new Error(`csv is not available for ${presenter.schema}`);
  let started = false;
  const header = (): string => (started ? '' : ((started = true), bom + csvRow(csvColumns)));
  return {
    async document(result) {
      let chunk = header();
      for (const row of csvRows(result)) chunk += csvRow(row);
      await sink.write(chunk);
    },
    async end() {
      await sink.write(header());
    },
  };
}
