// A statistical name tagger: an averaged perceptron over word, affix, clitic, gazetteer,
// cue, word-class (entities-word-classes.tsv, from unlabeled news) and context features over BIO tags, decoded with Viterbi over the tag transitions
// and trained as a structured perceptron. It finds names
// no list holds; the gazetteer still decides actor ids. Trained by scripts/train-ner.mjs on
// ANERcorp; the weights ship as entities-model.json (nothing is downloaded).
//
// Features are hashed (FNV-1a over the template id and the characters, no strings built),
// and the rows a word contributes by itself are summed once per distinct word: tagging
// costs a few integer-keyed lookups per token.

import type { EntityType } from '../../core/types.js';
import { readJson, readLexiconFile } from '../../lexicon/load.js';
import type { Candidate, EntityInput } from './candidates.js';
import { insert, matchTrie, type Trie, staticTrie } from './gazetteer.js';
import { keysGeneration, keysRemap, MEMO_LIMIT } from './keys.js';
import { commonWords, listFlagMap, nameClitics, personNames, placeCues, roles, stopwords } from './words.js';

// ANERcorp's MISC (currencies, events, nationalities) is read as O: arqam keeps no such names,
// and two tags fewer make decoding faster.
export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
const N = TAGS.length;
const TYPE_OF: Record<string, EntityType | null> = { PERS: 'PER', ORG: 'ORG', LOC: 'LOC' };
const BITS = 18;
/** Version of the feature set: a model trained on another does not load. */
const VERSION = 4;

export interface ModelFile {
  version: number;
  tags: string[];
  /** Hash bits of the feature ids. */
  bits: number;
  /** Added to the score of every name tag when tagging (trades precision for recall). */
  bias?: number;
  /** Feature id → sparse weights [tagIndex, weight, tagIndex, weight, …]. */
  weights: Record<string, number[]>;
}

// ---- hashing -------------------------------------------------------------------------

// Template ids (part of every hash: renumbering them needs npm run train:ner).
const enum T {
  Bias = 1, Word, Stem, Procl, Kind, Shape, P2, P3, S1, S2, S3, Len, Flags, Alt,
  Prev2Word, PrevWord, NextWord, Next2Word, PrevFlag, NextFlag,
  Gaz, PrevGaz, NextGaz, Cue, PrevTag, PrevTagsUnused, PrevTagWord, Lists, PrevLists, NextLists,
  PrevSuffix, NextSuffix, PrevStem, NextStem, Final, Article,
  Class64, Class512, Class2048, PrevClass64, PrevClass512, NextClass64, NextClass512, Prev2Class64, Next2Class64,
  Frequency,
}

function seed(template: number): number {
  return Math.imul(template, 0x9e3779b1) ^ 0x811c9dc5;
}

function mixString(h: number, s: string, from = 0, to = s.length): number {
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
  return h;
}

function finish(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> (32 - BITS);
}

function hashStr(template: number, s: string, from?: number, to?: number): number {
  return finish(mixString(seed(template), s, from, to));
}

/** hashStr(T.Procl, proclitics.join('+')) without building the string. */
function proclHash(proclitics: string[]): number {
  let h = seed(T.Procl);
  for (let k = 0; k < proclitics.length; k++) {
    if (k > 0) h = Math.imul(h ^ 0x2b, 16777619);
    h = mixString(h, proclitics[k]!);
  }
  return finish(h);
}

function hashNum(template: number, n: number): number {
  return finish(Math.imul(seed(template) ^ (n + 7), 16777619));
}

// ---- weights -------------------------------------------------------------------------

const SIZE = 1 << BITS;

/** Weights in one dense table: N numbers per feature id (a row), read by index. */
export class Perceptron {
  readonly w: Float64Array | Float32Array;
  // Training state for averaging: sums of weights over time and the last update step.
  private totals: Float64Array | undefined;
  private stamps: Float64Array | undefined;
  private step = 0;
  private scorer: CompiledScorer | undefined;
  /** Added to the scores of the PERS, ORG and LOC tags when tagging (not in training). */
  bias = 0;

  constructor(weights?: Float32Array) {
    this.w = weights ?? new Float64Array(SIZE * N);
  }

  static fromFile(file: ModelFile): Perceptron {
    if (file.bits !== BITS || file.version !== VERSION) {
      throw new Error(`entities-model.json: version ${file.version}, ${file.bits} hash bits, expected ${VERSION}, ${BITS}; run npm run train:ner`);
    }
    const w = new Float32Array(SIZE * N);
    for (const [f, sparse] of Object.entries(file.weights)) {
      const base = Number(f) * N;
      for (let k = 0; k < sparse.length; k += 2) w[base + sparse[k]!] = sparse[k + 1]!;
    }
    const p = new Perceptron(w);
    p.bias = file.bias ?? 0;
    return p;
  }

  /** The fast scorer for tagging (built after training or loading). */
  compiled(): CompiledScorer {
    return (this.scorer ??= new CompiledScorer(this));
  }

  /** Adds the rows of features to out[at, at + N). */
  sumInto(out: Float64Array, at: number, features: ArrayLike<number>): void {
    const w = this.w;
    for (let k = 0; k < features.length; k++) {
      const base = features[k]! * N;
      for (let t = 0; t < N; t++) out[at + t] += w[base + t]!;
    }
  }

