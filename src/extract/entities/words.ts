// Word lists the name rules and the model share, as sets of comparison keys.

import { readTsv, readWordList } from '../../lexicon/load.js';
import type { Token } from '../../segment/index.js';
import { allActors } from './actors.js';
import { foldStem, nameKeys, type TokenKeys } from './keys.js';

function keySet(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const keys = nameKeys(w);
    if (keys.length === 1) out.add(keys[0]!);
  }
  return out;
}

let stop: Set<string> | undefined;
let common: Set<string> | undefined;
let names: Set<string> | undefined;

/** Function words, weekdays, report verbs: never part of a name. */
export function stopwords(): Set<string> {
  return (stop ??= keySet(readWordList('entities-stopwords.txt')));
}

/** Ordinary words of news text (rarely part of a name). */
export function commonWords(): Set<string> {
  return (common ??= keySet(readWordList('entities-common-words.txt')));
}

/** Given names and family names, as keys without the article. */
export function personNames(): Set<string> {
  if (names) return names;
  names = new Set<string>();
  for (const w of readWordList('entities-person-names.txt')) {
    const k = nameKeys(w)[0];
    if (k) names.add(k.startsWith('ال') ? k.slice(2) : k);
  }
  return names;
}

let written: Set<string> | undefined;
/**
 * Every word of the name lists as written (search view, clitic letters not split off):
 * فرانكفورت is listed, so its ف is no conjunction.
 */
export function listedAsWritten(word: string): boolean {
  if (!written) {
    written = new Set();
    for (const file of ['entities-person-names.txt', 'entities-feature-places.txt', 'entities-feature-orgs.txt']) {
      for (const w of readWordList(file)) written.add(foldStem(w));
    }
  }
  return written.has(word);
}

export interface CueWord {
  keys: string[];
  kind: string;
  type?: string;
  subtype?: string;
  plural?: boolean;
  /** The cue word is part of the name (جامعة القاهرة، سجن صيدنايا). */
  keep?: boolean;
}

let roleCues: CueWord[] | undefined;
/** Role and title words before a person's name (entities-roles.tsv). */
export function roles(): CueWord[] {
  return (roleCues ??= readTsv('entities-roles.tsv', ['cue', 'kind']).map((r) => ({ keys: nameKeys(r.cue), kind: r.kind })));
}

let placeCueMap: Map<string, CueWord> | undefined;
/** Place and facility cue words by key (entities-name-cues.tsv). */
export function placeCues(): Map<string, CueWord> {
  if (placeCueMap) return placeCueMap;
  placeCueMap = new Map();
  for (const r of readTsv('entities-name-cues.tsv', ['cue', 'type', 'subtype'])) {
    const keys = nameKeys(r.cue);
    placeCueMap.set(keys[0]!, { keys, kind: 'place', type: r.type, subtype: r.subtype, plural: r.plural === 'yes', keep: r.keep === 'yes' || r.type === 'FAC' });
  }
  return placeCueMap;
}

/** Is the token a stopword (as written, or without its clitics)? */
export function isStop(tok: Token, key: string): boolean {
  const s = stopwords();
  return s.has(key) || s.has(tok.search);
}

let wordFlags: Map<string, number> | undefined;

/**
 * Which name lists a word (key) appears in, as bits: 1 place words and 2 organization
 * words of ANERGazet, 4 person names, 8/16/32 a word of one of our LOC, ORG or MEDIA, PER
 * aliases. A feature of the model.
 */
export function listFlags(key: string): number {
  return listFlagMap().get(key) ?? 0;
}

/** Every key with its listFlags bits. */
export function listFlagMap(): Map<string, number> {
  if (!wordFlags) {
    const flags = new Map<string, number>();
    const mark = (k: string, bit: number): void => {
      flags.set(k, (flags.get(k) ?? 0) | bit);
    };
    for (const w of readWordList('entities-feature-places.txt')) for (const k of nameKeys(w)) mark(k, 1);
    for (const w of readWordList('entities-feature-orgs.txt')) for (const k of nameKeys(w)) mark(k, 2);
    for (const n of personNames()) mark(n, 4);
    for (const a of allActors()) {
      const bit = a.type === 'LOC' ? 8 : a.type === 'ORG' || a.type === 'MEDIA' ? 16 : a.type === 'PER' ? 32 : 0;
      if (!bit) continue;
      for (const alias of a.aliases) for (const k of nameKeys(alias)) if (!stopwords().has(k)) mark(k, bit);
    }
    wordFlags = flags;
  }
  return wordFlags;
}

/**
 * Clitic characters to leave out of a name found by the model or a cue. The splitter takes
 * a leading و or ف for a conjunction, but many names begin with those letters (فرانكفورت،
 * وليد): the letter stays when the word is listed as written, or when it is ف before a word
 * no list knows.
 */
export function nameClitics(tok: Token, k: TokenKeys): number {
  if (k.clitics === 0) return 0;
  if (listedAsWritten(foldStem(tok.search))) return 0;
  const rest = k.key.startsWith('ال') ? k.key.slice(2) : k.key;
  if (listFlags(k.key) !== 0 || personNames().has(rest) || commonWords().has(k.key)) return k.clitics;
  return tok.proclitics[0] === 'ف' ? 0 : k.clitics;
}
