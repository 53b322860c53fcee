import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextContext } from '../../src/core/context.js';
import { CLASSED_BLOCKS, compactOffsets, normalize, toOriginalSpan, unitClass, VIEW_NAMES, type NormalizedView } from '../../src/normalize/index.js';

const ARABIC = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة';
const MARKS = '\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640\u06d6\u0615';
const CONTROLS = '\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff';
const DIGITS = '0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪';
const OTHER = ' \u00a0\u2009\n.,:;!?"()-/%abcXYZکیەۀﻻﷲﺍﺑﹰ😀ٱ';
const alphabet = [...(ARABIC + MARKS + CONTROLS + DIGITS + OTHER)].concat(['😀', '&quot;', '&#8220;', '&amp;', '،']);

const mixedText = fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }).map((parts) => parts.join(''));
/** Without the two context-sensitive rules (digit-group ، and HTML references), every slice normalizes alone. */
const contextFreeText = fc
  .array(fc.constantFrom(...alphabet.filter((c) => !c.includes('&') && c !== '،')), { maxLength: 80 })
  .map((parts) => parts.join(''));

function groupBoundaries(v: NormalizedView): number[] {
  // View offsets where a new original range begins (span ends may fall only there).
  const out = [0];
  for (let i = 1; i < v.text.length; i++) if (v.starts[i] !== v.starts[i - 1]) out.push(i);
  out.push(v.text.length);
  return out;
}

describe('normalize: examples', () => {
  it('removes controls without inserting a space and folds spaces', () => {
    const t = 'قال\u200f المرصد\u00a0\u00a0 السوري\u200c\nأمس';
    expect(normalize(t, 'display').text).toBe('قال المرصد السوري\nأمس');
  });

  it('search folds alef variants, ى, ة, Persian letters, removes harakat and tatweel', () => {
    expect(normalize('إِنَّ أحمد آمن ٱلله مستشفى المدينة كتاب ی ە ۀ الـحسكـــة', 'search').text).toBe(
      'ان احمد امن الله مستشفي المدينه كتاب ي ه ه الحسكه',
    );
    expect(normalize('ک', 'search').text).toBe('ك');
  });

  it('search unfolds presentation forms and ligatures', () => {
    expect(normalize('ﻻ ﷲ ﺍﺑ', 'search').text).toBe('لا الله اب');
  });

  it('numbers view converts digits and separators', () => {
    expect(normalize('٢٦٬٠١٣ و26،013 و٣٫٥ و٪٢٥ و۱۲۳ في ٢٠٢٢، 13 شخصا', 'numbers').text).toBe(
      '26,013 و26,013 و3.5 و%25 و123 في 2022، 13 شخصا',
    );
  });

  it('numbers view: a thousands ، is judged on the search view, so the view is idempotent', () => {
    // Marks next to the comma or between digits are gone from the search view; a reference for ، is one separator.
    expect(normalize('26،َ013 شخصا', 'numbers').text).toBe('26,013 شخصا');
    expect(normalize('6،٨1ۖ0', 'numbers').text).toBe('6,810');
    expect(normalize('6,810', 'numbers').text).toBe('6,810');
    expect(normalize('26&#1548;013 شخصا', 'numbers').text).toBe('26,013 شخصا');
    expect(normalize('26،0134', 'numbers').text).toBe('26،0134');
  });

  it('numbers view shares the search view offsets, and a context builds it from its search view', () => {
    const t = 'قُتِلَ ٢٦،٠١٣ شخصاً و٣٫٥ &#1633;';
    const search = normalize(t, 'search');
    const numbers = normalize(t, 'numbers');
    expect([...numbers.starts]).toEqual([...search.starts]);
    expect([...numbers.ends]).toEqual([...search.ends]);
    const ctx = new TextContext(t);
    expect(ctx.view('numbers').text).toBe(numbers.text);
    expect(ctx.view('numbers')).toBe(ctx.view('numbers'));
  });

  it('decodes HTML character references in every view', () => {
    expect(normalize('قال &quot;داعش&quot; &#8220;نحو&#8221; &amp; ذلك', 'display').text).toBe('قال "داعش" “نحو” & ذلك');
    // A reference that would form a new one once decoded is kept, so a second pass changes nothing.
    expect(normalize('&amp;quot;', 'search').text).toBe('&amp;quot;');
  });

  it('maps spans back to the original characters, harakat included', () => {
    const t = 'قُتِلَ ٣٥ شخصاً';
    const v = normalize(t, 'numbers');
    expect(v.text).toBe('قتل 35 شخصا');
    const word = toOriginalSpan(v, 0, 3);
    expect(t.slice(word.start, word.end)).toBe('قُتِلَ');
    const num = toOriginalSpan(v, 4, 6);
    expect(t.slice(num.start, num.end)).toBe('٣٥');
    const last = toOriginalSpan(v, 7, 11);
    expect(t.slice(last.start, last.end)).toBe('شخصاً');
  });

  it('maps a span inside a ligature to the whole ligature', () => {
    const t = 'باسم ﷲ';
    const v = normalize(t, 'search');
    const span = toOriginalSpan(v, 6, 7);
    expect(t.slice(span.start, span.end)).toBe('ﷲ');
  });

  it('describes the offset map as compact runs', () => {
    const v = normalize('أمس ١٢', 'numbers');
    expect(compactOffsets(v)).toEqual([[0, 6, 0, 6]]);
    const w = normalize('قُتل', 'search');
    expect(compactOffsets(w)).toEqual([
      [0, 1, 0, 2],
      [1, 2, 2, 2],
    ]);
  });
});

