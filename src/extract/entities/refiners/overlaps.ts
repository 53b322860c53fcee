// Overlapping candidates: the higher priority wins, then the longer, then the earlier.

import type { Candidate } from '../candidates.js';

export function resolveOverlaps(candidates: Candidate[], tokenCount: number): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.priority - a.priority || b.end - b.first - (a.end - a.first) || a.first - b.first,
  );
  const taken = new Uint8Array(tokenCount);
  const kept: Candidate[] = [];
  outer: for (const c of sorted) {
    for (let t = c.first; t < c.end; t++) if (taken[t]) continue outer;
    taken.fill(1, c.first, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.first - b.first);
}