  /** Counts one training example (a sentence) for the averages. */
  tick(): void {
    this.step++;
    this.scorer = undefined;
  }

  /** Adds `by` to the weight of the features for tag. */
  bump(features: ArrayLike<number>, tag: number, by: number): void {
    const total = (this.totals ??= new Float64Array(SIZE * N));
    const stamp = (this.stamps ??= new Float64Array(SIZE * N));
    for (let k = 0; k < features.length; k++) {
      const at = features[k]! * N + tag;
      total[at] += (this.step - stamp[at]!) * this.w[at]!;
      stamp[at] = this.step;
      this.w[at] += by;
    }
  }

  /** Replaces the weights by their averages over all steps (call once, after training). */
  average(): void {
    const total = this.totals;
    const stamp = this.stamps;
    if (!total || !stamp) return;
    for (let at = 0; at < this.w.length; at++) {
      const sum = total[at]! + (this.step - stamp[at]!) * this.w[at]!;
      this.w[at] = this.step ? sum / this.step : 0;
    }
    this.totals = this.stamps = undefined;
    this.scorer = undefined;
  }

  /** Zeroes weights below minWeight and rounds the rest as the shipped file does. */
  prune(minWeight: number): void {
    for (let at = 0; at < this.w.length; at++) {
      const v = this.w[at]!;
      this.w[at] = Math.abs(v) < minWeight ? 0 : Math.round(v * 1000) / 1000;
    }
    this.scorer = undefined;
  }

  /** Sparse weights of the features with any weight at least minWeight. */
  toFile(minWeight: number): ModelFile {
    const weights: Record<string, number[]> = {};
    for (let f = 0; f < SIZE; f++) {
      const sparse: number[] = [];
      for (let t = 0; t < N; t++) {
        const v = this.w[f * N + t]!;
        if (Math.abs(v) >= minWeight) sparse.push(t, Math.round(v * 1000) / 1000);
      }
      if (sparse.length) weights[f] = sparse;
    }
    return { version: VERSION, tags: [...TAGS], bits: BITS, bias: this.bias, weights };
  }

  /** Number of features with a non-zero weight. */
  features(): number {
    let n = 0;
    for (let f = 0; f < SIZE; f++) {
      for (let t = 0; t < N; t++) {
        if (this.w[f * N + t] !== 0) {
          n++;
          break;
        }
      }
    }
    return n;
  }
}

