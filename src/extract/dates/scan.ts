// Cheap pre-filter and tokenizer: only text around digits and date words (months,
// weekdays, أمس، الساعة…) is tokenized and parsed, so most of an article costs one
// pass over its characters.

import { dateLexicon, type LexEntry } from './lexicon.js';

export type TokenKind = 'digits' | 'word' | 'punct' | 'break';

export interface DateToken {
  /** Text in the numbers view (folded letters, ASCII digits). */
  w: string;
  /** Span in the numbers view. */
  start: number;
  end: number;
  kind: TokenKind;
  /** The word without a leading و/ف and ب/ل/ك (بايلول → ايلول). */
  core: string;
  /** `core` without its article (الشهر → شهر). */
  bare: string;
  /** Length of a leading و/ف dropped from the span when a mention starts here. */
  conj: number;
}

export interface LexMatch {
  /** Tokens covered. */
  len: number;
  entries: LexEntry[];
  /** Which form of the first token matched. */
  via: 'w' | 'core' | 'bare';
}

const BACK = 64;
const AHEAD = 72;

function isLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Regions [start, end) of the view worth parsing, merged and snapped to spaces. */
export function findRegions(v: string): Array<[number, number]> {
  const { triggers } = dateLexicon();
  const regions: Array<[number, number]> = [];
  const n = v.length;
  const hit = (p: number, q: number): void => {
    let s = Math.max(0, p - BACK);
    let e = Math.min(n, q + AHEAD);
    while (s > 0 && v.charCodeAt(s - 1) !== 0x20 && v.charCodeAt(s - 1) !== 0x0a && p - s < BACK + 24) s--;
    while (e < n && v.charCodeAt(e) !== 0x20 && v.charCodeAt(e) !== 0x0a && e - q < AHEAD + 24) e++;
    const last = regions[regions.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else regions.push([s, e]);
  };
  let i = 0;
  while (i < n) {
    const c = v.charCodeAt(i);
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(v.charCodeAt(j))) j++;
      hit(i, j);
      i = j;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (j < n && isLetter(v.charCodeAt(j))) j++;
      const len = j - i;
      if (len >= 2 && len <= 16) {
        const word = v.slice(i, j);
        if (triggers.has(word) || (len > 3 && (triggers.has(word.slice(1)) || triggers.has(word.slice(2))))) hit(i, j);
      }
      i = j;
    } else i++;
  }
  return regions;
}

const TOKEN = /\d+|[\p{L}\p{M}]+|\n|[^\s]/gu;

/** Tokens of a region of the numbers view. */
export function tokenize(v: string, start: number, end: number): DateToken[] {
  const out: DateToken[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(v); m && m.index < end; m = TOKEN.exec(v)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    const kind: TokenKind = isDigit(c) ? 'digits' : w === '\n' ? 'break' : /[\p{L}\p{M}]/u.test(w[0]!) ? 'word' : 'punct';
    let core = w;
    let conj = 0;
    let bare = w;
    if (kind === 'word') {
      if ((c === 0x0648 || c === 0x0641) && core.length > 2) {
        core = core.slice(1);
        conj = 1;
      }
      const p = core.charCodeAt(0);
      if ((p === 0x0628 || p === 0x0644 || p === 0x0643) && core.length > 3) core = core.slice(1);
      bare = core.startsWith('ال') && core.length > 3 ? core.slice(2) : core;
    }
    out.push({ w, start: m.index, end: m.index + w.length, kind, core, bare, conj });
  }
  return out;
}

/** All lexicon phrases starting at token i, longest first. */
export function lexMatches(tokens: DateToken[], i: number): LexMatch[] {
  const { phrases, maxWords } = dateLexicon();
  const t = tokens[i];
  if (!t || t.kind === 'digits' || t.kind === 'break') return [];
  const out: LexMatch[] = [];
  const forms: Array<[string, LexMatch['via']]> = [[t.w, 'w']];
  if (t.core !== t.w) forms.push([t.core, 'core']);
  if (t.bare !== t.core) forms.push([t.bare, 'bare']);
  for (const [form, via] of forms) {
    const max = maxWords.get(form) ?? 0;
    let key = form;
    for (let len = 1; len <= max; len++) {
      if (len > 1) {
        const next = tokens[i + len - 1];
        if (!next || next.kind !== 'word') break;
        key += ' ' + next.w;
      }
      const entries = phrases.get(key);
      if (entries) out.push({ len, entries, via });
    }
  }
  return out.sort((a, b) => b.len - a.len);
}
