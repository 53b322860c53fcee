// Names from the gazetteer, and generic heads (التنظيم، المرصد) that refer back to an
// actor the document has already named.

import { getActor } from '../actors.js';
import type { Candidate, EntityInput } from '../candidates.js';
import { gazetteerTrie, insert, matchTrie, type GazetteerEntry, type Trie, staticTrie } from '../gazetteer.js';
import { nameKeys } from '../keys.js';
import { allActors } from '../actors.js';
import { readTsv } from '../../../lexicon/load.js';
import { commonWords, isStop } from '../words.js';

let outletCues: Set<string> | undefined;
function isOutletCue(key: string): boolean {
  outletCues ??= new Set(readTsv('entities-outlet-cues.tsv', ['cue']).map((r) => nameKeys(r.cue)[0]!));
  return outletCues.has(key);
}

const QUOTES = new Set(['"', '“', '”', '«', '»', "'", '‘', '’', '(']);

/** Is the word before token `i` (quotes skipped) an outlet cue such as قناة؟ */
function afterOutletCue({ tokens, keys }: EntityInput, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j]!.kind === 'punct' && QUOTES.has(tokens[j]!.search)) j--;
  return j >= 0 && tokens[j]!.sentence === tokens[i]!.sentence && isOutletCue(keys[j]!.key);
}

/**
 * Does the word before token i look like a noun that an adjective at i describes? It agrees
 * in the article (السلطات السعودية، قوات تركية) and is no function word; without the article
 * it ends like a feminine or plural noun (ة، ات) or is an ordinary word of four letters or more.
 */
function describesNoun({ tokens, keys }: EntityInput, i: number): boolean {
  const j = i - 1;
  if (j < 0 || tokens[j]!.sentence !== tokens[i]!.sentence || tokens[j]!.kind !== 'word') return false;
  const prev = keys[j]!.key;
  if (isStop(tokens[j]!, prev)) return false;
  const definite = (k: string): boolean => k.startsWith('ال');
  if (definite(keys[i]!.key)) return definite(prev);
  if (definite(prev) || prev.length < 4) return false;
  return prev.endsWith('ه') || prev.endsWith('ات') || commonWords().has(prev);
}

/** Gazetteer names. Credit-only outlet names (الحرة) need a cue word before them (قناة الحرة). */
export function parseGazetteer(input: EntityInput): Candidate[] {
  const { tokens, keys } = input;
  const out: Candidate[] = [];
  const named = new Set<string>();
  const pendingContext: Array<{ cand: Candidate; entry: GazetteerEntry }> = [];
  for (const m of matchTrie(gazetteerTrie(), tokens, keys)) {
    const entry = m.entries.find((e) => !e.creditOnly || afterOutletCue(input, m.first));
    if (!entry || (entry.adjective && m.clitics === 0 && describesNoun(input, m.first))) continue;
    // The words an alias marks as outside the name ([قطاع] غزة) are left out of the span.
    const skipFirst = entry.skipFirst ?? 0;
    const cand: Candidate = {
      first: m.first + skipFirst,
      end: m.end - (entry.skipLast ?? 0),
      clitics: skipFirst ? 0 : Math.max(0, m.clitics - entry.lead),
      type: entry.type,
      subtype: entry.subtype,
      source: 'gazetteer',
      priority: 3,
    };
    if (entry.candidates) {
      pendingContext.push({ cand, entry });
    } else {
      cand.canonical = entry.id;
      cand.alias = entry.alias;
      named.add(entry.id);
      const parent = getActor(entry.id)?.parent;
      if (parent) named.add(parent);
    }
    out.push(cand);
  }
  // A context name (قوى الأمن الداخلي) takes the first actor whose context the document names.
  for (const { cand, entry } of pendingContext) {
    const pick = entry.candidates!.find((c) => c.context.some((id) => named.has(id)));
    if (pick) {
      cand.canonical = pick.id;
      cand.alias = getActor(pick.id)?.aliases[0];
    }
  }
  return out;
}

let headTrie: Trie | undefined;
function heads(): Trie {
  if (headTrie) return headTrie;
  const trie = staticTrie();
  for (const actor of allActors()) {
    for (const head of actor.heads) insert(trie, nameKeys(head), { id: actor.id, type: actor.type, alias: head, creditOnly: false, lead: 0 });
  }
  return (headTrie = trie);
}

/**
 * Generic heads outside the names already found: each resolves to the most recently named
 * actor that has this head. A head before any such actor is left alone.
 */
export function parseHeads(input: EntityInput, named: Candidate[]): Candidate[] {
  const { tokens, keys } = input;
  const covered = new Uint8Array(tokens.length);
  for (const c of named) covered.fill(1, c.first, c.end);
  const mentions = named.filter((c) => c.canonical).sort((a, b) => a.first - b.first);
  const out: Candidate[] = [];
  for (const m of matchTrie(heads(), tokens, keys)) {
    if (covered[m.first]) continue;
    let best: Candidate | undefined;
    for (const c of mentions) {
      if (c.first >= m.first) break;
      if (m.entries.some((e) => e.id === c.canonical)) best = c;
    }
    if (!best) continue;
    out.push({
      first: m.first,
      end: m.end,
      clitics: m.clitics,
      type: best.type,
      subtype: best.subtype,
      canonical: best.canonical,
      alias: getActor(best.canonical!)?.aliases[0],
      source: 'head',
      priority: 2,
    });
  }
  return out;
}