let shipped: Perceptron | null | undefined;
/** The shipped model, or null when the data file is missing. */
export function shippedModel(): Perceptron | null {
  if (shipped !== undefined) return shipped;
  try {
    shipped = Perceptron.fromFile(readJson<ModelFile>('entities-model.json'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    shipped = null;
  }
  return shipped;
}

// ---- features ------------------------------------------------------------------------

let cueTrie: Trie | undefined;
/** Role, title and place cue words, for the "cue before" feature. */
function cues(): Trie {
  if (cueTrie) return cueTrie;
  const trie = staticTrie();
  for (const r of roles()) insert(trie, r.keys, { id: r.kind, type: 'PER', alias: '', creditOnly: false, lead: 0 });
  for (const [, c] of placeCues()) insert(trie, c.keys, { id: c.type === 'FAC' ? 'fac' : c.type === 'LOC' ? 'loc' : 'org', type: 'LOC', alias: '', creditOnly: false, lead: 0 });
  return (cueTrie = trie);
}

const GAZ_TYPES = ['PER', 'ORG', 'LOC', 'FAC', 'NORP', 'MEDIA', 'CTRY'];
const CUE_KINDS = ['title', 'role', 'loc', 'fac', 'org'];

/** Per-token context the features read: gazetteer tags and the cue word before (codes, 0 = none). */
export interface FeatureContext {
  gaz: Int8Array;
  cueBefore: Int8Array;
}

export function featureContext(input: EntityInput, named: Candidate[]): FeatureContext {
  const n = input.tokens.length;
  const gaz = new Int8Array(n);
  for (const c of named) {
    const type = 1 + GAZ_TYPES.indexOf(c.canonical && /^[a-z]{2}$/.test(c.canonical) ? 'CTRY' : c.type);
    for (let t = c.first; t < c.end; t++) gaz[t] = t === c.first ? type : type + 16;
  }
  const cueBefore = new Int8Array(n);
  for (const m of matchTrie(cues(), input.tokens, input.keys)) if (m.end < n) cueBefore[m.end] = 1 + CUE_KINDS.indexOf(m.entries[0]!.id);
  return { gaz, cueBefore };
}

const BOUNDARY_GAZ = [-1, -2];

function shapeOf(s: string, kind: string): string {
  // Arabic word tokens are letters and marks only.
  if (kind === 'word') return 'a';
  return s.replace(/[A-Z]+/g, 'A').replace(/[a-z]+/g, 'l').replace(/\p{N}+/gu, '9').slice(0, 6);
}

// What the word lists say of a key, in one lookup: bit 1 a person name (with or without
// the article), 2 a common word, 4 a stopword, and listFlags above them.
const NAME = 1;
const COMMON = 2;
const STOP = 4;
const LISTS_SHIFT = 3;
let keyBits: Map<string, number> | undefined;
let lastKey = '';
let lastBits = 0;
let commonOverride: Set<string> | null = null;

/**
 * Training only: reads `common` (keys) as the common-word list instead of the shipped one,
 * until called with null. The trainer gives each part of the corpus the list built from the
 * other parts, so that the model learns how the list fails on words it has not seen.
 */
export function overrideCommonWords(common: Set<string> | null): void {
  commonOverride = common;
  keyBits = undefined;
  lastKey = '';
}

function bitsOf(key: string): number {
  if (key === lastKey) return lastBits;
  if (!keyBits) {
    const bits = new Map<string, number>();
    const mark = (k: string, bit: number): void => {
      bits.set(k, (bits.get(k) ?? 0) | bit);
    };
    for (const n of personNames()) {
      mark(n, NAME);
      mark('ال' + n, NAME);
    }
    for (const k of commonOverride ?? commonWords()) mark(k, COMMON);
    for (const k of stopwords()) mark(k, STOP);
    for (const [k, flags] of listFlagMap()) mark(k, flags << LISTS_SHIFT);
    keyBits = bits;
  }
  lastKey = key;
  return (lastBits = keyBits.get(key) ?? 0);
}

function nameFlag(key: string): number {
  return bitsOf(key) & NAME;
}

function listBits(key: string): number {
  return bitsOf(key) >>> LISTS_SHIFT;
}

// Word classes (entities-word-classes.tsv, built from unlabeled news by npm run
// train:clusters): a group of 64, a class of 512 and a finer one of 2048 per word, and how
// frequent the word is (log2 of its rank in the file, most frequent first), packed in one
// number. A word the news never used has NO_CLASS, the sentence edges EDGE_CLASS.
const FINE = 2048;
const FINE_BITS = 11;
const GROUP_BITS = 6;
const NO_CLASS = -1;
const EDGE_CLASS = -2;

/**
 * The table: open addressing over 32-bit hashes of the words (no strings kept: a Map of
 * 67k words cost ~18 MB and ~100 ms to build). Two words of one hash would share a class,
 * which costs a feature, not a name.
 */
let classSlots: Int32Array | undefined;
let classValues: Int32Array | undefined;

function wordHash(s: string, from: number, to: number): number {
  let h = mixString(0x811c9dc5 ^ (to - from), s, from, to);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  return h ^ (h >>> 15);
}

function loadClasses(): void {
  const text = readLexiconFile('entities-word-classes.tsv');
  let words = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) words++;
  let size = 1024;
  while (size < words * 2) size *= 2;
  const slots = new Int32Array(size);
  const values = new Int32Array(size);
  let line = 0;
  let rank = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    if (end > start && text.charCodeAt(start) !== 0x23 /* # */) {
      const tab1 = text.indexOf('\t', start);
      const tab2 = tab1 < 0 ? -1 : text.indexOf('\t', tab1 + 1);
      const group = tab2 < 0 || tab2 > end ? NaN : Number(text.slice(tab1 + 1, tab2));
      const fine = tab2 < 0 || tab2 > end ? NaN : Number(text.slice(tab2 + 1, end));
      if (tab1 <= start || !(group >= 0 && group < 64 && fine >= 0 && fine < FINE) || !Number.isInteger(group + fine)) {
        throw new Error(`entities-word-classes.tsv:${line}: expected word, group (0-63), class (0-${FINE - 1})`);
      }
      const h = wordHash(text, start, tab1);
      let slot = h & (size - 1);
      while (values[slot] !== 0 && slots[slot] !== h) slot = (slot + 1) & (size - 1);
      slots[slot] = h;
      const band = 31 - Math.clz32(++rank);
      values[slot] = 1 + ((((band << GROUP_BITS) | group) << FINE_BITS) | fine);
    }
    start = end + 1;
  }
  classSlots = slots;
  classValues = values;
}

function classOfWord(key: string): number {
  if (!classSlots) loadClasses();
  const slots = classSlots!;
  const values = classValues!;
  const mask = slots.length - 1;
  const h = wordHash(key, 0, key.length);
  for (let slot = h & mask; values[slot] !== 0; slot = (slot + 1) & mask) if (slots[slot] === h) return values[slot]! - 1;
  return NO_CLASS;
}

/** The word's group (of 64), class (of 512), finer class (of 2048), frequency band, or its code (NO_CLASS, EDGE_CLASS). */
function class64(c: number): number {
  return c < 0 ? c : (c >>> FINE_BITS) & ((1 << GROUP_BITS) - 1);
}
function class512(c: number): number {
  return c < 0 ? c : (c & (FINE - 1)) >>> 2; // 4 finer classes to one of 512
}
function class2048(c: number): number {
  return c < 0 ? c : c & (FINE - 1);
}
function frequencyBand(c: number): number {
  return c < 0 ? c : c >>> (FINE_BITS + GROUP_BITS);
}

