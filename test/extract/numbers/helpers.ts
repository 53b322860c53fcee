// Shared helpers of the numbers tests.
import { TextContext } from '../../../src/core/context.js';
import type { NumberMention } from '../../../src/core/types.js';
import { extractNumbers, type NumberOptions } from '../../../src/extract/numbers/index.js';

export function numbers(text: string, options: NumberOptions = {}): NumberMention[] {
  const found = extractNumbers(new TextContext(text), options);
  for (const m of found) {
    if (text.slice(m.start, m.end) !== m.text) throw new Error(`bad span ${JSON.stringify(m)}`);
  }
  return found;
}

/** The one mention of a short text. */
export function one(text: string, options: NumberOptions = {}): NumberMention {
  const found = numbers(text, options);
  if (found.length !== 1) throw new Error(`expected one mention in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  return found[0]!;
}

/** [text, value, qualifier, min, max] of every count. */
export function counts(text: string): Array<[string, number | null, string, number | null, number | null]> {
  return numbers(text)
    .filter((m) => m.kind === 'count')
    .map((m) => [m.text, m.value, m.qualifier, m.min, m.max]);
}
