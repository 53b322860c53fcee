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
  /**
   * Which load-time tries the word can start a match in (see gazetteer.ts), and when
   * computed (-1: not yet). Set from the start so that every TokenKeys has one shape.
   */
  roots: number;
  rootsVersion: number;
  /**
   * A small number for the word, unique within a generation of the memo (see
   * keysGeneration): per-word data of the model lives in typed arrays indexed by it.
   */
  id: number;
}

// The memo: search form → word id. A Map of 150k strings costs several cache misses per
// lookup (bucket, chain, the stored string, the value). Here a lookup touches one slot of
// (hash, id + 1) pairs and the word's record: 64 bytes holding its form (up to 16
// characters; longer forms in a pool), hashes of its keys and what the parsers cache per
// word, so that the passes over a document after this one find each word's data in one
// cache line.
export const MEMO_LIMIT = 50_000;
/** Int32s per word record. */
export const WORD_STRIDE = 16;
const HASH = 0;
const LENGTH = 1;
const POOL_START = 2;
const KEY_HASH = 3;
const ALT_HASH = 4;
/** Free fields of a word record for other modules' per-word caches: 0 until they write them. */
export const WORD_ROOTS = 5;
export const WORD_ROOTS_VERSION = 6;
export const WORD_PLACE_CUE = 7;
const CHARS = 8;
const INLINE = 2 * (WORD_STRIDE - CHARS);

let slotBits = 18;
let slots = new Int32Array(2 << slotBits);
let records = new Int32Array(WORD_STRIDE << 12);
let pool = new Uint16Array(1 << 12);
let poolEnd = 0;
const byId: TokenKeys[] = [];
let generation = 0;

/** hashKey of the key of word `id`; with `alt`, of its alternative key (the key's when it has none). */
export function keyHashOf(records: Int32Array, id: number, alt: boolean): number {
  return records[id * WORD_STRIDE + (alt ? ALT_HASH : KEY_HASH)]!;
}

/** A hash of a key, as word records hold it (to rule words out fast; equal hashes prove nothing). */
export function hashKey(key: string): number {
  return hashForm(key);
}

/**
 * The word records, WORD_STRIDE Int32s per word id. A new array after words are added: read
 * it again after keying a document.
 */
export function wordRecords(): Int32Array {
  return records;
}

/** Changes whenever word ids are reused (the memo was trimmed). */
export function keysGeneration(): number {
  return generation;
}

/**
 * How the last trim renumbered the words (old id → new id, -1 for a word dropped), when it
 * made the current generation out of generation `from`; null otherwise (nothing kept).
 */
export function keysRemap(from: number): Int32Array | null {
  return remapFrom === from && generation === from + 1 ? remap : null;
}

// Tokens seen per word id since the word was added, to keep the frequent
// words when the memo is trimmed: emptying it wholesale made every trim recompute the
// model's rows of the common words (3,000 articles: 143k words computed, 87k distinct).
let hits = new Int32Array(1 << 12);
let remap: Int32Array | null = null;
let remapFrom = -1;
/**
 * The share of the memo a trim may keep. Larger shares trim more often but recompute less
 * (the 50 MiB corpus: the model's rows of 726k words computed when the memo was emptied,
 * 504k keeping half, 404k keeping 85%; 199k distinct words).
 */
const KEEP_SHARE = 0.85;
const HIT_CAP = 63;

/**
 * Trims the memo when it holds `limit` words: keeps the words seen most often (at most
 * KEEP_SHARE of the limit, each seen at least twice), renumbered from 0, and
 * drops the rest. Called between documents only, so that the ids of one document's words
 * never change under it.
 */