describe('normalize: properties', () => {
  for (const view of VIEW_NAMES) {
    it(`${view}: idempotent`, () => {
      fc.assert(
        fc.property(mixedText, (t) => {
          const once = normalize(t, view).text;
          expect(normalize(once, view).text).toBe(once);
        }),
        { numRuns: 500 },
      );
    });

    it(`${view}: offset map is monotone and every slice normalizes to its span`, () => {
      fc.assert(
        fc.property(contextFreeText, fc.nat(), fc.nat(), (t, a, b) => {
          const v = normalize(t, view);
          for (let i = 0; i < v.text.length; i++) {
            expect(v.starts[i]).toBeLessThan(v.ends[i]!);
            if (i > 0) expect(v.starts[i]).toBeGreaterThanOrEqual(v.starts[i - 1]!);
          }
          const bounds = groupBoundaries(v);
          const s = bounds[a % bounds.length]!;
          const e = bounds[b % bounds.length]!;
          const [from, to] = s <= e ? [s, e] : [e, s];
          const span = toOriginalSpan(v, from, to);
          expect(normalize(t.slice(span.start, span.end), view).text).toBe(v.text.slice(from, to));
        }),
        { numRuns: 500 },
      );
    });

    it(`${view}: never inserts a space inside a word`, () => {
      fc.assert(
        fc.property(mixedText, (t) => {
          const v = normalize(t, view);
          for (let i = 0; i < v.text.length; i++) {
            if (v.text[i] !== ' ') continue;
            const source = t.slice(v.starts[i], v.ends[i]);
            // A space comes from white space, or from a ligature of several words.
            expect(/\s/u.test(source) || /[\ufb50-\ufdff\ufe70-\ufefc]/u.test(source)).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it('search and numbers contain no harakat, tatweel, alef variants or controls', () => {
    fc.assert(
      fc.property(mixedText, (t) => {
        for (const view of ['search', 'numbers'] as const) {
          expect(normalize(t, view).text).not.toMatch(/[\u064b-\u065f\u0670\u0640\u0623\u0625\u0622\u0671\u0649\u0629\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/u);
        }
        expect(normalize(t, 'numbers').text).not.toMatch(/[٠-٩۰-۹٫٬٪]/u);
      }),
      { numRuns: 500 },
    );
  });

  it('takes linear time on long input', () => {
    const unit = 'قُتِلَ ٢٦،٠١٣ شخصاً في &quot;الحسكة&quot; ﻻ\u200f  ';
    // Best of three: one pause of a busy machine must not decide the ratio.
    const time = (n: number): number => {
      const t = unit.repeat(n);
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        normalize(t, 'numbers');
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(2000); // warm up
    const small = Math.max(time(5000), 1);
    const large = time(50000);
    expect(large / small).toBeLessThan(30);
  });
});

describe('normalize: character tables', () => {
  it('every unit outside the classed blocks is kept as it is (class 0)', () => {
    const outside: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (CLASSED_BLOCKS.some(([from, to]) => c >= from && c < to)) continue;
      if (unitClass(c) !== 0) outside.push(c);
    }
    expect(outside).toEqual([]);
  });
});
