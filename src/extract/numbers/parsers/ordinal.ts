// Ordinals: الأول، الثالثة، ثالث (bare ones listed in the data), الحادي عشر، الثالثة عشرة،
// الأحد عشر، الثالث والعشرين، الواحد والثلاثون، العشرين (a decade with the article).

import { exact, type Candidate } from '../candidate.js';
import { countedNounAfter } from './counted.js';
import type { NumbersLexicon } from '../lexicon.js';
import { codeAt, isArabicLetter, lookupWord, skipSpace, type WordHit, wordEnd } from '../text.js';

interface Word {
  hit: WordHit;
  start: number;
  end: number;
  waw: boolean;
}

/** The word after `end`, with a joining و (والعشرين or و العشرين). */
function nextWord(lex: NumbersLexicon, v: string, end: number): Word | null {
  let j = skipSpace(v, end);
  let waw = false;
  if (codeAt(v, j) === 0x0648 && codeAt(v, j + 1) === 32 && isArabicLetter(codeAt(v, j + 2))) {
    waw = true;
    j += 2;
  }
  if (!isArabicLetter(codeAt(v, j))) return null;
  const e = wordEnd(v, j);
  const hit = lookupWord(lex, v.slice(j, e));
  if (!hit) return null;
  if (hit.prefix > 0) {
    if (waw || hit.prefix !== 1 || codeAt(v, j) !== 0x0648) return null;
    waw = true;
  }
  return { hit, start: j + hit.prefix, end: e, waw };
}

/** The ordinal whose first word, already looked up, spans [start, end). */
export function parseOrdinal(lex: NumbersLexicon, v: string, hit: WordHit, start: number, end: number): Candidate | null {
  const c = ordinalWords(lex, v, hit, start, end);
  if (!c) return null;
  // الرابعة والنصف، الثالثة والربع: an hour (feminine, like الساعة) and a fraction.
  const f = codeAt(v, c.end - 1) === 0x0647 /* ه */ ? nextWord(lex, v, c.end) : null;
  if (f && f.waw && f.hit.article && f.hit.info.fraction !== undefined && c.value! <= 12) {
    c.value = c.min = c.max = c.value! + f.hit.info.fraction;
    c.end = c.coreEnd = f.end;
  }
  return c;
}

function ordinalWords(lex: NumbersLexicon, v: string, hit: WordHit, start: number, end: number): Candidate | null {
  const { info, article } = hit;
  const card = info.cardinal;
  // The unit part: an ordinal word, or with the article a cardinal unit (الواحد، الأحد، الاثنا).
  const unit = info.ordinal?.value ?? (article && card && (card.type === 'unit' || card.type === 'teenhead') ? card.value : undefined);
  if (unit !== undefined && unit < 10) {
    const n = nextWord(lex, v, end);
    const nc = n?.hit.info.cardinal;
    if (n && nc && nc.type === 'ten' && !n.waw && !n.hit.article) return exact(start, n.end, 10 + unit, 'ordinal', false);
    if (n && nc && nc.type === 'decade' && n.waw && n.hit.article === article) return exact(start, n.end, unit + nc.value, 'ordinal', false);
  }
  if (card && card.type === 'decade' && article && !countedNounAfter(lex, v, end)) return exact(start, end, card.value, 'ordinal', false);
  const ord = info.ordinal;
  if (ord && (article || ord.bare) && (ord.value !== 1 || hit.stem !== 'حادي')) return exact(start, end, ord.value, 'ordinal', false);
  return null;
}
