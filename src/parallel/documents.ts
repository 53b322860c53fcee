// Runs a command's per-document step (language check + `process`) over a stream of
// inputs, in this thread or on worker threads, and yields the outcomes in input order.
//
// A worker cannot receive the command's `process` closure, so each worker imports the
// command by name and prepares its own handler from the same (cloneable) options; the
// results travel back as plain values and every aggregation (compare's `finish`)
// happens here, in input order, exactly as in a single-threaded run.
//
// Small runs stay in this thread: starting workers (and loading the lexicons in each)
// costs more than it saves on a handful of articles, so the first documents are
// processed here and workers start only once the input proves large.

import type { InputFailure, SourceDocument } from '../core/types.js';
import type { InputItem } from '../input/read.js';
import type { LanguageVerdict } from '../lang/index.js';
import type { CommandHandler, DocumentInfo, GlobalOptions } from '../cli/command.js';
import { UsageError } from '../cli/errors.js';
import { defaultJobs, mapOrdered } from './pool.js';

export type Outcome<R> =
  | { kind: 'done'; id: string; bytes: number; info: DocumentInfo; result: R }
  | { kind: 'failed'; failure: InputFailure }
  | { kind: 'crashed'; id: string; bytes: number; error: { message: string; stack?: string } };

export interface DocumentJob {
  /** Command name (an entry of COMMANDS). */
  command: string;
  /** The command's own options, as commander parsed them. */
  options: Record<string, unknown>;
  global: GlobalOptions;
}

export interface ProcessOptions<R> {
  handler: CommandHandler<R>;
  detectLanguage?: (text: string) => LanguageVerdict;
  job: DocumentJob;
  /** Worker threads; <= 1 runs everything here. */
  jobs: number;
  /** Documents and bytes processed here before workers start. */
  warmupDocuments?: number;
  warmupBytes?: number;
}

/** --jobs N: a whole number >= 1; absent means one per core. */
export function parseJobs(value: unknown): number {
  if (value === undefined || value === null) return defaultJobs();
  const text = String(value).trim();
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--jobs: expected a whole number of at least 1, got "${text}"`);
  return Number(text);
}

type Detect = ((text: string) => LanguageVerdict) | undefined;

/** The per-document step, the same in this thread and in a worker. */
export async function processItem<R>(item: InputItem, handler: CommandHandler<R>, detect: Detect, global: GlobalOptions): Promise<Outcome<R>> {
  if (!item.ok) return { kind: 'failed', failure: item.failure };
  const document: SourceDocument = item.document;
  const info: DocumentInfo = { skipped: false };
  if (detect) {
    info.language = detect(document.text);
    if (!info.language.arabic && global.lang !== 'ar') info.skipped = true;
  }
  try {
    const result = await handler.process(document, info);
    return { kind: 'done', id: document.id, bytes: document.bytes, info, result };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { kind: 'crashed', id: document.id, bytes: document.bytes, error: { message: e.message, stack: e.stack } };
  }
}

export async function* processDocuments<R>(items: AsyncIterable<InputItem>, options: ProcessOptions<R>): AsyncGenerator<Outcome<R>> {
  const { handler, detectLanguage, job } = options;
  const iterator = items[Symbol.asyncIterator]();
  const warmDocs = options.jobs > 1 ? (options.warmupDocuments ?? 32) : Infinity;
  const warmBytes = options.jobs > 1 ? (options.warmupBytes ?? 512 * 1024) : Infinity;
  let docs = 0;
  let bytes = 0;
  while (docs < warmDocs && bytes < warmBytes) {
    const next = await iterator.next();
    if (next.done) return;
    docs++;
    if (next.value.ok) bytes += next.value.document.bytes;
    yield await processItem(next.value, handler, detectLanguage, job.global);
  }
  const rest: AsyncIterable<InputItem> = { [Symbol.asyncIterator]: () => iterator };
  yield* mapOrdered<InputItem, Outcome<R>>(rest, { module: new URL('./worker-task.js', import.meta.url), exportName: 'processInWorker' }, { jobs: options.jobs, options: job });
}
