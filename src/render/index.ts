// Output formats. A command describes how its per-document results look (a Presenter);
// a format's renderer streams them to the output. Renderers are loaded only when used.
//
// Adding a format: add its name to FORMATS, a loader to LOADERS, and give the presenters
// that support it the method it needs (e.g. csv rows); a presenter without it makes
// the renderer refuse with a usage error naming the command.

import { UsageError } from '../cli/errors.js';
import type { Style } from './color.js';
import type { CsvValue } from './csv.js';
import { JsonSpill } from '../stream/spill.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

/** Where rendered text goes (stdout or -o file). */
export interface Sink {
  write(chunk: string): Promise<void>;
}

/** What an aggregating command (compare) adds after the documents. */
export interface Trailer {
  /** Extra top-level JSON fields after "documents" (e.g. groups, checks). */
  json?: Record<string, unknown>;
  /** Extra NDJSON lines, each with a `type`. */
  ndjson?: Iterable<Record<string, unknown>>;
  table?: (style: Style) => string;
}

/** How one command presents its results; R is the command's per-document result. */
export interface Presenter<R> {
  /** Versioned schema name, e.g. "arqam.normalize/1". */
  schema: string;
  /** Top-level JSON fields written before "documents" (e.g. a description of offsets). */
  jsonHeader?: Record<string, unknown>;
  /** One element of the JSON "documents" array. */
  jsonDocument(result: R): unknown;
  /** NDJSON lines for one document; every line carries a `type`. */
  ndjsonLines(result: R): Iterable<Record<string, unknown>>;
  /** A block of text for people; logical order, colour through `style` only. */
  table(result: R, style: Style): string;
  /** Called once after the last document, for commands that aggregate. */
  finish?(): Trailer | Promise<Trailer>;
  /** CSV header of a per-document command (see csv.ts for the documented columns). */
  csvColumns?: readonly string[];
  /** CSV rows of one document, under `csvColumns`. */
  csvRows?(result: R): Iterable<readonly CsvValue[]>;
  /** The output is one comparison (arqam.compare/1): csv and html render the whole object. */
  comparison?: boolean;
  /**
   * Documents are written in the order of this key (code units), whatever the input
   * order: a comparison lists its documents by id, so a single run and a map/reduce run
   * print the same bytes. The results wait until the end as JSON (see `ordered`): they
   * must be plain JSON values.
   */
  orderBy?(result: R): string;
  /** What of a result the renderers need once it is ordered (held until the end; default: all of it). */
  heldForm?(result: R): R;
}

/** Options of the renderers that have any (csv: --bom). */
export interface RenderOptions {
  bom?: boolean;
}

export interface DocumentRenderer<R> {
  document(result: R): Promise<void>;
  end(): Promise<void>;
}

export type RendererFactory = <R>(presenter: Presenter<R>, sink: Sink, style: Style, options?: RenderOptions) => DocumentRenderer<R>;

const LOADERS: Record<FormatName, () => Promise<RendererFactory>> = {
  table: async () => (await import('./table.js')).tableRenderer,
  json: async () => (await import('./json.js')).jsonRenderer,
  ndjson: async () => (await import('./ndjson.js')).ndjsonRenderer,
  csv: async () => (await import('./csv.js')).csvRenderer,
  html: async () => (await import('./html.js')).htmlRenderer,
};

/** Formats that need something of the presenter: a usage error before any work is done. */
function checkSupported<R>(format: FormatName, presenter: Presenter<R>): void {
  const supported = format === 'csv' ? presenter.comparison || (presenter.csvColumns && presenter.csvRows) : format === 'html' ? presenter.comparison : true;
  if (!supported) {
    const command = presenter.schema.replace(/^arqam\./, '').replace(/\/\d+$/, '');
    throw new UsageError(`--format ${format} is not available for ${command}${format === 'html' ? ' (it is the report of compare)' : ''}`);
  }
}

export function isFormat(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

export async function createRenderer<R>(format: FormatName, presenter: Presenter<R>, sink: Sink, style: Style, options: RenderOptions = {}): Promise<DocumentRenderer<R>> {
  checkSupported(format, presenter);
  const factory = await LOADERS[format]();
  const renderer = factory(presenter, sink, style, options);
  return presenter.orderBy ? ordered(renderer, presenter.orderBy.bind(presenter), presenter.heldForm?.bind(presenter)) : renderer;
}

/**
 * Holds the results and hands them to `renderer` sorted by key at the end (stable: equal
 * keys keep their input order). The results and their keys wait as JSON in spills (memory
 * buffers, then a temporary file), off the heap: while the workers run, this thread keeps
 * nothing that grows with the corpus, and its heap stays as small as a streaming run's.
 */
function ordered<R>(renderer: DocumentRenderer<R>, keyOf: (result: R) => string, heldForm: (result: R) => R = (r) => r): DocumentRenderer<R> {
  const keys = new JsonSpill();
  const held = new JsonSpill();
  return {
    async document(result) {
      keys.add(keyOf(result));
      held.add(heldForm(result));
    },
    async end() {
      try {
        const key = Array.from({ length: keys.size }, (_, i) => keys.get(i) as string);
        keys.close();
        const order = key.map((_, i) => i).sort((a, b) => (key[a]! < key[b]! ? -1 : key[a]! > key[b]! ? 1 : a - b));
        key.length = 0;
        for (const handle of order) await renderer.document(held.get(handle) as R);
      } finally {
        keys.close();
        held.close();
      }
      await renderer.end();
    },
  };
}
