// Gazetteer matching: every alias of every actor is compiled into a trie of word keys at
// load; a text is matched word by word, longest alias first, in one left-to-right pass.

import type { EntityType } from '../../core/types.js';
import type { Token } from '../../segment/index.js';
import { allActors, contextAliases, type AliasTrim } from './actors.js';
import { hashKey, keyHashOf, keysGeneration, nameKeys, nameLead, wordRecords, WORD_ROOTS, WORD_ROOTS_VERSION, WORD_STRIDE, type TokenKeys } from './keys.js';

export interface GazetteerEntry {
  /** Actor id; for a context alias, the first candidate's id. */
  id: string;
  type: EntityType;
  subtype?: string;
  /** The alias as written in the data. */
  alias: string;
  /** Only an outlet in a byline or after an outlet cue. */
  creditOnly: boolean;
  /** Clitic characters of the alias's own first word (فرات بوست): not skipped in a span. */
  lead: number;
  /** The alias is also an adjective (تركية): no name right after a noun. */
  adjective?: boolean;
  /** Words of the alias matched but left out of the mention ([قطاع] غزة: 1 first, 0 last). */
  skipFirst?: number;
  skipLast?: number;
  /** For names whose actor depends on the document: candidates in order. */
  candidates?: Array<{ id: string; context: string[] }>;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entries?: GazetteerEntry[];
}

export interface GazetteerMatch {
  /** Tokens [first, end). */
  first: number;
  end: number;
  /** Search-view characters of clitics to skip at the first token (و، ب، ل). */
  clitics: number;
  entries: GazetteerEntry[];
}

export interface Trie {
  root: TrieNode;
  /** For the tries built once at load: a bit in TokenKeys.roots. */
  bit?: number;
}

// Tries built once at load. Which of them a word can start a match in is cached on the
// word's keys (shared per search form), so a pass skips most words without a lookup.
const staticTries: Trie[] = [];
let rootsVersion = 0;

/** A new trie that lives as long as the process (data, not a document's names). */
export function staticTrie(): Trie {
  const trie: Trie = { root: newNode(), bit: staticTries.length };
  if (staticTries.length < 30) {
    staticTries.push(trie);
    rootsVersion++;
  } else delete trie.bit;
  return trie;
}

function rootBits(k: TokenKeys): number {
  if (k.rootsVersion === rootsVersion) return k.roots!;
  let bits = 0;
  for (const t of staticTries) {
    const next = t.root.next;
    if (next.has(k.key) || (k.alt !== null && next.has(k.alt))) bits |= 1 << t.bit!;
  }
  k.roots = bits;
  k.rootsVersion = rootsVersion;
  return bits;
}

// rootBits of a document's words in one array, made on the first pass over them: later
// passes read it instead of each word's keys.
interface DocumentRoots {
  keys: TokenKeys[];
  version: number;
  roots: Int32Array;
  /** Word ids and their generation, when documentRoots made the entry. */
  ids?: Int32Array;
  generation?: number;
}
// The document being matched: one entry, not a WeakMap (weak entries keep a document's
// tokens alive through young collections and get them promoted).
let current: DocumentRoots | undefined;

function rootsOf(keys: TokenKeys[]): Int32Array {
  if (current && current.keys === keys && current.version === rootsVersion) return current.roots;
  const roots = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) roots[i] = rootBits(keys[i]!);
  current = { ...(current?.keys === keys ? current : undefined), keys, version: rootsVersion, roots };
  return roots;
}

/** A set of key hashes (keys.ts) as bits: says "maybe" or "certainly not". */
class KeyFilter {
  private readonly bits: Int32Array;
  constructor(private readonly size: number) {
    this.bits = new Int32Array(size >>> 5);
  }
  clear(): void {
    this.bits.fill(0);
  }
  add(h: number): void {
    h &= this.size - 1;
    this.bits[h >>> 5]! |= 1 << (h & 31);
  }
  has(h: number): boolean {
    h &= this.size - 1;
    return (this.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
  }
}

// The first keys of every static trie, for words seen for the first time: most are in none,
// and the filter tells so without hashing their strings in each trie's map.
const staticFirsts = new KeyFilter(1 << 16);
let staticFirstsVersion = -1;

function mayStartStatic(records: Int32Array, id: number): boolean {
  if (staticFirstsVersion !== rootsVersion) {
    staticFirsts.clear();
    for (const t of staticTries) for (const key of t.root.next.keys()) staticFirsts.add(hashKey(key));
    staticFirstsVersion = rootsVersion;
  }
  return staticFirsts.has(keyHashOf(records, id, false)) || staticFirsts.has(keyHashOf(records, id, true));
}

/** rootBits of a document's words, whose ids were just given (keysGeneration() is current). */
export function documentRoots(keys: TokenKeys[], ids: Int32Array): Int32Array {
  // Cached in the word records (keys.ts), versions stored plus one: 0 is "not computed".
  const records = wordRecords();
  const version = rootsVersion + 1;
  const roots = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const id = ids[i]!;
    const at = id * WORD_STRIDE;
    if (records[at + WORD_ROOTS_VERSION] !== version) {
      records[at + WORD_ROOTS] = mayStartStatic(records, id) ? rootBits(keys[i]!) : 0;
      records[at + WORD_ROOTS_VERSION] = version;
    }
    roots[i] = records[at + WORD_ROOTS]!;
  }
  current = { keys, version: rootsVersion, roots, ids, generation: keysGeneration() };
  return roots;
}