/** Hashes of the features of a word by itself (they depend only on its search form). */
function ownFeatures(input: EntityInput, i: number): number[] {
  const tok = input.tokens[i]!;
  const k = input.keys[i]!;
  const key = k.key;
  const s0 = key.startsWith('ال') ? 2 : 0;
  const len = key.length;
  const flags = bitsOf(key) & (NAME | COMMON | STOP);
  const f = [
    hashNum(T.Bias, 0),
    hashStr(T.Word, key),
    hashStr(T.Stem, key, s0),
    proclHash(tok.proclitics),
    hashStr(T.Kind, tok.kind),
    hashStr(T.Shape, shapeOf(tok.search, tok.kind)),
    hashStr(T.P2, key, s0, Math.min(len, s0 + 2)),
    hashStr(T.P3, key, s0, Math.min(len, s0 + 3)),
    hashStr(T.S1, key, Math.max(s0, len - 1)),
    hashStr(T.S2, key, Math.max(s0, len - 2)),
    hashStr(T.S3, key, Math.max(s0, len - 3)),
    hashNum(T.Len, Math.min(len - s0, 9)),
    hashNum(T.Flags, flags),
    hashNum(T.Lists, listBits(key)),
    // With the article or not, and its last two letters: names from other languages have
    // no article and end unlike Arabic words.
    hashStr(T.Article + 16 * (s0 ? 1 : 2), key, Math.max(s0, len - 2)),
  ];
  if (k.alt) f.push(hashStr(T.Alt, k.alt));
  const c = classOfWord(key);
  f.push(hashNum(T.Class64, class64(c)), hashNum(T.Class512, class512(c)), hashNum(T.Class2048, class2048(c)), hashNum(T.Frequency, frequencyBand(c)));
  return f;
}

const NEIGHBOURS = [-2, -1, 1, 2] as const;
const NEIGHBOUR_TEMPLATE = [T.Prev2Word, T.PrevWord, T.NextWord, T.Next2Word];
const NEIGHBOUR_CLASS64 = [T.Prev2Class64, T.PrevClass64, T.NextClass64, T.Next2Class64];
const BOS = '<s>';
const EOS = '</s>';

/** Hashes a word gives the word n-th in NEIGHBOURS away from it (its key, its name flag). */
function neighbourFeatures(key: string, n: number): number[] {
  const f = [hashStr(NEIGHBOUR_TEMPLATE[n]!, key)];
  const o = NEIGHBOURS[n];
  const edge = key === BOS || key === EOS;
  const c = edge ? EDGE_CLASS : classOfWord(key);
  f.push(hashNum(NEIGHBOUR_CLASS64[n]!, class64(c)));
  if (o === -1 || o === 1) {
    f.push(hashNum(o < 0 ? T.PrevClass512 : T.NextClass512, class512(c)));
    f.push(hashNum(o < 0 ? T.PrevFlag : T.NextFlag, edge ? 2 : nameFlag(key)), hashNum(o < 0 ? T.PrevLists : T.NextLists, edge ? -1 : listBits(key)));
    const s0 = key.startsWith('ال') ? 2 : 0;
    f.push(hashStr(o < 0 ? T.PrevSuffix : T.NextSuffix, key, Math.max(s0, key.length - 2)), hashStr(o < 0 ? T.PrevStem : T.NextStem, key, s0));
  }
  return f;
}

function keyAt(input: EntityInput, j: number, lo: number, hi: number): string {
  return j < lo ? BOS : j >= hi ? EOS : input.keys[j]!.key;
}

/**
 * How the word ends in the original text: the search view folds ى into ي and ة into ه,
 * which makes the preposition على look like the name علي.
 */
function finalLetter(input: EntityInput, i: number): number {
  // Read from the whole text rather than the token's own string: one string stays in cache.
  const c = input.ctx.text.charCodeAt(input.tokens[i]!.end - 1);
  return c === 0x649 ? 1 : c === 0x64a ? 2 : c === 0x629 ? 3 : c === 0x647 ? 4 : 0;
}

function contextFeatures(fc: FeatureContext, i: number, lo: number, hi: number): number[] {
  return [
    hashNum(T.Gaz, fc.gaz[i]!),
    hashNum(T.PrevGaz, i > lo ? fc.gaz[i - 1]! : BOUNDARY_GAZ[0]!),
    hashNum(T.NextGaz, i + 1 < hi ? fc.gaz[i + 1]! : BOUNDARY_GAZ[1]!),
    hashNum(T.Cue, fc.cueBefore[i]!),
  ];
}

/** The previous tag as the previous-tag-and-word feature sees it: start, O, or its name type. */
const CLASSES = 5;
function classOf(prev: number): number {
  return prev < 0 ? 0 : prev === 0 ? 1 : 1 + ((prev + 1) >> 1);
}

/** Hashes of the previous-tag-and-word feature of a word, one per class of the previous tag (the word hashed once). */
function pairFeatures(key: string): number[] {
  const h = mixString(seed(T.PrevTagWord), key);
  const f: number[] = [];
  for (let c = 0; c < CLASSES; c++) f.push(finish(Math.imul(h ^ Math.imul(c + 1, 0x9e3779b1), 16777619)));
  return f;
}

/** All feature hashes of token i in the sentence [lo, hi), tags before it excluded. */
export function tokenFeatures(input: EntityInput, fc: FeatureContext, i: number, lo: number, hi: number): number[] {
  const f = ownFeatures(input, i);
  NEIGHBOURS.forEach((o, n) => f.push(...neighbourFeatures(keyAt(input, i + o, lo, hi), n)));
  f.push(...contextFeatures(fc, i, lo, hi), hashNum(T.Final, finalLetter(input, i)));
  return f;
}

