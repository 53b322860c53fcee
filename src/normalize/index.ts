// Normalized views of a text, each with an offset map back to the original.
//
// Every view character i comes from the original range [starts[i], ends[i]):
// - a character kept or folded maps to itself (plus any harakat/tatweel it carried);
// - an expansion (ﷲ → الله, &quot; → ") maps every output char to the whole source;
// - removed controls belong to no view character, so a span never starts or ends on one.
// Offsets are UTF-16 code units of the decoded original (JavaScript string indices).

import type { Span } from '../core/types.js';
import {
  LETTER_FOLDS,
  digitValue,
  isArabicMark,
  isHorizontalSpace,
  isInvisibleControl,
  isLineBreak,
  isPresentationForm,
} from './chars.js';
import { decodeReferenceAt } from './entities.js';

export type ViewName = 'display' | 'search' | 'numbers';
export const VIEW_NAMES: readonly ViewName[] = ['display', 'search', 'numbers'];

export interface NormalizedView {
  view: ViewName;
  text: string;
  /** starts[i]: original offset where view char i begins. */
  starts: Int32Array;
  /** ends[i]: original offset where view char i ends (exclusive). */
  ends: Int32Array;
  /** Length of the original text. */
  originalLength: number;
}

// Character classes, precomputed for the BMP so the hot loop is one table look-up.
const KEEP = 0;
const CONTROL = 1;
const SPACE = 2;
const LINE = 3;
const MARK = 4;
const FOLD = 5;
const PRESENTATION = 6;
const NUMERIC = 7; // Arabic-Indic/Persian digits and Arabic separators (numbers view)
const AMP = 8;
const HIGH_SURROGATE = 9;

const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (c === 0x26) CLASS[c] = AMP;
  else if (isInvisibleControl(c)) CLASS[c] = CONTROL;
  else if (isHorizontalSpace(c)) CLASS[c] = SPACE;
  else if (isLineBreak(c)) CLASS[c] = LINE;
  else if (isArabicMark(c)) CLASS[c] = MARK;
  else if (LETTER_FOLDS.has(c)) CLASS[c] = FOLD;
  else if (isPresentationForm(c)) CLASS[c] = PRESENTATION;
  else if ((digitValue(c) >= 0 && c > 0x39) || c === 0x066b || c === 0x066c || c === 0x066a || c === 0x060c) CLASS[c] = NUMERIC;
  else if (c >= 0xd800 && c <= 0xdbff) CLASS[c] = HIGH_SURROGATE;
}
const FOLD_CODE = new Map<number, number>([...LETTER_FOLDS].map(([k, v]) => [k, v.charCodeAt(0)]));

/** Output buffer: UTF-16 units plus the original range of each. */
class Builder {
  out: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  /** Last emitted UTF-16 unit, or -1. */
  last = -1;

  constructor(capacity: number) {
    this.out = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  private grow(): void {
    const cap = this.out.length * 2 + 16;
    const out = new Uint16Array(cap);
    out.set(this.out);
    const starts = new Int32Array(cap);
    starts.set(this.starts);
    const ends = new Int32Array(cap);
    ends.set(this.ends);
    this.out = out;
    this.starts = starts;
    this.ends = ends;
  }

  unit(c: number, start: number, end: number): void {
    if (this.length === this.out.length) this.grow();
    const k = this.length++;
    this.out[k] = c;
    this.starts[k] = start;
    this.ends[k] = end;
    this.last = c;
  }

  /** A dropped mark extends the character it sits on. */
  extendLast(end: number): void {
    const k = this.length - 1;
    if (k >= 0 && this.ends[k]! < end) this.ends[k] = end;
  }

  text(): string {
    let s = '';
    const CHUNK = 8192;
    for (let k = 0; k < this.length; k += CHUNK) {
      s += String.fromCharCode.apply(null, this.out.subarray(k, Math.min(this.length, k + CHUNK)) as unknown as number[]);
    }
    return s;
  }
}

/**
 * Normalizes `original` into the named view.
 * Idempotent: normalize(normalize(t, v).text, v).text === normalize(t, v).text.
 */
export function normalize(original: string, view: ViewName = 'search'): NormalizedView {
  const n = original.length;
  const b = new Builder(n + 16);
  const fold = view !== 'display';
  const numbers = view === 'numbers';
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    const cls = CLASS[c]!;
    if (cls === KEEP || (cls === NUMERIC && !numbers) || ((cls === MARK || cls === FOLD || cls === PRESENTATION) && !fold)) {
      b.unit(c, i, i + 1);
      i++;
    } else if (cls === AMP) {
      const ref = decodeReferenceAt(original, i);
      if (ref) {
        emitString(b, ref.value, i, i + ref.length, fold, numbers, original);
        i += ref.length;
      } else {
        b.unit(c, i, i + 1);
        i++;
      }
    } else if (cls === HIGH_SURROGATE && i + 1 < n && (original.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      b.unit(c, i, i + 2);
      b.unit(original.charCodeAt(i + 1), i, i + 2);
      i += 2;
    } else {
      emitChar(b, c, i, i + 1, fold, numbers, original);
      i++;
    }
  }
  return {
    view,
    text: b.text(),
    starts: b.starts.slice(0, b.length),
    ends: b.ends.slice(0, b.length),
    originalLength: n,
  };
}

function emitString(
  b: Builder,
  s: string,
  start: number,
  end: number,
  fold: boolean,
  numbers: boolean,
  context: string,
): void {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > 0xffff) {
      b.unit(ch.charCodeAt(0), start, end);
      b.unit(ch.charCodeAt(1), start, end);
    } else emitChar(b, c, start, end, fold, numbers, context);
  }
}

