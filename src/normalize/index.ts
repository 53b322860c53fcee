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
const AMP = 7;
const HIGH_SURROGATE = 8;

const FOLD_CODE = new Map<number, number>([...LETTER_FOLDS].map(([k, v]) => [k, v.charCodeAt(0)]));

// What the main loop does with a BMP unit, per view: emit a unit (the char itself or
// its fold, from SEARCH_EMITTED), drop it into the previous char (harakat), fold a space,
// drop a control, or take the slow path (references, presentation forms, surrogate pairs).
const A_EMIT = 0;
const A_MARK = 1;
const A_SPACE = 2;
const A_CONTROL = 3;
const A_SLOW = 4;

const CLASS = new Uint8Array(0x10000);
const DISPLAY_ACTION = new Uint8Array(0x10000);
const SEARCH_ACTION = new Uint8Array(0x10000);
/** The unit the search view emits for each BMP unit (its fold, else itself). */
const SEARCH_EMITTED = new Uint16Array(0x10000);

/**
 * The BMP blocks holding every unit unitClass does not call KEEP (controls, spaces, Arabic,
 * punctuation, surrogates, presentation forms): the tables are built at every start, and
 * unitClass over the whole plane cost ~25 ms. A test checks the rest of the plane.
 */
export const CLASSED_BLOCKS: readonly (readonly [number, number])[] = [
  [0, 0x0900],
  [0x1680, 0x1681],
  [0x2000, 0x2070],
  [0x3000, 0x3001],
  [0xd800, 0xdc00],
  [0xfb50, 0x10000],
];

buildTables();

/** One pass over the classed blocks (KEEP, zero, is every table's default). */
function buildTables(): void {
  for (let c = 0; c < 0x10000; c++) SEARCH_EMITTED[c] = c;
  for (const [from, to] of CLASSED_BLOCKS) {
    for (let c = from; c < to; c++) {
      const cls = unitClass(c);
      CLASS[c] = cls;
      if (cls === CONTROL) DISPLAY_ACTION[c] = SEARCH_ACTION[c] = A_CONTROL;
      else if (cls === SPACE) DISPLAY_ACTION[c] = SEARCH_ACTION[c] = A_SPACE;
      else if (cls === AMP || cls === HIGH_SURROGATE) DISPLAY_ACTION[c] = SEARCH_ACTION[c] = A_SLOW;
      else if (cls === PRESENTATION) SEARCH_ACTION[c] = A_SLOW;
      else if (cls === MARK) SEARCH_ACTION[c] = A_MARK;
      else if (cls === FOLD) SEARCH_EMITTED[c] = FOLD_CODE.get(c)!;
    }
  }
}

/** The class of a BMP unit (exported for the test of CLASSED_BLOCKS). */
export function unitClass(c: number): number {
  if (c === 0x26) return AMP;
  if (isInvisibleControl(c)) return CONTROL;
  if (isHorizontalSpace(c)) return SPACE;
  if (isLineBreak(c)) return LINE;
  if (isArabicMark(c)) return MARK;
  if (LETTER_FOLDS.has(c)) return FOLD;
  if (isPresentationForm(c)) return PRESENTATION;
  if (c >= 0xd800 && c <= 0xdbff) return HIGH_SURROGATE;
  return KEEP;
}

/** Buffer's UTF-16LE decoding keeps lone surrogates and is far faster than fromCharCode. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Outputs this short are made into a string unit by unit. */
const SHORT = 16;

/** Longer texts get buffers of their own, so one huge document does not stay pinned. */
const SCRATCH_LIMIT = 1 << 20;

let scratchOut = new Uint16Array(0);
let scratchStarts = new Int32Array(0);
let scratchEnds = new Int32Array(0);

/** Output buffer: UTF-16 units plus the original range of each. */
class Builder {
  out: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  /** Last emitted UTF-16 unit, or -1. */
  last = -1;

  constructor(capacity: number) {
    if (capacity > SCRATCH_LIMIT) {
      this.out = new Uint16Array(capacity);
      this.starts = new Int32Array(capacity);
      this.ends = new Int32Array(capacity);
      return;
    }
    // Reused scratch buffers: allocating zeroed arrays per document cost as much as the loop.
    if (scratchOut.length < capacity) {
      const size = Math.min(capacity * 2, SCRATCH_LIMIT);
      scratchOut = new Uint16Array(size);
      scratchStarts = new Int32Array(size);
      scratchEnds = new Int32Array(size);
    }
    this.out = scratchOut;
    this.starts = scratchStarts;
    this.ends = scratchEnds;
  }

  /** Makes room for `extra` more units. */
  reserve(extra: number): void {
    if (this.length + extra <= this.out.length) return;
    const cap = Math.max(this.out.length * 2, this.length + extra) + 16;
    const out = new Uint16Array(cap);
    out.set(this.out.subarray(0, this.length));
    const starts = new Int32Array(cap);
    starts.set(this.starts.subarray(0, this.length));
    const ends = new Int32Array(cap);
    ends.set(this.ends.subarray(0, this.length));
    this.out = out;
    this.starts = starts;
    this.ends = ends;
  }

