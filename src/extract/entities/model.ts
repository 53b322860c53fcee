// A statistical name tagger: an averaged perceptron over word, affix, clitic, gazetteer,
// cue and context features, decoded greedily left to right with BIO tags. It finds names
// no list holds; the gazetteer still decides actor ids. Trained by scripts/train-ner.mjs on
// ANERcorp; the weights ship as entities-model.json (nothing is downloaded).
//
// Features are hashed (FNV-1a over the template id and the characters, no strings built),
// and the rows a word contributes by itself are summed once per distinct word: tagging
// costs a few integer-keyed lookups per token.

import type { EntityType } from '../../core/types.js';
import { readJson } from '../../lexicon/load.js';
import type { Candidate, EntityInput } from './candidates.js';
import { insert, matchTrie, type Trie, staticTrie } from './gazetteer.js';
import { keysGeneration } from './keys.js';
import { commonWords, listFlagMap, nameClitics, personNames, placeCues, roles, stopwords } from './words.js';

export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
const N = TAGS.length;
const TYPE_OF: Record<string, EntityType | null> = { PERS: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: null };
const BITS = 18;

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
  Gaz, PrevGaz, NextGaz, Cue, PrevTag, PrevTags, PrevTagWord, Lists, PrevLists, NextLists,
  PrevSuffix, NextSuffix, PrevStem, NextStem, Final,
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
    if (file.bits !== BITS) throw new Error(`entities-model.json: ${file.bits} hash bits, expected ${BITS}; run npm run train:ner`);
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

  scores(features: number[], out: Float64Array): Float64Array {
    out.fill(0);
    const w = this.w;
    for (const f of features) {
      const base = f * N;
      for (let t = 0; t < N; t++) out[t] += w[base + t]!;
    }
    return out;
  }

  /** One training update: reward the gold tag, penalise the guess. */
  update(features: number[], gold: number, guess: number): void {
    this.step++;
    this.scorer = undefined;
    if (gold === guess) return;
    for (const f of features) {
      this.bump(f * N + gold, 1);
      this.bump(f * N + guess, -1);
    }
  }

  private bump(at: number, by: number): void {
    const total = (this.totals ??= new Float64Array(SIZE * N));
    const stamp = (this.stamps ??= new Float64Array(SIZE * N));
    total[at] += (this.step - stamp[at]!) * this.w[at]!;
    stamp[at] = this.step;
    this.w[at] += by;
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
    return { version: 1, tags: [...TAGS], bits: BITS, bias: this.bias, weights };
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
    for (const k of commonWords()) mark(k, COMMON);
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
  ];
  if (k.alt) f.push(hashStr(T.Alt, k.alt));
  return f;
}

const NEIGHBOURS = [-2, -1, 1, 2] as const;
const NEIGHBOUR_TEMPLATE = [T.Prev2Word, T.PrevWord, T.NextWord, T.Next2Word];
const BOS = '<s>';
const EOS = '</s>';

