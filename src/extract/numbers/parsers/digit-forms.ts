// Digit strings that are not plain numbers: numeric dates (26/1/2022, 2022.01.26),
// clock times (19:04), phone numbers, URL or code ids (me_ga.php?id=32240), slash
// fractions (11/10), and signed or dot-led numbers (-1.2, .77). Tried before the
// cardinal parser at every digit.

import { exact, type Candidate } from '../candidate.js';
import { readDigits } from './atoms.js';
import { codeAt, isDigit, isLatinLetter } from '../text.js';

const DMY = /(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})(?![\d])/y;
const YMD = /(\d{4}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{1,2})(?![\d])/y;
const MONTH_YEAR = /(\d{1,2})\/(\d{4})(?![\d/])/y;
const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])/y;
const PHONE = /(?:\+|00)\d{1,3}(?:[ -]?\d{2,4}){2,5}(?![\d])|0\d{2,3}[ -]?\d{3}[ -]?\d{3,4}(?![\d])/y;
const SLASH = /(\d+)\/(\d+)(?![\d/])/y;
/** Characters that glue digits into a URL, a file name or a code. */
const CODE_CHARS = /[A-Za-z0-9_=?&#@/.:%~+-]/;

export interface DigitFormResult {
  candidates: Candidate[];
  /** Where scanning resumes. */
  end: number;
}

function sticky(re: RegExp, v: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(v);
}

function validDay(d: number, m: number): boolean {
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/** Is the digit run at `i` glued to Latin letters or URL punctuation? */
function inCode(v: string, i: number): boolean {
  const before = codeAt(v, i - 1);
  // F-16، COVID-19، article-55512.
  if ((before === 45 || before === 46) && isLatinLetter(codeAt(v, i - 2))) return true;
  if (isLatinLetter(before) || before === 95 /* _ */ || before === 61 /* = */ || before === 63 /* ? */ || before === 38 /* & */ || before === 35 /* # */ || before === 47 /* / */ || before === 64 /* @ */) {
    // A slash right after digits is a date or a fraction, handled elsewhere.
    return before !== 47 || !isDigit(codeAt(v, i - 2));
  }
  let j = i;
  while (j < v.length && isDigit(codeAt(v, j))) j++;
  const after = codeAt(v, j);
  return isLatinLetter(after) || after === 95 || (after === 46 /* . */ && isLatinLetter(codeAt(v, j + 1)));
}

function codeEnd(v: string, i: number): number {
  let j = i;
  while (j < v.length && CODE_CHARS.test(v[j]!)) j++;
  return j;
}

/**
 * Non-plain digit forms at `i` (a digit, or a sign / dot / plus right before one).
 * `dateContext` says whether the words before announce a date (بتاريخ 26/1); asked only for a slash pair.
 */
export function parseDigitForm(v: string, i: number, dateContext: () => boolean): DigitFormResult | null {
  const c = codeAt(v, i);
  if (c === 43 /* + */ || (c === 48 && isDigit(codeAt(v, i + 1)))) {
    const p = sticky(PHONE, v, i);
    if (p) return { candidates: [exact(i, i + p[0].length, Number(p[0].replace(/\D/g, '')), 'phone', true)], end: i + p[0].length };
    if (c === 43) return null;
  }
  if (c === 45 /* - */ || c === 46 /* . */) {
    // -1.2, -١٢/١٠, .77: only at the start of a token.
    const signed = c === 45;
    const j = i + 1;
    if (signed) {
      const slash = sticky(SLASH, v, j);
      if (slash && Number(slash[2]) !== 0) {
        const end = j + slash[0].length;
        return { candidates: [exact(i, end, -Number(slash[1]) / Number(slash[2]), 'fraction', true)], end };
      }
      const d = readDigits(v, j);
      if (!d) return null;
      return { candidates: [exact(i, d.end, -d.value, 'count', true)], end: d.end };
    }
    const d = /\d+/y;
    d.lastIndex = j;
    const m = d.exec(v);
    if (!m) return null;
    const end = j + m[0].length;
    return { candidates: [exact(i, end, Number(`0.${m[0]}`), 'count', true)], end };
  }
  if (inCode(v, i)) {
    const end = codeEnd(v, i);
    let k = i;
    while (k < end && isDigit(codeAt(v, k))) k++;
    return { candidates: [exact(i, k, Number(v.slice(i, k)), 'id', true)], end };
  }
  if (!separatorAfterDigits(v, i)) return null;
  let m = sticky(YMD, v, i);
  if (m && validDay(Number(m[4]), Number(m[3]))) return dateParts(v, i, m, [1, 3, 4]);
  m = sticky(DMY, v, i);
  // 26/1/2022, or month first as in translated US copy (5/17/2018).
  if (m && (validDay(Number(m[1]), Number(m[3])) || validDay(Number(m[3]), Number(m[1])))) return dateParts(v, i, m, [1, 3, 4]);
  m = sticky(TIME, v, i);
  if (m && Number(m[1]) <= 24 && Number(m[2]) < 60) {
    const end = i + m[0].length;
    return { candidates: [exact(i, end, Number(m[1]) + Number(m[2]) / 60, 'time', true)], end };
  }
  m = sticky(MONTH_YEAR, v, i);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return dateParts(v, i, m, [1, 2]);
  m = sticky(SLASH, v, i);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (validDay(a, b) && dateContext()) return dateParts(v, i, m, [1, 2]);
    if (b !== 0) {
      const end = i + m[0].length;
      return { candidates: [exact(i, end, a / b, 'fraction', true)], end };
    }
  }
  return null;
}

/**
 * Every pattern below (YMD, DMY, TIME, MONTH_YEAR, SLASH) needs, right after the digit run
 * at `i`, one of / . - : (or a space then / . -): most numbers skip them all.
 */
function separatorAfterDigits(v: string, i: number): boolean {
  let j = i;
  while (isDigit(codeAt(v, j))) j++;
  const c = codeAt(v, j);
  if (c === 47 || c === 46 || c === 45 || c === 58) return true;
  if (c !== 32) return false;
  const d = codeAt(v, j + 1);
  return d === 47 || d === 46 || d === 45;
}

/** One datePart (or year) mention per numeric group of a date. */
function dateParts(v: string, i: number, m: RegExpExecArray, groups: number[]): DigitFormResult {
  const out: Candidate[] = [];
  let from = i;
  for (const g of groups) {
    const text = m[g]!;
    const s = v.indexOf(text, from);
    const e = s + text.length;
    from = e;
    const n = Number(text);
    out.push(exact(s, e, n, text.length === 4 ? 'year' : 'datePart', true, true));
  }
  return { candidates: out, end: i + m[0].length };
}
