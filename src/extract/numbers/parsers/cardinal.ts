// Cardinal numbers in words, digits, or both: ثلاثة وعشرون، ثلاث مئة، ألف وخمسمئة،
// 5 آلاف، 1.5 مليون، مليون و200 ألف، متين واحد وعشرين (Egyptian, no و after hundreds),
// 3 ونصف، واحد فاصلة خمسة.
//
// A number is a group below 1000 (or any digit string), optionally times a scale word,
// optionally followed by و and a smaller number: the grammar of Arabic numerals.

import type { Candidate } from '../candidate.js';
import type { NumbersLexicon } from '../lexicon.js';
import { readAtom, type Atom } from './atoms.js';
import { countedNounAfter } from './counted.js';
import { codeAt, isArabicLetter, skipSpace } from '../text.js';

interface Group {
  value: number;
  start: number;
  end: number;
  digits: boolean;
  plain: boolean;
  /** The last atom was a 3–10 unit or digits: a plural scale (آلاف) may follow. */
  pluralOk: boolean;
  /** A unit joined by و that ended the group (مئة وثلاثة): it may count a plural fraction instead. */
  tailUnit: number | undefined;
}

interface Parsed {
  value: number;
  start: number;
  end: number;
  digits: boolean;
  plain: boolean;
  scale?: number;
  /** A fraction (ثلاثة أرباع), not a count. */
  fraction?: boolean;
}

/** Atom after the optional space following `end`. */
function next(lex: NumbersLexicon, v: string, end: number): Atom | null {
  return readAtom(lex, v, skipSpace(v, end), false);
}

/** 1–99 in words after a hundred: unit, teen, unit عشر, unit و decade, decade. */
function below100(lex: NumbersLexicon, v: string, a: Atom): { value: number; end: number } | null {
  switch (a.type) {
    case 'teen':
    case 'ten':
    case 'decade':
      return { value: a.value, end: a.end };
    case 'teenhead': {
      const t = next(lex, v, a.end);
      return t && t.type === 'ten' && !t.waw ? { value: 10 + a.value, end: t.end } : null;
    }
    case 'unit': {
      const t = next(lex, v, a.end);
      if (t && t.type === 'ten' && !t.waw) return { value: 10 + a.value, end: t.end };
      if (t && t.type === 'decade' && t.waw) return { value: a.value + t.value, end: t.end };
      return { value: a.value, end: a.end };
    }
    default:
      return null;
  }
}

/** A hundred (مئة، ثلاثمئة) and what follows it, with or without و (words, or digits after و: مئة و21). */
function hundredTail(lex: NumbersLexicon, v: string, hundreds: number, start: number, end: number): Group {
  const t = next(lex, v, end);
  const tail = t ? (t.type === 'digits' ? (t.waw && t.plain && t.value < 100 ? { value: t.value, end: t.end } : null) : below100(lex, v, t)) : null;
  if (tail) {
    const tailUnit = t!.type === 'unit' && t!.waw && tail.end === t!.end ? t!.value : undefined;
    return { value: hundreds + tail.value, start, end: tail.end, digits: false, plain: false, pluralOk: false, tailUnit };
  }
  return { value: hundreds, start, end, digits: false, plain: false, pluralOk: false, tailUnit: undefined };
}

function group(lex: NumbersLexicon, v: string, a: Atom): Group | null {
  switch (a.type) {
    case 'digits': {
      // 3 مئة (a digit written before the hundred word) is 300.
      const h = a.plain && a.value >= 1 && a.value <= 9 ? next(lex, v, a.end) : null;
      if (h && h.type === 'hundred' && !h.waw) {
        const g = hundredTail(lex, v, a.value * 100, a.start, h.end);
        g.digits = true;
        return g;
      }
      return { value: a.value, start: a.start, end: a.end, digits: true, plain: !!a.plain, pluralOk: true, tailUnit: undefined };
    }
    case 'zero':
      return { value: 0, start: a.start, end: a.end, digits: false, plain: false, pluralOk: false, tailUnit: undefined };
    case 'hundred':
    case 'hundreds':
      return hundredTail(lex, v, a.value, a.start, a.end);
    case 'unit': {
      const t = next(lex, v, a.end);
      if (t && t.type === 'hundred' && !t.waw && a.value >= 3) return hundredTail(lex, v, a.value * 100, a.start, t.end);
      const b = below100(lex, v, a);
      return b && { value: b.value, start: a.start, end: b.end, digits: false, plain: false, pluralOk: b.value >= 3 && b.value <= 10, tailUnit: undefined };
    }
    case 'teenhead':
    case 'ten':
    case 'teen':
    case 'decade': {
      // With the article a decade (العشرين) or a teen (الأحد عشر) is an ordinal, unless a
      // counted noun follows (الأربعين عاما): the ordinal parser reads it.
      if (a.type === 'teenhead' && a.article) return null;
      if (a.type === 'decade' && a.article && !countedNounAfter(lex, v, a.end)) return null;
      const b = below100(lex, v, a);
      return b && { value: b.value, start: a.start, end: b.end, digits: false, plain: false, pluralOk: b.value === 10, tailUnit: undefined };
    }
    default:
      return null;
  }
}

