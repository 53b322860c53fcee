// Runs a command's per-document step (language check + `process`) over a stream of
// inputs, in this thread or on worker threads, and yields the outcomes in input order.
//
// A worker cannot receive the command's `process` closure, so each worker imports the
// command by name and prepares its own handler from the same (cloneable) options; the
// results travel back as plain values and every aggregation (compare's `finish`)
// happens here, in input order, exactly as in a single-threaded run.
//
// Small runs stay in this thread: starting workers (and loading the lexicons in each)
// costs more than it saves on a handful of articles. The first documents are read
// ahead (at most `warmupDocuments` / `warmupBytes`); when the input ends there, they
// are processed here, else every document goes to the workers.

import type { InputFailure, SourceDocument } from '../core/types.js';
import { decodeLine, type InputItem } from '../input/read.js';
import type { LanguageVerdict } from '../lang/index.js';
import type { CommandHandler, DocumentInfo, GlobalOptions } from '../cli/command.js';
import type { ResourceLimits } from 'node:worker_threads';
import { UsageError } from '../cli/errors.js';
import { defaultJobs, mapOrdered } from './pool.js';

export type Outcome<R> =
  | { kind: 'done'; id: string; bytes: number; info: DocumentInfo; result: R }
  /** The result already rendered (`DocumentJob.prerender`): its output text, written as is. */
  | { kind: 'rendered'; id: string; bytes: number; info: DocumentInfo; text: string }
  | { kind: 'failed'; failure: InputFailure }
  | { kind: 'crashed'; id: string; bytes: number; error: { message: string; stack?: string } };

export interface DocumentJob {
  /** Command name (an entry of COMMANDS). */
  command: string;
  /** The command's own options, as commander parsed them. */
  options: Record<string, unknown>;
  global: GlobalOptions;
  /** Workers render each result to its output text (see `prerenders`). */
  prerender?: boolean;
}

export interface ProcessOptions<R> {
  handler: CommandHandler<R>;
  detectLanguage?: (text: string) => Promise<LanguageVerdict>;
  job: DocumentJob;
  /** Worker threads; <= 1 runs everything here. */
  jobs: number;
  /** Read-ahead that decides between this thread (input ends within it) and workers. */
  warmupDocuments?: number;
  warmupBytes?: number;
  /** Heap limits of each worker (default WORKER_LIMITS). */
  workerLimits?: ResourceLimits;
  /** Heap limits of the worker that retries a document a worker died on (default: V8's own). */
  retryLimits?: ResourceLimits;
}

/**
 * Heap limits of a worker. Without them V8 sizes each heap for the machine's memory and
 * lets garbage pile up: 50 MiB corpus, 2 workers, peak RSS 875 MB without limits, 664 MB
 * with a young generation of 16 MB, 452 MB with these (an old generation of 256 MB makes
 * V8 collect sooner), for about 10% more CPU; 297 MB once the entity word memo shrank to
 * 50k words (an old generation of 128 MB changed nothing), 286 MB with a young generation
 * of 24 MB instead of 32 (+5% CPU; 28 behaves as 32). A document that needs more
 * is retried alone in a worker without limits, so no result is lost.
 */
export const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 24 };

/** --jobs N: a whole number >= 1; absent means one per core. */
export function parseJobs(value: unknown): number {
  if (value === undefined || value === null) return defaultJobs();
  const text = String(value).trim();
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--jobs: expected a whole number of at least 1, got "${text}"`);
  return Number(text);
}

/**
 * Can a worker render each result itself, so this thread only writes text? Yes for
 * NDJSON (one self-contained chunk per document, whatever came before) when this thread
 * neither gathers (collect) nor reorders (orderBy) the results.
 */
export function prerenders(handler: CommandHandler<unknown>, global: GlobalOptions): boolean {
  return global.format === 'ndjson' && !handler.collect && !handler.presenter.orderBy;
}

type Detect = ((text: string) => Promise<LanguageVerdict>) | undefined;
/** Renders one result to its output text. */
export type RenderText<R> = (result: R) => Promise<string>;

/** The per-document step, the same in this thread and in a worker. */
export async function processItem<R>(given: InputItem, handler: CommandHandler<R>, detect: Detect, global: GlobalOptions, render?: RenderText<R>): Promise<Outcome<R>> {
  const item = given.ok === 'line' ? decodeLine(given.line) : given;
  if (!item.ok) return { kind: 'failed', failure: item.failure };
  const document: SourceDocument = item.document;
  const info: DocumentInfo = { skipped: false };
  if (detect) {
    info.language = await detect(document.text);
    if (!info.language.arabic && global.lang !== 'ar') info.skipped = true;
  }
  try {
    const result = await handler.process(document, info);
    if (render) return { kind: 'rendered', id: document.id, bytes: document.bytes, info, text: await render(result) };
    return { kind: 'done', id: document.id, bytes: document.bytes, info, result };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { kind: 'crashed', id: document.id, bytes: document.bytes, error: { message: e.message, stack: e.stack } };
  }
}

/** Bytes of an input item's text (a failure weighs nothing). */
function weigh(item: InputItem): number {
  return item.ok === 'line' ? item.line.bytes.length : item.ok ? item.document.bytes : 0;
}

export async function* processDocuments<R>(items: AsyncIterable<InputItem>, options: ProcessOptions<R>): AsyncGenerator<Outcome<R>> {
  const { handler, detectLanguage, job } = options;
  const iterator = items[Symbol.asyncIterator]();
  const local = (item: InputItem) => processItem(item, handler, detectLanguage, job.global);
  if (options.jobs <= 1) {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield await local(next.value);
    return;
  }
  // Read ahead (a bounded amount) to tell a small run from a large one before choosing.
  const warmDocs = options.warmupDocuments ?? 32;
  const warmBytes = options.warmupBytes ?? 512 * 1024;
  const head: InputItem[] = [];
  let bytes = 0;
  let ended = false;
  while (head.length < warmDocs && bytes < warmBytes) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    bytes += weigh(next.value);
  }
  if (ended) {
    for (const item of head) yield await local(item);
    return;
  }
  // A large run: every document goes to the workers, so this thread never loads the
  // analysis (its lexicons would be one more copy in memory).
  async function* all(): AsyncGenerator<InputItem> {
    yield* head.splice(0);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  yield* mapOrdered<InputItem, Outcome<R>>(all(), { module: new URL('./worker-task.js', import.meta.url), exportName: 'processInWorker' }, {
    jobs: options.jobs,
    options: job,
    // Texts in flight stay within a budget, however long single articles are.
    weigh,
    maxInFlightWeight: 16 * 1024 * 1024,
    resourceLimits: options.workerLimits ?? WORKER_LIMITS,
    retryResourceLimits: options.retryLimits,
    lost: (item, error) => ({
      kind: 'failed',
      failure: { id: item.ok === 'line' ? item.line.where : item.ok ? item.document.id : item.failure.id, message: `too large to analyse (${error.message}) — split it into smaller documents` },
    }),
  });
}
