// Word lists the name rules and the model share, as sets of comparison keys.

import { readTsv, readWordList } from '../../lexicon/load.js';
import type { Token } from '../../segment/index.js';
import { foldStem, nameKeys } from './keys.js';

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

/** Given names and family names (stems, no article). */
export function personNames(): Set<string> {
  if (names) return names;
  names = new Set<string>();
  for (const w of readWordList('entities-person-names.txt')) names.add(foldStem(w));
  return names;
}

export interface CueWord {
  keys: string[];
  kind: string;
  type?: string;
  subtype?: string;
  plural?: boolean;
}

let roleCues: CueWord[] | undefined;
/** Role and title words before a person's name (entities-roles.tsv). */
export function roles(): CueWord[] {
  return (roleCues ??= readTsv('entities-roles.tsv', ['cue', 'kind']).map((r) => ({ keys: nameKeys(r.cue), kind: r.kind })));
}

let placeCueMap: Map<string, CueWord> | undefined;
/** Place and facility cue words by key (entities-place-cues.tsv). */
export function placeCues(): Map<string, CueWord> {
  if (placeCueMap) return placeCueMap;
  placeCueMap = new Map();
  for (const r of readTsv('entities-place-cues.tsv', ['cue', 'type', 'subtype'])) {
    const keys = nameKeys(r.cue);
    placeCueMap.set(keys[0]!, { keys, kind: 'place', type: r.type, subtype: r.subtype, plural: r.plural === 'yes' });
  }
  return placeCueMap;
}

/** Is the token a stopword (as written, or without its clitics)? */
export function isStop(tok: Token, key: string): boolean {
  const s = stopwords();
  return s.has(key) || s.has(tok.search);
}
