import { describe, expect, it } from 'vitest';
import { codeAt, isArabicLetter, isDigit } from '../../../src/extract/numbers/text.js';

describe('codeAt', () => {
  it('reads char codes inside the text', () => {
    expect(codeAt('a5', 0)).toBe(97);
    expect(codeAt('a5', 1)).toBe(53);
  });

  it('gives -1, a small integer matching no character, outside the text', () => {
    expect(codeAt('a5', -1)).toBe(-1);
    expect(codeAt('a5', 2)).toBe(-1);
    expect(codeAt('', 0)).toBe(-1);
    expect(isDigit(codeAt('5', 1))).toBe(false);
    expect(isArabicLetter(codeAt('ب', -1))).toBe(false);
  });
});
