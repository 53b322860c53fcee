// Sentences and word tokens. Both are found on the `search` view (punctuation and
// line breaks are kept there) and carry spans into the original text.
//
// Intl.Segmenter is not used: its word granularity runs at ~3.5 MB/s, and its
// sentence breaks treat "2022.01.26" and abbreviations like "د." as ends.

import { readWordList } from '../lexicon/load.js';
import { normalize, toOriginalSpan, type NormalizedView } from '../normalize/index.js';

export type TokenKind = 'word' | 'latin' | 'number' | 'punct';

export interface Token {
  /** Span in the original text. */
  start: number;
  end: number;
  /** Span in the search view. */
  vstart: number;
  vend: number;
  /** Original text of the token. */
  text: string;
  /** The token in the search view. */
  search: string;
  kind: TokenKind;
  /** Proclitics in order (و، ف، ب، ك، ل، ال; لل is ل + ال), empty when none. */
  proclitics: string[];
  /** `search` without its proclitics. */
  stem: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  vstart: number;
  vend: number;
  text: string;
  /** Tokens [firstToken, endToken) of this sentence. */
  firstToken: number;
  endToken: number;
}

export interface Segmentation {
  sentences: Sentence[];
  tokens: Token[];
}

// Character classes for the token scanner, precomputed for the BMP.
const C_SPACE = 0;
const C_DIGIT = 1;
const C_ARABIC = 2; // Arabic letters and marks
const C_LETTER = 3; // other letters and marks
const C_OTHER = 4; // punctuation and symbols: one token each
const C_HIGH = 5; // high surrogate: classify the whole code point
/** Arabic letters and signs outside \p{M} that join an Arabic word. */
const ARABIC_RANGES = /[\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff]+/gu;
const CHAR_CLASS = charClasses();

/**
 * The class of every BMP unit. Built at start-up from runs of regex matches over one string
 * of the whole plane (a test per character took ~45 ms of every run's start). Later
 * classes win: a space is never a digit, a digit never an Arabic letter, and every mark
 * (in any script) joins the word it follows like an Arabic letter does.
 */
function charClasses(): Uint8Array {
  const table = new Uint8Array(0x10000).fill(C_OTHER);
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c;
  // Surrogates are set below (in the string they would pair up): NUL, of no class, stands in.
  units.fill(0, 0xd800, 0xe000);
  const plane = Buffer.from(units.buffer).toString('utf16le');
  const mark = (re: RegExp, cls: number): void => {
    for (const m of plane.matchAll(re)) table.fill(cls, m.index, m.index + m[0].length);
  };
  mark(/\p{L}+/gu, C_LETTER);
  mark(/\p{M}+/gu, C_ARABIC);
  mark(ARABIC_RANGES, C_ARABIC);
  mark(/\p{N}+/gu, C_DIGIT);
  mark(/\s+/gu, C_SPACE);
  table.fill(C_HIGH, 0xd800, 0xdc00);
  table.fill(C_OTHER, 0xdc00, 0xe000);
  return table;
}
const ASTRAL_LETTER = /^[\p{L}\p{M}]/u;
const ASTRAL_DIGIT = /^\p{N}/u;

/** Class of the code point at `i` (astral code points classified by regex, rarely). */
function classAt(v: string, i: number): number {
  const c = CHAR_CLASS[v.charCodeAt(i)]!;
  if (c !== C_HIGH) return c;
  const cp = v.slice(i, i + 2);
  return ASTRAL_DIGIT.test(cp) ? C_DIGIT : ASTRAL_LETTER.test(cp) ? C_LETTER : C_OTHER;
}

function unitsAt(v: string, i: number): number {
  return CHAR_CLASS[v.charCodeAt(i)] === C_HIGH && i + 1 < v.length ? 2 : 1;
}

function isDigitGroupSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x060c || c === 0x066b || c === 0x066c;
}

/**
 * End of the token starting at `i` with class `cls`: digits with separator groups,
 * runs of Arabic letters/marks, runs of letters/marks (marks join either run), or one
 * other character.
 */
