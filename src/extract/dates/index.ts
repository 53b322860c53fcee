// Date mentions and the document's reference date.
//
// Pipeline: findRegions (cheap pre-filter around digits and date words on the numbers
// view) → tokenize → RegionParser (small parsers combined, longest match wins) →
// format (ISO values by grain) → spans mapped back to the original text.

import type { TextContext } from '../../core/context.js';
import { toOriginalOffset } from '../../normalize/index.js';
import type { DateMention, ReferenceDate } from '../../core/types.js';
import { isoDateTime, isoDay, isoMonth, isoYear, civilFromDays, parseIso, weekdayOfDays } from './calendar.js';
import { dateLexicon } from './lexicon.js';
import { RegionParser } from './parser.js';
import type { Hit, ParseEnv } from './reader.js';
import { findRegions, isWordChar, tokenize, type DateToken, type Region } from './scan.js';

export interface DateOptions {
  /** The document's reference date, used to resolve relative expressions. */
  reference: ReferenceDate;
  /**
   * How a bare weekday, a day or month without a year, or a day of the month said alone is
   * resolved: 'past' (default, news: the last such day on or before the reference; a date
   * without its year may be up to two months ahead, an announced date, else it is last
   * year's) or 'future' (Duckling's convention: the next one).
   */
  orientation?: 'past' | 'future';
}

/** A mention with what the reference finder needs to know about it. */
interface Found {
  mention: DateMention;
  hit: Hit;
}

interface RegionCache {
  region: Region;
  // Present from creation (undefined until needed): one shape for every region.
  /** Tokens, made when the region is first parsed. */
  tokens: DateToken[] | undefined;
  /** Mentions of the first parse, kept when none depends on the reference. */
  found: Found[] | undefined;
  /** The parse (reference and orientation) that gave `found`. */
  foundKey: string;
  stable: boolean;
}

interface DocCache {
  regions: RegionCache[];
  /** Words that may name a weekday: [start, end) pairs of view offsets. */
  names: number[];
  results: Map<string, Found[]>;
  /**
   * The reference finder read some regions without a reference: every region is read so
   * first (the others when dates are asked for), and one without relative dates keeps
   * those mentions whatever the reference.
   */
  unreferencedFirst: boolean;
}

// Per document: regions are found once and tokenized when first parsed; a second parse
// with another reference (findReferenceDate parses without one first) redoes only
// regions with relative dates.
const cache = new WeakMap<TextContext, DocCache>();

function docCache(ctx: TextContext): DocCache {
  let doc = cache.get(ctx);
  if (!doc) {
    const names: number[] = [];
    const regions = findRegions(ctx.view('numbers').text, names).map((region) => ({ region, tokens: undefined, found: undefined, foundKey: '', stable: false }));
    doc = { regions, names, results: new Map(), unreferencedFirst: false };
    cache.set(ctx, doc);
  }
  return doc;
}

function envOf(reference: string | null, orientation: 'past' | 'future'): ParseEnv {
  const ref = reference ? parseIso(reference) : null;
  return {
    ref: ref ? ref.days : null,
    refSeconds: ref && ref.minutes !== undefined ? ref.minutes * 60 + (ref.seconds ?? 0) : null,
    orientation,
  };
}

/** Mentions of one region under `env`; the region's first parse is kept with its key. */
function parseRegion(ctx: TextContext, region: RegionCache, env: ParseEnv, key: string): Found[] {
  const v = ctx.view('numbers').text;
  region.tokens ??= tokenize(v, region.region);
  const found: Found[] = [];
  for (const hit of new RegionParser(v, region.tokens, env).parseAll()) {
    const mention = toMention(ctx, region.tokens, hit);
    if (mention) found.push({ mention, hit });
  }
  if (region.found === undefined) {
    region.found = found;
    region.foundKey = key;
    region.stable = found.every((f) => !f.hit.relative);
  }
  return found;
}

function keyOf(reference: string | null, orientation: 'past' | 'future'): string {
  return `${reference ?? ''}|${orientation}`;
}

