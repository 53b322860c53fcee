// سالب 5، ناقص ثلاث درجات، بين سالب عشرة وخمسة عشر: a sign word right before a number
// makes it negative and joins its span (the core stays the bare number).

import type { Candidate } from '../candidate.js';
import type { NumbersLexicon } from '../lexicon.js';
import { wordsBefore } from './context.js';
import { codeAt } from '../text.js';

const SIGNED = new Set<Candidate['kind']>(['count', 'measure', 'money', 'percent', 'temperature', 'fraction']);

export function refineSign(lex: NumbersLexicon, v: string, c: Candidate): void {
  if (!SIGNED.has(c.kind) || c.qualifier !== 'exact' || c.value === null || c.value <= 0) return;
  // Cheap first test: the letter before the number must end some sign word.
  if (!lex.negativeEnds.has(codeAt(v, codeAt(v, c.start - 1) === 32 ? c.start - 2 : c.start - 1))) return;
  const w = wordsBefore(v, c.start, 1)[0];
  if (!w) return;
  // وسالب: the conjunction stays outside the mention.
  const waw = w.word.charCodeAt(0) === 0x0648 && lex.negative.has(w.word.slice(1)) ? 1 : 0;
  if (!waw && !lex.negative.has(w.word)) return;
  c.start = w.start + waw;
  c.value = c.min = c.max = -c.value;
}
