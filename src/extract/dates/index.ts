// Date mentions and the document's reference date (placeholder until the date parsers land).
import type { TextContext } from '../../core/context.js';
import type { DateMention, ReferenceDate } from '../../core/types.js';

export interface DateOptions {
  /** The document's reference date, used to resolve relative expressions. */
  reference: ReferenceDate;
}

export function extractDates(_ctx: TextContext, _options: DateOptions): DateMention[] {
  return [];
}

export interface ReferenceInput {
  /** `published` from NDJSON or --meta. */
  published?: string;
  publishedFrom?: ReferenceDate['from'];
  /** --ref-date. */
  refDate?: string;
}

/** Decides the reference date: given metadata, else a dateline, else a weekday anchor, else --ref-date. */
export function findReferenceDate(_ctx: TextContext, input: ReferenceInput = {}): ReferenceDate {
  if (input.published) return { value: input.published, from: input.publishedFrom ?? 'meta' };
  if (input.refDate) return { value: input.refDate, from: 'ref-date' };
  return { value: null, from: 'none' };
}
