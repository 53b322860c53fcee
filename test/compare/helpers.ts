// Hand-built figures and documents for comparison tests.
import type { DocumentInfo, Figure } from '../../src/figures/types.js';

/** Headline-and-lead words the hand-built documents share: by default they tell one story. */
export const ONE_STORY = ['هجوم', 'سجن', 'الحسكه'];

export function doc(id: string, places: string[] = ['hasakah'], published: string | null = null, more: Partial<DocumentInfo> = {}): DocumentInfo {
  return { id, outlet: `outlet-${id}`, published, publishedFrom: published ? 'meta' : 'none', title: id, places, actors: [], lead: ONE_STORY, bytes: 100, figures: 0, ...more };
}

let counter = 0;
export function fig(document: string, measure: Figure['measure'], value: number | null, more: Partial<Figure> = {}): Figure {
  counter++;
  return {
    id: `${document}#${counter}`,
    document,
    outlet: `outlet-${document}`,
    measure,
    value,
    min: value,
    max: value,
    qualifier: 'exact',
    subject: { text: '', role: 'all', party: null },
    source: null,
    asOf: null,
    asOfFrom: 'none',
    start: counter * 10,
    end: counter * 10 + 2,
    text: String(value),
    trigger: 'مقتل',
    quote: `مقتل ${value}`,
    quoteStart: counter * 10 - 5,
    line: 1,
    col: counter,
    ...more,
  };
}

export const said = (canonical: string): Figure['source'] => ({ text: canonical, canonical, from: 'verb' });
