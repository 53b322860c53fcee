// Vague quantities: عشرات، العشرات، مئات، آلافا، بضعة، and with a following plural scale
// عشرات الآلاف (10,000–99,999)، مئات الآلاف، بضعة آلاف (3,000–9,999).

import type { Candidate } from '../candidate.js';
import type { NumbersLexicon, VagueInfo } from '../lexicon.js';
import { codeAt, isArabicLetter, lookupWord, skipSpace, wordEnd } from '../text.js';

export function parseVague(lex: NumbersLexicon, v: string, vague: VagueInfo, start: number, end: number): Candidate {
  let { min, max, acled } = vague;
  let stop = end;
  const j = skipSpace(v, end);
  if (vague.scales && isArabicLetter(codeAt(v, j))) {
    const e = wordEnd(v, j);
    const hit = lookupWord(lex, v.slice(j, e));
    const scale = hit && hit.prefix === 0 ? hit.info.vague : undefined;
    if (scale && scale.scales && scale.min >= 100 && scale.min > vague.max) {
      min = vague.min * scale.min;
      max = (vague.max + 1) * scale.min - 1;
      acled = vague.acled * scale.acled;
      stop = e;
    }
  }
  return { start, end: stop, coreStart: start, coreEnd: stop, value: null, min, max, qualifier: 'vague', kind: 'count', digits: false, plain: false, scale: undefined, acled, noun: undefined };
}