function newNode(): TrieNode {
  return { next: new Map() };
}

export function insert(trie: Trie, keys: string[], entry: GazetteerEntry): void {
  if (keys.length === 0) return;
  let node = trie.root;
  for (const k of keys) {
    let n = node.next.get(k);
    if (!n) node.next.set(k, (n = newNode()));
    node = n;
  }
  const list = (node.entries ??= []);
  if (!list.some((e) => e.id === entry.id && e.creditOnly === entry.creditOnly)) list.push(entry);
}

let gazetteer: Trie | undefined;

/** The trie of all actor, outlet, place and people names. */
export function gazetteerTrie(): Trie {
  if (gazetteer) return gazetteer;
  const trie = staticTrie();
  for (const actor of allActors()) {
    const base = { id: actor.id, type: actor.type, subtype: actor.subtype };
    for (const alias of actor.aliases) insert(trie, nameKeys(alias), { ...base, alias, creditOnly: false, lead: nameLead(alias), ...skips(actor.trims?.get(alias)), ...(actor.adjectives?.has(alias) && { adjective: true }) });
    for (const alias of actor.creditOnly ?? []) insert(trie, nameKeys(alias), { ...base, alias, creditOnly: true, lead: nameLead(alias) });
  }
  // Context aliases go in front of a plain entry for the same name.
  const byAlias = new Map<string, GazetteerEntry>();
  for (const c of contextAliases()) {
    let e = byAlias.get(c.alias);
    if (!e) {
      e = { id: c.id, type: c.type, alias: c.alias, creditOnly: false, lead: nameLead(c.alias), candidates: [] };
      byAlias.set(c.alias, e);
    }
    e.candidates!.push({ id: c.id, context: c.context });
  }
  for (const [alias, e] of byAlias) {
    let node = trie.root;
    const keys = nameKeys(alias);
    insert(trie, keys, e);
    for (const k of keys) node = node.next.get(k)!;
    node.entries = [e, ...node.entries!.filter((x) => x !== e)];
  }
  gazetteer = trie;
  return gazetteer;
}

/** Tokens to leave out of a mention at each end of an alias. */
function skips(trim: AliasTrim | undefined): Pick<GazetteerEntry, 'skipFirst' | 'skipLast'> {
  if (!trim) return {};
  return { skipFirst: trim.before ? nameKeys(trim.before).length : 0, skipLast: trim.after ? nameKeys(trim.after).length : 0 };
}

/**
 * Longest matches of a trie over tokens [from, to), left to right, without overlaps. A
 * match may not cross a sentence boundary; the first word may carry one more preposition
 * (لقسد).
 */
export function matchTrie(trie: Trie, tokens: Token[], keys: TokenKeys[], from = 0, to = tokens.length): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  const root = trie.root.next;
  const bit = trie.bit === undefined ? 0 : 1 << trie.bit;
  const roots = bit ? rootsOf(keys) : null;
  const firsts = bit ? null : firstWords(trie, keys);
  let i = from;
  while (i < to) {
    if (roots ? !(roots[i]! & bit) : firsts && !firsts(i)) {
      i++;
      continue;
    }
    const k = keys[i]!;
    let best = longestFrom(root.get(k.key), tokens, keys, i, to, k.clitics);
    if (!best && k.alt !== null) best = longestFrom(root.get(k.alt), tokens, keys, i, to, k.altClitics);
    if (best) {
      out.push(best);
      i = best.end;
    } else i++;
  }
  return out;
}

// The first keys of the trie being matched, when it is a document's own.
const documentFirsts = new KeyFilter(1 << 12);

/**
 * For a trie made for one document (no root bits): which tokens may begin a match, told by
 * the hashes of their keys in the word records rather than by their strings (a token that
 * passes is then looked up). Null when the document's word ids are not at hand.
 */
function firstWords(trie: Trie, keys: TokenKeys[]): ((i: number) => boolean) | null {
  if (!current || current.keys !== keys || !current.ids || current.generation !== keysGeneration()) return null;
  const ids = current.ids;
  const records = wordRecords();
  const firsts = documentFirsts;
  firsts.clear();
  for (const key of trie.root.next.keys()) firsts.add(hashKey(key));
  return (i) => {
    const id = ids[i]!;
    return firsts.has(keyHashOf(records, id, false)) || firsts.has(keyHashOf(records, id, true));
  };
}

/** The longest match before token `to` whose first word (already looked up) is token i. */
function longestFrom(node: TrieNode | undefined, tokens: Token[], keys: TokenKeys[], i: number, to: number, clitics: number): GazetteerMatch | null {
  let best: GazetteerMatch | null = null;
  const sentence = tokens[i]!.sentence;
  let j = i + 1;
  while (node) {
    if (node.entries) best = { first: i, end: j, clitics, entries: node.entries };
    if (j >= to || node.next.size === 0 || tokens[j]!.sentence !== sentence) break;
    node = node.next.get(keys[j]!.key);
    j++;
  }
  return best;
}
