// Number mentions: every way Arabic news writes a quantity, resolved to a value, bounds,
// a qualifier and a kind (count, or what else the number is so later stages can skip it).
//
// One left-to-right pass over the `numbers` view (ASCII digits, folded letters) tries
// the parsers at each digit and at each word the lexicon knows; the longest result wins
// and scanning resumes after it. Then ordered refiners rework the candidates.

import type { TextContext } from '../../core/context.js';
import type { NumberMention } from '../../core/types.js';
import type { Candidate } from './candidate.js';
import { ending, hasEnding, numbersLexicon, type NumbersLexicon } from './lexicon.js';
import { parseCardinal } from './parsers/cardinal.js';
import { parseDigitForm } from './parsers/digit-forms.js';
import { parseDual } from './parsers/dual.js';
import { parseFraction } from './parsers/fraction.js';
import { parseOrdinal } from './parsers/ordinal.js';
import { parseVague } from './parsers/vague.js';
import { cueBefore, wordsBefore } from './refiners/context.js';
import { refineKind, unitAfter } from './refiners/kinds.js';
import { refineQualifier } from './refiners/qualifiers.js';
import { refineBounds } from './refiners/bounds.js';
import { refineRanges } from './refiners/ranges.js';
import { refineSign } from './refiners/sign.js';
import { codeAt, isArabicLetter, isDigit, isLatinLetter, lookupWord, wordEnd } from './text.js';

export interface NumberOptions {
  /** How vague quantities (عشرات، مئات) get bounds: ranges (default) or ACLED's single values. */
  vague?: 'range' | 'acled';
}

export function extractNumbers(ctx: TextContext, options: NumberOptions = {}): NumberMention[] {
  const view = ctx.view('numbers');
  const lex = numbersLexicon();
  let candidates = scan(lex, view.text);
  // Order matters:
  // 1. kinds first: a year or a percentage never joins a count range or takes a count qualifier;
  //    then the sign word (سالب 5), which belongs to the number before it joins a range;
  for (const c of candidates) {
    refineKind(lex, view.text, c);
    refineSign(lex, view.text, c);
  }
  // 2. ranges before qualifiers: "بين 5 و10" is one range, not two numbers;
  candidates = refineRanges(lex, view.text, candidates);
  // 3. qualifiers last, each limited by the previous mention so none is shared.
  let floor = 0;
  for (const c of candidates) {
    refineQualifier(lex, view.text, c, floor);
    floor = c.end;
  }
  // 4. a lower and an upper bound joined by و (أكثر من 10 وأقل من 20) are one range;
  candidates = refineBounds(view.text, candidates);
  // 5. refiners may widen spans (%، $، qualifiers): an earlier mention keeps its words.
  let last = 0;
  candidates = candidates.filter((c) => {
    if (c.start < last) return false;
    last = c.end;
    return true;
  });
  return candidates.map((c) => toMention(ctx, c, options));
}

function toMention(ctx: TextContext, c: Candidate, options: NumberOptions): NumberMention {
  const span = ctx.toOriginal('numbers', c.start, c.end);
  const m: NumberMention = {
    text: ctx.text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    value: tidy(c.value),
    min: tidy(c.min),
    max: tidy(c.max),
    qualifier: c.qualifier,
    kind: c.kind,
  };
  if (c.qualifier === 'vague' && options.vague === 'acled' && c.acled !== undefined) {
    m.value = m.min = m.max = c.acled;
  }
  if (c.coreStart !== c.start || c.coreEnd !== c.end) m.core = ctx.toOriginal('numbers', c.coreStart, c.coreEnd);
  if (c.noun !== undefined) {
    const n = ctx.toOriginal('numbers', c.start, c.start + c.noun.length);
    m.noun = ctx.text.slice(n.start, n.end);
  }
  return m;
}

/** 16,6 مليار is 16600000000, not 16600000000.000002: drop binary float noise. */
function tidy(n: number | null): number | null {
  return n === null || Number.isInteger(n) ? n : Number(n.toPrecision(15));
}

