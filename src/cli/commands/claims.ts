// arqam claims: the figures of each document — what was counted, how many, of whom,
// according to whom, as of when (schema arqam.claims/1).

import { Option } from 'commander';
import type { DocumentFigures } from '../../figures/build.js';
import type { Presenter } from '../../render/index.js';
import { onFirstUse, type CommandSpec } from '../command.js';
import { parseRefDate } from './extract.js';
import { documentHeading } from './heading.js';

export interface ClaimsResult extends DocumentFigures {
  skipped?: 'language';
}

export const claimsCommand: CommandSpec = {
  name: 'claims',
  summary: 'figures: who counted what, how many, according to whom, as of when',
  examples: [
    'arqam claims fixtures/                                     one block of figures per article',
    'arqam claims --format json article.txt                     JSON (schema arqam.claims/1)',
    'arqam claims --explain article.txt                         with file:line:col and the whole sentence',
    'arqam claims --input-format ndjson --format ndjson corpus.ndjson   one figure per line (map step)',
  ],
  analysis: true,
  configure(command) {
    command
      .option('--explain', 'show file:line:col and the whole sentence of every figure')
      .addOption(new Option('--vague <mode>', 'vague counts (عشرات، مئات): range = min–max bounds; acled = ACLED single values').choices(['range', 'acled']).default('range'))
      .option('--ref-date <date>', 'reference date (YYYY-MM-DD) for relative dates when a document gives none');
  },
  async prepare(options) {
    const refDate = parseRefDate(options.refDate);
    const explain = Boolean(options.explain);
    const analysis = onFirstUse(() => import('../../figures/build.js'));
    const [{ columns }, { figureCells, quoteWindow }, { CLAIM_COLUMNS, figureRow }] = await Promise.all([
      import('../../render/table.js'),
      import('../../figures/table.js'),
      import('../../render/csv.js'),
    ]);
    const presenter: Presenter<ClaimsResult> = {
      schema: 'arqam.claims/1',
      jsonHeader: { offsets: 'start/end: UTF-16 code units of the number in the decoded original text; text === original.slice(start, end); quoteStart: offset of quote' },
      jsonDocument: (r) => ({ ...r.document, ...(r.skipped ? { skipped: r.skipped } : {}), figures: r.figures }),
      *ndjsonLines(r) {
        yield { type: 'document', ...r.document, ...(r.skipped ? { skipped: r.skipped } : {}) };
        for (const f of r.figures) yield { type: 'figure', ...f };
      },
      csvColumns: CLAIM_COLUMNS,
      csvRows: (r) => r.figures.map(figureRow),
      table(r, style) {
        const d = r.document;
        const details = [`${r.figures.length} figure${r.figures.length === 1 ? '' : 's'}`, `outlet ${d.outlet ?? '?'}`, `published ${d.published ?? '?'} (${d.publishedFrom})`];
        if (r.skipped) details.push('skipped: not Arabic');
        const lines = [documentHeading(d.id, style, details.join(' · '))];
        const rows = r.figures.map((f) => [style.dim(f.id.slice(f.id.lastIndexOf('#'))), ...figureCells(f, style)]);
        const aligned = columns(rows);
        r.figures.forEach((f, k) => {
          lines.push(`  ${aligned[k]}`);
          if (explain) {
            lines.push(`      ${style.dim(`${d.path ?? d.id}:${f.line}:${f.col}`)}  ${f.quote.replace(/\s+/g, ' ').trim()}`);
          } else lines.push(`      «${quoteWindow(f)}»`);
        });
        return lines.join('\n');
      },
    };
    return {
      presenter,
      async process(document, info): Promise<ClaimsResult> {
        const { figuresOfDocument } = await analysis();
        if (info.skipped) {
          const empty = figuresOfDocument({ ...document, text: '' }, { vague: options.vague as 'range' | 'acled', refDate });
          return { ...empty, skipped: 'language' };
        }
        return figuresOfDocument(document, { vague: options.vague as 'range' | 'acled', refDate });
      },
    };
  },
};