function tokenEnd(v: string, i: number, cls: number): number {
  const n = v.length;
  let j = i + unitsAt(v, i);
  if (cls === C_DIGIT) {
    for (;;) {
      while (j < n && classAt(v, j) === C_DIGIT) j += unitsAt(v, j);
      if (j + 1 < n && isDigitGroupSeparator(v.charCodeAt(j)) && classAt(v, j + 1) === C_DIGIT) {
        j++;
        continue;
      }
      return j;
    }
  }
  if (cls === C_ARABIC) {
    while (j < n && CHAR_CLASS[v.charCodeAt(j)] === C_ARABIC) j++;
    return j;
  }
  if (cls === C_LETTER) {
    while (j < n) {
      const c = classAt(v, j);
      if (c !== C_LETTER && c !== C_ARABIC) break;
      j += unitsAt(v, j);
    }
    return j;
  }
  return j;
}

const KIND_OF_CLASS: readonly TokenKind[] = ['punct', 'number', 'word', 'latin', 'punct', 'punct'];
const NO_PROCLITICS: string[] = [];
const SENTENCE_END = /[.!?؟…]/u;
const AFTER_STOP = /[\s"”»)’'\]›]/u;

/** . ! ? ؟ … */
function isStop(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026;
}

/** Closing quotes and brackets: " ” » ) ’ ' ] › */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0xbb || c === 0x29 || c === 0x2019 || c === 0x27 || c === 0x5d || c === 0x203a;
}

interface CliticExceptions {
  words: Set<string>;
  /** Bits of exceptionKey() of the listed words: most words skip the set (and hashing the word). */
  keys: Uint8Array;
}

let exceptions: CliticExceptions | undefined;
function cliticExceptions(): CliticExceptions {
  if (!exceptions) {
    const words = new Set(readWordList('clitic-exceptions.txt'));
    const keys = new Uint8Array(4096);
    for (const w of words) keys[exceptionKey(w)] = 1;
    exceptions = { words, keys };
  }
  return exceptions;
}

function exceptionKey(word: string): number {
  return (Math.imul(word.length, 0x9e3779b1) ^ Math.imul(word.charCodeAt(1) | 0, 0x85ebca6b) ^ (word.charCodeAt(word.length - 1) | 0)) & 4095;
}

function isCliticException(known: CliticExceptions, word: string): boolean {
  return known.keys[exceptionKey(word)] === 1 && known.words.has(word);
}

// The proclitic sequences a word can carry, shared by every token that carries them:
// [conjunction][preposition + article | article].
const CONJUNCTIONS = ['', 'و', 'ف'] as const;
const ARTICLE_PARTS: readonly (readonly string[])[] = [[], ['ل', 'ال'], ['ب', 'ال'], ['ك', 'ال'], ['ال']];
const PROCLITIC_SEQUENCES: string[][][] = CONJUNCTIONS.map((conj) => ARTICLE_PARTS.map((parts) => (conj ? [conj, ...parts] : [...parts])));
PROCLITIC_SEQUENCES[0]![0] = NO_PROCLITICS;

/** Splits `word` into proclitics and stem; returns the stem's offset in `word`, `split.proclitics` set. */
function proclitics(word: string, split: { proclitics: string[] }): number {
  const first = word.charCodeAt(0);
  split.proclitics = NO_PROCLITICS;
  // Most words cannot carry a proclitic: skip the list look-up for them.
  if (first !== 0x648 && first !== 0x641 && first !== 0x628 && first !== 0x643 && first !== 0x644 && first !== 0x627) return 0;
  const known = cliticExceptions();
  if (isCliticException(known, word)) return 0;
  const n = word.length;
  let at = 0;
  let conj = 0;
  if ((first === 0x648 || first === 0x641) && n >= 4) {
    conj = first === 0x648 ? 1 : 2;
    at = 1;
  }
  const rest = n - at;
  const c0 = word.charCodeAt(at);
  const c1 = word.charCodeAt(at + 1);
  const c2 = word.charCodeAt(at + 2);
  let parts = 0;
  if (c0 === 0x644 && c1 === 0x644 && rest >= 5 && !(at > 0 && isCliticException(known, word.slice(at)))) {
    parts = 1; // لل = ل + ال
    at += 2;
  } else if ((c0 === 0x628 || c0 === 0x643 || c0 === 0x644) && c1 === 0x627 && c2 === 0x644 && rest >= 5) {
    parts = c0 === 0x644 ? 1 : c0 === 0x628 ? 2 : 3;
    at += 3;
  } else if (c0 === 0x627 && c1 === 0x644 && rest >= 4) {
    parts = 4;
    at += 2;
  }
  split.proclitics = PROCLITIC_SEQUENCES[conj]![parts]!;
  return at;
}

