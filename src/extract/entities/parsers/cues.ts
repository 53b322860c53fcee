// Names found by the word before them: places and facilities after a cue (حي غويران،
// سجن الصناعة، أحياء غويران والنشوة), people after a title or a role (اللواء جون برينان،
// المتحدث باسم وزارة الدفاع الأميركية، جون كيربي).

import type { EntityType } from '../../../core/types.js';
import type { Candidate, EntityInput } from '../candidates.js';
import { insert, matchTrie, type Trie, staticTrie } from '../gazetteer.js';
import { keysGeneration, wordRecords, WORD_PLACE_CUE, WORD_STRIDE } from '../keys.js';
import { commonWords, isStop, nameClitics, personNames, placeCues, roles, stopwords, type CueWord } from '../words.js';

const QUOTES = new Set(['"', '“', '”', '«', '»', "'", '‘', '’']);
/** Words that join the parts of a name (عبد الله، محمد بن سلمان، آل ثاني، فان باستن). */
export const JOINERS = new Set(['عبد', 'ابو', 'ابي', 'ابن', 'بن', 'بنت', 'ال', 'ام', 'ولد', 'دي', 'فان', 'بو']);
/** Second halves of compound given names (نصر الله، صلاح الدين): no name by themselves. */
export const COMPOUND_ENDS = new Set(['الله', 'الدين']);
const MAX_NAME = 4;
const LEAD_CLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
/** Longest cue word: longer words are not looked up again without a leading letter. */
const MAX_CUE = 7;

function isArticle(input: EntityInput, i: number): boolean {
  const p = input.tokens[i]!.proclitics;
  return p.length > 0 && p[p.length - 1] === 'ال';
}

/** A word that can be part of a name: no clitic (article allowed), not a stopword. */
function nameWord(input: EntityInput, i: number): boolean {
  const tok = input.tokens[i];
  if (!tok || (tok.kind !== 'word' && tok.kind !== 'latin')) return false;
  const k = input.keys[i]!;
  if (nameClitics(tok, k) > 0) return false;
  // لعناصر: a preposition on an ordinary word is not part of a name (لبنان is).
  if (k.alt !== null && (commonWords().has(k.alt) || stopwords().has(k.alt))) return false;
  return !isStop(tok, k.key);
}

/**
 * The shape of a present-tense verb: ي + three letters or more (يشدد، يسهم), or with the
 * future or purpose prefix (سيتوجه، ستبحث، ليفاوض).
 */
function looksLikeVerb(key: string): boolean {
  if (key.length >= 4 && key[0] === 'ي') return true;
  return key.length >= 5 && (key[0] === 'س' || key[0] === 'ل') && (key[1] === 'ي' || key[1] === 'ت');
}

/** Skips quote marks from token i on. */
function skipQuotes(input: EntityInput, i: number, sentence: number): number {
  while (i < input.tokens.length && input.tokens[i]!.sentence === sentence && QUOTES.has(input.tokens[i]!.search)) i++;
  return i;
}

/**
 * Extent of a place or facility name from token i: one word with the article
 * (الزهور), or up to three words without it, the last of which may carry it
 * (حاوي العظيم، دير الزور، خان شيخون).
 */
function placeNameEnd(input: EntityInput, i: number, allowCommon: boolean): number {
  const { tokens, keys } = input;
  const sentence = tokens[i]?.sentence;
  if (!nameWord(input, i) || placeCues().has(keys[i]!.key)) return i;
  const common = commonWords();
  const articled = isArticle(input, i);
  if (common.has(keys[i]!.key) && !(allowCommon && articled)) return i;
  if (tokens[i]!.kind !== 'word') return i;
  let j = i + 1;
  // A title in the name goes with the name after it (جامعة الملك سعود، جامعة السلطان قابوس).
  if (articled && allowCommon && titles().has(keys[i]!.key) && j < tokens.length && tokens[j]!.sentence === sentence) {
    const name = placeNameEnd(input, j, false);
    return name > j && !isArticle(input, j) ? name : j;
  }
  if (articled) return j;
  while (j < tokens.length && j - i < 3 && tokens[j]!.sentence === sentence && nameWord(input, j) && !placeCues().has(keys[j]!.key)) {
    if (common.has(keys[j]!.key) && !isArticle(input, j)) break;
    if (isArticle(input, j)) {
      if (common.has(keys[j]!.key)) break;
      j++;
      break;
    }
    j++;
  }
  return j;
}

