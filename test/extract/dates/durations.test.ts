import { describe, expect, it } from 'vitest';
import { TextContext } from '../../../src/core/context.js';
import { extractDurations } from '../../../src/extract/dates/durations.js';

const read = (text: string): Array<[string, number, string]> => {
  const found = extractDurations(new TextContext(text));
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found.map((d) => [d.text, d.value, d.unit]);
};

describe('durations', () => {
  it('reads counts with units, duals and single units', () => {
    expect(read('خلال ثلاثة أيام')).toEqual([['ثلاثة أيام', 3, 'day']]);
    expect(read('سجن سنتين')).toEqual([['سنتين', 2, 'year']]);
    expect(read('استمرت 30 يوم')).toEqual([['30 يوم', 30, 'day']]);
    expect(read('دقيقتان')).toEqual([['دقيقتان', 2, 'minute']]);
    expect(read('خمسة ساعات')).toEqual([['خمسة ساعات', 5, 'hour']]);
    expect(read('سبع اسابيع')).toEqual([['سبع اسابيع', 7, 'week']]);
  });

  it('finds nothing in text without a unit', () => {
    expect(read('قتل 17 شخصا')).toEqual([]);
  });
});
