// Cheap pre-filter and tokenizer: only text around digits and date words (months,
// weekdays, أمس، الساعة…) is tokenized and parsed, so most of an article costs one
// pass over its characters.

import { dateLexicon, type LexEntry, type TrieNode } from './lexicon.js';
import { codeAt, isDigit } from '../numbers/text.js';

export type TokenKind = 'digits' | 'word' | 'punct' | 'break';

export interface DateToken {
  /** Text in the numbers view (folded letters, ASCII digits). */
  w: string;
  /** Span in the numbers view. */
  start: number;
  end: number;
  kind: TokenKind;
  /** The word without a leading و/ف and ب/ل/ك (بايلول → ايلول): see coreOf, computed on demand. */
  core?: string;
  /** `core` without its article (الشهر → شهر): see bareOf. */
  bare?: string;
  /** Length of a leading و/ف dropped from the span when a mention starts here. */
  conj: number;
  /** Digits or a word that can carry a date: every date holds at least one. */
  trigger: boolean;
  /** Lexicon phrases starting here (lexMatches) and what they can be (TokenReader.kinds), on demand. */
  lex?: LexMatch[];
  kinds?: number;
}

export interface LexMatch {
  /** Tokens covered. */
  len: number;
  entries: LexEntry[];
  /** Which form of the first token matched. */
  via: 'w' | 'core' | 'bare';
}

const BACK = 44;
const AHEAD = 40;

function isLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
}

function isClitic(c: number): boolean {
  return c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643;
}

/**
 * Digits that may be part of a date: a year-like 4-digit run, or digits joined to more
 * digits by / . - : , (26/1/2022, 19:04, 02,30). Other numbers (counts) only matter next
 * to a date word, which triggers on its own.
 */
function dateLikeDigits(v: string, i: number, j: number): boolean {
  if (j - i === 4) {
    const c = codeAt(v, i);
    const c2 = codeAt(v, i + 1);
    if ((c === 0x31 && (c2 === 0x33 || c2 === 0x34 || c2 === 0x38 || c2 === 0x39)) || (c === 0x32 && (c2 === 0x30 || c2 === 0x31))) return true;
  }
  let k = j;
  if (codeAt(v, k) === 0x20) k++;
  const sep = codeAt(v, k);
  if (sep !== 0x2f && sep !== 0x2e && sep !== 0x2d && sep !== 0x3a && sep !== 0x2c) return false;
  k++;
  if (codeAt(v, k) === 0x20) k++;
  return isDigit(codeAt(v, k));
}

let triggerHashes: Set<number> | undefined;
let triggerEnds: Endings | undefined;
let firstWordEnds: Endings | undefined;
let dayEnds: Endings | undefined;
let weekdayEnds: Endings | undefined;

/** Pair slots: 1 when a word ends with the pair itself, 2 when a longer word does. */
const PAIR_ALONE = 1;
const PAIR_IN_TRIPLE = 2;

/**
 * Last letters of a set of words (Arabic letters 0x0620-0x065f): their last three in the
 * bit set `triples`; `pairs` marks the last two of every word, and whether a two-letter
 * word ends so. Most words of a text fail on the pair (4 KB, stays in the L1 cache).
 */
class Endings {
  private readonly pairs = new Uint8Array(64 * 64);
  private readonly triples = new Uint32Array((64 * 64 * 64) / 32);

  constructor(words: Iterable<string>) {
    for (const t of words) {
      const a = t.charCodeAt(t.length - 1) - 0x0620;
      const b = t.charCodeAt(t.length - 2) - 0x0620;
      if (!(a >= 0 && a < 64 && b >= 0 && b < 64)) continue;
      const c = t.length >= 3 ? t.charCodeAt(t.length - 3) - 0x0620 : -1;
      if (c >= 0 && c < 64) {
        const k = (a * 64 + b) * 64 + c;
        this.triples[k >>> 5]! |= 1 << (k & 31);
        this.pairs[a * 64 + b]! |= PAIR_IN_TRIPLE;
      } else this.pairs[a * 64 + b]! |= PAIR_ALONE;
    }
  }

  /**
   * Does v[i, j) end like one of the words? Words whose last two letters are not both
   * Arabic letters were left out, so a text word ending in other characters gets `outside`.
   */
  endsLike(v: string, i: number, j: number, outside: boolean): boolean {
    const a = codeAt(v, j - 1) - 0x0620;
    const b = codeAt(v, j - 2) - 0x0620;
    if (a < 0 || a >= 64 || b < 0 || b >= 64) return outside;
    const pair = this.pairs[a * 64 + b]!;
    if (pair & PAIR_ALONE) return true;
    if (pair === 0) return false;
    const c = j - i >= 3 ? codeAt(v, j - 3) - 0x0620 : -1;
    if (c < 0 || c >= 64) return false;
    const k = (a * 64 + b) * 64 + c;
    return (this.triples[k >>> 5]! & (1 << (k & 31))) !== 0;
  }
}

function endsLikeTrigger(triggers: Set<string>, v: string, i: number, j: number): boolean {
  triggerEnds ??= new Endings(triggers);
  return triggerEnds.endsLike(v, i, j, false);
}