  unit(c: number, start: number, end: number): void {
    if (this.length === this.out.length) this.reserve(1);
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
    // Names in the lexicon are normalized one by one at load: a Buffer costs more than they do.
    if (this.length <= SHORT) {
      let s = '';
      for (let k = 0; k < this.length; k++) s += String.fromCharCode(this.out[k]!);
      return s;
    }
    if (LITTLE_ENDIAN) return Buffer.from(this.out.buffer, this.out.byteOffset, this.length * 2).toString('utf16le');
    let s = '';
    const CHUNK = 8192;
    for (let k = 0; k < this.length; k += CHUNK) {
      s += String.fromCharCode.apply(null, this.out.subarray(k, Math.min(this.length, k + CHUNK)) as unknown as number[]);
    }
    return s;
  }

  /** Copies of the offset arrays, trimmed to the output (the scratch buffers are reused). */
  offsets(): { starts: Int32Array; ends: Int32Array } {
    // slice copies without the views subarray makes (they cost more than a short copy).
    return { starts: this.starts.slice(0, this.length), ends: this.ends.slice(0, this.length) };
  }
}

/**
 * Normalizes `original` into the named view.
 * Idempotent: normalize(normalize(t, v).text, v).text === normalize(t, v).text.
 */
export function normalize(original: string, view: ViewName = 'search'): NormalizedView {
  if (view === 'numbers') return numbersViewOf(normalize(original, 'search'));
  const n = original.length;
  const b = new Builder(n + 16);
  const fold = view !== 'display';
  const action = fold ? SEARCH_ACTION : DISPLAY_ACTION;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    const a = action[c]!;
    if (a === A_EMIT) {
      // A run of emitted units: one capacity check for the run (it never outgrows the input).
      b.reserve(n - i);
      const { out, starts, ends } = b;
      let k = b.length;
      let u = c;
      let j = i;
      do {
        u = fold ? SEARCH_EMITTED[u]! : u;
        out[k] = u;
        starts[k] = j;
        ends[k] = j + 1;
        k++;
        j++;
        if (j >= n) break;
        u = original.charCodeAt(j);
      } while (action[u] === A_EMIT);
      b.length = k;
      b.last = out[k - 1]!;
      i = j;
    } else if (a === A_MARK) {
      b.extendLast(i + 1);
      i++;
    } else if (a === A_SPACE) {
      // Runs of spaces become one; the extra ones belong to the kept space.
      if (b.last === 0x20) b.extendLast(i + 1);
      else b.unit(0x20, i, i + 1);
      i++;
    } else if (a === A_CONTROL) {
      i++;
    } else if (c === 0x26) {
      const ref = decodeReferenceAt(original, i);
      if (ref) {
        emitString(b, ref.value, i, i + ref.length, fold);
        i += ref.length;
      } else {
        b.unit(c, i, i + 1);
        i++;
      }
    } else if (CLASS[c] === HIGH_SURROGATE && i + 1 < n && (original.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      b.unit(c, i, i + 2);
      b.unit(original.charCodeAt(i + 1), i, i + 2);
      i += 2;
    } else {
      emitChar(b, c, i, i + 1, fold);
      i++;
    }
  }
  const { starts, ends } = b.offsets();
  return { view, text: b.text(), starts, ends, originalLength: n };
}

function emitString(b: Builder, s: string, start: number, end: number, fold: boolean): void {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > 0xffff) {
      b.unit(ch.charCodeAt(0), start, end);
      b.unit(ch.charCodeAt(1), start, end);
    } else emitChar(b, c, start, end, fold);
  }
}

function emitChar(b: Builder, c: number, start: number, end: number, fold: boolean): void {
  const cls = CLASS[c]!;
  switch (cls) {
    case CONTROL:
      return;
    case SPACE:
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
      emitString(b, base.replace(/^ (?=[\u064b-\u065f\u0670])/u, ''), start, end, fold);
      return;
    }
  }
  b.unit(c, start, end);
}

// The numbers view is the search view with Arabic digits and separators in ASCII: every
// change is one unit for one unit, so it shares the search view's offset maps.
const NUMERIC_UNITS = /[\u0660-\u0669\u06f0-\u06f9\u066a-\u066c\u060c]/g;
const NUMERIC_UNIT = /[\u0660-\u0669\u06f0-\u06f9\u066a-\u066c\u060c]/;

/** The numbers view of `original` from its search view `search`. */
export function numbersViewOf(search: NormalizedView): NormalizedView {
  const { text, starts } = search;
  const numbers = NUMERIC_UNIT.test(text)
    ? text.replace(NUMERIC_UNITS, (ch: string, k: number) => {
        const c = ch.charCodeAt(0);
        const d = digitValue(c);
        if (d >= 0) return String.fromCharCode(0x30 + d);
        if (c === 0x066b) return '.'; // ٫ decimal separator
        if (c === 0x066c) return ','; // ٬ thousands separator
        if (c === 0x066a) return '%'; // ٪
        return isThousandsComma(text, k) ? ',' : ch;
      })
    : text;
  return { view: 'numbers', text: numbers, starts, ends: search.ends, originalLength: search.originalLength };
}

/**
 * An Arabic comma between digit groups (26،013) separates thousands. Read on the search
 * view, where marks between digits are gone, so that the numbers view of a numbers view
 * is itself (٨1ۖ0 and 810 give the same reading).
 */
function isThousandsComma(text: string, k: number): boolean {
  if (k === 0 || digitValue(text.charCodeAt(k - 1)) < 0) return false;
  for (let d = 1; d <= 3; d++) {
    if (digitValue(text.charCodeAt(k + d)) < 0) return false;
  }
  return digitValue(text.charCodeAt(k + 4)) < 0;
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
