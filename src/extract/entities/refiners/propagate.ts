// A name found once by a cue or the model is a name everywhere in the document:
// "مظلوم عبدي" makes a later "وكتب عبدي" a person, "حي غويران" makes "سجن غويران"'s
// neighbour "غويران" a place.

import type { Candidate, EntityInput } from '../candidates.js';
import { insert, matchTrie, type Trie } from '../gazetteer.js';
import { commonWords, nameClitics, stopwords } from '../words.js';
import { COMPOUND_ENDS, JOINERS } from '../parsers/cues.js';

export function propagateNames(input: EntityInput, kept: Candidate[]): Candidate[] {
  const { tokens, keys } = input;
  const trie: Trie = { root: { next: new Map() } };
  let any = false;
  const common = commonWords();
  const stop = stopwords();
  for (const c of kept) {
    if (c.canonical || c.type === 'FAC' || (c.source !== 'cue' && c.source !== 'model')) continue;
    const seq = keys.slice(c.first, c.end).map((k) => k.key);
    const entry = { id: '', type: c.type, subtype: c.subtype, alias: '', creditOnly: false, lead: 0 };
    insert(trie, seq, entry);
    any = true;
    // A person's family name alone (برايس، عبدي), not the end of a compound (عبد الله، نصر الله، أبي وقاص).
    const last = seq[seq.length - 1]!;
    const compound = COMPOUND_ENDS.has(last) || JOINERS.has(last) || JOINERS.has(seq[seq.length - 2]!);
    if (c.type === 'PER' && seq.length > 1 && !compound && last.length >= 3 && !common.has(last) && !stop.has(last)) insert(trie, [last], entry);
  }
  if (!any) return [];
  const taken = new Uint8Array(tokens.length);
  for (const c of kept) taken.fill(1, c.first, c.end);
  const out: Candidate[] = [];
  for (const m of matchTrie(trie, tokens, keys)) {
    let free = true;
    for (let t = m.first; t < m.end; t++) if (taken[t]) free = false;
    if (!free) continue;
    const e = m.entries[0]!;
    out.push({ first: m.first, end: m.end, clitics: propagatedClitics(input, m.first, m.clitics), type: e.type, subtype: e.subtype, source: 'propagated', priority: 1 });
  }
  return out;
}

/** A preposition matched off (لبرايس) is left out; a conjunction only as nameClitics says. */
function propagatedClitics({ tokens, keys }: EntityInput, first: number, matched: number): number {
  const k = keys[first]!;
  return matched > k.clitics ? matched : Math.min(matched, nameClitics(tokens[first]!, k));
}
