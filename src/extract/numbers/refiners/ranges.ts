// Two numbers that make one range: بين 5 و10، ما بين 5 و 10 آلاف، من 10 إلى 20، 10-15، 20~100.
// "من X إلى Y" after a verb of change (ارتفع من 10 إلى 20) is an update, not a range.

import type { Candidate } from '../candidate.js';
import type { NumbersLexicon } from '../lexicon.js';
import { phraseStart } from './phrases.js';
import { cueBefore } from './context.js';

const RANGE_KINDS = new Set<Candidate['kind']>(['count', 'measure', 'money', 'percent', 'year', 'age', 'temperature']);
/** Only و (with optional spaces) between two numbers. */
export const AND = /^ ?و ?$/u;
const TO = /^ و?(?:الي|حتي|لغايه) $/u;
const DASH = /^ ?[-–—~] ?$/u;
const YEAR_JOIN = /^ ?(?:و|[-–—/]|،) ?$/u;

/** 2016-2025: two plain 4-digit years. */
function isYearPair(a: Candidate, b: Candidate): boolean {
  const year = (c: Candidate): boolean => c.plain && c.value !== null && c.value >= 1900 && c.value <= 2100;
  return year(a) && year(b);
}

function merge(a: Candidate, b: Candidate, start: number, anyOrder: boolean): Candidate {
  let min = a.value!;
  let max = b.value;
  // بين 5 و10 آلاف: the scale of the second number is shared.
  if (b.scale && !a.scale && b.value !== null && min * b.scale <= b.value) min *= b.scale;
  // بين 25 و10 بالمئة: بين names the bounds in either order.
  if (anyOrder && max !== null && min > max) [min, max] = [max, min];
  return rangeOf(a, b, start, min, max, isYearPair(a, b) ? 'year' : a.kind === 'count' ? b.kind : a.kind);
}

/** The range from a (which begins at `start`) to b, with its bounds and kind. */
export function rangeOf(a: Candidate, b: Candidate, start: number, min: number | null, max: number | null, kind: Candidate['kind']): Candidate {
  return {
    start,
    end: b.end,
    coreStart: a.coreStart,
    coreEnd: b.coreEnd,
    value: null,
    min,
    max,
    qualifier: 'range',
    kind,
    digits: a.digits || b.digits,
    plain: false,
    scale: b.scale,
    acled: undefined,
    noun: undefined,
  };
}

export function refineRanges(lex: NumbersLexicon, v: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < list.length; k++) {
    const a = list[k]!;
    const b = list[k + 1];
    // عامي 2011 و2012، (2010 و2013)، 2015 / 2016: a year next to a year is a year.
    if (b && isYearPair(a, b) && (a.kind === 'year') !== (b.kind === 'year') && YEAR_JOIN.test(v.slice(a.end, b.start))) {
      a.kind = b.kind = 'year';
    }
    // من 23 إلى 25 أيلول: the first day shares the month of the second.
    if (b && a.kind === 'count' && b.kind === 'datePart' && (TO.test(v.slice(a.end, b.start)) || AND.test(v.slice(a.end, b.start)) || DASH.test(v.slice(a.end, b.start)))) {
      a.kind = 'datePart';
    }
    if (b && a.value !== null && b.value !== null && a.qualifier === 'exact' && b.qualifier === 'exact' && RANGE_KINDS.has(a.kind) && RANGE_KINDS.has(b.kind) && (a.kind === b.kind || a.kind === 'count' || b.kind === 'count')) {
      const between = v.slice(a.end, b.start);
      let start = -1;
      const and = AND.test(between);
      if (and) start = phraseStart(v, a.start, ['ما بين', 'بين']);
      else if (TO.test(between)) {
        const from = phraseStart(v, a.start, ['من']);
        if (from >= 0 && !cueBefore(lex, v, from, 'change', 6)) start = from;
      } else if (DASH.test(between) && a.digits && b.digits && a.value < b.value) start = a.start;
      if (start >= 0 && (out.length === 0 || out[out.length - 1]!.end <= start)) {
        out.push(merge(a, b, start, and));
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