/** An adjective of relation without the article (منطقة صناعية، ولاية عثمانية): no place name. */
function nisbaAdjective(input: EntityInput, i: number): boolean {
  const key = input.keys[i]!.key;
  return key.length >= 5 && key.endsWith('يه') && !isArticle(input, i);
}

/**
 * A long plural in ات with the article (مديرية الجوازات، منطقة الاتصالات): an office or a
 * service, not a place. Short ones may be places (الفرات، السادات).
 */
function articledPlural(input: EntityInput, i: number): boolean {
  const key = input.keys[i]!.key;
  return key.length >= 8 && key.endsWith('ات') && isArticle(input, i);
}

interface CueHit {
  cue: CueWord;
  /** 1 when the cue was found after a leading preposition (بحي), else 0. */
  lead: number;
}

// A word's place cue, memoized in its word record (keys.ts) as an index into cueHits: 0 not
// looked up yet, 1 none, 2 + n cueHits[n].
const cueHits: CueHit[] = [];

function placeCueOf(input: EntityInput, i: number, cues: Map<string, CueWord>, records: Int32Array): CueHit | null {
  if (input.generation !== keysGeneration()) return findPlaceCue(input, i, cues);
  const at = input.ids[i]! * WORD_STRIDE + WORD_PLACE_CUE;
  let code = records[at]!;
  if (code === 0) {
    const hit = findPlaceCue(input, i, cues);
    if (!hit) code = 1;
    else {
      let n = cueHits.findIndex((h) => h.cue === hit.cue && h.lead === hit.lead);
      if (n < 0) n = cueHits.push(hit) - 1;
      code = 2 + n;
    }
    records[at] = code;
  }
  return code === 1 ? null : cueHits[code - 2]!;
}

function findPlaceCue(input: EntityInput, i: number, cues: Map<string, CueWord>): CueHit | null {
  const k = input.keys[i]!;
  if (input.tokens[i]!.kind !== 'word' || k.key.startsWith('ال')) return null;
  const cue = cues.get(k.key);
  if (cue) return { cue, lead: 0 };
  // Short cues keep a preposition the clitic splitter leaves on (بحي، لسجن).
  if (k.key.length >= 3 && k.key.length <= MAX_CUE + 1 && LEAD_CLITICS.has(k.key[0]!)) {
    const after = cues.get(k.key.slice(1));
    if (after) return { cue: after, lead: 1 };
  }
  return null;
}

/** Places, facilities, organizations and outlets named after a cue word; plural cues take a list joined by و. */
export function parsePlaceCues(input: EntityInput): Candidate[] {
  const { tokens, keys } = input;
  const cues = placeCues();
  const records = wordRecords();
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const hit = placeCueOf(input, i, cues, records);
    if (!hit) continue;
    const cue = hit.cue;
    const cueClitics = keys[i]!.clitics + hit.lead;
    const sentence = tokens[i]!.sentence;
    let start = skipQuotes(input, i + 1, sentence);
    if (start >= tokens.length || tokens[start]!.sentence !== sentence) continue;
    const keep = cue.keep === true;
    if (!keep && (nisbaAdjective(input, start) || articledPlural(input, start))) continue;
    let end = placeNameEnd(input, start, keep);
    if (end === start) continue;
    const quoted = start > i + 1;
    const push = (first: number, last: number, clitics: number): void => {
      // A facility or a university keeps its cue word (سجن الصناعة، جامعة القاهرة) and, being
      // longer, outranks the place it is named after; a place does not (حي غويران → غويران).
      // A facility outranks any name inside; a kept organization cue does not outrank a
      // longer name from the gazetteer (جامعة الدول العربية).
      out.push({
        first: keep ? i : first,
        end: last,
        clitics: keep ? cueClitics : clitics,
        type: cue.type as EntityType,
        subtype: cue.subtype,
        source: 'cue',
        priority: cue.type === 'FAC' ? 4 : keep ? 3 : 1,
      });
    };
    push(start, end, 0);
    if (!cue.plural || keep) {
      i = quoted ? end - 1 : i;
      continue;
    }
    // أحياء غويران والنشوة والزهور: more names after the conjunction و.
    while (end < tokens.length && tokens[end]!.sentence === sentence && tokens[end]!.proclitics[0] === 'و') {
      const clitics = keys[end]!.clitics;
      const saved = keys[end]!;
      // The word without its conjunction must itself be a name.
      const next = placeNameEndAfterConj(input, end);
      if (next === end) break;
      out.push({ first: end, end: next, clitics, type: cue.type as EntityType, subtype: cue.subtype, source: 'cue', priority: 1 });
      void saved;
      end = next;
    }
  }
  return out;
}

