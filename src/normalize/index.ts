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

class Builder {
  out: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  /** Last emitted UTF-16 unit, or -1. */
  last = -1;

  emit(ch: string, start: number, end: number): void {
    for (let k = 0; k < ch.length; k++) {
      this.out.push(ch[k]!);
      this.starts.push(start);
      this.ends.push(end);
    }
    this.last = ch.charCodeAt(ch.length - 1);
  }

  /** A dropped mark extends the character it sits on. */
  extendLast(end: number): void {
    const n = this.ends.length;
    if (n > 0 && this.ends[n - 1]! < end) this.ends[n - 1] = end;
  }
}

/**
 * Normalizes `original` into the named view.
 * Idempotent: normalize(normalize(t, v).text, v).text === normalize(t, v).text.
 */
export function normalize(original: string, view: ViewName = 'search'): NormalizedView {
  const b = new Builder();
  const fold = view !== 'display';
  const numbers = view === 'numbers';
  const n = original.length;
  let i = 0;
  while (i < n) {
    let c = original.charCodeAt(i);
    let len = 1;
    let decoded: string | null = null;
    if (c === 0x26) {
      const ref = decodeReferenceAt(original, i);
      if (ref) {
        decoded = ref.value;
        len = ref.length;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = original.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) len = 2;
    }
    if (decoded !== null) {
      emitString(b, decoded, i, i + len, fold, numbers, original);
    } else if (len === 2) {
      b.emit(original.slice(i, i + 2), i, i + 2);
    } else {
      emitChar(b, c, i, i + 1, fold, numbers, original);
    }
    i += len;
  }
  const count = b.out.length;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    starts[k] = b.starts[k]!;
    ends[k] = b.ends[k]!;
  }
  return { view, text: b.out.join(''), starts, ends, originalLength: n };
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
    if (c > 0xffff) b.emit(ch, start, end);
    else emitChar(b, c, start, end, fold, numbers, context);
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
  if (isInvisibleControl(c)) return;
  if (isHorizontalSpace(c)) {
    // Runs of spaces become one; the extra ones belong to the kept space.
    if (b.last === 0x20) b.extendLast(end);
    else b.emit(' ', start, end);
    return;
  }
  if (isLineBreak(c)) {
    b.emit(String.fromCharCode(c), start, end);
    return;
  }
  if (!fold) {
    b.emit(String.fromCharCode(c), start, end);
    return;
  }
  if (isArabicMark(c)) {
    b.extendLast(end);
    return;
  }
  const letter = LETTER_FOLDS.get(c);
  if (letter !== undefined) {
    b.emit(letter, start, end);
    return;
  }
  if (isPresentationForm(c)) {
    const base = String.fromCharCode(c).normalize('NFKC');
    if (base.length !== 1 || base.charCodeAt(0) !== c) {
      // Isolated harakat forms (ﹰ) unfold to " ً": that space is not text.
      emitString(b, base.replace(/^ (?=[\u064b-\u065f\u0670])/u, ''), start, end, fold, numbers, original);
      return;
    }
  }
  if (numbers) {
    const d = digitValue(c);
    if (d >= 0 && c > 0x39) {
      b.emit(String.fromCharCode(0x30 + d), start, end);
      return;
    }
    if (c === 0x066b) {
      b.emit('.', start, end); // ٫ Arabic decimal separator
      return;
    }
    if (c === 0x066c) {
      b.emit(',', start, end); // ٬ Arabic thousands separator
      return;
    }
    if (c === 0x066a) {
      b.emit('%', start, end); // ٪
      return;
    }
    if (c === 0x060c && isThousandsComma(original, start, end)) {
      b.emit(',', start, end);
      return;
    }
  }
  b.emit(String.fromCharCode(c), start, end);
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