/** Decimal part said in words or digits after فاصلة: 1 فاصلة 5، واحد فاصلة خمسة وعشرين. */
function decimalPart(lex: NumbersLexicon, v: string, end: number): { value: number; end: number } | null {
  const p = next(lex, v, end);
  if (!p || p.type !== 'point' || p.waw) return null;
  const d = next(lex, v, p.end);
  if (!d) return null;
  if (d.type === 'digits') return { value: Number(`0.${v.slice(d.start, d.end).replace(/\D/g, '')}`), end: d.end };
  const b = below100(lex, v, d);
  if (!b) return null;
  return { value: b.value / 10 ** String(b.value).length, end: b.end };
}

function parse(lex: NumbersLexicon, v: string, i: number, limit: number, first: boolean): Parsed | null {
  const a = readAtom(lex, v, i, first);
  if (!a) return null;
  // "أحدهما": one of them stands alone, inside no longer number.
  if (a.type === 'alone') return first ? { value: a.value, start: a.start, end: a.end, digits: false, plain: false } : null;
  let value: number;
  let scale: number | undefined;
  let end: number;
  let digits = a.type === 'digits';
  let plain = false;
  let fraction = false;
  if (a.type === 'scale') {
    value = a.value;
    scale = a.value;
    end = a.end;
  } else if (a.type === 'scaledual') {
    value = a.value;
    scale = a.value / 2;
    end = a.end;
  } else if (a.type === 'fraction') {
    // نصف مليون، ربع مليار: a fraction only counts before a scale word.
    const s = next(lex, v, a.end);
    if (!s || s.waw || s.type !== 'scale') return null;
    value = a.value * s.value;
    scale = s.value;
    end = s.end;
  } else {
    const g = group(lex, v, a);
    if (!g) return null;
    value = g.value;
    end = g.end;
    plain = g.plain;
    const dec = decimalPart(lex, v, end);
    if (dec) {
      value += dec.value;
      end = dec.end;
      plain = false;
    }
    // ثلاثة أرباع: a small number of fractions; مئة وثلاثة أرباع: 100 and three quarters.
    const frac = next(lex, v, end);
    if (frac && !frac.waw && frac.type === 'fraction' && !dec && !g.digits) {
      if (value >= 2 && value <= 10) {
        value *= frac.value;
        end = frac.end;
        fraction = true;
      } else if (g.tailUnit !== undefined && g.tailUnit >= 2) {
        value += g.tailUnit * frac.value - g.tailUnit;
        end = frac.end;
      }
    }
    const s = next(lex, v, end);
    if (s && !s.waw && (s.type === 'scale' || (s.type === 'scaleplural' && (g.pluralOk || dec)))) {
      fraction = false;
      value *= s.value;
      scale = s.value;
      end = s.end;
      plain = false;
    }
  }
  if (scale !== undefined && scale >= limit) return null;
  // و + a smaller number after a scale: ألف وخمسمئة، مليون و200 ألف.
  if (scale !== undefined) {
    const rest = parse(lex, v, skipSpace(v, end), scale, false);
    if (rest && rest.value < scale && codeAt(v, skipSpace(v, end)) === 0x0648) {
      value += rest.value;
      end = rest.end;
      digits ||= rest.digits;
    }
  }
  // ونصف، وربع: 3 ونصف = 3.5، مليون ونصف = 1.5 million; وثلاثة أرباع: + 0.75.
  const f = next(lex, v, end);
  if (f && f.waw && first) {
    const parts = f.type === 'unit' && f.value >= 2 && f.value <= 10 ? next(lex, v, f.end) : null;
    if (f.type === 'fraction') {
      value += f.value * (scale ?? 1);
      end = f.end;
      plain = false;
    } else if (parts && !parts.waw && parts.type === 'fraction') {
      value += f.value * parts.value * (scale ?? 1);
      end = parts.end;
      plain = false;
    }
  }
  return { value, start: a.start, end, digits, plain, scale, fraction };
}

/** "أساس متين"، "مية الجريبي": a weak word alone after another word is that word, not a number. */
function isLoneWeakWord(lex: NumbersLexicon, v: string, p: Parsed): boolean {
  const a = readAtom(lex, v, p.start, true);
  if (!a?.weak || a.end !== p.end || countedNounAfter(lex, v, p.end)) return false;
  const before = codeAt(v, p.start - 1) === 32 ? p.start - 2 : p.start - 1;
  return before >= 0 && isArabicLetter(codeAt(v, before));
}

/** The cardinal number starting at `i` (a digit or a number word), if any. */
export function parseCardinal(lex: NumbersLexicon, v: string, i: number): Candidate | null {
  const p = parse(lex, v, i, Infinity, true);
  if (!p) return null;
  if (isLoneWeakWord(lex, v, p)) return null;
  return {
    start: p.start,
    end: p.end,
    coreStart: p.start,
    coreEnd: p.end,
    value: p.value,
    min: p.value,
    max: p.value,
    qualifier: 'exact',
    kind: p.fraction ? 'fraction' : 'count',
    digits: p.digits,
    plain: p.plain,
    scale: p.scale,
    acled: undefined,
    noun: undefined,
  };
}
