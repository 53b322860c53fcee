// Runs a per-document function on N worker threads and yields the results in input
// order. The function is named by module + export (functions cannot cross threads);
// it gets (item, options) and may be async; items, options and results must be
// structured-cloneable.
//
// Backpressure: at most `maxInFlight` items are read and not yet yielded, so a stream
// of millions of documents keeps memory flat — the source is only pulled when the
// consumer has taken a result; a worker holds at most `depth` of them. `jobs <= 1` runs
// in this thread (no copying, no start-up cost), so a single run and a parallel run go
// through the same code.
//
// Items travel in batches (up to `batch` items, one message each way): a worker
// processes them one after the other and answers them together, so the threads wake
// each other once per batch instead of twice per item.
//
// Memory limits: each worker may get V8 heap limits. A worker that dies (its limit, a
// crash) does not lose items: the one it was processing is retried alone in a fresh
// worker with `retryResourceLimits`, the ones waiting go back to the pool.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface TaskRef {
  /** Module path or file URL of compiled JavaScript. */
  module: string | URL;
  /** Name of the exported function `(item, options) => result`. */
  exportName: string;
}

export interface PoolOptions<T = unknown, R = unknown> {
  /** Worker threads; <= 1 runs in-process. Default: the number of cores. */
  jobs?: number;
  /** Items read but not yet yielded (default: 16 per worker, so one slow item does not idle the others). */
  maxInFlight?: number;
  /** Items sent to one worker and not answered yet (default one batch). */
  depth?: number;
  /** Items per message (default 4); a batch also closes at `batchWeight`, so a long item does not hold back many. */
  batch?: number;
  /** Weight (see `weigh`) at which a batch closes (default 256 KiB). */
  batchWeight?: number;
  /** Size of an item (e.g. its bytes); with `maxInFlightWeight`, bounds memory for big items. */
  weigh?: (item: T) => number;
  /** Total size of the items dispatched but not yet yielded (at least one item is always let through). */
  maxInFlightWeight?: number;
  /** Second argument of every call (cloned once into each worker). */
  options?: unknown;
  /** V8 heap limits of each worker: a worker that reaches them dies, and its items are sent again. */
  resourceLimits?: ResourceLimits;
  /** Limits of the worker that retries, alone, the item a worker died on (default: V8's own). */
  retryResourceLimits?: ResourceLimits;
  /**
   * Result for an item whose retry died too (`error`; `first`: why its first worker died),
   * so the run goes on; without it the run stops with that error.
   */
  lost?: (item: T, error: Error, first: Error) => R;
}

type Settled<R> = { ok: true; value: R } | { ok: false; error: Error };
type TaskFn = (item: unknown, options: unknown) => unknown;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * File URL of a task module. Under the test runner the sources run as .ts, which a
 * worker thread cannot load: a missing `src/**.js` resolves to its build in `dist/`.
 */
export function resolveTaskModule(module: string | URL): string {
  const url = module instanceof URL ? module : module.startsWith('file:') ? new URL(module) : pathToFileURL(module);
  if (url.protocol !== 'file:') return url.href;
  const path = fileURLToPath(url);
  if (existsSync(path) || !path.endsWith('.js')) return url.href;
  const built = path.replace(/([\\/])src([\\/])(?!.*[\\/]src[\\/])/, '$1dist$2');
  return built !== path && existsSync(built) ? pathToFileURL(built).href : url.href;
}

async function loadTask(task: TaskRef): Promise<TaskFn> {
  const mod = (await import(resolveTaskModule(task.module))) as Record<string, unknown>;
  const fn = mod[task.exportName];
  if (typeof fn !== 'function') throw new Error(`${String(task.module)} has no exported function ${task.exportName}`);
  return fn as TaskFn;
}

