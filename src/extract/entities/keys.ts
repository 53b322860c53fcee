// Comparison keys of words: names in the gazetteers and words of a text are compared by
// key, so clitics (و، ب، ل، لل), plural endings (ون/ين) and spelling variants
// (الأميركية/الأمريكية) do not matter, while the article does (الحرة is not حرة).

import { readTsv } from '../../lexicon/load.js';
import { segment, type Token } from '../../segment/index.js';

interface Variants {
  re: RegExp | null;
  to: Map<string, string>;
}

let variants: Variants | undefined;
function loadVariants(): Variants {
  if (variants) return variants;
  const to = new Map<string, string>();
  for (const row of readTsv('entities-variants.tsv', ['from', 'to'])) to.set(row.from, row.to);
  const froms = [...to.keys()].sort((a, b) => b.length - a.length);
  variants = { re: froms.length ? new RegExp(froms.join('|'), 'g') : null, to };
  return variants;
}

const PREPOSITIONS = new Set(['ب', 'ل', 'ك']);
const DASHES = /^[-‐‑‒–—―]$/u;

/** A word stem with spelling variants and the plural ending ون folded (حوثيون → حوثيين). */
export function foldStem(stem: string): string {
  const v = loadVariants();
  let s = v.re && v.re.test(stem) ? stem.replace(v.re, (m) => v.to.get(m) ?? m) : stem;
  if (v.re) v.re.lastIndex = 0;
  if (s.length >= 5 && s.endsWith('ون')) s = s.slice(0, -2) + 'ين';
  return s;
}

export interface TokenKeys {
  /** The word's key: its stem folded, with the article kept (ال + stem). */
  key: string;
  /** Key after one more leading preposition (لقسد → قسد), only for a name's first word. */
  alt: string | null;
  /** Search-view characters of the proclitics before the key's start (و، ب; not the article). */
  clitics: number;
  /** Same for `alt`. */
  altClitics: number;
  /** Which load-time tries the word can start a match in (see gazetteer.ts), and when computed. */
  roots?: number;
  rootsVersion?: number;
  /**
   * A small number for the word, unique within a generation of the memo (see
   * keysGeneration): per-word data of the model lives in typed arrays indexed by it.
   */
  id: number;
}

const memo = new Map<string, TokenKeys>();
const MEMO_LIMIT = 150_000;
let generation = 0;

/** Changes whenever word ids are reused (the memo was emptied). */
export function keysGeneration(): number {
  return generation;
}

/**
 * Empties the memo when it holds `limit` words. Called between documents only, so that the
 * ids of one document's words never collide.
 */
export function trimKeys(limit = MEMO_LIMIT): void {
  if (memo.size < limit) return;
  memo.clear();
  generation++;
}

/** Comparison keys of one token (memoized by search form: words repeat). */
export function tokenKeys(tok: Token): TokenKeys {
  // The search form decides the kind too (one token pattern), so it is the whole key.
  let k = memo.get(tok.search);
  if (!k) {
    k = computeKeys(tok);
    memo.set(tok.search, k);
  }
  return k;
}

function computeKeys(tok: Token): TokenKeys {
  const id = memo.size;
  if (tok.kind === 'punct') return { key: DASHES.test(tok.search) ? '-' : tok.search, alt: null, clitics: 0, altClitics: 0, id };
  if (tok.kind !== 'word') return { key: tok.search, alt: null, clitics: 0, altClitics: 0, id };
  const p = tok.proclitics;
  const hasArticle = p.length > 0 && p[p.length - 1] === 'ال';
  let clitics = 0;
  for (let k = 0; k < p.length; k++) {
    const c = p[k]!;
    if (c === 'ال') break;
    // In لل the article's alef is not written: keep the ل so the span reads للتحالف.
    if (c === 'ل' && p[k + 1] === 'ال') break;
    clitics += c.length;
  }
  const stem = tok.stem;
  const key = (hasArticle ? 'ال' : '') + foldStem(stem);
  let alt: string | null = null;
  if (!hasArticle && stem.length >= 4 && PREPOSITIONS.has(stem[0]!)) alt = foldStem(stem.slice(1));
  return { key, alt, clitics, altClitics: alt === null ? 0 : clitics + 1, id };
}

/** Keys of a name as written in a data file, one per word (punctuation kept). */
export function nameKeys(name: string): string[] {
  return segment(name).tokens.map((t) => tokenKeys(t).key);
}

/**
 * Search-view characters the first word of a name loses to clitic splitting (فرات → ف +
 * رات): a match keeps them in its span.
 */
export function nameLead(name: string): number {
  const first = segment(name).tokens[0];
  return first ? tokenKeys(first).clitics : 0;
}
