// Reading the words around a candidate in the numbers view.

import type { CueType, NumbersLexicon } from '../lexicon.js';
import { backSpace, codeAt, isArabicLetter, skipSpace, wordEnd, wordStart } from '../text.js';

/** Up to `n` words (letters only) after `end`, each with its end offset; stops at punctuation. */
export function wordsAfter(v: string, end: number, n: number): Array<{ word: string; end: number }> {
  const out: Array<{ word: string; end: number }> = [];
  let j = end;
  while (out.length < n) {
    const s = skipSpace(v, j);
    if (!isArabicLetter(codeAt(v, s))) break;
    const e = wordEnd(v, s);
    out.push({ word: v.slice(s, e), end: e });
    j = e;
  }
  return out;
}

/** Up to `n` words before `start`, nearest first, each with its start offset; stops at punctuation. */
export function wordsBefore(v: string, start: number, n: number): Array<{ word: string; start: number }> {
  const out: Array<{ word: string; start: number }> = [];
  let j = start;
  while (out.length < n) {
    const e = backSpace(v, j);
    if (e === 0 || !isArabicLetter(codeAt(v, e - 1))) break;
    const s = wordStart(v, e);
    out.push({ word: v.slice(s, e), start: s });
    j = s;
  }
  return out;
}

/** The word without a leading و/ف, for cue lookups (وعام، فمنذ). */
function bare(word: string): string {
  const c = word.charCodeAt(0);
  return (c === 0x0648 || c === 0x0641) && word.length >= 3 ? word.slice(1) : word;
}

/** Does a phrase of 1..maxWords words right after `end` carry the cue? Returns its end. */
export function cueAfter(lex: NumbersLexicon, v: string, end: number, cue: CueType): number {
  // Words are read one at a time and only while the phrase so far begins some cue phrase.
  let phrase = '';
  let best = -1;
  let j = end;
  for (let k = 0; k < lex.cueMaxWords; k++) {
    const s = skipSpace(v, j);
    if (!isArabicLetter(codeAt(v, s))) break;
    const e = wordEnd(v, s);
    const w = v.slice(s, e);
    phrase = k === 0 ? w : `${phrase} ${w}`;
    if (lex.cues.get(phrase)?.has(cue)) best = e;
    if (!lex.cuePrefixes.has(phrase)) break;
    j = e;
  }
  return best;
}

/** Does a phrase ending right before `start` (within `reach` words) carry the cue? */
export function cueBefore(lex: NumbersLexicon, v: string, start: number, cue: CueType, reach = 1): boolean {
  return cueInWordsBefore(lex, wordsBefore(v, start, reach + lex.cueMaxWords - 1), cue, reach);
}

/** cueBefore on words already read by `wordsBefore` (nearest first). */
export function cueInWordsBefore(lex: NumbersLexicon, words: ReadonlyArray<{ word: string }>, cue: CueType, reach = 1): boolean {
  for (let k = 0; k < Math.min(reach, words.length); k++) {
    // Phrases ending at word k: words[k + m] … words[k].
    let phrase = '';
    for (let m = 0; m < lex.cueMaxWords && k + m < words.length; m++) {
      const w = words[k + m]!.word;
      phrase = m === 0 ? w : `${w} ${phrase}`;
      if (lex.cues.get(phrase)?.has(cue) || (m === 0 && lex.cues.get(bare(w))?.has(cue))) return true;
      // No cue phrase ends with this one: adding earlier words cannot find one.
      if (!lex.cueSuffixes.has(phrase)) break;
    }
  }
  return false;
}
