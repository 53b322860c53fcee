// Does a counted noun follow? "الأربعين عاما" (the forty years) is a cardinal with the
// article, while "الذكرى الأربعين" is an ordinal.

import type { NumbersLexicon } from '../lexicon.js';
import { codeAt, isArabicLetter, skipSpace, wordEnd } from '../text.js';

export function countedNounAfter(lex: NumbersLexicon, v: string, end: number): boolean {
  const s = skipSpace(v, end);
  if (!isArabicLetter(codeAt(v, s))) return codeAt(v, s) === 37; // %
  const e = wordEnd(v, s);
  const word = v.slice(s, e);
  if (lex.units.has(word)) return true;
  // Tamyiz in the accusative: عاما، قتيلا، شخصا (not ال-words: الأولى، الدنيا).
  return word.length >= 3 && word.endsWith('ا') && !word.startsWith('ال');
}
