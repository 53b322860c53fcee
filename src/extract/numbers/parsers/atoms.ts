// Reading one number "atom" at a position: a digit string or a number word, with the
// conjunction و that may join it to the previous atom.

import type { AtomType, NumbersLexicon } from '../lexicon.js';
import { codeAt, isArabicLetter, isDigit, lookupWord, wordEnd } from '../text.js';

export interface Atom {
  type: AtomType | 'digits' | 'fraction';
  value: number;
  /** Start of the number itself (after و and any proclitic). */
  start: number;
  end: number;
  /** Joined to the previous atom by و. */
  waw: boolean;
  article: boolean;
  // Always present (undefined when absent), in this order: one shape for every atom.
  /** Digit string without separators or decimals. */
  plain: boolean | undefined;
  /** A word that is also a common word or name (متين). */
  weak: boolean | undefined;
}

/**
 * Plain digit numbers: thousands groups with , (3,500), with dots (1.234.567) or with spaces
 * (40 000, the French style of Maghrebi papers), then an optional decimal part: .5 always;
 * after a comma any run but a 3-digit one (2,5 · 9,2321 · 0,08), which is a thousands group,
 * except after a lone 0 (0,234 is a decimal).
 */
const DIGITS = /((?!0,)\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:\.\d{3}){2,}(?![.\d])|\d{1,3}(?: \d{3})+(?!\d)|\d+)(?:\.(\d+)|,(\d{1,2}|\d{4,})(?!\d)|(?<=(?:^|\D)0),(\d+)(?!\d))?/y;

export interface DigitNumber {
  value: number;
  end: number;
  plain: boolean;
}

export function readDigits(v: string, i: number): DigitNumber | null {
  // Fast path: a digit run not followed by a separator and a digit is a plain number.
  let j = i;
  while (isDigit(codeAt(v, j))) j++;
  const sep = codeAt(v, j);
  if (j > i && !((sep === 44 || sep === 46 || sep === 32) && isDigit(codeAt(v, j + 1)))) {
    return { value: Number(v.slice(i, j)), end: j, plain: true };
  }
  DIGITS.lastIndex = i;
  const m = DIGITS.exec(v);
  if (!m) return null;
  const int = m[1]!.replace(/[,. ]/g, '');
  const frac = m[2] ?? m[3] ?? m[4];
  const value = Number(frac ? `${int}.${frac}` : int);
  return { value, end: i + m[0].length, plain: m[0] === m[1] && !/[,. ]/.test(m[1]!) };
}

/**
 * The atom at `i`. `first` atoms may carry any proclitic and the article; later atoms
 * only a و (which sets `waw`), written glued (وخمسين) or apart (و خمسين، و 50).
 */
export function readAtom(lex: NumbersLexicon, v: string, i: number, first: boolean): Atom | null {
  let j = i;
  let waw = false;
  if (!first && codeAt(v, j) === 0x0648 /* و */) {
    const next = codeAt(v, j + 1);
    if (next === 32 && (isDigit(codeAt(v, j + 2)) || isArabicLetter(codeAt(v, j + 2)))) {
      waw = true;
      j += 2;
    } else if (isDigit(next)) {
      waw = true;
      j += 1;
    }
  }
  const c = codeAt(v, j);
  if (isDigit(c)) {
    const d = readDigits(v, j);
    if (!d) return null;
    return { type: 'digits', value: d.value, start: j, end: d.end, waw, article: false, plain: d.plain, weak: undefined };
  }
  if (!isArabicLetter(c)) return null;
  const end = wordEnd(v, j);
  const hit = lookupWord(lex, v.slice(j, end));
  if (!hit) return null;
  if (!first) {
    if (hit.article) return null;
    if (hit.prefix > 0) {
      // Only a و may join a later atom (خمسمئة وخمسون), never ب/ل.
      if (waw || hit.prefix !== 1 || codeAt(v, j) !== 0x0648) return null;
      waw = true;
    }
  }
  const start = j + hit.prefix;
  if (hit.info.cardinal) return { type: hit.info.cardinal.type, value: hit.info.cardinal.value, start, end, waw, article: hit.article, plain: undefined, weak: hit.info.cardinal.weak };
  if (hit.info.fraction !== undefined) return { type: 'fraction', value: hit.info.fraction, start, end, waw, article: hit.article, plain: undefined, weak: undefined };
  return null;
}