// The worker body is inline (eval) so the pool works from sources and from the build alike.
// It takes one batch of items at a time, in order, and answers the batch in one message;
// `current` (shared memory) tells the pool which item it was on if the thread dies.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const current = new Int32Array(workerData.current);
const ready = import(workerData.module).then((m) => {
  const fn = m[workerData.exportName];
  if (typeof fn !== 'function') throw new Error(workerData.module + ' has no exported function ' + workerData.exportName);
  return fn;
});
ready.catch(() => {});
const failed = (seq, e) => ({ seq, ok: false, message: e && e.message ? e.message : String(e), stack: e && e.stack });
const answer = async (batch) => {
  const answers = [];
  for (const { seq, item } of batch) {
    Atomics.store(current, 0, seq);
    try {
      const fn = await ready;
      answers.push({ seq, ok: true, value: await fn(item, workerData.options) });
    } catch (e) {
      answers.push(failed(seq, e));
    }
  }
  try {
    parentPort.postMessage(answers);
  } catch {
    // A value that cannot be cloned fails its own item only.
    parentPort.postMessage(answers.map((a) => { try { structuredClone(a.value); return a; } catch (e) { return failed(a.seq, e); } }));
  }
};
let queue = Promise.resolve();
parentPort.on('message', (batch) => {
  queue = queue.then(() => answer(batch));
});
`;

interface Deferred<R> {
  promise: Promise<Settled<R>>;
  resolve(s: Settled<R>): void;
}

function deferred<R>(): Deferred<R> {
  let resolve!: (s: Settled<R>) => void;
  const promise = new Promise<Settled<R>>((r) => (resolve = r));
  return { promise, resolve };
}

/** An item sent to a worker and not answered yet (kept to send it again if the worker dies). */
interface Pending<R> {
  seq: number;
  item: unknown;
  weight: number;
  done: Deferred<R>;
}

type Answer<R> = { seq: number; ok: boolean; value?: R; message?: string; stack?: string };

class PoolWorker<R> {
  readonly worker: Worker;
  /** In dispatch order; the worker answers them in that order. */
  readonly outstanding = new Map<number, Pending<R>>();
  /** The seq of the item the worker is processing (or was, when it died). */
  private readonly current = new Int32Array(new SharedArrayBuffer(4)).fill(-1);

  /**
   * `onDeath` gets the item the worker was processing when it died (out of memory, a
   * crash) and the others it had not answered (done but unsent, or not started).
   */
  constructor(
    task: TaskRef,
    options: unknown,
    limits: ResourceLimits | undefined,
    onDeath: (self: PoolWorker<R>, suspect: Pending<R> | undefined, others: Pending<R>[], error: Error) => void,
    onAnswer: () => void = () => undefined,
  ) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { module: resolveTaskModule(task.module), exportName: task.exportName, options, current: this.current.buffer },
      ...(limits ? { resourceLimits: limits } : {}),
    });
    this.worker.on('message', (answers: Answer<R>[]) => {
      for (const m of answers) {
        const p = this.outstanding.get(m.seq);
        if (!p) continue;
        this.outstanding.delete(m.seq);
        if (m.ok) p.done.resolve({ ok: true, value: m.value as R });
        else {
          const error = new Error(m.message);
          if (m.stack) error.stack = m.stack;
          p.done.resolve({ ok: false, error });
        }
      }
      onAnswer();
    });
    let cause: Error | undefined;
    this.worker.on('error', (e) => (cause ??= e instanceof Error ? e : new Error(String(e))));
    this.worker.on('exit', (code) => {
      const lost = [...this.outstanding.values()];
      this.outstanding.clear();
      const at = Atomics.load(this.current, 0);
      const suspect = lost.find((p) => p.seq === at) ?? lost[0];
      onDeath(this, suspect, lost.filter((p) => p !== suspect), cause ?? new Error(`worker thread exited with code ${code}`));
    });
  }

  run(batch: Pending<R>[]): void {
    for (const p of batch) this.outstanding.set(p.seq, p);
    this.worker.postMessage(batch.map((p) => ({ seq: p.seq, item: p.item })));
  }
}

async function* inProcess<T, R>(items: Iterable<T> | AsyncIterable<T>, task: TaskRef, options: unknown): AsyncGenerator<R> {
  const fn = await loadTask(task);
  for await (const item of items) yield (await fn(item, options)) as R;
}

/** Maps `items` through the task on `jobs` worker threads; yields results in input order. */
export async function* mapOrdered<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  task: TaskRef,
  pool: PoolOptions<T, R> = {},
): AsyncGenerator<R> {
  const jobs = Math.max(1, Math.floor(pool.jobs ?? defaultJobs()));
  if (jobs <= 1) {
    yield* inProcess<T, R>(items, task, pool.options);
    return;
  }
  const maxInFlight = Math.max(jobs, pool.maxInFlight ?? jobs * 16);
  let closing = false;
  const workers: PoolWorker<R>[] = [];
  // A worker that dies (its heap limit, a crash) loses the items it had not answered:
  // the one it was processing may be the cause, so it is retried alone with the retry
  // limits; the others were done (unsent) or waiting, and go back to the pool.
  const onDeath = (dead: PoolWorker<R>, suspect: Pending<R> | undefined, others: Pending<R>[], error: Error): void => {
    const at = workers.indexOf(dead);
    if (at >= 0) workers.splice(at, 1);
    if (closing || !suspect) return;
    retryAlone(suspect, error);
    waiting.unshift(...others);
    dispatch();
  };
  const solos = new Set<PoolWorker<R>>();
  // Retries run one after the other: each loads the task afresh, with a big heap.
  let retries = Promise.resolve();
  const retryAlone = (p: Pending<R>, firstError: Error): void => {
    retries = retries.then(() => retry(p, firstError));
  };
  const retry = (p: Pending<R>, firstError: Error): Promise<void> => {
    if (closing) return Promise.resolve();
    const done = deferred<R>();
    const solo = new PoolWorker<R>(task, pool.options, pool.retryResourceLimits, (self, suspect, _others, error) => {
      solos.delete(self);
      if (!suspect) return;
      if (!pool.lost) return done.resolve({ ok: false, error });
      try {
        done.resolve({ ok: true, value: pool.lost(p.item as T, error, firstError) });
      } catch (e) {
        done.resolve({ ok: false, error: e as Error });
      }
    });
    solos.add(solo);
    solo.run([{ ...p, done }]);
    // Answered: the retry worker is not kept (its bigger heap would stay in memory).
    return done.promise.then(async (settled) => {
      solos.delete(solo);
      p.done.resolve(settled);
      await solo.worker.terminate();
    });
  };
  // Items wait here, not in a worker's queue, until a worker has room: its heap holds
  // few texts, and a long article does not strand many items queued behind it.
  const batchSize = Math.max(1, Math.floor(Math.min(pool.batch ?? 4, pool.depth ?? Infinity)));
  // One batch per worker at a time: a second one queued behind it cost ~7 MiB of peak RSS
  // (claims --jobs 2 on the 50 MiB corpus) and no measurable speed.
  const depth = Math.max(1, pool.depth ?? batchSize);
  const batchWeight = pool.batchWeight ?? 256 * 1024;
  const waiting: Pending<R>[] = [];
  // Set while the reader waits for results (backpressure, end of input): no more items
  // come to fill a batch, so a partial one goes.
  let stalled = false;
  // Workers start lazily, so five documents never pay for sixteen threads.
  const pick = (): PoolWorker<R> | undefined => {
    let best: PoolWorker<R> | undefined;
    for (const w of workers) if (!best || w.outstanding.size < best.outstanding.size) best = w;
    if (best && (best.outstanding.size === 0 || workers.length >= jobs)) return best;
    const fresh = new PoolWorker<R>(task, pool.options, pool.resourceLimits, onDeath, () => dispatch());
    workers.push(fresh);
    return fresh;
  };
  /** Items of the next batch (at most `batchSize`, closed at `batchWeight`); full or not. */
  const nextBatch = (): { size: number; full: boolean } => {
    let size = 0;
    let w = 0;
    while (size < waiting.length && size < batchSize && w < batchWeight) w += waiting[size++]!.weight;
    return { size, full: size === batchSize || w >= batchWeight };
  };
  // A worker gets a full batch when it has room for it; a partial one when it is idle
  // (a slow source) or when the reader waits.
  const dispatch = (): void => {
    while (waiting.length > 0 && !closing) {
      const { size, full } = nextBatch();
      const worker = pick();
      if (!worker) return;
      const room = depth - worker.outstanding.size;
      if (!(worker.outstanding.size === 0 || (full && room >= size) || (stalled && room > 0))) return;
      worker.run(waiting.splice(0, Math.min(size, room)));
    }
  };
  const maxWeight = pool.maxInFlightWeight ?? Infinity;
  const queue: Array<{ result: Promise<Settled<R>>; weight: number }> = [];
  let weight = 0;
  const take = async (): Promise<R> => {
    const head = queue.shift()!;
    weight -= head.weight;
    const settled = await head.result;
    if (!settled.ok) throw settled.error;
    return settled.value;
  };
  try {
    let seq = 0;
    for await (const item of items) {
      const w = pool.weigh ? pool.weigh(item) : 0;
      const done = deferred<R>();
      waiting.push({ seq: seq++, item, weight: w, done });
      dispatch();
      queue.push({ result: done.promise, weight: w });
      weight += w;
      if (queue.length >= maxInFlight || weight >= maxWeight) {
        stalled = true;
        dispatch();
        while (queue.length >= maxInFlight || (weight >= maxWeight && queue.length > 0)) yield await take();
        stalled = false;
      }
    }
    stalled = true;
    dispatch();
    while (queue.length > 0) yield await take();
  } finally {
    closing = true;
    await Promise.all([...workers, ...solos].map((w) => w.worker.terminate()));
  }
}
