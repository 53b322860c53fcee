// أكثر من 10 وأقل من 20، على الأكثر 100 وعلى الأقل 20: a lower and an upper bound of the
// same kind joined by و are one range (when they can both hold: "أكثر من 40 وأقل من 10" are two).

import type { Candidate } from '../candidate.js';
import { AND, rangeOf } from './ranges.js';

const LOWER = new Set<Candidate['qualifier']>(['moreThan', 'atLeast']);
const UPPER = new Set<Candidate['qualifier']>(['lessThan', 'atMost']);

function bounded(a: Candidate, b: Candidate): { lo: Candidate; hi: Candidate } | null {
  if (LOWER.has(a.qualifier) && UPPER.has(b.qualifier)) return { lo: a, hi: b };
  if (UPPER.has(a.qualifier) && LOWER.has(b.qualifier)) return { lo: b, hi: a };
  return null;
}

export function refineBounds(v: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < list.length; k++) {
    const a = list[k]!;
    const b = list[k + 1];
    const pair = b && a.kind === b.kind ? bounded(a, b) : null;
    // The text between is sliced last, only for a pair of bounds that can both hold.
    if (b && pair && pair.lo.min !== null && pair.hi.max !== null && pair.lo.min <= pair.hi.max && AND.test(v.slice(a.end, b.start))) {
      out.push(rangeOf(a, b, a.start, pair.lo.min, pair.hi.max, a.kind));
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}