export function trimKeys(limit = MEMO_LIMIT): void {
  if (names.size) names.clear();
  const n = byId.length;
  if (n < limit) return;
  const cap = Math.floor(limit * KEEP_SHARE);
  // The least count to keep: the smallest from 2 up that keeps at most cap words.
  const count = new Int32Array(HIT_CAP + 1);
  for (let id = 0; id < n; id++) count[Math.min(hits[id]!, HIT_CAP)]!++;
  let least = HIT_CAP;
  for (let sum = count[HIT_CAP]!; least > 2 && sum + count[least - 1]! <= cap; ) sum += count[--least]!;
  const map = new Int32Array(n).fill(-1);
  let kept = 0;
  let pooled = 0;
  for (let id = 0; id < n; id++) {
    if (Math.min(hits[id]!, HIT_CAP) < least || kept === cap) continue;
    // New ids and pool offsets never exceed the old ones: moving down in id order is safe.
    const from = id * WORD_STRIDE;
    const at = kept * WORD_STRIDE;
    if (at !== from) records.copyWithin(at, from, from + WORD_STRIDE);
    const length = records[at + LENGTH]!;
    if (length > INLINE) {
      const start = records[at + POOL_START]!;
      if (start !== pooled) pool.copyWithin(pooled, start, start + length);
      records[at + POOL_START] = pooled;
      pooled += length;
    }
    const k = byId[id]!;
    k.id = kept;
    byId[kept] = k;
    hits[kept] = hits[id]!;
    map[id] = kept++;
  }
  byId.length = kept;
  poolEnd = pooled;
  slots.fill(0);
  for (let id = 0; id < kept; id++) place(records[id * WORD_STRIDE + HASH]!, id);
  remap = map;
  remapFrom = generation;
  generation++;
}

function hashForm(s: string): number {
  let h = 0x811c9dc5 ^ s.length;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
  return h ^ (h >>> 15);
}

/** The id of a search form, or -1. */
function findForm(s: string, h: number): number {
  const mask = (1 << slotBits) - 1;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const stored = slots[2 * slot + 1]!;
    if (stored === 0) return -1;
    if (slots[2 * slot] === h && sameForm(stored - 1, s)) return stored - 1;
  }
}

function sameForm(id: number, s: string): boolean {
  const at = id * WORD_STRIDE;
  const n = s.length;
  if (records[at + LENGTH] !== n) return false;
  if (n > INLINE) {
    const start = records[at + POOL_START]!;
    for (let k = 0; k < n; k++) if (pool[start + k] !== s.charCodeAt(k)) return false;
    return true;
  }
  for (let k = 0; k < n; k += 2) {
    const pair = k + 1 < n ? s.charCodeAt(k) | (s.charCodeAt(k + 1) << 16) : s.charCodeAt(k);
    if (records[at + CHARS + (k >> 1)] !== pair) return false;
  }
  return true;
}

function place(h: number, id: number): void {
  const mask = (1 << slotBits) - 1;
  let slot = h & mask;
  while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
  slots[2 * slot] = h;
  slots[2 * slot + 1] = id + 1;
}

function grown<T extends Int32Array | Uint16Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  let n = a.length;
  while (n < size) n *= 2;
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}

function addForm(tok: Token, h: number): TokenKeys {
  const id = byId.length;
  const k = computeKeys(tok, id);
  const s = tok.search;
  const n = s.length;
  const at = id * WORD_STRIDE;
  records = grown(records, at + WORD_STRIDE);
  records.fill(0, at, at + WORD_STRIDE);
  records[at + HASH] = h;
  records[at + LENGTH] = n;
  records[at + KEY_HASH] = hashForm(k.key);
  records[at + ALT_HASH] = k.alt === null ? records[at + KEY_HASH]! : hashForm(k.alt);
  if (n > INLINE) {
    pool = grown(pool, poolEnd + n);
    records[at + POOL_START] = poolEnd;
    for (let c = 0; c < n; c++) pool[poolEnd++] = s.charCodeAt(c);
  } else {
    for (let c = 0; c < n; c += 2) records[at + CHARS + (c >> 1)] = c + 1 < n ? s.charCodeAt(c) | (s.charCodeAt(c + 1) << 16) : s.charCodeAt(c);
  }
  byId.push(k);
  hits = grown(hits, id + 1);
  hits[id] = 0;
  // Keep the table at most 60% full (the memo may outgrow MEMO_LIMIT while data loads).
  if (5 * byId.length > 3 << slotBits) {
    slotBits++;
    slots = new Int32Array(2 << slotBits);
    for (let j = 0; j < byId.length; j++) place(records[j * WORD_STRIDE + HASH]!, j);
  } else place(h, id);
  return k;
}

