// Hand-built figures and documents for comparison tests.
import type { DocumentInfo, Figure } from '../../src/figures/types.js';

export function doc(id: string, places: string[] = ['hasakah'], published: string | null = null): DocumentInfo {
  return { id, outlet: `outlet-${id}`, published, publishedFrom: published ? 'meta' : 'none', title: id, places, actors: [], bytes: 100, figures: 0 };
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
