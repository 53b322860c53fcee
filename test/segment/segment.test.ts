import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment, splitProclitics } from '../../src/segment/index.js';

describe('segment: sentences', () => {
  it('splits on . ! ? ؟ and line breaks, not on ، ؛', () => {
    const t = 'قتل 5 أشخاص، وأصيب آخرون؛ حسب المرصد. هل انتهى الهجوم؟ لا!\nالسطر الثاني';
    expect(segment(t).sentences.map((s) => s.text)).toEqual([
      'قتل 5 أشخاص، وأصيب آخرون؛ حسب المرصد.',
      'هل انتهى الهجوم؟',
      'لا!',
      'السطر الثاني',
    ]);
  });

  it('keeps numbers with dots, datelines and one-letter abbreviations inside a sentence', () => {
    const t = 'نشر في 2022.01.26 وقال د. أحمد إن 1.5 مليون نزحوا. ثم انتهى';
    expect(segment(t).sentences.map((s) => s.text)).toEqual(['نشر في 2022.01.26 وقال د. أحمد إن 1.5 مليون نزحوا.', 'ثم انتهى']);
  });

  it('keeps a closing quote with the sentence it ends', () => {
    const t = 'وقال: "قتل عشرات المسلحين." ثم غادر.';
    expect(segment(t).sentences.map((s) => s.text)).toEqual(['وقال: "قتل عشرات المسلحين."', 'ثم غادر.']);
  });
});

describe('segment: tokens', () => {
  it('gives spans into the original, search forms and proclitics', () => {
    const t = 'وبالحسكة قُتِلَ ٣٥ شخصاً للتنظيم';
    const { tokens } = segment(t);
    expect(tokens.map((k) => k.text)).toEqual(['وبالحسكة', 'قُتِلَ', '٣٥', 'شخصاً', 'للتنظيم']);
    expect(tokens.map((k) => k.search)).toEqual(['وبالحسكه', 'قتل', '٣٥', 'شخصا', 'للتنظيم']);
    expect(tokens[0]!.proclitics).toEqual(['و', 'ب', 'ال']);
    expect(tokens[0]!.stem).toBe('حسكه');
    expect(tokens[4]!.proclitics).toEqual(['ل', 'ال']);
    expect(tokens[2]!.kind).toBe('number');
    for (const k of tokens) expect(t.slice(k.start, k.end)).toBe(k.text);
  });

  it('does not strip letters that belong to the word', () => {
    expect(splitProclitics('وزير')).toEqual({ proclitics: [], stem: 'وزير' });
    expect(splitProclitics('بغداد')).toEqual({ proclitics: [], stem: 'بغداد' });
    expect(splitProclitics('وقال')).toEqual({ proclitics: ['و'], stem: 'قال' });
    expect(splitProclitics('فالمدنيين')).toEqual({ proclitics: ['ف', 'ال'], stem: 'مدنيين' });
  });

  it('keeps digit groups together', () => {
    const { tokens } = segment('نحو 3,500 و٢٦٬٠١٣ و1.5');
    expect(tokens.filter((k) => k.kind === 'number').map((k) => k.text)).toEqual(['3,500', '٢٦٬٠١٣', '1.5']);
  });

  it('property: tokens and sentences map back and are ordered', () => {
    const alphabet = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة ٠١٢0123.،؛؟!"\n\u064e\u0640\u200fab😀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }), (parts) => {
        const t = parts.join('');
        const { tokens, sentences } = segment(t);
        let prev = 0;
        for (const k of tokens) {
          expect(t.slice(k.start, k.end)).toBe(k.text);
          expect(k.start).toBeGreaterThanOrEqual(prev);
          prev = k.end;
        }
        for (const s of sentences) {
          expect(t.slice(s.start, s.end)).toBe(s.text);
          for (let i = s.firstToken; i < s.endToken; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(s.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('segment: character classes', () => {
  it('classes every BMP unit as the Unicode categories say', () => {
    // The definition the start-up table (built from regex runs over the plane) must equal.
    const arabic = /[\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff]|\p{M}/u;
    const expected = (ch: string): string | null =>
      /\s/u.test(ch) ? null : /\p{N}/u.test(ch) ? 'number' : arabic.test(ch) ? 'word' : /\p{L}/u.test(ch) ? 'latin' : 'punct';
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      // The unit as its own search view, so that normalizing does not fold or drop it.
      const view = { view: 'search' as const, text: ch, starts: Int32Array.of(0), ends: Int32Array.of(1), originalLength: 1 };
      const kind = segment(ch, view).tokens[0]?.kind ?? null;
      if (kind !== expected(ch)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