/** Comparison keys of one token (memoized by search form: words repeat). */
export function tokenKeys(tok: Token): TokenKeys {
  return byId[wordId(tok)]!;
}

/** The token's word id, its keys added to the memo on first sight (h: its form's hash). */
function wordId(tok: Token, h = hashForm(tok.search)): number {
  // The search form decides the kind too (one token pattern), so it is the whole key.
  const id = findForm(tok.search, h);
  return id >= 0 ? id : addForm(tok, h).id;
}

// Per-token scratch of documentTokenKeys: each form's hash, then the id its first slot offers.
let hashes = new Int32Array(1024);
let offered = new Int32Array(1024);

/**
 * Keys of a document's tokens, with each token's word id written to `ids`. In three passes
 * (hash every form, read every form's first slot, check the offered records) rather than one
 * word after the other: the table and the records are larger than the caches, and loads for
 * different words that do not wait on each other overlap their misses.
 */
export function documentTokenKeys(tokens: Token[], ids: Int32Array): TokenKeys[] {
  const n = tokens.length;
  if (hashes.length < n) {
    hashes = new Int32Array(2 * n);
    offered = new Int32Array(2 * n);
  }
  for (let i = 0; i < n; i++) hashes[i] = hashForm(tokens[i]!.search);
  const mask = (1 << slotBits) - 1;
  for (let i = 0; i < n; i++) {
    const h = hashes[i]!;
    const slot = h & mask;
    offered[i] = slots[2 * slot] === h ? slots[2 * slot + 1]! - 1 : -1;
  }
  const keys = new Array<TokenKeys>(n);
  for (let i = 0; i < n; i++) {
    const tok = tokens[i]!;
    const o = offered[i]!;
    // Not offered, or another form with the same hash: the full look-up (adds new forms).
    const id = o >= 0 && sameForm(o, tok.search) ? o : wordId(tok, hashes[i]!);
    keys[i] = byId[id]!;
    ids[i] = id;
    hits[id]++;
  }
  return keys;
}

function computeKeys(tok: Token, id: number): TokenKeys {
  if (tok.kind === 'punct') return { key: DASHES.test(tok.search) ? '-' : tok.search, alt: null, clitics: 0, altClitics: 0, roots: 0, rootsVersion: -1, id };
  if (tok.kind !== 'word') return { key: tok.search, alt: null, clitics: 0, altClitics: 0, roots: 0, rootsVersion: -1, id };
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
  return { key, alt, clitics, altClitics: alt === null ? 0 : clitics + 1, roots: 0, rootsVersion: -1, id };
}

interface NameKeys {
  keys: string[];
  lead: number;
}

// Names of the data files, keyed while the lexicon loads: many are keyed more than once (an
// alias for the gazetteer, its lead, its words' list flags), and segmenting is most of it.
// Kept until the next document (trimKeys), so that they cost no memory afterwards.
const names = new Map<string, NameKeys>();

function keyName(name: string): NameKeys {
  let k = names.get(name);
  if (!k) {
    const tokens = segment(name).tokens;
    k = { keys: tokens.map((t) => tokenKeys(t).key), lead: tokens.length ? tokenKeys(tokens[0]!).clitics : 0 };
    names.set(name, k);
  }
  return k;
}

/** Keys of a name as written in a data file, one per word (punctuation kept). */
export function nameKeys(name: string): string[] {
  return keyName(name).keys.slice();
}

/**
 * Search-view characters the first word of a name loses to clitic splitting (فرات → ف +
 * رات): a match keeps them in its span.
 */
export function nameLead(name: string): number {
  return keyName(name).lead;
}
