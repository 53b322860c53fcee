// Property: on any text (Arabic words, names from the gazetteer, clitics, marks, quotes,
// line breaks, surrogates), entity extraction never throws and every span maps back.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextContext } from '../../../src/core/context.js';
import { detectOutlet, extractEntities } from '../../../src/extract/entities/index.js';

const PIECES = [
  'داعش', 'قسد', 'تنظيم الدولة', 'قوات سوريا الديمقراطية', 'المرصد', 'التنظيم', 'سجن', 'حي', 'أحياء',
  'الحسكة', 'ال', 'و', 'ل', 'لل', 'ب', 'المتحدث باسم', 'اللواء', 'جون', 'عبد', 'الرحمن', 'شفق نيوز',
  '/', '،', '.', '“', '”', '"', '-', '–', '\n', ' ', '  ', 'ـ', 'ً', 'ّ', 'أ', 'إ', 'ة', 'ى', '٣', '12',
  'ﻻ', 'ﷲ', '&amp;', '😀', 'ABC', 'Zagros TV', '\u200f', 'بحي', 'لسجن', 'وكالة', 'قناة', 'الحرة',
];

const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('entity spans', () => {
  it('never throw and map back to the original text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const ctx = new TextContext(t);
        const entities = extractEntities(ctx);
        for (const e of entities) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeGreaterThan(e.start);
          expect(t.slice(e.start, e.end)).toBe(e.text);
        }
        for (let k = 1; k < entities.length; k++) expect(entities[k]!.start).toBeGreaterThanOrEqual(entities[k - 1]!.end);
        const outlet = detectOutlet(ctx, entities);
        expect(['byline', 'text', 'none']).toContain(outlet.outletFrom);
      }),
      { numRuns: 400 },
    );
  });
});
