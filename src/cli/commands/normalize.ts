// arqam normalize: the text of each document in one normalized view, with the offset
// map back to the original in JSON/NDJSON.

import { Option } from 'commander';
import type { NormalizedView, ViewName } from '../../normalize/index.js';
import type { Presenter } from '../../render/index.js';
import type { CommandSpec } from '../command.js';
import { documentHeading } from './heading.js';

const VIEWS: readonly ViewName[] = ['display', 'search', 'numbers'];

export const OFFSETS_DOC =
  'offsets: runs [viewStart, viewLength, origStart, origLength] in UTF-16 code units (JavaScript string indices) of the decoded original text; ' +
  'when viewLength equals origLength the run maps character to character, otherwise every view character of the run comes from the whole original range';

interface NormalizeResult {
  id: string;
  view: NormalizedView;
}

export const normalizeCommand: CommandSpec = {
  name: 'normalize',
  summary: 'print the normalized text of each document (display, search or numbers view)',
  examples: [
    'arqam normalize article.txt                     search view: alef, ya and ta marbuta folded, harakat removed',
    'arqam normalize --view numbers article.txt      search view with every digit as ASCII',
    'arqam normalize --format json fixtures/         text and offset map per document',
  ],
  analysis: false,
  configure(command) {
    command.addOption(new Option('--view <view>', 'which normalized view').choices(VIEWS).default('search'));
  },
  async prepare(options) {
    const { normalize, compactOffsets } = await import('../../normalize/index.js');
    const viewName = options.view as ViewName;
    const presenter: Presenter<NormalizeResult> = {
      schema: 'arqam.normalize/1',
      jsonHeader: { offsets: OFFSETS_DOC },
      jsonDocument: (r) => ({ id: r.id, view: r.view.view, text: r.view.text, offsets: compactOffsets(r.view) }),
      ndjsonLines: (r) => [{ type: 'document', id: r.id, view: r.view.view, text: r.view.text, offsets: compactOffsets(r.view) }],
      table: (r, style) => `${documentHeading(r.id, style)}\n${r.view.text}`,
    };
    return {
      presenter,
      process: (document) => ({ id: document.id, view: normalize(document.text, viewName) }),
    };
  },
};
