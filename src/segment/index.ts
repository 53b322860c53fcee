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

const TOKEN = /(\p{N}+(?:[.,،٫٬]\p{N}+)*)|([\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\p{M}]+)|([\p{L}\p{M}]+)|([^\s\p{L}\p{M}\p{N}])/gu;
const SENTENCE_END = /[.!?؟…]/u;
const CLOSERS = new Set(['"', '”', '»', ')', '’', "'", ']', '›']);

let exceptions: Set<string> | undefined;
function cliticExceptions(): Set<string> {
  return (exceptions ??= new Set(readWordList('clitic-exceptions.txt')));
}

/**
 * Proclitics of an Arabic word in the search view. Prepositions are only taken before
 * the article (بال، لل), a conjunction only when what is left is a word of 3+ letters
 * that is not a listed word beginning with that letter (وزير، فرنسا).
 */
export function splitProclitics(word: string): { proclitics: string[]; stem: string } {
  const known = cliticExceptions();
  const proclitics: string[] = [];
  let rest = word;
  if (known.has(rest)) return { proclitics, stem: rest };
  const first = rest[0];
  if ((first === 'و' || first === 'ف') && rest.length >= 4 && !known.has(rest)) {
    proclitics.push(first);
    rest = rest.slice(1);
  }
  if (rest.startsWith('لل') && rest.length >= 5 && !known.has(rest)) {
    proclitics.push('ل', 'ال');
    rest = rest.slice(2);
  } else if ((rest[0] === 'ب' || rest[0] === 'ك' || rest[0] === 'ل') && rest.startsWith('ال', 1) && rest.length >= 5) {
    proclitics.push(rest[0]!, 'ال');
    rest = rest.slice(3);
  } else if (rest.startsWith('ال') && rest.length >= 4) {
    proclitics.push('ال');
    rest = rest.slice(2);
  }
  return { proclitics, stem: rest };
}

/** Splits a text into sentences and tokens. `search` is the text's search view. */
export function segment(text: string, search: NormalizedView = normalize(text, 'search')): Segmentation {
  const v = search.text;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
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

  TOKEN.lastIndex = 0;
  let lastEnd = 0;
  for (let m = TOKEN.exec(v); m; m = TOKEN.exec(v)) {
    const vstart = m.index;
    const vend = vstart + m[0].length;
    // A line break between tokens ends a sentence (headlines, datelines, paragraphs).
    if (sentenceStart >= 0 && hasLineBreak(v, lastEnd, vstart)) closeSentence(lastEnd);
    if (sentenceStart < 0) sentenceStart = vstart;
    const kind: TokenKind = m[1] ? 'number' : m[2] ? 'word' : m[3] ? 'latin' : 'punct';
    const span = toOriginalSpan(search, vstart, vend);
    const { proclitics, stem } = kind === 'word' ? splitProclitics(m[0]) : { proclitics: [], stem: m[0] };
    tokens.push({
      start: span.start,
      end: span.end,
      vstart,
      vend,
      text: text.slice(span.start, span.end),
      search: m[0],
      kind,
      proclitics,
      stem,
      sentence: sentences.length,
    });
    lastEnd = vend;
    if (kind === 'punct' && isSentenceEnd(v, vstart, tokens)) {
      // Closing quotes and brackets right after the stop belong to this sentence.
      let close = vend;
      while (close < v.length && CLOSERS.has(v[close]!)) close++;
      if (close > vend) {
        TOKEN.lastIndex = vend;
        continue;
      }
      closeSentence(vend);
    } else if (kind === 'punct' && CLOSERS.has(m[0]) && tokens.length >= 2) {
      const prev = tokens[tokens.length - 2]!;
      if (prev.kind === 'punct' && SENTENCE_END.test(prev.search) && isSentenceEnd(v, prev.vstart, tokens.slice(0, -1))) {
        let close = vend;
        while (close < v.length && CLOSERS.has(v[close]!)) close++;
        if (close === vend) closeSentence(vend);
      }
    }
  }
  closeSentence(lastEnd);
  return { sentences, tokens };
}

function hasLineBreak(v: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = v.charCodeAt(k);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Is the punctuation at `at` the end of a sentence? */
function isSentenceEnd(v: string, at: number, tokens: Token[]): boolean {
  const ch = v[at]!;
  if (!SENTENCE_END.test(ch)) return false;
  const next = v[at + 1];
  // Only a stop followed by space, a closer, a line break or the end of text.
  if (next !== undefined && !/[\s"”»)’'\]›]/u.test(next)) return false;
  if (ch === '.') {
    // "د." "م." "أ.": a single-letter abbreviation before the dot.
    const prev = tokens[tokens.length - 2];
    if (prev && prev.vend === at && prev.kind !== 'number' && prev.kind !== 'punct' && prev.search.length === 1) return false;
  }
  return true;
}
