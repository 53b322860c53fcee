// Runs the extractors a command asked for on one document and reconciles them
// (a number inside a date is a date part, not a count).

import { TextContext } from '../core/context.js';
import type { ExtractedDocument, SourceDocument } from '../core/types.js';
import { extractDates, findReferenceDate } from './dates/index.js';
import { detectOutlet, extractEntities } from './entities/index.js';
import { extractNumbers, type NumberOptions } from './numbers/index.js';

export type ExtractKind = 'numbers' | 'dates' | 'entities';
export const EXTRACT_KINDS: readonly ExtractKind[] = ['numbers', 'dates', 'entities'];

export interface ExtractOptions {
  kinds?: readonly ExtractKind[];
  vague?: NumberOptions['vague'];
  /** --ref-date: reference date when the document gives none. */
  refDate?: string;
}

export function extractDocument(doc: SourceDocument, options: ExtractOptions = {}, ctx = new TextContext(doc.text)): ExtractedDocument {
  const kinds = new Set(options.kinds ?? EXTRACT_KINDS);
  const reference = findReferenceDate(ctx, {
    published: doc.published,
    publishedFrom: doc.publishedFrom,
    refDate: options.refDate,
  });
  const out: ExtractedDocument = { id: doc.id, published: reference.value, publishedFrom: reference.from };
  const dates = kinds.has('dates') || kinds.has('numbers') ? extractDates(ctx, { reference }) : [];
  if (kinds.has('numbers')) {
    const numbers = extractNumbers(ctx, { vague: options.vague });
    // Digits inside a date mention are date parts (26/1/2022), never counts.
    for (const n of numbers) {
      if (n.kind !== 'count') continue;
      const inDate = dates.find((d) => n.start >= d.start && n.end <= d.end);
      if (inDate) n.kind = inDate.grain === 'year' && n.value !== null && n.value >= 1000 ? 'year' : 'datePart';
    }
    out.numbers = numbers;
  }
  if (kinds.has('dates')) out.dates = dates;
  if (kinds.has('entities')) {
    const entities = extractEntities(ctx);
    out.entities = entities;
    if (doc.outlet) {
      out.outlet = doc.outlet;
      out.outletFrom = doc.outletFrom ?? 'meta';
    } else {
      const guess = detectOutlet(ctx, entities);
      out.outlet = guess.outlet;
      out.outletFrom = guess.outletFrom;
    }
  }
  return out;
}
