// The seed articles: every count with its value and qualifier; years, dates, times and
// ids are never counts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { counts, numbers } from './helpers.js';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url), 'utf8');

const CASES: Record<string, { counts: ReturnType<typeof counts>; notCounts: Array<[string, string]> }> = {
  '000_0304d284e8e4dcf4.txt': {
    counts: [
      ['قرابة 5 آلاف', 5000, 'approx', 5000, 5000],
      ['17', 17, 'exact', 17, 17],
      ['أكثر من 200', 200, 'moreThan', 201, null],
      ['أكثر من 800', 800, 'moreThan', 801, null],
      ['مئات', null, 'vague', 100, 999],
    ],
    notCounts: [['الأولي', 'ordinal']],
  },
  '001_c0c2ce5c68c2b4f1.txt': {
    counts: [['نحو 3500', 3500, 'approx', 3500, 3500]],
    notCounts: [
      ['26', 'datePart'],
      ['1', 'datePart'],
      ['2022', 'year'],
      ['2019', 'year'],
    ],
  },
  '002_ee5b84b101fbfd16.txt': {
    counts: [
      ['غارتين اثنتين', 2, 'exact', 2, 2],
      ['67', 67, 'exact', 67, 67],
      ['39', 39, 'exact', 39, 39],
      ['5', 5, 'exact', 5, 5],
      ['23', 23, 'exact', 23, 23],
      ['سبعة', 7, 'exact', 7, 7],
      ['23', 23, 'exact', 23, 23],
      ['عشرات', null, 'vague', 10, 99],
      ['نحو مئة', 100, 'approx', 100, 100],
      ['مئات', null, 'vague', 100, 999],
    ],
    notCounts: [['2019', 'year']],
  },
  '003_843f77042b170b03.txt': {
    counts: [
      ['8 ملايين', 8000000, 'exact', 8000000, 8000000],
      ['123', 123, 'exact', 123, 123],
      ['16', 16, 'exact', 16, 16],
      ['5', 5, 'exact', 5, 5],
      ['العشرات', null, 'vague', 10, 99],
    ],
    notCounts: [
      ['2022', 'year'],
      ['01', 'datePart'],
      ['26', 'datePart'],
      ['19:04', 'time'],
      ['32240', 'id'],
      ['20', 'datePart'],
      ['2014', 'year'],
      ['مئات الآلاف', 'measure'],
      ['2017', 'year'],
      ['أربعة', 'measure'],
    ],
  },
  '004_62fccf27a8b5f28f.txt': {
    counts: [
      ['89', 89, 'exact', 89, 89],
      ['28', 28, 'exact', 28, 28],
      ['56', 56, 'exact', 56, 56],
      ['خمسة', 5, 'exact', 5, 5],
      ['آلافاً', null, 'vague', 1000, 9999],
      ['11', 11, 'exact', 11, 11],
      // "التعليقات (0)": page furniture, but a count all the same.
      ['0', 0, 'exact', 0, 0],
    ],
    notCounts: [
      ['15°C', 'temperature'],
      ['25', 'datePart'],
      ['11:15', 'time'],
      ['الثالث', 'ordinal'],
      ['2019', 'year'],
      ['2017', 'year'],
      ['2014', 'year'],
      ['02,30', 'time'],
    ],
  },
};

describe('seed fixtures', () => {
  for (const [name, want] of Object.entries(CASES)) {
    it(`${name}: every count, in order, with value, qualifier and bounds`, () => {
      expect(counts(fixture(name))).toEqual(want.counts);
    });
    it(`${name}: years, dates, times, ids and measures are not counts`, () => {
      const found = numbers(fixture(name));
      for (const [text, kind] of want.notCounts) {
        const matching = found.filter((m) => m.text === text && m.kind !== 'count');
        expect(matching.map((m) => m.kind), text).toContain(kind);
        expect(found.some((m) => m.text === text && m.kind === 'count'), text).toBe(false);
      }
    });
  }

  it('003: the ISO-like dateline 2022.01.26 gives a year and two date parts', () => {
    const found = numbers(fixture('003_843f77042b170b03.txt')).slice(0, 3);
    expect(found.map((m) => [m.text, m.kind, m.value])).toEqual([
      ['2022', 'year', 2022],
      ['01', 'datePart', 1],
      ['26', 'datePart', 26],
    ]);
  });

  it('spans point into the original text and cores sit inside spans', () => {
    for (const name of Object.keys(CASES)) {
      const text = fixture(name);
      for (const m of numbers(text)) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        if (m.core) {
          expect(m.core.start).toBeGreaterThanOrEqual(m.start);
          expect(m.core.end).toBeLessThanOrEqual(m.end);
        }
      }
    }
  });
});