// ---- tagging -------------------------------------------------------------------------

/**
 * A token no name holds: punctuation, a number, a stopword, or an ordinary word that no
 * name list knows. The tagger skips such tokens (they are O) unless a neighbour is a word
 * that is not plain: most of a text is skipped, names are not.
 */
function plainToken(input: EntityInput, i: number): boolean {
  const tok = input.tokens[i]!;
  if (tok.kind === 'punct' || tok.kind === 'number') return true;
  const key = input.keys[i]!.key;
  const bits = bitsOf(key);
  if (bits & STOP) return true;
  // A common word that is in no list and no person name.
  return bits === COMMON;
}

/** Tokens [from, to) the tagger scores: not plain, or a word next to one that is not. */
function activeTokens(plain: (i: number) => boolean, input: EntityInput, from: number, to: number, reuse?: Uint8Array): Uint8Array {
  const active = reuse && reuse.length >= to - from ? reuse.fill(0, 0, to - from) : new Uint8Array(to - from);
  for (let i = from; i < to; i++) {
    if (plain(i)) continue;
    active[i - from] = 1;
    if (i > from && input.tokens[i - 1]!.kind === 'word') active[i - 1 - from] = 1;
    if (i + 1 < to && input.tokens[i + 1]!.kind === 'word') active[i + 1 - from] = 1;
  }
  return active;
}

/** An I- tag only continues a name of the same type (prev -1: the sentence start). */
function allowed(prev: number, tag: number): boolean {
  return tag === 0 || tag % 2 === 1 || prev === tag || prev === tag - 1;
}

const CLASS_OF = Int8Array.from(TAGS, (_, t) => classOf(t));

/**
 * Transition rows: the previous tag (-1 the start) → the tag, row (prev + 1) * N, with
 * -Infinity where an I- tag would continue no name of its type.
 */
function transitions(model: Perceptron): Float64Array {
  const out = new Float64Array((N + 1) * N);
  for (let prev = -1; prev < N; prev++) {
    model.sumInto(out, (prev + 1) * N, [hashNum(T.PrevTag, prev)]);
    for (let t = 0; t < N; t++) if (!allowed(prev, t)) out[(prev + 1) * N + t] = -Infinity;
  }
  return out;
}

/**
 * Buffers of one Viterbi pass: per token, the scores of its own features (emit) and of
 * its word after each class of previous tag (pair).
 */
class Lattice {
  emit = new Float64Array(64 * N);
  pair = new Float64Array(64 * CLASSES * N);
  /** Where each token's pair rows start in the array given to decode. */
  pairAt = new Int32Array(64);
  back = new Int8Array(64 * N);
  private delta = new Float64Array(N);
  private next = new Float64Array(N);

  /**
   * Room for n tokens; emit and pair zeroed when asked (they are summed into). Without
   * zeroing the caller decodes from its own pair rows, so this.pair does not grow.
   */
  reset(n: number, zero: boolean): void {
    if (this.back.length < n * N) {
      this.emit = new Float64Array(n * N);
      this.pairAt = new Int32Array(n);
      this.back = new Int8Array(n * N);
    } else if (zero) this.emit.fill(0, 0, n * N);
    if (zero) {
      if (this.pair.length < n * CLASSES * N) this.pair = new Float64Array(n * CLASSES * N);
      else this.pair.fill(0, 0, n * CLASSES * N);
    }
  }

  /**
   * The best tag sequence of n tokens under the transition rows, an inactive token (active
   * given and 0) being O. Written into out[0, n). The pair rows of an inactive token after
   * another are not read: every path goes through O at both.
   */
  decode(n: number, trans: Float64Array, active: Uint8Array | null, out: number[] | Int8Array, pair: Float64Array | Float32Array = this.pair): void {
    const { emit, pairAt, back } = this;
    let delta = this.delta;
    let next = this.next;
    for (let i = 0; i < n; i++) {
      const e = i * N;
      const pr = pairAt[i]!;
      if (active !== null && !active[i]) {
        // O only: from the start, or from the best previous tag.
        let best = -Infinity;
        let arg = 0;
        if (i === 0) best = trans[0]! + pair[pr]!;
        else if (!active[i - 1]) best = delta[0]!;
        else {
          for (let p = 0; p < N; p++) {
            const s = delta[p]! + trans[(p + 1) * N]! + pair[pr + CLASS_OF[p]! * N]!;
            if (s > best) {
              best = s;
              arg = p;
            }
          }
        }
        next.fill(-Infinity);
        next[0] = best;
        back[e] = arg;
      } else if (i === 0 || (active !== null && !active[i - 1])) {
        // One way in: from the start, or from the O of an inactive token.
        const from = i === 0 ? 0 : N;
        const base = i === 0 ? 0 : delta[0]!;
        const cls = pr + (i === 0 ? 0 : CLASS_OF[0]! * N);
        for (let t = 0; t < N; t++) {
          next[t] = base + trans[from + t]! + pair[cls + t]! + emit[e + t]!;
          back[e + t] = 0;
        }
      } else {
        // Best way into each tag, previous tag by previous tag (rows read in order).
        next.fill(-Infinity);
        for (let p = 0; p < N; p++) {
          const d = delta[p]!;
          if (d === -Infinity) continue;
          const tr = (p + 1) * N;
          const pa = pr + CLASS_OF[p]! * N;
          for (let t = 0; t < N; t++) {
            const s = d + trans[tr + t]! + pair[pa + t]!;
            if (s > next[t]!) {
              next[t] = s;
              back[e + t] = p;
            }
          }
        }
        for (let t = 0; t < N; t++) next[t] += emit[e + t]!;
      }
      const swap = delta;
      delta = next;
      next = swap;
    }
    let tag = 0;
    for (let t = 1; t < N; t++) if (delta[t]! > delta[tag]!) tag = t;
    for (let i = n - 1; i >= 0; i--) {
      out[i] = tag;
      tag = back[i * N + tag]!;
    }
    this.delta = delta;
    this.next = next;
  }
}