/** placeNameEnd for a list item written with the conjunction و (والزهور، وفيلات الحمر). */
function placeNameEndAfterConj(input: EntityInput, i: number): number {
  const { tokens, keys } = input;
  const k = keys[i]!;
  if (tokens[i]!.kind !== 'word' || isStop(tokens[i]!, k.key) || commonWords().has(k.key) && !isArticle(input, i)) return i;
  if (isArticle(input, i)) return commonWords().has(k.key) ? i : i + 1;
  let j = i + 1;
  if (j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence && nameWord(input, j) && isArticle(input, j) && !commonWords().has(keys[j]!.key)) j++;
  return j;
}

let titleKeys: Set<string> | undefined;
/** One-word titles (الملك، السلطان، الأمير), by key. */
function titles(): Set<string> {
  return (titleKeys ??= new Set(roles().filter((r) => r.kind === 'title' && r.keys.length === 1).map((r) => r.keys[0]!)));
}

let roleTrie: Trie | undefined;
function roleCues(): Trie {
  if (roleTrie) return roleTrie;
  const trie = staticTrie();
  for (const r of roles()) insert(trie, r.keys, { id: r.kind, type: 'PER', alias: r.keys.join(' '), creditOnly: false, lead: 0 });
  return (roleTrie = trie);
}

/**
 * Token j is a noun without the article that a role governs, not a name: no given name,
 * followed by a word with the article or by a name that is no person.
 */
function governedNoun(input: EntityInput, j: number, inName: Int32Array, named: Candidate[]): boolean {
  const { tokens, keys } = input;
  const next = j + 1;
  if (tokens[j]!.kind !== 'word' || isArticle(input, j) || inName[j]! >= 0 || personNames().has(keys[j]!.key)) return false;
  if (next >= tokens.length || tokens[next]!.sentence !== tokens[j]!.sentence) return false;
  const n = inName[next]!;
  if (n >= 0) return named[n]!.type !== 'PER';
  return isArticle(input, next) && tokens[next]!.kind === 'word' && !personNames().has(keys[next]!.key.slice(2));
}

const CONNECTORS = new Set(['باسم', 'في', 'ل', 'لـ', 'لدي', 'من', 'و', '-', 'عن']);

/**
 * People after a title or a role. A role may be followed by what it is a role of (an
 * organization, words with the article, connectors), then a comma, then the name.
 */
