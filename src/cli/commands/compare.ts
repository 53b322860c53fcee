// arqam compare: the figures of all inputs grouped by event, measure and who was counted,
// each group judged agree | conflict | update | partial, with checks (schema arqam.compare/1).
// Only the figures and the metadata of the documents that have some are kept while
// reading, as JSON off the heap, never texts; each document's own output waits there too
// (render/index.ts).

import { Option } from 'commander';
import type { Comparison } from '../../compare/types.js';
import type { DocumentFigures } from '../../figures/build.js';
import type { DocumentInfo, Figure } from '../../figures/types.js';
import type { Presenter } from '../../render/index.js';
import { onFirstUse, type CommandSpec } from '../command.js';
import { EXIT, UsageError } from '../errors.js';
import { JsonSpill } from '../../stream/spill.js';
import { parseRefDate } from './extract.js';
import { documentHeading } from './heading.js';

export const FAIL_ON = ['conflict', 'update', 'any'] as const;
export type FailOn = (typeof FAIL_ON)[number];

interface CompareDocument extends DocumentFigures {
  skipped?: 'language';
}

/** Does the comparison meet the --fail-on condition? any: a conflict, an update or a failed check. */
export function failsOn(c: Comparison, failOn: FailOn | undefined): boolean {
  if (!failOn) return false;
  const has = (s: string): boolean => c.groups.some((g) => g.status === s);
  if (failOn === 'conflict') return has('conflict');
  if (failOn === 'update') return has('update');
  return has('conflict') || has('update') || c.checks.some((k) => k.status !== 'ok');
}

/** The comparison's NDJSON lines after the documents, made one at a time as they are written. */
function* trailerLines(c: Comparison): Generator<Record<string, unknown>> {
  for (const e of c.events) yield { type: 'event', ...e };
  for (const g of c.groups) yield { type: 'group', ...g };
  for (const k of c.checks) yield { type: 'check', ...k };
}

export const compareCommand: CommandSpec = {
  name: 'compare',
  summary: 'compare the figures of several articles: agree, conflict, update or partial',
  examples: [
    'arqam compare fixtures/                          one block per group of comparable claims',
    'arqam compare --explain fixtures/                with file:line:col and the whole sentence',
    'arqam compare --format json fixtures/            JSON (schema arqam.compare/1)',
    'arqam compare --fail-on conflict articles/       exit 1 when two sources contradict each other',
  ],
  analysis: true,
  configure(command) {
    command
      .option('--explain', 'show file:line:col and the whole sentence of every claim')
      .addOption(new Option('--fail-on <what>', 'exit 1 when met: conflict, update, or any (a conflict, an update or a failed check)').choices([...FAIL_ON]))
      .option('--window-days <n>', 'documents further apart than N days are different events', '10')
      .addOption(new Option('--vague <mode>', 'vague counts (عشرات، مئات): range = min–max bounds; acled = ACLED single values').choices(['range', 'acled']).default('range'))
      .option('--ref-date <date>', 'reference date (YYYY-MM-DD) for relative dates when a document gives none');
  },
  async prepare(options, context) {
    const refDate = parseRefDate(options.refDate);
    const windowDays = Number(options.windowDays ?? 10);
    if (!Number.isFinite(windowDays) || windowDays < 0) throw new UsageError(`--window-days: expected a number of days, got "${String(options.windowDays)}"`);
    const failOn = options.failOn as FailOn | undefined;
    const explain = Boolean(options.explain);
    const analysis = onFirstUse(() => import('../../figures/build.js'));
    const [{ compareFigures }, { compareTable }, { columns }] = await Promise.all([
      import('../../compare/compare.js'),
      import('../../compare/table.js'),
      import('../../render/table.js'),
    ]);
    // Held for the comparison: the documents with figures (only they take part in events
    // and judgments) and their figures, as JSON off the heap until the comparison reads
    // them back (the workers are done by then); the others are only counted. The renderer
    // holds every document's own output until the end (see `orderBy`).
    const held = new JsonSpill();
    let documentCount = 0;
    let comparison: Comparison | undefined;
    const compare = (): Comparison => {
      if (!comparison) {
        const documents: DocumentInfo[] = [];
        const figures: Figure[] = [];
        for (let i = 0; i < held.size; i++) {
          const result = held.get(i) as DocumentFigures;
          documents.push(result.document);
          for (const f of result.figures) figures.push(f);
        }
        held.close();
        comparison = compareFigures(documents, figures, { windowDays });
      }
      return comparison;
    };

    const presenter: Presenter<CompareDocument> = {
      schema: 'arqam.compare/1',
      comparison: true,
      // Documents in id order, like the comparison itself (same bytes from a map/reduce run);
      // claims input (the reduce step) already comes sorted by id.
      // The comparison holds the figures; the renderers need only the document line.
      ...(context.global.inputFormat === 'claims' ? {} : { orderBy: (r: CompareDocument) => r.document.id, heldForm: (r: CompareDocument) => ({ ...r, figures: [] }) }),
      jsonDocument: (r) => ({ ...r.document, ...(r.skipped ? { skipped: r.skipped } : {}) }),
      *ndjsonLines(r) {
        yield { type: 'document', ...r.document, ...(r.skipped ? { skipped: r.skipped } : {}) };
      },
      // One line per document as it is read; the groups follow the last one.
      table: (r, style) =>
        documentHeading(r.document.id, style, [`${r.document.figures} figure${r.document.figures === 1 ? '' : 's'}`, `outlet ${r.document.outlet ?? '?'}`, `published ${r.document.published ?? '?'}`, ...(r.skipped ? ['skipped: not Arabic'] : [])].join(' · ')),
      finish() {
        const c = compare();
        return {
          json: { events: c.events, groups: c.groups, checks: c.checks },
          ndjson: trailerLines(c),
          table: (style) => compareTable(c, style, { explain, columns, documents: documentCount }),
        };
      },
    };
    return {
      presenter,
      async process(document, info): Promise<CompareDocument> {
        const { figuresOfDocument } = await analysis();
        const result = figuresOfDocument(info.skipped ? { ...document, text: '' } : document, { vague: options.vague as 'range' | 'acled', refDate });
        return info.skipped ? { ...result, skipped: 'language' } : result;
      },
      // Main thread, input order (process may run on a worker thread).
      collect(result) {
        documentCount++;
        if (result.figures.length > 0) held.add({ document: result.document, figures: result.figures });
      },
      // --input-format claims: figures read back from claims NDJSON (the reduce step).
      fromClaims: (value) => value as unknown as CompareDocument,
      exitCode: () => (failsOn(compare(), failOn) ? EXIT.checkFailed : EXIT.ok),
    };
  },
};