/** Hash of v[i, j) read right to left, the way isTriggerAt computes it. */
function suffixHash(v: string, i: number, j: number): number {
  let h = 0;
  for (let k = j - 1; k >= i; k--) h = (Math.imul(h, 31) + codeAt(v, k)) | 0;
  return h;
}

function hashes(triggers: Set<string>): Set<number> {
  if (triggerHashes) return triggerHashes;
  return (triggerHashes = new Set([...triggers].map((t) => suffixHash(t, 0, t.length))));
}

/**
 * Whether the word v[i, j) (2 to 16 letters, ending like a trigger) is a trigger, with or
 * without و/ف، ب/ل/ك، ال before it. One backward pass hashes the word and its clitic-less
 * endings; only a hash hit slices a string.
 */
function isTriggerAt(triggers: Set<string>, v: string, i: number, j: number): boolean {
  const len = j - i;
  const known = hashes(triggers);
  let h = 0;
  for (let k = j - 1; k > i + 1; k--) h = (Math.imul(h, 31) + codeAt(v, k)) | 0;
  const c0 = codeAt(v, i);
  const c1 = codeAt(v, i + 1);
  // Without two leading letters: و/ف + ب/ل/ك (وبال…) or the article ال.
  if (len > 3 && known.has(h) && ((isClitic(c0) && isClitic(c1)) || (len > 4 && c0 === 0x0627 && c1 === 0x0644)) && triggers.has(v.slice(i + 2, j))) return true;
  h = (Math.imul(h, 31) + c1) | 0;
  if (len > 3 && isClitic(c0) && known.has(h) && triggers.has(v.slice(i + 1, j))) return true;
  h = (Math.imul(h, 31) + c0) | 0;
  return known.has(h) && triggers.has(v.slice(i, j));
}

/** A phrase ends at j: the text's end, a line break or closing punctuation (after a space at most). */
function endsPhraseAt(v: string, j: number): boolean {
  let k = j;
  if (codeAt(v, k) === 0x20) k++;
  if (k >= v.length) return true;
  const c = codeAt(v, k);
  return c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x060c || c === 0x2c || c === 0x3b;
}

/** في or يوم right before the digits at i: a day of the month said alone (في 15.، يوم 27). */
function afterDayCue(v: string, i: number): boolean {
  const before = v.slice(Math.max(0, i - 4), i);
  return before.endsWith('في ') || before.endsWith('يوم ');
}

/** The last word of a day said alone in words (الثاني والعشرين، للحادي عشر), at a phrase's end. */
function isDayEndWord(v: string, i: number, j: number): boolean {
  if (j - i < 3 || j - i > 10) return false;
  // The forms below keep the word's last letters: most words end like no day word.
  dayEnds ??= new Endings(dateLexicon().dayEndWords);
  if (!dayEnds.endsLike(v, i, j, false)) return false;
  let w = v.slice(i, j);
  if (w.charCodeAt(0) === 0x0648) w = w.slice(1);
  if (w.startsWith('لل')) w = 'ا' + w.slice(1);
  // A day is masculine (الحادي والعشرين، الثاني عشر); a feminine ordinal before (في
  // السادسة والعشرين، الدقيقة الخامسة والعشرين) is an age, an hour or a minute.
  return dateLexicon().dayEndWords.has(w) && codeAt(v, i - 2) !== 0x0647;
}

/**
 * Whether the word v[i, j) may be read as a weekday's name: it ends with one without its
 * article (خميس، احد), after at most four letters (و/ف، ب/ل/ك، ال), the forms lexMatches
 * looks up. "واحد" passes: an over-estimate. Only words that end like a trigger get here.
 */
function mayNameWeekday(v: string, i: number, j: number): boolean {
  const { weekdayStems } = dateLexicon();
  weekdayEnds ??= new Endings(weekdayStems);
  if (j - i < 3 || !weekdayEnds.endsLike(v, i, j, false)) return false;
  for (const stem of weekdayStems) {
    const at = j - stem.length;
    if (at >= i && at - i <= 4 && v.startsWith(stem, at)) return true;
  }
  return false;
}

/** Regions [start, end) of the view worth parsing, merged and snapped to spaces. */
export interface Region {
  start: number;
  end: number;
  /** View offsets where trigger words and date-like digits start. */
  triggers: number[];
}

/**
 * Regions of the view worth parsing. `names`, when given, receives the [start, end) of
 * every word that may name a weekday (mayNameWeekday), for the reference finder.
 */