/**
 * Tags of tokens [from, to) by Viterbi decoding: the plain (slow) form of
 * CompiledScorer.tag, which tags the same.
 */
export function tagRange(model: Perceptron, input: EntityInput, fc: FeatureContext, from: number, to: number): number[] {
  const n = to - from;
  const lattice = new Lattice();
  lattice.reset(n, true);
  const active = activeTokens((i) => plainToken(input, i), input, from, to);
  for (let i = from; i < to; i++) {
    const r = i - from;
    lattice.emit.fill(0, r * N, (r + 1) * N);
    model.sumInto(lattice.emit, r * N, tokenFeatures(input, fc, i, from, to));
    if (model.bias) for (let t = 1; t <= 6; t++) lattice.emit[r * N + t] += model.bias;
    if (!active[r]) lattice.emit.fill(0, r * N, (r + 1) * N);
    pairFeatures(input.keys[i]!.key).forEach((f, c) => model.sumInto(lattice.pair, (r * CLASSES + c) * N, [f]));
    lattice.pairAt[r] = r * CLASSES * N;
  }
  const out: number[] = new Array(n).fill(0);
  lattice.decode(n, transitions(model), active, out);
  return out;
}

/** Feature hashes of a training sentence, computed once: per token its own, per token its pair features. */
export interface SentenceFeatures {
  tokens: Int32Array[];
  pairs: Int32Array;
}

export function sentenceFeatures(input: EntityInput, fc: FeatureContext, from: number, to: number): SentenceFeatures {
  const tokens: Int32Array[] = [];
  const pairs = new Int32Array((to - from) * CLASSES);
  for (let i = from; i < to; i++) {
    tokens.push(Int32Array.from(tokenFeatures(input, fc, i, from, to)));
    pairs.set(pairFeatures(input.keys[i]!.key), (i - from) * CLASSES);
  }
  return { tokens, pairs };
}

const trainLattice = new Lattice();

/**
 * One structured-perceptron step on a sentence: decode it with the current weights (every
 * token scored), and where the best sequence differs from the gold one, reward the gold
 * tags' features and transitions and penalise the guess's. Returns the guess.
 */
export function trainSentence(model: Perceptron, sf: SentenceFeatures, gold: ArrayLike<number>): Int8Array {
  const n = sf.tokens.length;
  const lattice = trainLattice;
  lattice.reset(n, true);
  for (let r = 0; r < n; r++) {
    model.sumInto(lattice.emit, r * N, sf.tokens[r]!);
    for (let c = 0; c < CLASSES; c++) model.sumInto(lattice.pair, (r * CLASSES + c) * N, [sf.pairs[r * CLASSES + c]!]);
    lattice.pairAt[r] = r * CLASSES * N;
  }
  const guess = new Int8Array(n);
  lattice.decode(n, transitions(model), null, guess);
  model.tick();
  for (let r = 0; r < n; r++) {
    const g = gold[r]!;
    const y = guess[r]!;
    const gp = r > 0 ? gold[r - 1]! : -1;
    const yp = r > 0 ? guess[r - 1]! : -1;
    if (g === y && gp === yp) continue;
    if (g !== y) {
      model.bump(sf.tokens[r]!, g, 1);
      model.bump(sf.tokens[r]!, y, -1);
    }
    model.bump([hashNum(T.PrevTag, gp), sf.pairs[r * CLASSES + classOf(gp)]!], g, 1);
    model.bump([hashNum(T.PrevTag, yp), sf.pairs[r * CLASSES + classOf(yp)]!], y, -1);
  }
  return guess;
}

// Features with small integer values (gazetteer and cue codes, final letter) are read from
// small tables built once: the hashed table is large and slow to reach.
const GAZ_LO = -2;
const GAZ_HI = 40;
const CUE_HI = CUE_KINDS.length + 1;
const FINAL_HI = 5;
/**
 * What a word contributes, computed once per word id: its own row, the rows it gives
 * neighbours at -2, -1, +1, +2, and its previous-tag-and-word rows per class of the
 * previous tag. (5 + CLASSES) × N numbers.
 */
const PAIR_ROW = 5 * N;
const WORD_ROWS = PAIR_ROW + CLASSES * N;
/** Word states: rows not computed yet, a plain word (see plainToken), any other word. */
const UNSEEN = 0;
const PLAIN = 1;
const NAMELIKE = 2;

