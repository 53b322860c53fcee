// arqam extract: numbers, dates and named entities of each document, with spans into
// the original text (schema arqam.extract/1).

import { Option } from 'commander';
import type { DateMention, EntityMention, ExtractedDocument, NumberMention } from '../../core/types.js';
import type { ExtractKind, ExtractOptions } from '../../extract/index.js';
import type { Presenter } from '../../render/index.js';
import type { Style } from '../../render/color.js';
import { onFirstUse, type CommandSpec } from '../command.js';
import { UsageError } from '../errors.js';
import { documentHeading } from './heading.js';

/** Kind names for help and validation (the extract module itself is loaded lazily). */
const KINDS: readonly ExtractKind[] = ['numbers', 'dates', 'entities'];
const MENTION_TYPE = { numbers: 'number', dates: 'date', entities: 'entity' } as const;

export interface ExtractResult extends ExtractedDocument {
  /** Set when the document was not analysed (it does not look Arabic). */
  skipped?: 'language';
}

export function parseKinds(value: unknown): ExtractKind[] {
  if (value === undefined || value === true) return [...KINDS];
  const kinds = String(value)
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  for (const kind of kinds) {
    if (!(KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kinds: unknown kind "${kind}" (choose from ${KINDS.join(', ')})`);
  }
  if (kinds.length === 0) throw new UsageError(`--kinds: give at least one of ${KINDS.join(', ')}`);
  return KINDS.filter((k) => kinds.includes(k));
}

export function parseRefDate(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== text) throw new UsageError(`--ref-date: expected a date YYYY-MM-DD, got "${text}"`);
  return text;
}

/** The JSON document: metadata first, then the requested kinds in a fixed order. */
function documentJson(r: ExtractResult, kinds: readonly ExtractKind[]): Record<string, unknown> {
  const out: Record<string, unknown> = { id: r.id, published: r.published, publishedFrom: r.publishedFrom };
  if (r.outlet !== undefined) out.outlet = r.outlet;
  if (r.outletFrom !== undefined) out.outletFrom = r.outletFrom;
  if (r.language !== undefined) out.language = r.language;
  if (r.skipped) out.skipped = r.skipped;
  for (const kind of kinds) out[kind] = r[kind] ?? [];
  return out;
}

type AnyMention = { kind: ExtractKind; mention: NumberMention | DateMention | EntityMention };

function describe({ kind, mention }: AnyMention): string {
  if (kind === 'numbers') {
    const n = mention as NumberMention;
    const value = n.value !== null ? String(n.value) : `${n.min ?? '?'}–${n.max ?? '?'}`;
    return `${n.qualifier === 'exact' ? '' : `${n.qualifier} `}${value} ${n.kind}`;
  }
  if (kind === 'dates') {
    const d = mention as DateMention;
    return `${d.value ?? '?'} ${d.grain}${d.relative ? ' relative' : ''}${d.calendar === 'hijri' ? ' hijri' : ''}`;
  }
  const e = mention as EntityMention;
  return `${e.type}${e.canonical ? ` ${e.canonical}` : ''}`;
}

function table(r: ExtractResult, kinds: readonly ExtractKind[], style: Style, columns: (rows: string[][]) => string[]): string {
  const details = [`published ${r.published ?? '?'} (${r.publishedFrom})`];
  if (r.outlet !== undefined) details.push(`outlet ${r.outlet ?? '?'} (${r.outletFrom ?? 'none'})`);
  if (r.language && r.language !== 'ar') details.push(`language ${r.language}`);
  if (r.skipped) details.push('skipped: not Arabic');
  const mentions: AnyMention[] = [];
  for (const kind of kinds) for (const mention of r[kind] ?? []) mentions.push({ kind, mention });
  mentions.sort((a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end);
  const counts = kinds.map((k) => `${(r[k] ?? []).length} ${k}`).join(', ');
  const lines = [documentHeading(r.id, style, `${details.join(' · ')} · ${counts}`)];
  const rows = mentions.map((m) => [
    style.cyan(MENTION_TYPE[m.kind]),
    m.mention.text.replace(/\s+/g, ' '),
    describe(m),
    style.dim(`${m.mention.start}–${m.mention.end}`),
  ]);
  for (const line of columns(rows)) lines.push(`  ${line}`);
  return lines.join('\n');
}

export const extractCommand: CommandSpec = {
  name: 'extract',
  summary: 'extract numbers, dates and named entities with their spans',
  examples: [
    'arqam extract fixtures/                                   every mention, one block per article',
    'arqam extract --kinds numbers,dates --format json a.txt   JSON (schema arqam.extract/1)',
    'arqam extract --vague acled --ref-date 2022-01-26 a.txt   ACLED values for vague counts; reference date when the text gives none',
    'arqam extract --input-format ndjson --format ndjson corpus.ndjson   one mention per line',
  ],
  analysis: true,
  configure(command) {
    command
      .option('--kinds <list>', `comma-separated kinds to extract: ${KINDS.join(',')} (default: all)`)
      .addOption(new Option('--vague <mode>', 'vague counts (عشرات، مئات): range = min–max bounds; acled = ACLED single values').choices(['range', 'acled']).default('range'))
      .option('--ref-date <date>', 'reference date (YYYY-MM-DD) for relative dates when a document gives none');
  },
  async prepare(options) {
    const kinds = parseKinds(options.kinds);
    const extractOptions: ExtractOptions = { kinds, vague: options.vague as ExtractOptions['vague'], refDate: parseRefDate(options.refDate) };
    const analysis = onFirstUse(() => import('../../extract/index.js'));
    const { columns } = await import('../../render/table.js');
    const presenter: Presenter<ExtractResult> = {
      schema: 'arqam.extract/1',
      jsonHeader: { offsets: 'start/end: UTF-16 code units (JavaScript string indices) of the decoded original text; text === original.slice(start, end)' },
      jsonDocument: (r) => documentJson(r, kinds),
      *ndjsonLines(r) {
        const { id } = r;
        const head = documentJson(r, []);
        yield { type: 'document', ...head };
        for (const kind of kinds) for (const mention of r[kind] ?? []) yield { type: MENTION_TYPE[kind], document: id, ...mention };
      },
      table: (r, style) => table(r, kinds, style, columns),
    };
    return {
      presenter,
      async process(document, info): Promise<ExtractResult> {
        const language = info.language?.language;
        if (info.skipped) {
          return { id: document.id, published: document.published ?? null, publishedFrom: document.publishedFrom ?? 'none', language, skipped: 'language' };
        }
        const { extractDocument } = await analysis();
        const result: ExtractResult = extractDocument(document, extractOptions);
        result.language = language;
        return result;
      },
    };
  },
};