function parse(ctx: TextContext, reference: string | null, orientation: 'past' | 'future'): Found[] {
  const key = keyOf(reference, orientation);
  const doc = docCache(ctx);
  const cached = doc.results.get(key);
  if (cached) return cached;
  const env = envOf(reference, orientation);
  const unreferenced = doc.unreferencedFirst ? keyOf(null, 'past') : '';
  const unreferencedEnv = doc.unreferencedFirst ? envOf(null, 'past') : env;
  const out: Found[] = [];
  for (const region of doc.regions) {
    // As if every region had been read without a reference first (the reference finder's pass).
    if (region.found === undefined && doc.unreferencedFirst) parseRegion(ctx, region, unreferencedEnv, unreferenced);
    if (region.found !== undefined && (region.stable || region.foundKey === key)) {
      for (const f of region.found) out.push(f);
      continue;
    }
    for (const f of parseRegion(ctx, region, env, key)) out.push(f);
  }
  doc.results.set(key, out);
  return out;
}

/**
 * Mentions the reference finder can use, read without a reference: only regions where
 * they can be, the first lines (a dateline) and around a weekday's name (every other
 * clue names one), plus the region right after one (a weekday just before a date there).
 */
function parseForReference(ctx: TextContext): Found[] {
  const doc = docCache(ctx);
  const full = doc.results.get(keyOf(null, 'past'));
  if (full) return full;
  doc.unreferencedFirst = true;
  const view = ctx.view('numbers');
  const lines = datelineStarts(ctx.text);
  const named = weekdayNameRegions(view.text, doc.regions, doc.names);
  const env = envOf(null, 'past');
  const key = keyOf(null, 'past');
  const out: Found[] = [];
  let line = 0;
  for (let r = 0; r < doc.regions.length; r++) {
    const region = doc.regions[r]!;
    let wanted = named[r] === 1 || (r > 0 && named[r - 1] === 1 && onlySeparatorsBetween(ctx, doc.regions[r - 1]!.region, region.region));
    if (!wanted && line < lines.length) {
      // Original offsets only grow with view offsets: the region's mentions start in [from, to].
      const from = toOriginalOffset(view, region.region.start);
      const to = toOriginalOffset(view, region.region.end);
      while (line < lines.length && lines[line + 1]! < from) line += 2;
      wanted = line < lines.length && lines[line]! <= to;
    }
    if (!wanted) continue;
    for (const f of region.found !== undefined && region.foundKey === key ? region.found : parseRegion(ctx, region, env, key)) out.push(f);
  }
  return out;
}

/**
 * Whether the original text between two regions is only what may separate a weekday from
 * the date it names (weekdayRightBefore): spaces, commas, dashes, an opening bracket.
 */
function onlySeparatorsBetween(ctx: TextContext, before: Region, after: Region): boolean {
  const view = ctx.view('numbers');
  // Offsets grow with view offsets: the text between the regions' mentions holds [from, to).
  const from = view.ends[before.end - 1]!;
  const to = toOriginalOffset(view, after.start);
  return SEPARATORS.test(ctx.text.slice(from, to));
}

/**
 * Where a dateline can start (isDateline): in the first DATELINE_LINES non-blank lines,
 * after at most two words of its line. Pairs [line start, start of its third word or its
 * end], in order.
 */
function datelineStarts(text: string): number[] {
  const out: number[] = [];
  let k = 0;
  while (k < text.length && out.length < 2 * DATELINE_LINES) {
    let end = text.indexOf('\n', k);
    if (end < 0) end = text.length;
    let words = 0;
    let third = end;
    let inWord = false;
    for (let c = k; c < end; c++) {
      const space = isSpace(text.charCodeAt(c));
      if (!space && !inWord && ++words === 3) {
        third = c;
        break;
      }
      inWord = !space;
    }
    if (words > 0) out.push(k, third);
    k = end + 1;
  }
  return out;
}

/**
 * 1 for each region that may hold a weekday's name: one of the words findRegions saw
 * (`names`), or a word the region cuts (the tokenizer reads a shorter word there).
 */
