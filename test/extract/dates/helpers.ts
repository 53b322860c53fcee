// Shared helpers of the dates tests.
import { TextContext } from '../../../src/core/context.js';
import type { DateMention } from '../../../src/core/types.js';
import { extractDates, type DateOptions } from '../../../src/extract/dates/index.js';

export function dates(text: string, ref: string | null = '2022-01-26', orientation: DateOptions['orientation'] = 'past'): DateMention[] {
  const found = extractDates(new TextContext(text), { reference: { value: ref, from: ref ? 'ref-date' : 'none' }, orientation });
  for (const m of found) {
    if (text.slice(m.start, m.end) !== m.text) throw new Error(`bad span ${JSON.stringify(m)}`);
  }
  return found;
}

/** The one mention of a short text. */
export function one(text: string, ref: string | null = '2022-01-26'): DateMention {
  const found = dates(text, ref);
  if (found.length !== 1) throw new Error(`expected one date in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  return found[0]!;
}

/** [text, value, grain] of every mention. */
export function brief(text: string, ref: string | null = '2022-01-26'): Array<[string, string | null, string]> {
  return dates(text, ref).map((m) => [m.text, m.value, m.grain]);
}
