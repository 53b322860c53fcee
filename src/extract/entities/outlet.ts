// The outlet that published a document, from its byline, dateline or closing credit:
// "شفق نيوز/ …", "بغداد – ناس", "زاكروس عربية - أربيل", "راديو الكل – متابعات",
// "/ عن موقع “الحرة”", a closing "الشرق الاوسط". Short lines at the top win over credits
// at the bottom (a closing credit may name the outlet a story was taken from).

import type { TextContext } from '../../core/context.js';
import type { EntityMention, MetaSource } from '../../core/types.js';
import { readWordList } from '../../lexicon/load.js';
import { getActor } from './actors.js';
import { gazetteerTrie, matchTrie, type TrieNode } from './gazetteer.js';
import type { EntityInput } from './candidates.js';
import { documentInput } from './input.js';
import { nameKeys } from './keys.js';

export interface OutletGuess {
  outlet: string | null;
  outletFrom: MetaSource;
}

const TOP_LINES = 10;
const BOTTOM_LINES = 8;
const MAX_WORDS = 8;

let fillers: Set<string> | undefined;
/** Words a byline may hold besides the outlet and a place (متابعات، خاص). */
function bylineWords(): Set<string> {
  if (fillers) return fillers;
  fillers = new Set();
  for (const w of readWordList('entities-byline-words.txt')) for (const k of nameKeys(w)) fillers.add(k);
  return fillers;
}

let depth: number | undefined;
/** Words in the longest name of the gazetteer. */
function gazetteerDepth(): number {
  if (depth !== undefined) return depth;
  let max = 0;
  const walk = (node: TrieNode, d: number): void => {
    if (d > max) max = d;
    for (const next of node.next.values()) walk(next, d + 1);
  };
  walk(gazetteerTrie().root, 0);
  return (depth = max);
}

interface Line {
  first: number;
  end: number;
}

export function detectOutlet(ctx: TextContext, _entities: EntityMention[]): OutletGuess {
  const tokens = ctx.segments().tokens;
  if (tokens.length === 0) return { outlet: null, outletFrom: 'none' };
  // The input the entity parsers made for this text (made here when detecting alone).
  const input = documentInput(ctx);
  const seen = new Set<number>();
  for (const line of [...topLines(ctx, TOP_LINES), ...bottomLines(ctx, BOTTOM_LINES)]) {
    if (seen.has(line.first)) continue;
    seen.add(line.first);
    const found = outletOfLine(input, line);
    if (found) return { outlet: found, outletFrom: 'byline' };
  }
  return { outlet: null, outletFrom: 'none' };
}

/** Token ranges of the text's first `count` non-empty lines. */
function topLines(ctx: TextContext, count: number): Line[] {
  const tokens = ctx.segments().tokens;
  const out: Line[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length && out.length < count; i++) {
    if (i === tokens.length || hasBreak(ctx.text, tokens[i - 1]!.end, tokens[i]!.start)) {
      out.push({ first, end: i });
      first = i;
    }
  }
  return out;
}

/** Token ranges of the text's last `count` non-empty lines, the last first. */
function bottomLines(ctx: TextContext, count: number): Line[] {
  const tokens = ctx.segments().tokens;
  const out: Line[] = [];
  let end = tokens.length;
  for (let i = tokens.length - 1; i >= 0 && out.length < count; i--) {
    if (i === 0 || hasBreak(ctx.text, tokens[i - 1]!.end, tokens[i]!.start)) {
      out.push({ first: i, end });
      end = i;
    }
  }
  return out;
}

function hasBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/**
 * The outlet a line credits: a short line made of an outlet, perhaps a place, a dash and
 * filler words; or any line beginning with an outlet and a slash or colon (شفق نيوز/).
 */
function outletOfLine({ tokens, keys }: EntityInput, line: Line): string | null {
  let words = 0;
  for (let i = line.first; i < line.end; i++) if (tokens[i]!.kind === 'word' || tokens[i]!.kind === 'latin') words++;
  // A long line credits an outlet only by beginning with it (شفق نيوز/ …): its first words are enough.
  const long = words > MAX_WORDS;
  const end = long ? Math.min(line.end, line.first + gazetteerDepth() + 1) : line.end;
  const matches = matchTrie(gazetteerTrie(), tokens, keys, line.first, end);
  const media = matches.find((m) => m.entries.some((e) => e.type === 'MEDIA'));
  if (!media) return null;
  const id = media.entries.find((e) => e.type === 'MEDIA')!.id;
  const name = getActor(id)?.name ?? null;
  const after = media.end < end ? tokens[media.end] : undefined;
  if (media.first === line.first && after && (after.search === '/' || after.search === ':')) return name;
  if (long) return null;
  const fill = bylineWords();
  const covered = new Uint8Array(end - line.first);
  for (const m of matches) covered.fill(1, m.first - line.first, m.end - line.first);
  for (let i = line.first; i < end; i++) {
    const t = tokens[i]!;
    if (covered[i - line.first] || t.kind === 'punct' || t.kind === 'number') continue;
    if (!fill.has(keys[i]!.key) && !fill.has(t.search)) return null;
  }
  // Places may sit next to the outlet (بغداد – ناس), other names may not.
  for (const m of matches) {
    if (m === media) continue;
    if (!m.entries.some((e) => e.type === 'LOC' || e.type === 'MEDIA')) return null;
  }
  return name;
}
