// What parsers emit and refiners rework: a number mention in `numbers` view offsets.

import type { NumberKind, NumberQualifier } from '../../core/types.js';

export interface Candidate {
  /** Span in the numbers view, qualifier words included. */
  start: number;
  end: number;
  /** Span of the bare number in the view. */
  coreStart: number;
  coreEnd: number;
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: NumberQualifier;
  kind: NumberKind;
  /** Written with digits (3500) rather than words. */
  digits: boolean;
  /** Digits only, no separator, decimal or scale word: a year can look like this. */
  plain: boolean;
  // The optional fields below are always present (undefined when absent) and every
  // candidate is built with all fields in this order: one hidden class keeps the
  // refiners' property reads monomorphic instead of deoptimising on each new shape.
  /** Value of the scale word that ended the number (آلاف → 1000), for ranges that share it. */
  scale: number | undefined;
  /** ACLED's single value, for vague quantities. */
  acled: number | undefined;
  /** Counted noun of a dual (غارتين). */
  noun: string | undefined;
}

export function exact(start: number, end: number, value: number, kind: NumberKind, digits: boolean, plain = false): Candidate {
  return { start, end, coreStart: start, coreEnd: end, value, min: value, max: value, qualifier: 'exact', kind, digits, plain, scale: undefined, acled: undefined, noun: undefined };
}
