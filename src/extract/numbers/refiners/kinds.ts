// Decides what a number is when it is not a count: percent, money, temperature, measure,
// year, clock time, age, day of a date. Counts stay counts.

import type { Candidate } from '../candidate.js';
import type { NumbersLexicon } from '../lexicon.js';
import { codeAt, isArabicLetter, isDigit, isLatinLetter, skipSpace, wordEnd } from '../text.js';
import { countedNounAfter } from '../parsers/counted.js';
import { cueAfter, cueInWordsBefore, wordsAfter, wordsBefore } from './context.js';

/** Unit phrase after `end` (optionally after من: مئات الآلاف من الأميال): its kind and end. */
export function unitAfter(lex: NumbersLexicon, v: string, end: number): { kind: Candidate['kind']; end: number } | undefined {
  // "(1250) ريالا": the unit follows the closing parenthesis.
  if (codeAt(v, end) === 41 /* ) */) end++;
  let s = skipSpace(v, end);
  if (!isArabicLetter(codeAt(v, s))) return undefined;
  let e = wordEnd(v, s);
  if (e - s === 2 && v.startsWith('من', s)) {
    s = skipSpace(v, e);
    if (!isArabicLetter(codeAt(v, s))) return undefined;
    e = wordEnd(v, s);
  }
  // Words are read one at a time and only while the phrase so far begins some unit phrase.
  let phrase = '';
  let unit: { kind: Candidate['kind']; end: number } | undefined;
  for (let k = 0; ; k++) {
    const w = v.slice(s, e);
    phrase = k === 0 ? w : `${phrase} ${w}`;
    const found = lex.units.get(phrase) ?? (k === 0 && w.startsWith('ال') ? lex.units.get(w.slice(2)) : undefined);
    if (found) unit = { kind: found, end: e };
    if (k + 1 >= lex.unitMaxWords || !lex.unitPrefixes.has(phrase)) break;
    s = skipSpace(v, e);
    if (!isArabicLetter(codeAt(v, s))) break;
    e = wordEnd(v, s);
  }
  return unit;
}

/** الساعة 02,30 is half past two: hours and minutes, not a decimal. */
function clockValue(v: string, c: Candidate): void {
  // 02,30 / 2.30 / 1734 (military time) after الساعة.
  const m = /^(\d{1,2})[.,:]?(\d{2})$/.exec(v.slice(c.coreStart, c.coreEnd));
  if (m && Number(m[1]) <= 24 && Number(m[2]) < 60) c.value = c.min = c.max = Number(m[1]) + Number(m[2]) / 60;
}

/** "هاتف: 123": the position before a label's colon, if any. */
function afterLabel(v: string, at: number): number {
  const p = codeAt(v, at - 1) === 32 ? at - 1 : at;
  return codeAt(v, p - 1) === 58 /* : */ ? p - 1 : at;
}

/** "شباط (فبراير) 2016": a month name in parentheses right before `at`. */
function monthInParentheses(lex: NumbersLexicon, v: string, at: number): boolean {
  const p = codeAt(v, at - 1) === 32 ? at - 1 : at;
  if (codeAt(v, p - 1) !== 41 /* ) */) return false;
  const w = wordsBefore(v, p - 1, 1)[0];
  return w !== undefined && lex.months.has(w.word);
}

/** Is `end` followed (after a space) by punctuation or the end of the text? */
function closesClause(v: string, end: number): boolean {
  const j = codeAt(v, end) === 32 ? end + 1 : end;
  if (j >= v.length) return true;
  const c = codeAt(v, j);
  return c === 0x060c /* ، */ || c === 44 || c === 46 || c === 41 || c === 0x061b /* ؛ */ || c === 59 || c === 10 || c === 47 /* / */ || c === 0xbb /* » */ || c === 34 || c === 0x201d;
}

/** Start of a detached article "ال" (written الـ) right before `at`, or -1. */
function articleBefore(v: string, at: number): number {
  const end = codeAt(v, at - 1) === 32 ? at - 1 : at;
  const s = end - 2;
  if (s < 0 || codeAt(v, s) !== 0x0627 || codeAt(v, s + 1) !== 0x0644) return -1;
  const before = codeAt(v, s - 1);
  return s === 0 || !isArabicLetter(before) || ((before === 0x0648 || before === 0x0628) && !isArabicLetter(codeAt(v, s - 2))) ? s : -1;
}

function isYearValue(c: Candidate): boolean {
  return c.value !== null && Number.isInteger(c.value) && c.value >= 1900 && c.value <= 2100 && (!c.digits || c.plain);
}

