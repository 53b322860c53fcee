import { describe, expect, it } from 'vitest';
import { defaultJobs, mapOrdered, resolveTaskModule } from '../../src/parallel/pool.js';

const task = { module: new URL('./fixtures/task.mjs', import.meta.url), exportName: 'square' };

async function collect<R>(gen: AsyncIterable<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

interface Squared {
  n: number;
  square: number;
  offset: number;
  thread: number;
}

describe('mapOrdered', () => {
  it('yields results in input order even when later items finish first', async () => {
    const items = [30, 0, 20, 0, 10, 0, 5, 0].map((delay, n) => ({ n, delay }));
    const out = await collect(mapOrdered<typeof items[number], Squared>(items, task, { jobs: 3, options: { offset: 7 } }));
    expect(out.map((r) => r.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(out.map((r) => r.square)).toEqual([0, 1, 4, 9, 16, 25, 36, 49]);
    expect(out.every((r) => r.offset === 7)).toBe(true);
    // Really ran off the main thread (threadId 0 is the main thread).
    expect(out.every((r) => r.thread !== 0)).toBe(true);
  });

  it('gives the same output with 1 and 2 jobs', async () => {
    const items = Array.from({ length: 50 }, (_, n) => ({ n, delay: (n * 7) % 5 }));
    const strip = (rs: Squared[]) => rs.map(({ n, square, offset }) => ({ n, square, offset }));
    const one = strip(await collect(mapOrdered<typeof items[number], Squared>(items, task, { jobs: 1 })));
    const two = strip(await collect(mapOrdered<typeof items[number], Squared>(items, task, { jobs: 2 })));
    expect(two).toEqual(one);
    expect(one).toHaveLength(50);
  });

  it('runs in-process with jobs 1', async () => {
    const out = await collect(mapOrdered<{ n: number }, Squared>([{ n: 3 }], task, { jobs: 1 }));
    expect(out).toEqual([{ n: 3, square: 9, offset: 0, thread: 0 }]);
  });

  it('pulls the source no further than maxInFlight ahead of the consumer', async () => {
    let pulled = 0;
    async function* source() {
      for (let n = 0; n < 40; n++) {
        pulled++;
        yield { n };
      }
    }
    let maxAhead = 0;
    let consumed = 0;
    for await (const _ of mapOrdered(source(), task, { jobs: 2, maxInFlight: 4 })) {
      consumed++;
      maxAhead = Math.max(maxAhead, pulled - consumed);
    }
    expect(consumed).toBe(40);
    expect(maxAhead).toBeLessThanOrEqual(4);
  });

  it('keeps the weight of the items in flight within a budget', async () => {
    let pulled = 0;
    let consumed = 0;
    let maxAhead = 0;
    async function* source() {
      for (let n = 0; n < 20; n++) {
        pulled++;
        yield { n, size: 10 };
      }
    }
    const pool = { jobs: 2, maxInFlight: 100, weigh: (item: unknown) => (item as { size: number }).size, maxInFlightWeight: 25 };
    for await (const _ of mapOrdered(source(), task, pool)) {
      consumed++;
      maxAhead = Math.max(maxAhead, pulled - consumed);
    }
    expect(consumed).toBe(20);
    // 25 units allow two items of 10 to wait (the third reaches the budget and is taken at once).
    expect(maxAhead).toBeLessThanOrEqual(3);
  });

  it('sends a worker at most `depth` items at a time, processed one after the other, and spreads the rest', async () => {
    const busy = { module: task.module, exportName: 'busy' };
    const items = Array.from({ length: 30 }, (_, n) => ({ n, delay: 5 }));
    const out = await collect(mapOrdered<typeof items[number], { n: number; held: number; thread: number }>(items, busy, { jobs: 2, depth: 2 }));
    expect(out.map((r) => r.n)).toEqual(items.map((i) => i.n));
    expect(Math.max(...out.map((r) => r.held))).toBe(1);
    expect(new Set(out.map((r) => r.thread)).size).toBe(2);
  });

  it('sends items in batches, and a partial batch when the source ends', async () => {
    const items = Array.from({ length: 11 }, (_, n) => ({ n }));
    const out = await collect(mapOrdered<typeof items[number], Squared>(items, { module: task.module, exportName: 'square' }, { jobs: 2, batch: 4 }));
    expect(out.map((r) => r.square)).toEqual(items.map(({ n }) => n * n));
  });

  it('sends a partial batch to an idle worker: a slow source is not held back', async () => {
    const done = new Int32Array(new SharedArrayBuffer(4 * 6));
    async function* slow() {
      for (let n = 0; n < 6; n++) {
        // The next item comes only once the previous one was processed: a full batch never forms.
        if (n > 0) while (Atomics.load(done, n - 1) === 0) await new Promise((r) => setTimeout(r, 2));
        yield { n };
      }
    }
    const out = await collect(mapOrdered<{ n: number }, { n: number }>(slow(), { module: task.module, exportName: 'mark' }, { jobs: 2, batch: 4, options: { done } }));
    expect(out.map((r) => r.n)).toEqual([0, 1, 2, 3, 4, 5]);
  }, 20_000);

  it('reports a failing item with its message and stops', async () => {
    const items = [{ n: 1 }, { n: 2, fail: true }, { n: 3 }];
    const seen: number[] = [];
    await expect(async () => {
      for await (const r of mapOrdered<typeof items[number], Squared>(items, task, { jobs: 2 })) seen.push(r.n);
    }).rejects.toThrow('cannot square 2');
    expect(seen).toEqual([1]);
  });

  it('fails only the item whose result cannot be cloned', async () => {
    const items = [{ n: 1 }, { n: 2, uncloneable: true }, { n: 3 }];
    const seen: number[] = [];
    await expect(async () => {
      for await (const r of mapOrdered<typeof items[number], { n: number }>(items, { module: task.module, exportName: 'clone' }, { jobs: 2, batch: 4 })) seen.push(r.n);
    }).rejects.toThrow(/could not be cloned/);
    expect(seen).toEqual([1]);
  });

  describe('a worker that dies of its heap limit', () => {
    const hog = { module: task.module, exportName: 'hog' };
    // Item 2 holds ~100 MB of live objects: more than a 32 MB heap, so its worker dies.
    const items = [{ n: 1 }, { n: 2, megabytes: 100 }, { n: 3 }, { n: 4 }, { n: 5 }];
    const small = { maxOldGenerationSizeMb: 32 };
    type Hogged = { n: number; square: number; held: number; thread: number };

    it('loses no result: the item is retried alone with bigger limits, the items waiting behind it go back to the pool', async () => {
      const out = await collect(mapOrdered<typeof items[number], Hogged>(items, hog, { jobs: 2, resourceLimits: small }));
      expect(out.map((r) => [r.n, r.square, r.held])).toEqual([[1, 1, 0], [2, 4, 100], [3, 9, 0], [4, 16, 0], [5, 25, 0]]);
    }, 30_000);

    it('retries several such items, one after the other', async () => {
      const two = [{ n: 1, megabytes: 100 }, { n: 2 }, { n: 3, megabytes: 100 }, { n: 4 }];
      const out = await collect(mapOrdered<typeof two[number], Hogged>(two, hog, { jobs: 2, resourceLimits: small }));
      expect(out.map((r) => [r.n, r.held])).toEqual([[1, 100], [2, 0], [3, 100], [4, 0]]);
    }, 30_000);

    it('gives the `lost` result when the retry dies too, and goes on', async () => {
      const lost = (item: { n: number }, error: Error) => ({ n: item.n, lost: error.message });
      const out = await collect(mapOrdered<typeof items[number], Hogged | ReturnType<typeof lost>>(items, hog, { jobs: 2, resourceLimits: small, retryResourceLimits: small, lost }));
      expect(out.map((r) => r.n)).toEqual([1, 2, 3, 4, 5]);
      expect(out[1]).toEqual({ n: 2, lost: expect.stringContaining('out of memory') });
      expect(out.filter((r) => 'square' in r)).toHaveLength(4);
    }, 30_000);

    it('stops the run with the error when there is no `lost`', async () => {
      await expect(collect(mapOrdered(items, hog, { jobs: 2, resourceLimits: small, retryResourceLimits: small }))).rejects.toThrow('out of memory');
    }, 30_000);
  });

  it('names a missing export', async () => {
    const bad = { module: task.module, exportName: 'notAFunction' };
    await expect(collect(mapOrdered([{ n: 1 }], bad, { jobs: 2 }))).rejects.toThrow('has no exported function notAFunction');
    await expect(collect(mapOrdered([{ n: 1 }], bad, { jobs: 1 }))).rejects.toThrow('has no exported function notAFunction');
  });

  it('defaults to the number of cores', () => {
    expect(defaultJobs()).toBeGreaterThanOrEqual(1);
  });

  it('maps a missing source .js to its build under dist/', () => {
    const src = new URL('../../src/parallel/pool.js', import.meta.url);
    expect(resolveTaskModule(src)).toMatch(/\/dist\/parallel\/pool\.js$/);
  });
});
