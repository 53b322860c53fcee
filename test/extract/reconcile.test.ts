import { describe, expect, it } from 'vitest';
import type { DateMention, NumberMention } from '../../src/core/types.js';
import { reconcileWithDates } from '../../src/extract/index.js';

const num = (text: string, start: number, value: number, kind: NumberMention['kind'] = 'count'): NumberMention => ({
  text,
  start,
  end: start + text.length,
  value,
  min: value,
  max: value,
  qualifier: 'exact',
  kind,
});
const date = (text: string, start: number): DateMention => ({
  text,
  start,
  end: start + text.length,
  value: '2022-01-26',
  grain: 'day',
  calendar: 'gregorian',
  relative: false,
});

describe('reconcileWithDates', () => {
  it('turns numbers inside a date into date parts and years, drops month-name ordinals', () => {
    const t = 'قتل 5 في 26 كانون الثاني 2022';
    const numbers = [num('5', 4, 5), num('26', 9, 26), num('الثاني', 18, 2, 'ordinal'), num('2022', 25, 2022)];
    const out = reconcileWithDates(numbers, [date('26 كانون الثاني 2022', 9)]);
    expect(out.map((n) => [n.text, n.kind])).toEqual([
      ['5', 'count'],
      ['26', 'datePart'],
      ['2022', 'year'],
    ]);
    for (const n of out) expect(t.slice(n.start, n.end)).toBe(n.text);
  });

  it('leaves numbers outside dates alone', () => {
    const numbers = [num('67', 0, 67), num('89', 40, 89)];
    expect(reconcileWithDates(numbers, [date('أمس', 10)]).map((n) => n.kind)).toEqual(['count', 'count']);
  });
});
