// Runs a per-document function on N worker threads and yields the results in input
// order. The function is named by module + export (functions cannot cross threads);
// it gets (item, options) and may be async; items, options and results must be
// structured-cloneable.
//
// Backpressure: at most `maxInFlight` items are dispatched and not yet yielded, so
// a stream of millions of documents keeps memory flat — the source is only pulled
// when the consumer has taken a result. `jobs <= 1` runs in this thread (no copying,
// no start-up cost), so a single run and a parallel run go through the same code.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface TaskRef {
  /** Module path or file URL of compiled JavaScript. */
  module: string | URL;
  /** Name of the exported function `(item, options) => result`. */
  exportName: string;
}

export interface PoolOptions {
  /** Worker threads; <= 1 runs in-process. Default: the number of cores. */
  jobs?: number;
  /** Items dispatched but not yet yielded (default: 16 per worker, so one slow item does not idle the others). */
  maxInFlight?: number;
  /** Size of an item (e.g. its bytes); with `maxInFlightWeight`, bounds memory for big items. */
  weigh?: (item: unknown) => number;
  /** Total size of the items dispatched but not yet yielded (at least one item is always let through). */
  maxInFlightWeight?: number;
  /** Second argument of every call (cloned once into each worker). */
  options?: unknown;
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
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const ready = import(workerData.module).then((m) => {
  const fn = m[workerData.exportName];
  if (typeof fn !== 'function') throw new Error(workerData.module + ' has no exported function ' + workerData.exportName);
  return fn;
});
ready.catch(() => {});
parentPort.on('message', async ({ seq, item }) => {
  try {
    const fn = await ready;
    const value = await fn(item, workerData.options);
    parentPort.postMessage({ seq, ok: true, value });
  } catch (e) {
    parentPort.postMessage({ seq, ok: false, message: e && e.message ? e.message : String(e), stack: e && e.stack });
  }
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

class PoolWorker<R> {
  readonly worker: Worker;
  readonly outstanding = new Map<number, Deferred<R>>();
  private dead: Error | null = null;

  constructor(task: TaskRef, options: unknown) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { module: resolveTaskModule(task.module), exportName: task.exportName, options },
    });
    this.worker.on('message', (m: { seq: number; ok: boolean; value?: R; message?: string; stack?: string }) => {
      const d = this.outstanding.get(m.seq);
      if (!d) return;
      this.outstanding.delete(m.seq);
      if (m.ok) d.resolve({ ok: true, value: m.value as R });
      else {
        const error = new Error(m.message);
        if (m.stack) error.stack = m.stack;
        d.resolve({ ok: false, error });
      }
    });
    this.worker.on('error', (e) => this.fail(e instanceof Error ? e : new Error(String(e))));
    this.worker.on('exit', (code) => this.fail(new Error(`worker thread exited with code ${code}`)));
  }

  private fail(error: Error): void {
    this.dead ??= error;
    for (const d of this.outstanding.values()) d.resolve({ ok: false, error });
    this.outstanding.clear();
  }

  run(seq: number, item: unknown): Promise<Settled<R>> {
    const d = deferred<R>();
    if (this.dead) d.resolve({ ok: false, error: this.dead });
    else {
      this.outstanding.set(seq, d);
      this.worker.postMessage({ seq, item });
    }
    return d.promise;
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
  pool: PoolOptions = {},
): AsyncGenerator<R> {
  const jobs = Math.max(1, Math.floor(pool.jobs ?? defaultJobs()));
  if (jobs <= 1) {
    yield* inProcess<T, R>(items, task, pool.options);
    return;
  }
  const maxInFlight = Math.max(jobs, pool.maxInFlight ?? jobs * 16);
  const workers: PoolWorker<R>[] = [];
  // Workers start lazily, so five documents never pay for sixteen threads.
  const pick = (): PoolWorker<R> => {
    let best: PoolWorker<R> | undefined;
    for (const w of workers) if (!best || w.outstanding.size < best.outstanding.size) best = w;
    if (best && (best.outstanding.size === 0 || workers.length >= jobs)) return best;
    const fresh = new PoolWorker<R>(task, pool.options);
    workers.push(fresh);
    return fresh;
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
      queue.push({ result: pick().run(seq++, item), weight: w });
      weight += w;
      while (queue.length >= maxInFlight || (weight >= maxWeight && queue.length > 0)) yield await take();
    }
    while (queue.length > 0) yield await take();
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}
