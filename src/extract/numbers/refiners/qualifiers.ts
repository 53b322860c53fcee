// Qualifier words around a number (نحو، أكثر من، على الأقل، تقريبا) become part of its
// span and set its bounds. Bounds, for integer N:
//   approx N   → min = max = N (no invented tolerance)
//   moreThan N → min = N + 1, max = null   (N + ε → min = N for fractions)
//   atLeast N  → min = N, max = null
//   lessThan N → min = null, max = N − 1   (max = N for fractions)
//   atMost N   → min = null, max = N

import type { Candidate } from '../candidate.js';
import type { NumbersLexicon, QualifierPhrase } from '../lexicon.js';
import { codeAt, isArabicLetter, isBoundary, skipSpace, wordEnd } from '../text.js';
import { phraseStart } from './phrases.js';

const NONE: readonly QualifierPhrase[] = [];
const QUALIFIABLE = new Set<Candidate['kind']>(['count', 'measure', 'money', 'percent', 'temperature', 'age', 'fraction']);
function phraseAfter(v: string, at: number, phrase: string): number {
  const start = skipSpace(v, at);
  const end = start + phrase.length;
  if (!v.startsWith(phrase, start) || !isBoundary(v, end)) return -1;
  // "27 قتيلا وأكثر من 200 جريح": وأكثر من opens the next number's qualifier.
  const next = skipSpace(v, end);
  return v.startsWith('من', next) && isBoundary(v, next + 2) ? -1 : end;
}

function setBounds(c: Candidate, q: QualifierPhrase['qualifier']): void {
  const n = c.value;
  if (n === null) return;
  const int = Number.isInteger(n);
  c.qualifier = q;
  switch (q) {
    case 'approx':
      c.min = c.max = n;
      break;
    case 'moreThan':
      c.min = int ? n + 1 : n;
      c.max = null;
      break;
    case 'atLeast':
      c.min = n;
      c.max = null;
      break;
    case 'lessThan':
      c.min = null;
      c.max = int ? n - 1 : n;
      break;
    case 'atMost':
      c.min = null;
      c.max = n;
      break;
  }
}

/** `floor`: the previous mention's end, so a qualifier is never shared. */
export function refineQualifier(lex: NumbersLexicon, v: string, c: Candidate, floor: number): void {
  if (c.qualifier !== 'exact' || !QUALIFIABLE.has(c.kind) || c.value === null) return;
  // Only the phrases that end with the letter before the number.
  const last = codeAt(v, codeAt(v, c.start - 1) === 32 ? c.start - 2 : c.start - 1);
  for (const q of lex.before.get(last) ?? NONE) {
    const s = phraseStart(v, c.start, [q.phrase]);
    if (s >= floor && s >= 0) {
      c.start = s;
      setBounds(c, q.qualifier);
      return;
    }
  }
  // After the number, or after the counted noun: 100 تقريبا، 10 قتلى على الأقل.
  for (let hop = 0; hop < 2; hop++) {
    let at = c.end;
    if (hop === 1) {
      const s = skipSpace(v, at);
      if (!isArabicLetter(codeAt(v, s))) return;
      at = wordEnd(v, s);
    }
    for (const q of lex.after.get(codeAt(v, skipSpace(v, at))) ?? NONE) {
      const e = phraseAfter(v, at, q.phrase);
      if (e > 0) {
        c.end = e;
        setBounds(c, q.qualifier);
        return;
      }
    }
  }
}
