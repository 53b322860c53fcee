// Runs the real pipeline (extractors + figures) on a short text.
import { figuresOfDocument } from '../../src/figures/build.js';
import type { Figure } from '../../src/figures/types.js';

export function figuresOf(text: string, published = '2024-03-10'): Figure[] {
  return figuresOfDocument({ id: 'case', text, encoding: 'utf-8', bytes: text.length, published, publishedFrom: 'meta' }).figures;
}

/** The figure whose number is written as `number` (first one when several). */
export function figureAt(figures: Figure[], number: string): Figure | undefined {
  return figures.find((f) => f.text.includes(number));
}
