// Character-level helpers over the `numbers` view (ASCII digits, folded letters).
// Plain char-code loops: they run on every word of every document.

import type { NumbersLexicon, WordInfo } from './lexicon.js';

/**
 * The char code at `i`, or -1 outside the text. Reading past either end with charCodeAt
 * gives NaN, which throws optimised code specialised on small integers back to the
 * interpreter; -1 matches no character and keeps every comparison false as NaN did.
 */
export function codeAt(v: string, i: number): number {
  return i >= 0 && i < v.length ? v.charCodeAt(i) : -1;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Arabic letters of the folded view (hamza … yeh, plus the extended letters). */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff);
}

export function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** End of the Arabic word starting at `i`. */
export function wordEnd(v: string, i: number): number {
  let j = i;
  while (j < v.length && isArabicLetter(codeAt(v, j))) j++;
  return j;
}

/** Start of the Arabic word ending at `end` (exclusive). */
export function wordStart(v: string, end: number): number {
  let j = end;
  while (j > 0 && isArabicLetter(codeAt(v, j - 1))) j--;
  return j;
}

/** Position after one optional space. */
export function skipSpace(v: string, i: number): number {
  return codeAt(v, i) === 32 ? i + 1 : i;
}

/** Position before one optional space that ends at `i`. */
export function backSpace(v: string, i: number): number {
  return i > 0 && codeAt(v, i - 1) === 32 ? i - 1 : i;
}

/** Is `i` a word boundary (not inside letters or digits)? */
export function isBoundary(v: string, i: number): boolean {
  if (i <= 0 || i >= v.length) return true;
  const c = codeAt(v, i);
  return !isArabicLetter(c) && !isDigit(c) && !isLatinLetter(c);
}

/** A word as found in the lexicon, with the proclitics that were peeled off it. */
export interface WordHit {
  info: WordInfo;
  /** Length of the conjunction/preposition prefix (و، ف، ب، ل، ك) left out of the mention. */
  prefix: number;
  /** The article ال was attached (kept in the mention). */
  article: boolean;
  /** The folded stem that was found. */
  stem: string;
}

const CONJ = new Set([0x0648 /* و */, 0x0641 /* ف */]);
const PREP = new Set([0x0628 /* ب */, 0x0644 /* ل */, 0x0643 /* ك */]);

/**
 * Looks a folded word up, first as written, then without proclitics: و/ف, then ب/ل/ك,
 * then the article (لل = ل + ال). A stripped stem must keep 3 letters (لست is not ل + ست).
 */
export function lookupWord(lex: NumbersLexicon, word: string): WordHit | undefined {
  if (lex.exceptions.has(word)) return undefined;
  const direct = lex.words.get(word);
  if (direct) return { info: direct, prefix: 0, article: false, stem: word };
  let rest = word;
  let prefix = 0;
  if (CONJ.has(rest.charCodeAt(0)) && rest.length > 3) {
    rest = rest.slice(1);
    prefix = 1;
    if (lex.exceptions.has(rest)) return undefined;
    const hit = found(lex, rest, prefix, false);
    if (hit) return hit;
  }
  if (PREP.has(rest.charCodeAt(0)) && rest.length > 3) {
    if (rest.charCodeAt(0) === 0x0644 && rest.charCodeAt(1) === 0x0644) {
      // لل: the preposition ل before the article, whose alef is dropped.
      return found(lex, rest.slice(2), prefix + 1, true);
    }
    const hit = found(lex, rest.slice(1), prefix + 1, false);
    if (hit) return hit;
    rest = rest.slice(1);
    prefix += 1;
    if (lex.exceptions.has(rest)) return undefined;
  }
  if (rest.startsWith('ال') && rest.length > 4) return found(lex, rest.slice(2), prefix, true);
  return undefined;
}

function found(lex: NumbersLexicon, stem: string, prefix: number, article: boolean): WordHit | undefined {
  if (stem.length < 3 || lex.exceptions.has(stem)) return undefined;
  const info = lex.words.get(stem);
  return info ? { info, prefix, article, stem } : undefined;
}
