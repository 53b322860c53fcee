// Gazetteer matching: every alias of every actor is compiled into a trie of word keys at
// load; a text is matched word by word, longest alias first, in one left-to-right pass.

import type { EntityType } from '../../core/types.js';
import type { Token } from '../../segment/index.js';
import { allActors, contextAliases } from './actors.js';
import { nameKeys, nameLead, type TokenKeys } from './keys.js';

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
const rootsOfKeys = new WeakMap<TokenKeys[], { version: number; roots: Int32Array }>();
function rootsOf(keys: TokenKeys[]): Int32Array {
  const known = rootsOfKeys.get(keys);
  if (known && known.version === rootsVersion) return known.roots;
  const roots = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) roots[i] = rootBits(keys[i]!);
  rootsOfKeys.set(keys, { version: rootsVersion, roots });
  return roots;
}

/** Keys of a document's tokens, with their rootBits made while each word is at hand. */
export function documentKeys(tokens: Token[], keyOf: (tok: Token) => TokenKeys): TokenKeys[] {
  const keys = new Array<TokenKeys>(tokens.length);
  const roots = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) roots[i] = rootBits((keys[i] = keyOf(tokens[i]!)));
  rootsOfKeys.set(keys, { version: rootsVersion, roots });
  return keys;
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
    for (const alias of actor.aliases) insert(trie, nameKeys(alias), { ...base, alias, creditOnly: false, lead: nameLead(alias) });
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

/**
 * Longest matches of a trie over tokens, left to right, without overlaps. A match may
 * not cross a sentence boundary; the first word may carry one more preposition (لقسد).
 */
export function matchTrie(trie: Trie, tokens: Token[], keys: TokenKeys[]): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  const root = trie.root.next;
  const bit = trie.bit === undefined ? 0 : 1 << trie.bit;
  const roots = bit ? rootsOf(keys) : null;
  let i = 0;
  while (i < tokens.length) {
    if (roots && !(roots[i]! & bit)) {
      i++;
      continue;
    }
    const k = keys[i]!;
    let best = longestFrom(root.get(k.key), tokens, keys, i, k.clitics);
    if (!best && k.alt !== null) best = longestFrom(root.get(k.alt), tokens, keys, i, k.altClitics);
    if (best) {
      out.push(best);
      i = best.end;
    } else i++;
  }
  return out;
}

/** The longest match whose first word (already looked up) is token i. */
function longestFrom(node: TrieNode | undefined, tokens: Token[], keys: TokenKeys[], i: number, clitics: number): GazetteerMatch | null {
  let best: GazetteerMatch | null = null;
  const sentence = tokens[i]!.sentence;
  let j = i + 1;
  while (node) {
    if (node.entries) best = { first: i, end: j, clitics, entries: node.entries };
    if (j >= tokens.length || node.next.size === 0 || tokens[j]!.sentence !== sentence) break;
    node = node.next.get(keys[j]!.key);
    j++;
  }
  return best;
}