/** Hashes a word gives the word n-th in NEIGHBOURS away from it (its key, its name flag). */
function neighbourFeatures(key: string, n: number): number[] {
  const f = [hashStr(NEIGHBOUR_TEMPLATE[n]!, key)];
  const o = NEIGHBOURS[n];
  if (o === -1 || o === 1) {
    const edge = key === BOS || key === EOS;
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

function tagFeatures(key: string, prev: number, prev2: number): number[] {
  return [hashNum(T.PrevTag, prev), hashNum(T.PrevTags, (prev2 + 1) * 16 + prev + 1), hashStr(T.PrevTagWord + 16 * (prev + 2), key)];
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

/** The best tag; an I- tag only continues a name of the same type. */
function bestTag(scores: Float64Array, prev: number): number {
  let best = 0;
  for (let t = 1; t < N; t++) {
    if (t % 2 === 0 && prev !== t && prev !== t - 1) continue;
    if (scores[t]! > scores[best]!) best = t;
  }
  return best;
}

/**
 * Tags of tokens [from, to) decoded greedily, training the model on the gold tags when
 * given. Without gold tags this is the plain (slow) form of CompiledScorer.tag.
 */
export function tagRange(model: Perceptron, input: EntityInput, fc: FeatureContext, from: number, to: number, gold?: number[]): number[] {
  const out: number[] = [];
  const scores = new Float64Array(N);
  const active = gold ? null : activeTokens((i) => plainToken(input, i), input, from, to);
  let prev = -1;
  let prev2 = -1;
  for (let i = from; i < to; i++) {
    if (active && !active[i - from]) {
      out.push(0);
      prev2 = prev;
      prev = 0;
      continue;
    }
    const feats = [...tokenFeatures(input, fc, i, from, to), ...tagFeatures(input.keys[i]!.key, prev, prev2)];
    model.scores(feats, scores);
    if (!gold && model.bias) for (let t = 1; t <= 6; t++) scores[t] += model.bias;
    const best = bestTag(scores, prev);
    const tag = gold ? gold[i - from]! : best;
    if (gold) model.update(feats, tag, best);
    out.push(tag);
    prev2 = prev;
    prev = tag;
  }
  return out;
}

// Features with small integer values (gazetteer and cue codes, final letter, previous tags)
// are read from small tables built once: the hashed table is large and slow to reach.
const GAZ_LO = -2;
const GAZ_HI = 40;
const CUE_HI = CUE_KINDS.length + 1;
const FINAL_HI = 5;
/** Previous tag pairs: (prev2 + 1) * TAG_STRIDE + prev + 1. */
const TAG_STRIDE = N + 1;
/**
 * What a word contributes, computed once per word id: its own row, the rows it gives
 * neighbours at -2, -1, +1, +2, and its previous-tag-and-word rows after no tag (sentence
 * start) and after O. 7 × N numbers.
 */
const WORD_ROWS = 7 * N;
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
  /** PrevTag and PrevTags rows with the tagging bias, by previous tag pair. */
  private readonly tags: Float64Array;
  /** Per word id (keys.ts): its state and its rows, valid for one generation of ids. */
  private state = new Uint8Array(1024);
  private rows = new Float32Array(1024 * WORD_ROWS);
  private generation = -1;
  private readonly scores = new Float64Array(N);
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
    this.tags = new Float64Array(TAG_STRIDE * TAG_STRIDE * N);
    for (let prev2 = -1; prev2 < N; prev2++) {
      for (let prev = -1; prev < N; prev++) {
        const at = ((prev2 + 1) * TAG_STRIDE + prev + 1) * N;
        this.sumInto(this.tags, at, [hashNum(T.PrevTag, prev), hashNum(T.PrevTags, (prev2 + 1) * 16 + prev + 1)]);
        if (model.bias) for (let t = 1; t <= 6; t++) this.tags[at + t] += model.bias;
      }
    }
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
      let size = this.state.length;
      while (size <= id) size *= 2;
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
    this.sumInto(rows, at + 5 * N, [hashStr(T.PrevTagWord + 16, key)]);
    this.sumInto(rows, at + 6 * N, [hashStr(T.PrevTagWord + 32, key)]);
    return (this.state[id] = plainToken(input, i) ? PLAIN : NAMELIKE);
  }

  tag(input: EntityInput, fc: FeatureContext, from: number, to: number): number[] {
    // An input kept from before the word memo was emptied: its ids mean other words now.
    if (input.generation !== keysGeneration()) return tagRange(this.model, input, fc, from, to);
    if (this.generation !== keysGeneration()) {
      this.state.fill(UNSEEN);
      this.generation = keysGeneration();
    }
    const out: number[] = new Array(to - from).fill(0);
    const ids = input.ids;
    let anyActive = false;
    for (let i = from; i < to; i++) if (this.word(input, i, ids[i]!) === NAMELIKE) anyActive = true;
    // A sentence of plain words only is all O.
    if (!anyActive) return out;
    const state = this.state;
    const active = (this.active = activeTokens((i) => state[ids[i]!] === PLAIN, input, from, to, this.active));
    const { bos, eos, gaz, prevGaz, nextGaz, cue, final, tags, rows, scores } = this;
    const w32 = this.model.w;
    let prev = -1;
    let prev2 = -1;
    for (let i = from; i < to; i++) {
      if (!active[i - from]) {
        prev2 = prev;
        prev = 0;
        continue;
      }
      const own = ids[i]! * WORD_ROWS;
      for (let t = 0; t < N; t++) scores[t] = rows[own + t]!;
      for (let n = 0; n < 4; n++) {
        const j = i + NEIGHBOURS[n]!;
        if (j < from || j >= to) {
          const edge = j < from ? bos : eos;
          for (let t = 0; t < N; t++) scores[t] += edge[n * N + t]!;
        } else {
          const at = ids[j]! * WORD_ROWS + (n + 1) * N;
          for (let t = 0; t < N; t++) scores[t] += rows[at + t]!;
        }
      }
      const g = (fc.gaz[i]! - GAZ_LO) * N;
      const pg = ((i > from ? fc.gaz[i - 1]! : BOUNDARY_GAZ[0]!) - GAZ_LO) * N;
      const ng = ((i + 1 < to ? fc.gaz[i + 1]! : BOUNDARY_GAZ[1]!) - GAZ_LO) * N;
      const c = fc.cueBefore[i]! * N;
      const fl = finalLetter(input, i) * N;
      const tg = ((prev2 + 1) * TAG_STRIDE + prev + 1) * N;
      for (let t = 0; t < N; t++) scores[t] += gaz[g + t]! + prevGaz[pg + t]! + nextGaz[ng + t]! + cue[c + t]! + final[fl + t]! + tags[tg + t]!;
      if (prev <= 0) {
        const at = own + (prev + 6) * N;
        for (let t = 0; t < N; t++) scores[t] += rows[at + t]!;
      } else {
        // After a name tag (rare): the feature's row from the hashed table.
        const base = hashStr(T.PrevTagWord + 16 * (prev + 2), input.keys[i]!.key) * N;
        for (let t = 0; t < N; t++) scores[t] += w32[base + t]!;
      }
      const best = bestTag(scores, prev);
      out[i - from] = best;
      prev2 = prev;
      prev = best;
    }
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
    if (entity) {
      const first = offset + k;
      out.push({ first, end: offset + end, clitics: nameClitics(input.tokens[first]!, input.keys[first]!), type: entity, source: 'model', priority: 0 });
    }
    k = end;
  }
  return out;
}
