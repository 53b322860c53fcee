// Earlier values of a toll quoted next to the new one ("وكانت حصيلة سابقة أفادت بمقتل 43"،
// "ارتفعت الى 50 بعد ان كانت 30"): such a count is true of its time but no longer the
// source's current value, so the comparison reads it as an update, not a conflict.

import type { Sentence, Token } from '../segment/index.js';
import { figuresLexicon, type EarlierKind } from './lexicon.js';

/** How far after a count, in tokens, an earlier phrase still speaks of it. */
const NEAR_AFTER = 6;

export interface EarlierMark {
  kind: EarlierKind;
  /** Token range [start, end) of the phrase. */
  start: number;
  end: number;
}

/** The forms under which a word matches a phrase word: as written, without و/ف, without proclitics. */
function matches(token: Token, word: string): boolean {
  if (token.kind !== 'word') return false;
  const s = token.search;
  if (s === word || token.stem === word) return true;
  const c = s.charCodeAt(0);
  return (c === 0x0648 || c === 0x0641) && s.length > word.length && s.slice(1) === word; // و ف
}

/** Earlier-toll phrases of one sentence, in text order. */
export function earlierMarks(sentence: Sentence, tokens: readonly Token[]): EarlierMark[] {
  const byFirst = figuresLexicon().earlier;
  const marks: EarlierMark[] = [];
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const tok = tokens[t]!;
    if (tok.kind !== 'word') continue;
    const s = tok.search;
    const candidates = byFirst.get(s) ?? byFirst.get(tok.stem) ?? (s.length > 2 ? byFirst.get(s.slice(1)) : undefined);
    if (!candidates) continue;
    for (const phrase of candidates) {
      const end = t + phrase.words.length;
      if (end > sentence.endToken) continue;
      let ok = true;
      for (let k = 0; k < phrase.words.length && ok; k++) ok = matches(tokens[t + k]!, phrase.words[k]!);
      // "وكانت الشرطة قد اعلنت ...": كان opens a frame only at the head of the sentence.
      if (!ok || (phrase.kind === 'opener' && t > sentence.firstToken + 1)) continue;
      marks.push({ kind: phrase.kind === 'opener' ? 'frame' : phrase.kind, start: t, end });
    }
  }
  return marks;
}

/**
 * How the count whose number spans tokens [first, end) stands to its sentence's earlier-toll
 * phrases. 'earlier': an earlier phrase stands before it (and no new count's verb between), a
 * past-perfect frame stands before it in a sentence naming an earlier or preliminary toll, or
 * a phrase saying the toll was revised follows it. 'frame': told in a past-perfect frame
 * ("وكانت الوزارة قد اعلنت ... 15") with nothing saying the toll has moved since — earlier only
 * if the article gives a larger count of its own. 'none' otherwise.
 */
export function earlierReach(marks: readonly EarlierMark[], first: number, end: number): 'earlier' | 'frame' | 'none' {
  if (marks.length === 0) return 'none';
  // The earlier phrase of a frame stands before the count or right after its phrase, not in a
  // later clause (كانوا قتلوا في وقت سابق is about other people).
  const namesEarlier = marks.some((m) => (m.kind === 'earlier' || m.kind === 'preliminary') && m.start < end + NEAR_AFTER);
  let reach: 'none' | 'earlier' | 'frame' = 'none';
  for (const m of marks) {
    if (m.start >= first) {
      if (m.kind === 'revised' && m.start >= end) return 'earlier';
      continue;
    }
    // A phrase's own words (كانت in بعد ان كانت) are read with the phrase.
    if (m.kind === 'current') reach = 'none';
    else if (m.kind === 'earlier') reach = 'earlier';
    else if (m.kind === 'frame' && reach === 'none') reach = 'frame';
  }
  if (reach === 'earlier' || (reach === 'frame' && namesEarlier)) return 'earlier';
  return reach === 'frame' ? 'frame' : 'none';
}
