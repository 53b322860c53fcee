// Finding a short phrase written right before a position.

import { codeAt, isBoundary } from '../text.js';

const PROCLITICS = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643]);

/**
 * Start of the first of `phrases` that ends right before `at` (one optional space between),
 * preceded by a boundary or by a single proclitic (وبين، ومن); -1 when none.
 */
export function phraseStart(v: string, at: number, phrases: readonly string[]): number {
  const end = codeAt(v, at - 1) === 32 ? at - 1 : at;
  for (const phrase of phrases) {
    const start = end - phrase.length;
    if (start < 0 || !v.startsWith(phrase, start)) continue;
    if (start === 0 || isBoundary(v, start - 1)) return start;
    if (PROCLITICS.has(codeAt(v, start - 1)) && (start === 1 || isBoundary(v, start - 2))) return start;
  }
  return -1;
}