function emitChar(
  b: Builder,
  c: number,
  start: number,
  end: number,
  fold: boolean,
  numbers: boolean,
  original: string,
): void {
  const cls = CLASS[c]!;
  switch (cls) {
    case CONTROL:
      return;
    case SPACE:
      // Runs of spaces become one; the extra ones belong to the kept space.
      if (b.last === 0x20) b.extendLast(end);
      else b.unit(0x20, start, end);
      return;
    case LINE:
      b.unit(c, start, end);
      return;
  }
  if (!fold) {
    b.unit(c, start, end);
    return;
  }
  if (cls === MARK) {
    b.extendLast(end);
    return;
  }
  if (cls === FOLD) {
    b.unit(FOLD_CODE.get(c)!, start, end);
    return;
  }
  if (cls === PRESENTATION) {
    const base = String.fromCharCode(c).normalize('NFKC');
    if (base.length !== 1 || base.charCodeAt(0) !== c) {
      // Isolated harakat forms (ﹰ) unfold to " ً": that space is not text.
      emitString(b, base.replace(/^ (?=[\u064b-\u065f\u0670])/u, ''), start, end, fold, numbers, original);
      return;
    }
  }
  if (numbers && cls === NUMERIC) {
    const d = digitValue(c);
    if (d >= 0) b.unit(0x30 + d, start, end);
    else if (c === 0x066b) b.unit(0x2e, start, end); // ٫ decimal separator
    else if (c === 0x066c) b.unit(0x2c, start, end); // ٬ thousands separator
    else if (c === 0x066a) b.unit(0x25, start, end); // ٪
    else if (c === 0x060c && isThousandsComma(original, start, end)) b.unit(0x2c, start, end);
    else b.unit(c, start, end);
    return;
  }
  b.unit(c, start, end);
}

/** An Arabic comma between digit groups (26،013) separates thousands. */
function isThousandsComma(text: string, start: number, end: number): boolean {
  if (start === 0 || digitValue(text.charCodeAt(start - 1)) < 0) return false;
  for (let k = 0; k < 3; k++) {
    if (digitValue(text.charCodeAt(end + k)) < 0) return false;
  }
  return digitValue(text.charCodeAt(end + 3)) < 0;
}

/** Maps a view span [start, end) to the original text's span. */
export function toOriginalSpan(view: NormalizedView, start: number, end: number): Span {
  const count = view.text.length;
  if (count === 0) return { start: 0, end: 0 };
  if (start >= count) return { start: view.originalLength, end: view.originalLength };
  const s = view.starts[Math.max(0, start)]!;
  if (end <= start) return { start: s, end: s };
  const e = view.ends[Math.min(end, count) - 1]!;
  return { start: s, end: Math.max(s, e) };
}

/** Maps a view offset to an original offset (a start boundary). */
export function toOriginalOffset(view: NormalizedView, offset: number): number {
  if (offset >= view.text.length) return view.originalLength;
  return view.starts[Math.max(0, offset)]!;
}

/**
 * The offset map in a compact form: runs `[viewStart, viewLength, origStart, origLength]`.
 * A run with equal lengths maps char to char; otherwise every view char of the run comes
 * from the whole original range (ligatures, entities, characters carrying harakat).
 */
export function compactOffsets(view: NormalizedView): number[][] {
  const { starts, ends } = view;
  const count = view.text.length;
  // A char is simple when it alone comes from exactly one original unit.
  const simple = (k: number): boolean =>
    ends[k]! - starts[k]! === 1 && (k + 1 >= count || starts[k + 1] !== starts[k]) && (k === 0 || starts[k - 1] !== starts[k]);
  const runs: number[][] = [];
  let k = 0;
  while (k < count) {
    const s = starts[k]!;
    let j = k + 1;
    if (simple(k)) {
      while (j < count && starts[j] === s + (j - k) && simple(j)) j++;
      runs.push([k, j - k, s, j - k]);
    } else {
      while (j < count && starts[j] === s && ends[j] === ends[k]) j++;
      runs.push([k, j - k, s, ends[k]! - s]);
    }
    k = j;
  }
  return runs;
}