/** May a signed (-5) or dot-led (.77) number start at `i`? Only at the start of a token. */
function signStart(v: string, i: number): boolean {
  if (!isDigit(codeAt(v, i + 1))) return false;
  const before = codeAt(v, i - 1);
  if (i === 0 || before === 10 || before === 40 /* ( */) return true;
  // "2014 -2017" is a range, not a negative number.
  return before === 32 && !isDigit(codeAt(v, i - 2)) && !isArabicLetter(codeAt(v, i - 2));
}

function scan(lex: NumbersLexicon, v: string): Candidate[] {
  const out: Candidate[] = [];
  const n = v.length;
  let i = 0;
  while (i < n) {
    const c = codeAt(v, i);
    // Fast path: most characters are letters of words that cannot be numbers, or spaces.
    if (c >= 0x0621 && c <= 0x064a) {
      let e = i + 1;
      while (e < n && isArabicLetter(codeAt(v, e))) e++;
      if (!hasEnding(lex, ending(v, e, Math.min(3, e - i)))) {
        i = e;
        continue;
      }
    } else if (c === 32) {
      i++;
      continue;
    }
    if (isDigit(c) || ((c === 45 || c === 46) && signStart(v, i)) || (c === 43 && isDigit(codeAt(v, i + 1)))) {
      const prev = codeAt(v, i - 1);
      if (i > 0 && (isDigit(prev) || (isLatinLetter(prev) && c !== 43 && !isDigit(c)))) {
        i++;
        continue;
      }
      const form = parseDigitForm(v, i, () => cueBefore(lex, v, i, 'date-before', 2));
      if (form) {
        out.push(...form.candidates);
        i = Math.max(form.end, i + 1);
        continue;
      }
      const card = isDigit(c) ? parseCardinal(lex, v, i) : null;
      if (card) {
        out.push(card);
        i = skipPercentWords(lex, v, card);
      } else i++;
      continue;
    }
    if (!isArabicLetter(c)) {
      i++;
      continue;
    }
    const e = wordEnd(v, i);
    if (!hasEnding(lex, ending(v, e, Math.min(3, e - i)))) {
      i = e;
      continue;
    }
    const best = atWord(lex, v, i, e, out.length ? out[out.length - 1]!.end : 0);
    if (best) {
      out.push(best);
      i = skipPercentWords(lex, v, best);
    } else i = e;
  }
  return out;
}

/**
 * "25 في المئة"، "30 بالمئة": the percent words are the number's unit, not a second number;
 * they join the mention's text (like the sign in 25%) while the core stays the number.
 */
function skipPercentWords(lex: NumbersLexicon, v: string, c: Candidate): number {
  const unit = unitAfter(lex, v, c.end);
  if (unit?.kind === 'percent' && c.kind === 'count') {
    c.kind = 'percent';
    c.end = unit.end;
  }
  return c.end;
}

/** "البلدين الشقيقين": a dual with the article after another dual is an adjective, not a second count. */
function agreesWithDual(v: string, i: number): boolean {
  let prev = wordsBefore(v, i, 1)[0]?.word;
  if (prev?.startsWith('وال')) prev = prev.slice(1);
  return prev !== undefined && prev.startsWith('ال') && (prev.endsWith('ين') || prev.endsWith('ان'));
}

/** The longest parse starting at the word [i, e); earlier parsers win ties. */
function atWord(lex: NumbersLexicon, v: string, i: number, e: number, floor: number): Candidate | null {
  const hit = lookupWord(lex, v.slice(i, e));
  if (!hit) return null;
  const { info } = hit;
  const start = i + hit.prefix;
  let best: Candidate | null = null;
  const offer = (c: Candidate | null): void => {
    if (c && (!best || c.end > best.end)) best = c;
  };
  if (info.cardinal || info.fraction !== undefined) offer(parseCardinal(lex, v, i));
  if (info.ordinal || (hit.article && info.cardinal)) offer(parseOrdinal(lex, v, hit, start, e));
  if (info.vague) offer(parseVague(lex, v, info.vague, start, e));
  if (info.dual && !(hit.article && agreesWithDual(v, i))) offer(parseDual(lex, v, info.dual, start, e));
  if (!best && info.fraction !== undefined && !info.fractionAfterNumberOnly) {
    const f = parseFraction(lex, v, info.fraction, hit.prefix, start, e);
    offer(f.start >= floor ? f : parseFraction(lex, v, info.fraction, 0, start, e));
  }
  return best;
}
