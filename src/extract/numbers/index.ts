// Number mentions (placeholder until the number parsers land).
import type { TextContext } from '../../core/context.js';
import type { NumberMention } from '../../core/types.js';

export interface NumberOptions {
  /** How vague quantities (عشرات، مئات) get bounds: ranges (default) or ACLED's single values. */
  vague?: 'range' | 'acled';
}

export function extractNumbers(_ctx: TextContext, _options: NumberOptions = {}): NumberMention[] {
  return [];
}