/**
 * Proclitics of an Arabic word in the search view. Prepositions are only taken before
 * the article (بال، لل), a conjunction only when what is left is a word of 3+ letters
 * that is not a listed word beginning with that letter (وزير، فرنسا).
 */
export function splitProclitics(word: string): { proclitics: string[]; stem: string } {
  const split = { proclitics: NO_PROCLITICS };
  const at = proclitics(word, split);
  return { proclitics: [...split.proclitics], stem: at === 0 ? word : word.slice(at) };
}

/** Splits a text into sentences and tokens. `search` is the text's search view. */
export function segment(text: string, search: NormalizedView = normalize(text, 'search')): Segmentation {
  const v = search.text;
  const { starts, ends } = search;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const split = { proclitics: NO_PROCLITICS };
  let sentenceStart = -1; // view offset of the current sentence's first token
  let firstToken = 0;

  const closeSentence = (vend: number): void => {
    if (sentenceStart < 0) return;
    const span = toOriginalSpan(search, sentenceStart, vend);
    sentences.push({
      start: span.start,
      end: span.end,
      vstart: sentenceStart,
      vend,
      text: text.slice(span.start, span.end),
      firstToken,
      endToken: tokens.length,
    });
    sentenceStart = -1;
    firstToken = tokens.length;
  };

  let lastEnd = 0;
  const n = v.length;
  let pos = 0;
  while (pos < n) {
    let cls = CHAR_CLASS[v.charCodeAt(pos)]!;
    if (cls === C_HIGH) cls = classAt(v, pos);
    if (cls === C_SPACE) {
      pos++;
      continue;
    }
    const vstart = pos;
    const vend = tokenEnd(v, pos, cls);
    pos = vend;
    // A line break between tokens ends a sentence (headlines, datelines, paragraphs).
    if (sentenceStart >= 0 && hasLineBreak(v, lastEnd, vstart)) closeSentence(lastEnd);
    if (sentenceStart < 0) sentenceStart = vstart;
    const kind = KIND_OF_CLASS[cls]!;
    // The token's original span (toOriginalSpan, inlined: vstart < vend <= n).
    const start = starts[vstart]!;
    const end = Math.max(start, ends[vend - 1]!);
    const word = v.slice(vstart, vend);
    const at = kind === 'word' ? proclitics(word, split) : 0;
    tokens.push({
      start,
      end,
      vstart,
      vend,
      // Most tokens are written as their search form: share it rather than slice again.
      text: end - start === word.length && writtenAs(text, start, word) ? word : text.slice(start, end),
      search: word,
      kind,
      proclitics: at === 0 ? NO_PROCLITICS : split.proclitics,
      stem: at === 0 ? word : word.slice(at),
      sentence: sentences.length,
    });
    lastEnd = vend;
    if (kind !== 'punct') continue;
    if (isSentenceEnd(v, vstart, tokens, tokens.length - 2)) {
      // Closing quotes and brackets right after the stop belong to this sentence.
      if (vend < n && isCloser(v.charCodeAt(vend))) continue;
      closeSentence(vend);
    } else if (vend - vstart === 1 && isCloser(v.charCodeAt(vstart)) && tokens.length >= 2) {
      const prev = tokens[tokens.length - 2]!;
      if (prev.kind === 'punct' && SENTENCE_END.test(prev.search) && isSentenceEnd(v, prev.vstart, tokens, tokens.length - 3)) {
        if (!(vend < n && isCloser(v.charCodeAt(vend)))) closeSentence(vend);
      }
    }
  }
  closeSentence(lastEnd);
  return { sentences, tokens };
}

/** Does `text` hold `word` at `at`? (A loop: startsWith with a position cost more on short words.) */
function writtenAs(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

function hasLineBreak(v: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = v.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Is the punctuation at `at` the end of a sentence? `tokens[before]` is the token before it. */
function isSentenceEnd(v: string, at: number, tokens: readonly Token[], before: number): boolean {
  const c = v.charCodeAt(at);
  if (!isStop(c)) return false;
  // Only a stop followed by space, a closer, a line break or the end of text.
  if (at + 1 < v.length && !AFTER_STOP.test(v[at + 1]!)) return false;
  if (c === 0x2e && before >= 0) {
    // "د." "م." "أ.": a single-letter abbreviation before the dot.
    const prev = tokens[before]!;
    if (prev.vend === at && prev.kind !== 'number' && prev.kind !== 'punct' && prev.search.length === 1) return false;
  }
  return true;
}
