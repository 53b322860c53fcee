import { describe, expect, it } from 'vitest';
import { B, Memo } from '../../../src/extract/dates/reader.js';

describe('Memo', () => {
  it('reads each key once, a null result included', () => {
    const calls: number[] = [];
    const memo = new Memo<{ key: number }>((key) => {
      calls.push(key);
      return key % 2 === 0 ? { key } : null;
    });
    const first = memo.get(4);
    expect(first).toEqual({ key: 4 });
    expect(memo.get(4)).toBe(first);
    expect(memo.get(3)).toBeNull();
    expect(memo.get(3)).toBeNull();
    expect(calls).toEqual([4, 3]);
  });
});

describe('B', () => {
  it('gives each type and tested role its own bit of 32', () => {
    const bits = Object.values(B);
    expect(new Set(bits).size).toBe(bits.length);
    for (const bit of bits) {
      expect(bit).not.toBe(0);
      expect(bit & (bit - 1)).toBe(0);
    }
  });
});