function weekdayNameRegions(v: string, regions: readonly RegionCache[], names: readonly number[]): Uint8Array {
  const named = new Uint8Array(regions.length);
  let n = 0;
  for (let r = 0; r < regions.length; r++) {
    const { start, end } = regions[r]!.region;
    while (n < names.length && names[n]! < start) n += 2;
    const inside = n < names.length && names[n + 1]! <= end;
    const cut = (start > 0 && isWordChar(v.charCodeAt(start - 1))) || (end < v.length && isWordChar(v.charCodeAt(end)));
    if (inside || cut) named[r] = 1;
  }
  return named;
}

function toMention(ctx: TextContext, tokens: DateToken[], hit: Hit): DateMention | null {
  const first = tokens[hit.begin]!;
  const last = tokens[hit.end - 1]!;
  // A conjunction glued to the first word (وأمس، وفي) is not part of the date.
  const conj = first.conj === 1 && !dateLexicon().trie.has(first.w) ? 1 : 0;
  const span = ctx.toOriginal('numbers', first.start + conj, last.end);
  const text = ctx.text.slice(span.start, span.end);
  if (!text) return null;
  const m: DateMention = {
    text,
    start: span.start,
    end: span.end,
    value: withZone(formatValue(hit.day, hit.calendar === 'hijri' && (hit.grain === 'month' || hit.grain === 'year') ? 'day' : hit.grain, hit.seconds), hit.zone),
    grain: hit.grain,
    calendar: hit.calendar,
    relative: hit.relative,
  };
  if (hit.weekday !== undefined) m.weekday = hit.weekday;
  if (hit.hijri) m.hijri = hit.hijri;
  if (hit.partOfDay) m.partOfDay = hit.partOfDay;
  if (hit.endDay !== undefined) {
    // The end is written at the start's precision (2014..2017, 2022-01..2022-04), Hijri periods as days.
    const endGrain = hit.endSeconds !== undefined ? (hit.grain === 'day' || hit.grain === 'week' ? 'hour' : hit.grain) : hit.calendar === 'hijri' || hit.grain === 'week' ? 'day' : hit.grain;
    m.endValue = hit.endDay === null ? null : formatValue(hit.endDay, endGrain, hit.endSeconds);
  }
  return m;
}

