// A spill whose temporary file cannot be written (a full disk) says so in one clear error
// and stays consistent: no handle points at bytes that were never stored.
import { afterEach, describe, expect, it, vi } from 'vitest';

const failing = vi.hoisted(() => ({ writes: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    writeSync: (...args: Parameters<typeof fs.writeSync>) => {
      if (failing.writes > 0) {
        failing.writes--;
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      }
      return (fs.writeSync as (...a: unknown[]) => number)(...args);
    },
  };
});

const { JsonSpill, SpillError } = await import('../../src/stream/spill.js');

describe('JsonSpill on a full disk', () => {
  afterEach(() => {
    failing.writes = 0;
  });

  it('throws a SpillError naming the cause, and every value added before and after reads back', () => {
    const spill = new JsonSpill({ memoryBytes: 0 });
    const big = 'م'.repeat(200_000); // each value fills most of a write batch
    spill.add({ n: 1, big });
    failing.writes = 1;
    let error: unknown;
    try {
      spill.add({ n: 2, big });
      spill.add({ n: 3, big });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SpillError);
    expect((error as Error).message).toMatch(/^cannot write a temporary file in .*\(ENOSPC\)/);
    // The disk has room again: the held bytes are written and nothing is out of place.
    spill.add({ n: 4, big });
    const got = Array.from({ length: spill.size }, (_, h) => (spill.get(h) as { n: number }).n);
    expect(got[0]).toBe(1);
    expect(got[got.length - 1]).toBe(4);
    expect(got).toEqual([...got].sort((a, b) => a - b));
    spill.close();
  });
});
