// Dual nouns as counts of two: غارتين، جريحين، طفلين; "غارتين اثنتين" is one mention;
// "ساعتين ونصف" is 2.5.

import { exact, type Candidate } from '../candidate.js';
import type { DualInfo, NumbersLexicon } from '../lexicon.js';
import { codeAt, isArabicLetter, lookupWord, skipSpace, wordEnd } from '../text.js';

export function parseDual(lex: NumbersLexicon, v: string, dual: DualInfo, start: number, end: number): Candidate | null {
  const c = exact(start, end, 2, dual.kind, false);
  c.noun = v.slice(start, end);
  const j = skipSpace(v, end);
  if (!isArabicLetter(codeAt(v, j))) return dual.construct ? null : c;
  const e = wordEnd(v, j);
  const hit = lookupWord(lex, v.slice(j, e));
  // "حالتي وفاه" is two cases; "حالتي الصحيه" is "my condition": the construct needs an
  // indefinite noun after it, not a number word.
  if (dual.construct) return e - j >= 3 && !v.startsWith('ال', j) && !v.startsWith('وال', j) && !hit ? c : null;
  if (!hit) return c;
  if (hit.prefix === 0 && hit.info.cardinal?.type === 'unit' && hit.info.cardinal.value === 2) {
    c.end = c.coreEnd = e;
  } else if (hit.prefix === 1 && codeAt(v, j) === 0x0648 && hit.info.fraction !== undefined) {
    c.end = c.coreEnd = e;
    c.value = c.min = c.max = 2 + hit.info.fraction;
  }
  return c;
}