/** A time said with its zone keeps it (…T08:00Z, …T10:00+03:00); other times are local. */
function withZone(value: string | null, zone: number | undefined): string | null {
  if (value === null || zone === undefined || !value.includes('T')) return value;
  if (zone === 0) return value + 'Z';
  const a = Math.abs(zone);
  return `${value}${zone < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

function formatValue(day: number | null, grain: DateMention['grain'], seconds?: number): string | null {
  if (day === null) return null;
  switch (grain) {
    case 'year':
      return isoYear(civilFromDays(day).y);
    case 'month': {
      const c = civilFromDays(day);
      return isoMonth(c.y, c.m);
    }
    case 'week':
    case 'day':
      return isoDay(day);
    default: {
      const s = seconds ?? 0;
      const h = Math.floor(s / 3600);
      const mi = Math.floor((s % 3600) / 60);
      return isoDateTime(day, h, mi, grain === 'second' ? s % 60 : undefined);
    }
  }
}

export function extractDates(ctx: TextContext, options: DateOptions): DateMention[] {
  return parse(ctx, options.reference.value, options.orientation ?? 'past').map((f) => f.mention);
}

export interface ReferenceInput {
  /** `published` from NDJSON or --meta. */
  published?: string;
  publishedFrom?: ReferenceDate['from'];
  /** --ref-date. */
  refDate?: string;
}

/** How far into a text a dateline may sit, and how long its line may be. */
const DATELINE_LINES = 6;
const DATELINE_MAX_LINE = 90;
/** What may stand between a weekday and the date it names. */
const SEPARATORS = /^[\s،,(\-–]*$/u;
/** How far into the text the lead's weekday is looked for. */
const LEAD_CHARS = 400;

/**
 * Decides the reference date: given metadata; else a dateline near the top; else "أمس
 * السبت" against a dated Saturday (inferred); else a full date that names its weekday
 * (weekday-anchor); else --ref-date; else none.
 */
export function findReferenceDate(ctx: TextContext, input: ReferenceInput = {}): ReferenceDate {
  if (input.published) return { value: input.published, from: input.publishedFrom ?? 'meta' };
  const found = parseForReference(ctx);
  const full = found.filter((f) => f.hit.explicitYear && f.hit.day !== null && f.hit.endDay === undefined && f.mention.grain !== 'year' && f.mention.grain !== 'month' && f.mention.grain !== 'week');

  const dateline = full.find((f) => isDateline(ctx.text, f.mention));
  if (dateline) return { value: isoDay(dateline.hit.day!), from: 'dateline' };

  // "أمس السبت" with a Saturday dated elsewhere: the text was written the day after it.
  for (const f of found) {
    const offset = f.hit.relOffset;
    const wd = f.hit.weekday;
    if (offset === undefined || wd === undefined) continue;
    // The anchor names its weekday too ("السبت 22 كانون الثاني 2022"): a historical date
    // that merely falls on that weekday says nothing about when the text was written.
    const anchors = full.filter((a) => a.hit.weekday === wd && weekdayOfDays(a.hit.day!) === wd).map((a) => a.hit.day!);
    if (anchors.length > 0) return { value: isoDay(Math.max(...anchors) - offset), from: 'inferred' };
  }

  const anchor = full.find((f) => weekdayOfDays(f.hit.day!) === (f.hit.weekday ?? weekdayRightBefore(ctx.text, found, f.mention.start)));
  if (anchor) {
    const day = anchor.hit.day!;
    // A lead that reports another weekday ("يوم الاثنين") is later in the same week or the next.
    const lead = found.find((f) => f.hit.bareWeekday && f.mention.start < LEAD_CHARS && f.mention.start < anchor.mention.start && f.hit.weekday !== anchor.hit.weekday);
    const shift = lead ? (lead.hit.weekday! - weekdayOfDays(day) + 7) % 7 : 0;
    return { value: isoDay(day + shift), from: 'weekday-anchor' };
  }

  if (input.refDate) return { value: input.refDate, from: 'ref-date' };
  return { value: null, from: 'none' };
}

/**
 * The weekday of a mention that ends just before `start` ("اليوم الأحد 11 آب 2024" is read
 * as two mentions: a relative weekday, then the date it names).
 */
function weekdayRightBefore(text: string, found: readonly { mention: DateMention; hit: { weekday?: number } }[], start: number): number | undefined {
  for (const g of found) {
    if (g.hit.weekday === undefined || g.mention.end > start) continue;
    if (SEPARATORS.test(text.slice(g.mention.end, start))) return g.hit.weekday;
  }
  return undefined;
}

/**
 * A dateline is a full date (with its year) near the top that opens its line, alone or
 * after a place name ("2022.01.26 - 19:04", "الرياض 25 شوال 1436 هـ"). A date without a year (a page's weather
 * widget "الخميس 25 نيسان 11:15") never gets here.
 */
function isDateline(text: string, m: DateMention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  let lineEnd = text.indexOf('\n', m.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (nonBlankLines(text, lineStart, DATELINE_LINES) >= DATELINE_LINES) return false;
  // Opening its line (after a place name at most), on a short line or with little after it.
  if (wordsIn(text, lineStart, m.start, 3) > 2) return false;
  return lineEnd - lineStart <= DATELINE_MAX_LINE || wordsIn(text, m.end, lineEnd, 4) <= 3;
}

/** JavaScript's \s: what trim() removes and split(/\s+/) splits on. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Lines of text[0, end) that are not blank, counted up to `max` (datelines are checked on every full date: no slicing). */
function nonBlankLines(text: string, end: number, max: number): number {
  let count = 0;
  let blank = true;
  for (let k = 0; k < end && count < max; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) {
      if (!blank) count++;
      blank = true;
    } else if (blank && !isSpace(c)) blank = false;
  }
  return !blank && count < max ? count + 1 : count;
}

/** Words (runs of non-space characters) in text[start, end), counted up to `max`. */
function wordsIn(text: string, start: number, end: number, max: number): number {
  let count = 0;
  let inWord = false;
  for (let k = start; k < end && count < max; k++) {
    const space = isSpace(text.charCodeAt(k));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