export function refineKind(lex: NumbersLexicon, v: string, c: Candidate): void {
  if (c.kind !== 'count' && c.kind !== 'ordinal' && c.kind !== 'measure') return;
  // Symbols glued or spaced: 25%، %25، $500، 15°C.
  let j = c.end;
  if (codeAt(v, j) === 32 && (codeAt(v, j + 1) === 37 || codeAt(v, j + 1) === 0xb0)) j++;
  const after = codeAt(v, j);
  if (c.kind === 'count' && after === 37 /* % */) {
    c.end = c.coreEnd = j + 1;
    c.kind = 'percent';
    return;
  }
  if (c.kind === 'count' && (after === 0xb0 /* ° */ || after === 0xba /* º */)) {
    let e = j + 1;
    if (v[e] === 'C' || v[e] === 'F') e++;
    c.end = c.coreEnd = e;
    c.kind = 'temperature';
    return;
  }
  const charBefore = codeAt(v, c.start - 1);
  if (c.kind === 'count' && charBefore === 37 && !isDigit(codeAt(v, c.start - 2))) {
    c.start = c.coreStart = c.start - 1;
    c.kind = 'percent';
    return;
  }
  if (c.kind === 'count' && (charBefore === 36 /* $ */ || (charBefore === 32 && codeAt(v, c.start - 2) === 36))) {
    c.start = c.coreStart = v.lastIndexOf('$', c.start);
    c.kind = 'money';
    return;
  }
  if (c.kind === 'count' && isLatinLetter(after)) {
    c.kind = 'id';
    return;
  }

  // "الـ17" (مهرجان أبها الـ17) is an ordinal, unless a counted noun follows (الـ24 ساعة).
  if (c.kind === 'count' && c.plain && articleBefore(v, c.start) >= 0 && !countedNounAfter(lex, v, c.end)) {
    c.start = c.coreStart = articleBefore(v, c.start);
    c.kind = 'ordinal';
  }
  // The words before, read once for every cue below (age cues reach 3 words back).
  const before = wordsBefore(v, c.start, 3 + lex.cueMaxWords - 1);
  // هاتف 920001234: a long digit string after a phone word.
  if (c.kind === 'count' && c.plain && c.end - c.start >= 6 && cueInWordsBefore(lex, wordsBefore(v, afterLabel(v, c.start), 2), 'phone-before', 2)) {
    c.kind = 'phone';
    return;
  }
  // القرار رقم 2254، المادة 140: a number that names, not counts.
  if (c.kind === 'count' && c.digits && cueInWordsBefore(lex, before, 'id-before')) {
    c.kind = 'id';
    return;
  }
  // الساعة الثالثة، الساعة 3، 3 صباحا.
  if (cueInWordsBefore(lex, before, 'time-before')) {
    c.kind = 'time';
    clockValue(v, c);
    return;
  }
  // في السابعة من عمره، 12 عاما من العمر، عمره 12 عاما، البالغ من العمر 30 عاما.
  const yearsEnd = cueAfter(lex, v, c.end, 'years');
  if (cueAfter(lex, v, yearsEnd > 0 ? yearsEnd : c.end, 'age-after') > 0 || (cueInWordsBefore(lex, before, 'age-before', 3) && (yearsEnd > 0 || c.kind === 'ordinal'))) {
    c.kind = 'age';
    return;
  }
  // "(14 عاما)" right after a name is an age.
  if (yearsEnd > 0 && codeAt(v, c.start - 1) === 40 && codeAt(v, yearsEnd) === 41) {
    c.kind = 'age';
    return;
  }
  const after2 = wordsAfter(v, c.end, 2);
  const next = after2[0]?.word;
  // 26 كانون الثاني، التاسع من آب: a day of a month.
  const monthNext = (next && lex.months.has(next)) || (next === 'من' && after2[1] && lex.months.has(after2[1].word));
  if (monthNext && c.value !== null && Number.isInteger(c.value) && c.value >= 1 && c.value <= 31) {
    c.kind = 'datePart';
    return;
  }
  if (c.kind === 'ordinal') return;
  if (c.value !== null && c.value <= 24 && cueAfter(lex, v, c.end, 'time-after') > 0) {
    c.kind = 'time';
    return;
  }
  if (isYearValue(c) || (c.plain && c.value !== null && c.value >= 1300 && c.value <= 1500)) {
    // آذار 2019، كانون الثاني 2022.
    const monthBefore = before.slice(0, 2).some((w) => lex.months.has(w.word)) || monthInParentheses(lex, v, c.start);
    const cuedBefore = monthBefore || cueInWordsBefore(lex, before, 'year-before');
    const cuedAfter = cueAfter(lex, v, c.end, 'year-after') > 0;
    // A 4-digit number in 1900–2100 closing a clause (جامعة ييل، 1985)) or followed by a word
    // that follows years (كأس العالم 2018 في روسيا) is a year, unless a count word stands
    // before it (بلغ عدد القتلى 2000.).
    const standsAlone =
      isYearValue(c) && c.digits && (closesClause(v, c.end) || cueAfter(lex, v, c.end, 'year-next') > 0) && !cueInWordsBefore(lex, before, 'count-before', 2);
    if ((isYearValue(c) && (cuedBefore || standsAlone) && !unitAfter(lex, v, c.end)) || cuedAfter) {
      c.kind = 'year';
      return;
    }
  }
  const unit = unitAfter(lex, v, c.end);
  if (unit && c.kind === 'count') c.kind = unit.kind;
}
