import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JsonSpill } from '../../src/stream/spill.js';
import { tempDir } from '../cli/helpers.js';

const values = [
  { id: 'b', text: 'قتل 5 أشخاص', n: 5, nested: { list: [1, null, 'x'] } },
  'نص عربي',
  42,
  null,
  [true, false],
  { big: 'م'.repeat(300_000) }, // larger than one write batch
  { id: 'a', emoji: '🌊', quote: 'said "so"\n' },
];

describe('JsonSpill', () => {
  // Made here, not inside a test, so that their removal after the file is registered.
  const fileDir = tempDir('arqam-spill-');
  const noDir = tempDir('arqam-spill-');
  const spills: JsonSpill[] = [];
  const make = (options?: ConstructorParameters<typeof JsonSpill>[0]): JsonSpill => {
    const s = new JsonSpill(options);
    spills.push(s);
    return s;
  };
  afterEach(() => spills.splice(0).forEach((s) => s.close()));

  it('gives back every value by its handle, in memory', () => {
    const spill = make();
    const handles = values.map((v) => spill.add(v));
    expect(handles).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(spill.onDisk).toBe(false);
    expect(spill.size).toBe(7);
    expect([6, 0, 5, 3, 1, 4, 2].map((h) => spill.get(h))).toEqual([6, 0, 5, 3, 1, 4, 2].map((h) => values[h]));
  });

  it('moves to a file past memoryBytes and reads back in any order, also between adds', () => {
    const dir = fileDir;
    const spill = make({ memoryBytes: Buffer.byteLength(JSON.stringify(values[0])), dir });
    spill.add(values[0]);
    expect(spill.onDisk).toBe(false);
    spill.add(values[1]);
    expect(spill.onDisk).toBe(true);
    // Read while the last value is still in the write buffer.
    expect(spill.get(1)).toBe('نص عربي');
    for (const v of values.slice(2)) spill.add(v);
    expect(values.map((_, h) => spill.get(h))).toEqual(values);
    expect(spill.get(5)).toEqual(values[5]);
    // The file is unlinked as soon as it is open: nothing is left behind, even on a crash.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps everything in memory when no file can be made', () => {
    const spill = make({ memoryBytes: 0, dir: join(noDir, 'missing', 'folder') });
    values.forEach((v) => spill.add(v));
    expect(spill.onDisk).toBe(false);
    expect(values.map((_, h) => spill.get(h))).toEqual(values);
  });

  it('stores JSON text as given (a line read from a file), in memory and on disk', () => {
    for (const memoryBytes of [1 << 20, 0]) {
      const spill = make({ memoryBytes });
      const line = '{"type":"document","id":"a.txt","title":"قتل 5"}';
      expect(spill.addJson(line)).toBe(0);
      expect(spill.add({ id: 'b' })).toBe(1);
      expect(spill.onDisk).toBe(memoryBytes === 0);
      expect(spill.get(0)).toEqual({ type: 'document', id: 'a.txt', title: 'قتل 5' });
      expect(spill.get(1)).toEqual({ id: 'b' });
    }
  });

  it('is empty once closed', () => {
    const spill = make({ memoryBytes: 0 });
    spill.add({ a: 1 });
    expect(spill.onDisk).toBe(true);
    spill.close();
    expect(spill.size).toBe(0);
    expect(spill.onDisk).toBe(false);
    expect(() => spill.get(0)).toThrow(RangeError);
  });

  it('many small values through a file come back equal (about 20,000 of them)', () => {
    const spill = make({ memoryBytes: 1024 });
    const many = Array.from({ length: 20_000 }, (_, i) => ({ id: `doc-${i}`, lead: ['كلمة', String(i)], figures: i % 7 }));
    many.forEach((v) => spill.add(v));
    expect(spill.onDisk).toBe(true);
    for (const h of [0, 1, 9_999, 12_345, 19_999]) expect(spill.get(h)).toEqual(many[h]);
  });
});