export function findRegions(v: string, names?: number[]): Region[] {
  const { triggers } = dateLexicon();
  const regions: Region[] = [];
  const n = v.length;
  const hit = (p: number, q: number): void => {
    let s = Math.max(0, p - BACK);
    let e = Math.min(n, q + AHEAD);
    while (s > 0 && codeAt(v, s - 1) !== 0x20 && codeAt(v, s - 1) !== 0x0a && p - s < BACK + 24) s--;
    while (e < n && codeAt(v, e) !== 0x20 && codeAt(v, e) !== 0x0a && e - q < AHEAD + 24) e++;
    const last = regions[regions.length - 1];
    if (last && s <= last.end) {
      last.end = Math.max(last.end, e);
      last.triggers.push(p);
    } else regions.push({ start: s, end: e, triggers: [p] });
  };
  let i = 0;
  while (i < n) {
    const c = codeAt(v, i);
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(codeAt(v, j))) j++;
      if (dateLikeDigits(v, i, j) || (j - i <= 2 && endsPhraseAt(v, j) && afterDayCue(v, i))) hit(i, j);
      i = j;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (j < n && isLetter(codeAt(v, j))) j++;
      // Most words end like no trigger, and a weekday's name ends like its trigger (الخميس).
      const endsLike = j - i >= 2 && j - i <= 16 && endsLikeTrigger(triggers, v, i, j);
      if ((endsLike && isTriggerAt(triggers, v, i, j)) || (endsPhraseAt(v, j) && isDayEndWord(v, i, j))) hit(i, j);
      if (endsLike && names && mayNameWeekday(v, i, j)) names.push(i, j);
      i = j;
    } else i++;
  }
  return regions;
}

export function isWordChar(c: number): boolean {
  // Arabic letters and marks, Latin letters (GMT), other letters of the Arabic blocks.
  return (c >= 0x0610 && c <= 0x061a) || (c >= 0x0620 && c <= 0x065f) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06d5 && c <= 0x06ff) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x0670;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
}

/** Tokens of a region of the numbers view (one pass, no regex). */
export function tokenize(v: string, region: Region): DateToken[] {
  const { start, end, triggers } = region;
  const out: DateToken[] = [];
  let next = 0;
  let i = start;
  while (i < end) {
    const c = codeAt(v, i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    let kind: TokenKind;
    if (isDigit(c)) {
      while (j < end && isDigit(codeAt(v, j))) j++;
      kind = 'digits';
    } else if (isWordChar(c)) {
      while (j < end && isWordChar(codeAt(v, j))) j++;
      kind = 'word';
    } else if (c === 0x0a) kind = 'break';
    else {
      if (c >= 0xd800 && c <= 0xdbff && j < end) j++;
      kind = 'punct';
    }
    const w = v.slice(i, j);
    const conj = kind === 'word' && (c === 0x0648 || c === 0x0641) && j - i > 2 ? 1 : 0;
    while (next < triggers.length && triggers[next]! < i) next++;
    const trigger = triggers[next] === i;
    // core, bare, lex and kinds are filled on demand; declaring them keeps one object shape.
    out.push({ w, start: i, end: j, kind, conj, trigger, core: undefined, bare: undefined, lex: undefined, kinds: undefined });
    i = j;
  }
  return out;
}

const NONE: LexMatch[] = [];

function computeForms(t: DateToken): void {
  let core = t.w;
  if (t.kind === 'word') {
    if (t.conj === 1) core = core.slice(1);
    const p = codeAt(core, 0);
    // ل + ال is written لل (للثاني، للعام): the core gets its article back.
    if (p === 0x0644 && codeAt(core, 1) === 0x0644 && core.length > 4) core = 'ا' + core.slice(1);
    else if ((p === 0x0628 || p === 0x0644 || p === 0x0643) && core.length > 3) core = core.slice(1);
  }
  t.core = core;
  t.bare = t.kind === 'word' && core.length > 3 && core.charCodeAt(0) === 0x0627 && core.charCodeAt(1) === 0x0644 ? core.slice(2) : core;
}

export function coreOf(t: DateToken): string {
  if (t.core === undefined) computeForms(t);
  return t.core!;
}

export function bareOf(t: DateToken): string {
  if (t.bare === undefined) computeForms(t);
  return t.bare!;
}

/** All lexicon phrases starting at token i, longest first. */
export function lexMatches(tokens: DateToken[], i: number): LexMatch[] {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return NONE;
  const { trie } = dateLexicon();
  // Every form looked up (the word, without clitics, without its article) ends like the
  // word: most words end like no phrase's first word and need no lookup.
  firstWordEnds ??= new Endings(trie.keys());
  if (t.w.length > 1 && !firstWordEnds.endsLike(t.w, 0, t.w.length, true)) return NONE;
  const core = coreOf(t);
  const bare = bareOf(t);
  let out: LexMatch[] | null = null;
  out = walk(trie, tokens, i, t.w, 'w', out);
  if (core !== t.w) out = walk(trie, tokens, i, core, 'core', out);
  if (bare !== core) out = walk(trie, tokens, i, bare, 'bare', out);
  if (!out) return NONE;
  return out.length > 1 ? out.sort((a, b) => b.len - a.len) : out;
}

/** Follows the trie from one form of token i through the words after it. */
function walk(trie: Map<string, TrieNode>, tokens: DateToken[], i: number, form: string, via: LexMatch['via'], out: LexMatch[] | null): LexMatch[] | null {
  let node = trie.get(form);
  let len = 1;
  while (node) {
    if (node.entries) (out ??= []).push({ len, entries: node.entries, via });
    const next = tokens[i + len];
    if (!node.next || !next || next.kind !== 'word') break;
    node = node.next.get(next.w);
    len++;
  }
  return out;
}
