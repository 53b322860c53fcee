// Properties on arbitrary text: never throws, spans always slice the original, and the
// time grows linearly with the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextContext } from '../../../src/core/context.js';
import { extractNumbers } from '../../../src/extract/numbers/index.js';

const ARABIC = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة'];
const WORDS = ['ثلاثة', 'وعشرون', 'ألف', 'آلاف', 'مليون', 'نحو', 'أكثر من', 'بين', 'و', 'من', 'إلى', 'عشرات', 'غارتين', 'اثنتين', 'الثالث', 'عشر', 'ونصف', 'عام', 'الساعة', 'كانون', 'دولار', 'في المئة', 'عمره', 'عاما', 'تقريبا', 'على الأقل'];
const MARKS = [...'\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640'];
const DIGITS = [...'0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪'];
const OTHER = [...' \u00a0\n.,:;!?"()-/%$°=_@+abcXYZ،؟', '😀', '\u200f', '&amp;', 'ﻻ', 'ﷲ'];
const piece = fc.constantFrom(...ARABIC, ...WORDS, ...MARKS, ...DIGITS, ...OTHER);
const mixedText = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));

describe('numbers on arbitrary text', () => {
  it('never throws and every span slices the original text', () => {
    fc.assert(
      fc.property(mixedText, fc.constantFrom<'range' | 'acled'>('range', 'acled'), (text, vague) => {
        const found = extractNumbers(new TextContext(text), { vague });
        let last = -1;
        for (const m of found) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeLessThan(m.end);
          expect(m.start).toBeGreaterThanOrEqual(last);
          last = m.end;
          if (m.core) expect(m.core.start >= m.start && m.core.end <= m.end).toBe(true);
          if (m.value !== null) expect(Number.isFinite(m.value)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('runs in linear time: 1 MB takes far less than 20× the time of 50 KB × 20', () => {
    const sample = 'قال المرصد إن نحو 3,500 شخص و٢٣ من الحراس وأكثر من ثلاثة آلاف وخمسمئة مدني قتلوا في 26/1/2022، بينهم عشرات الأطفال وغارتين اثنتين. ';
    const small = sample.repeat(Math.ceil(50_000 / sample.length));
    const big = sample.repeat(Math.ceil(1_000_000 / sample.length));
    const time = (text: string): number => {
      const ctx = new TextContext(text);
      ctx.view('numbers');
      const t0 = performance.now();
      extractNumbers(ctx);
      return performance.now() - t0;
    };
    time(small); // warm up
    const tSmall = Math.min(time(small), time(small));
    // Best of two, as for the small text: one pause of a busy machine must not decide.
    const tBig = Math.min(time(big), time(big));
    // 20× the input; allow 3× slack over linear for noise on a shared machine.
    expect(tBig).toBeLessThan(Math.max(60 * tSmall, 200));
  });
});
