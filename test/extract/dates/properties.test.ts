import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextContext } from '../../../src/core/context.js';
import { extractDates, findReferenceDate } from '../../../src/extract/dates/index.js';

const PIECES = [
  'الخميس', 'أمس', 'السبت', 'كانون الثاني', 'يناير', 'آذار', 'رجب', 'هـ', 'عام', 'الساعة', 'صباحا', 'مساء', 'من', 'إلى', 'حتى',
  'الماضي', 'المقبل', 'الأسبوع', 'منذ', 'أيام', 'ثلاثة', 'الثالث', 'عشر', 'و', 'في', '/', '-', '.', ':', ',', '،', '(', ')',
  '26', '1', '2022', '1443', '19:04', '02,30', '٢٦', '٢٠٢٢', '\n', ' ', 'ـ', 'َ', 'Erbil', '15°C', 'ليل', 'الجمعة', 'أول', 'آخر',
];
const mixed = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }).map((a) => a.join(''));
const reference = fc.constantFrom(null, '2022-01-26', '2013-02-12T04:30:00', '1999-12-31');

describe('date extraction properties', () => {
  it('never throws, and every span maps back to the original text', () => {
    fc.assert(
      fc.property(mixed, reference, fc.boolean(), (text, ref, future) => {
        const ctx = new TextContext(text);
        const found = extractDates(ctx, { reference: { value: ref, from: 'ref-date' }, orientation: future ? 'future' : 'past' });
        for (const m of found) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeLessThan(m.end);
          if (m.value !== null) expect(m.value).toMatch(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?$/);
        }
        for (let k = 1; k < found.length; k++) expect(found[k]!.start).toBeGreaterThanOrEqual(found[k - 1]!.end);
        findReferenceDate(ctx, {});
      }),
      { numRuns: 400 },
    );
  });

  it('runs in linear time on long input', () => {
    const unit = 'قالت الوزارة أمس السبت 22 كانون الثاني 2022 إن 26/1/2022 الساعة 19:04 صباحا من 13 الى 15 تموز، ';
    const time = (n: number): number => {
      const text = unit.repeat(n);
      const t0 = performance.now();
      extractDates(new TextContext(text), { reference: { value: '2022-01-26', from: 'ref-date' } });
      return performance.now() - t0;
    };
    time(200);
    // Best of two each: one pause of a busy machine must not decide the ratio.
    const small = Math.max(Math.min(time(500), time(500)), 1);
    const large = Math.min(time(4000), time(4000));
    // 8× the text: allow 24× the time before calling it superlinear (noise on a shared machine).
    expect(large).toBeLessThan(small * 24);
  });

  it('handles one very long line without dates quickly', () => {
    const text = 'كلمة '.repeat(200_000);
    const t0 = performance.now();
    expect(extractDates(new TextContext(text), { reference: { value: null, from: 'none' } })).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