export function parsePersonCues(input: EntityInput, named: Candidate[]): Candidate[] {
  const { tokens, keys } = input;
  const inName = new Int32Array(tokens.length).fill(-1);
  named.forEach((c, n) => inName.fill(n, c.first, c.end));
  const out: Candidate[] = [];
  const common = commonWords();
  const given = personNames();
  const cues = matchTrie(roleCues(), tokens, keys);
  // Where a title or role begins, and its length in words: a name stops there (محمد بن نايف ولي العهد).
  const roleAt = new Uint8Array(tokens.length);
  for (const m of cues) roleAt[m.first] = m.end - m.first;
  for (const m of cues) {
    // A title inside a name (مركز الملك سلمان للإغاثة) introduces no one.
    if (inName[m.first]! >= 0) continue;
    const sentence = tokens[m.first]!.sentence;
    const role = m.entries[0]!.id === 'role';
    let j = m.end;
    let skipped = 0;
    const limit = role ? 10 : 2;
    // Skip the organization or the adjective (الأمريكي) before the name.
    while (j < tokens.length && tokens[j]!.sentence === sentence && skipped < limit) {
      const n = inName[j]!;
      if (n >= 0 && named[n]!.type !== 'PER') {
        j = named[n]!.end;
        skipped++;
        continue;
      }
      const t = tokens[j]!;
      if (isArticle(input, j) && t.kind === 'word' && !(given.has(t.stem) && !common.has(keys[j]!.key))) {
        j++;
        skipped++;
        continue;
      }
      if (role && (CONNECTORS.has(t.search) || (t.kind === 'punct' && t.search === '-'))) {
        j++;
        skipped++;
        continue;
      }
      // A noun the role governs (رئيس قسم المراقبين، مدير معهد الأئمة، أمين غرفة مكة).
      if (role && governedNoun(input, j, inName, named)) {
        j++;
        skipped++;
        continue;
      }
      break;
    }
    if (j < tokens.length && (tokens[j]!.search === '،' || tokens[j]!.search === ',')) j++;
    // A title may follow the role (قائد القوة اللواء جون برينان): let that title take it.
    const start = j;
    if (start >= tokens.length || tokens[start]!.sentence !== sentence) continue;
    if (!nameWord(input, start) || isArticle(input, start) || inName[start]! >= 0) continue;
    const firstKey = keys[start]!.key;
    if (common.has(firstKey) && !given.has(firstKey)) continue;
    let end = start + 1;
    // Joiners (بن، عبد، أبو) do not count: محمد بن عبد الكريم الخطابي is a name of four words.
    let words = 1;
    let joined = false;
    while (end < tokens.length && words < MAX_NAME && tokens[end]!.sentence === sentence && nameWord(input, end)) {
      const prev = keys[end - 1]!.key;
      const key = keys[end]!.key;
      if (JOINERS.has(prev) || JOINERS.has(key)) {
        joined = true;
        end++;
        continue;
      }
      // After بن or آل, an adjective of relation is the family name (علوان بن سليمان الحربي).
      const family = joined && key.startsWith('ال') && key.endsWith('ي');
      if (inName[end]! >= 0 || (common.has(key) && !family && !given.has(key.replace(/^ال/, '')))) break;
      // A noun governing a place cue is a position, not a name (أمير منطقة مكة، أمين محافظة جدة).
      const next = end + 1 < tokens.length && tokens[end + 1]!.sentence === sentence ? keys[end + 1]!.key : '';
      if (placeCues().has(next)) break;
      // A one-word title that is also a name (السيد، الحاج) may stay.
      if (roleAt[end]! > 1 || (roleAt[end] && !given.has(key.replace(/^ال/, '')))) break;
      // A present-tense verb after the name (عبدالله الربيعة يشدد).
      if (looksLikeVerb(key) && !given.has(key)) break;
      end++;
      words++;
    }
    // A joiner ends no name (عبدالله بن رشيد أبو → عبدالله بن رشيد).
    while (end > start + 1 && JOINERS.has(keys[end - 1]!.key)) end--;
    if (JOINERS.has(keys[end - 1]!.key)) continue;
    // After a role and what it governs, an unknown word is a name only if it is one of several
    // and not a two-letter word: "المتحدث باسم الجيش باللغة العربية، مقطع فيديو" and "برئيس
    // دولة إسرائيل الصغيرة، خذ الآتي" name no one.
    if (role && j > m.end && !given.has(firstKey) && (end === start + 1 || firstKey.length < 3)) continue;
    out.push({ first: start, end, clitics: 0, type: 'PER', source: 'cue', priority: 3 });
  }
  return out;
}