/** Fast scoring for tagging: the same features as tagRange's, with a word's own rows memoized. */
export class CompiledScorer {
  private readonly bos: Float64Array;
  private readonly eos: Float64Array;
  private readonly gaz: Float64Array;
  private readonly prevGaz: Float64Array;
  private readonly nextGaz: Float64Array;
  private readonly cue: Float64Array;
  private readonly final: Float64Array;
  private readonly trans: Float64Array;
  /** Per word id (keys.ts): its state and its rows, valid for one generation of ids. */
  private state = new Uint8Array(1024);
  private rows = new Float32Array(1024 * WORD_ROWS);
  private generation = -1;
  private readonly lattice = new Lattice();
  private active: Uint8Array = new Uint8Array(256);

  /** Bit f set: feature f has a non-zero weight. */
  private readonly used: Uint32Array;

  constructor(private readonly model: Perceptron) {
    this.used = new Uint32Array(SIZE >>> 5);
    const w = model.w;
    for (let f = 0; f < SIZE; f++) {
      for (let t = 0; t < N; t++) {
        if (w[f * N + t] !== 0) {
          this.used[f >>> 5]! |= 1 << (f & 31);
          break;
        }
      }
    }
    const edge = (key: string): Float64Array => {
      const rows = new Float64Array(4 * N);
      NEIGHBOURS.forEach((_, n) => this.sumInto(rows, n * N, neighbourFeatures(key, n)));
      return rows;
    };
    this.bos = edge(BOS);
    this.eos = edge(EOS);
    const table = (template: number, lo: number, hi: number): Float64Array => {
      const rows = new Float64Array((hi - lo) * N);
      for (let v = lo; v < hi; v++) this.sumInto(rows, (v - lo) * N, [hashNum(template, v)]);
      return rows;
    };
    this.gaz = table(T.Gaz, GAZ_LO, GAZ_HI);
    this.prevGaz = table(T.PrevGaz, GAZ_LO, GAZ_HI);
    this.nextGaz = table(T.NextGaz, GAZ_LO, GAZ_HI);
    this.cue = table(T.Cue, 0, CUE_HI);
    this.final = table(T.Final, 0, FINAL_HI);
    this.trans = transitions(model);
  }

  private sumInto(out: Float64Array | Float32Array, at: number, features: number[]): void {
    const w = this.model.w;
    const used = this.used;
    for (const f of features) {
      // Most features of a rare word have no weight: the bitmap is small, the table is not.
      if (!(used[f >>> 5]! & (1 << (f & 31)))) continue;
      const base = f * N;
      for (let t = 0; t < N; t++) out[at + t] += w[base + t]!;
    }
  }

  /** Rows and state of token i's word (by id), computed on first sight. */
  private word(input: EntityInput, i: number, id: number): number {
    if (id >= this.state.length) {
      // Double while small; near the memo's limit grow only as far as needed, since each
      // word holds WORD_ROWS floats (a doubling past the limit cost ~30 MB per thread).
      let size = this.state.length;
      while (size <= id) size = size * 2 <= MEMO_LIMIT ? size * 2 : Math.max(MEMO_LIMIT, id + 4096);
      const state = new Uint8Array(size);
      state.set(this.state);
      const rows = new Float32Array(size * WORD_ROWS);
      rows.set(this.rows);
      this.state = state;
      this.rows = rows;
    }
    const known = this.state[id]!;
    if (known !== UNSEEN) return known;
    const key = input.keys[i]!.key;
    const rows = this.rows;
    const at = id * WORD_ROWS;
    rows.fill(0, at, at + WORD_ROWS);
    this.sumInto(rows, at, ownFeatures(input, i));
    for (let n = 0; n < 4; n++) this.sumInto(rows, at + (n + 1) * N, neighbourFeatures(key, n));
    const pairs = pairFeatures(key);
    const w = this.model.w;
    for (let c = 0; c < CLASSES; c++) {
      const f = pairs[c]!;
      if (!(this.used[f >>> 5]! & (1 << (f & 31)))) continue;
      for (let t = 0; t < N; t++) rows[at + PAIR_ROW + c * N + t] += w[f * N + t]!;
    }
    return (this.state[id] = plainToken(input, i) ? PLAIN : NAMELIKE);
  }

  /** Keeps the rows of the words the memo kept, under their new ids (map: old id → new, or -1). */
  private renumber(map: Int32Array): void {
    const { state, rows } = this;
    let end = 0;
    for (let old = 0; old < map.length; old++) {
      const id = map[old]!;
      if (id < 0) continue;
      // New ids never exceed old ones: moving down in id order overwrites only rows read already.
      const known = old < state.length ? state[old]! : UNSEEN;
      if (id < state.length) {
        state[id] = known;
        if (known !== UNSEEN && id !== old) rows.copyWithin(id * WORD_ROWS, old * WORD_ROWS, (old + 1) * WORD_ROWS);
      }
      end = id + 1;
    }
    state.fill(UNSEEN, end);
  }

