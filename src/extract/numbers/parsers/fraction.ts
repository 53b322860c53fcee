// Fractions on their own: نصف (ساعة)، ثلث; and "ساعة ونصف" (a singular unit + و + fraction) = 1.5.
// Fractions that scale (نصف مليون) or add (3 ونصف) are read by the cardinal parser.

import { exact, type Candidate } from '../candidate.js';
import type { NumbersLexicon } from '../lexicon.js';
import { backSpace, codeAt, wordStart } from '../text.js';

export function parseFraction(lex: NumbersLexicon, v: string, value: number, prefix: number, start: number, end: number): Candidate {
  if (prefix === 1 && codeAt(v, start - 1) === 0x0648) {
    const prevEnd = backSpace(v, start - 1);
    const prevStart = wordStart(v, prevEnd);
    const unit = prevEnd > prevStart ? lex.units.get(v.slice(prevStart, prevEnd)) : undefined;
    if (unit === 'measure' || unit === 'money') return exact(prevStart, end, 1 + value, unit, false);
  }
  return exact(start, end, value, 'fraction', false);
}