  tag(input: EntityInput, fc: FeatureContext, from: number, to: number): number[] {
    // An input kept from before the word memo was emptied: its ids mean other words now.
    if (input.generation !== keysGeneration()) return tagRange(this.model, input, fc, from, to);
    if (this.generation !== keysGeneration()) {
      const map = keysRemap(this.generation);
      if (map) this.renumber(map);
      else this.state.fill(UNSEEN);
      this.generation = keysGeneration();
    }
    const n = to - from;
    const out: number[] = new Array(n).fill(0);
    const ids = input.ids;
    let anyActive = false;
    for (let i = from; i < to; i++) if (this.word(input, i, ids[i]!) === NAMELIKE) anyActive = true;
    // A sentence of plain words only is all O.
    if (!anyActive) return out;
    const state = this.state;
    const active = (this.active = activeTokens((i) => state[ids[i]!] === PLAIN, input, from, to, this.active));
    const { bos, eos, gaz, prevGaz, nextGaz, cue, final, rows, lattice } = this;
    const bias = this.model.bias;
    lattice.reset(n, false);
    const { emit, pairAt } = lattice;
    for (let i = from; i < to; i++) {
      const r = i - from;
      const own = ids[i]! * WORD_ROWS;
      if (!active[r] && (r === 0 || !active[r - 1])) continue;
      pairAt[r] = own + PAIR_ROW;
      if (!active[r]) continue;
      const e = r * N;
      for (let t = 0; t < N; t++) emit[e + t] = rows[own + t]!;
      for (let k = 0; k < 4; k++) {
        const j = i + NEIGHBOURS[k]!;
        if (j < from || j >= to) {
          const edge = j < from ? bos : eos;
          for (let t = 0; t < N; t++) emit[e + t] += edge[k * N + t]!;
        } else {
          const at = ids[j]! * WORD_ROWS + (k + 1) * N;
          for (let t = 0; t < N; t++) emit[e + t] += rows[at + t]!;
        }
      }
      const g = (fc.gaz[i]! - GAZ_LO) * N;
      const pg = ((i > from ? fc.gaz[i - 1]! : BOUNDARY_GAZ[0]!) - GAZ_LO) * N;
      const ng = ((i + 1 < to ? fc.gaz[i + 1]! : BOUNDARY_GAZ[1]!) - GAZ_LO) * N;
      const c = fc.cueBefore[i]! * N;
      const fl = finalLetter(input, i) * N;
      for (let t = 0; t < N; t++) emit[e + t] += gaz[g + t]! + prevGaz[pg + t]! + nextGaz[ng + t]! + cue[c + t]! + final[fl + t]!;
      if (bias) for (let t = 1; t <= 6; t++) emit[e + t] += bias;
    }
    lattice.decode(n, this.trans, active, out, rows);
    return out;
  }
}

/** Names the model finds in each sentence (MISC is not kept). */
export function parseModel(input: EntityInput, named: Candidate[], model: Perceptron | null = shippedModel()): Candidate[] {
  if (!model) return [];
  const fc = featureContext(input, named);
  const out: Candidate[] = [];
  const scorer = model.compiled();
  for (const s of input.ctx.segments().sentences) {
    out.push(...spansOfTags(input, scorer.tag(input, fc, s.firstToken, s.endToken), s.firstToken));
  }
  return out;
}

/** Prepositions that no word inside a person's name carries. */
const NAME_BREAKING = new Set(['ب', 'ل', 'ك']);
const NAME_JOINERS = new Set(['عبد', 'ابو', 'ابي', 'ابن', 'بن', 'بنت', 'ال', 'ام', 'ولد']);

/**
 * Where a person's name tagged over tokens [first, end) really ends: before an inner word
 * with the conjunction و (unless it follows a joiner: سعد بن أبي وقاص) or with a preposition.
 */
function personCut(input: EntityInput, first: number, end: number): number {
  for (let i = first + 1; i < end; i++) {
    const p = input.tokens[i]!.proclitics;
    if (p.length === 0) continue;
    if (p[0] === 'و' ? !NAME_JOINERS.has(input.keys[i - 1]!.key) : NAME_BREAKING.has(p[0]!)) return i;
  }
  return end;
}

export function spansOfTags(input: EntityInput, tags: number[], offset: number): Candidate[] {
  const out: Candidate[] = [];
  let k = 0;
  while (k < tags.length) {
    const t = tags[k]!;
    if (t === 0) {
      k++;
      continue;
    }
    const type = TAGS[t]!.slice(2);
    let end = k + 1;
    while (end < tags.length && tags[end] === (t % 2 === 1 ? t + 1 : t)) end++;
    const entity = TYPE_OF[type];
    if (entity === 'PER') {
      // Two people joined by و are two names (عنان وصبري); a preposition ends a name (شيراك لثنيه).
      const cut = personCut(input, offset + k, offset + end);
      if (cut < offset + end) {
        if (input.tokens[cut]!.proclitics[0] === 'و') tags[cut - offset] = t % 2 === 1 ? t : t - 1;
        else tags.fill(0, cut - offset, end);
        end = cut - offset;
      }
    }
    if (entity) {
      const first = offset + k;
      out.push({ first, end: offset + end, clitics: nameClitics(input.tokens[first]!, input.keys[first]!), type: entity, source: 'model', priority: 0 });
    }
    k = end;
  }
  return out;
}
