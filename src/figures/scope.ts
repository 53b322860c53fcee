// Where and when a figure belongs: the document's main places and actors, and for one
// sentence its as-of date, time window, place, and whether it is about another event
// (another place: "وفي العراق، قتل 11 جنديا"; another time: "عام 2014 ... 8 ملايين").

import type { DateMention, EntityMention, ExtractedDocument, SourceDocument } from '../core/types.js';
import { actorAncestors } from '../extract/entities/actors.js';
import { dateLexicon, fold } from '../extract/dates/lexicon.js';
import { LexiconError, readTsv, readWordList } from '../lexicon/load.js';
import type { Sentence, Token } from '../segment/index.js';
import { isClauseBreak, RELATIVE_PRONOUNS, tokenAt, type Meanings } from './tokens.js';
import type { Figure, FigureLocation, FigurePeriod } from './types.js';

export interface DocumentScope {
  /** Main places, most cited first (canonical ids, or "name:<text>" when unknown). */
  places: string[];
  /** Main places with their countries and the places inside them. */
  related: Set<string>;
  /** Organisations cited, most cited first. */
  actors: string[];
  reference: string | null;
  /** Year mentions (numbers of kind year) by sentence, for time shifts. */
  years: Map<number, Array<{ start: number; value: number }>>;
}

/** Days between a figure's date and the document's date beyond which it is another event. */
const OTHER_TIME_DAYS = 45;
const TITLE_SENTENCES = 1;
const MAX_MAIN_PLACES = 4;

export function documentScope(
  _doc: SourceDocument,
  extracted: ExtractedDocument,
  sentences: readonly Sentence[],
  entities: readonly EntityMention[],
): DocumentScope {
  const titleEnd = sentences[Math.min(TITLE_SENTENCES, sentences.length) - 1]?.end ?? 0;
  const placeScore = new Map<string, number>();
  const actorScore = new Map<string, number>();
  for (const e of entities) {
    const weight = e.start < titleEnd ? 2 : 1;
    if (e.type === 'LOC') {
      const key = placeKey(e);
      placeScore.set(key, (placeScore.get(key) ?? 0) + weight);
    } else if ((e.type === 'ORG' || e.type === 'NORP') && e.canonical) {
      actorScore.set(e.canonical, (actorScore.get(e.canonical) ?? 0) + weight);
    }
  }
  const ranked = [...placeScore.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0]?.[1] ?? 0;
  const places = ranked.filter(([, s]) => s * 2 >= top).slice(0, MAX_MAIN_PLACES).map(([k]) => k);
  const related = new Set<string>();
  for (const p of places) for (const a of actorAncestors(p)) related.add(a);
  const actors = [...actorScore.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k]) => k);
  const years = new Map<number, Array<{ start: number; value: number }>>();
  return { places, related, actors, reference: extracted.published ? extracted.published.slice(0, 10) : null, years };
}

function placeKey(e: EntityMention): string {
  return e.canonical ?? `name:${e.text}`;
}

/** Is a place the main event's place, inside it, or containing it? */
function isRelated(scope: DocumentScope, e: EntityMention): boolean {
  const key = placeKey(e);
  if (scope.related.has(key)) return true;
  return actorAncestors(key).some((a) => scope.places.includes(a));
}

export interface SentenceScope {
  asOf: string | null;
  asOfFrom: Figure['asOfFrom'];
  period?: FigurePeriod;
  location?: FigureLocation;
  otherEvent: boolean;
  otherEventKey?: string;
}

export function sentenceScope(
  scope: DocumentScope,
  _sIndex: number,
  sentence: Sentence,
  tokens: readonly Token[],
  dates: readonly DateMention[],
  entities: readonly EntityMention[],
  numberToken: number,
  meanings: Meanings,
): SentenceScope {
  const inSentence = <T extends { start: number; end: number }>(list: readonly T[]): T[] => list.filter((x) => x.start >= sentence.start && x.end <= sentence.end);
  const sDates = inSentence(dates);
  const numberStart = tokens[numberToken]!.start;

  // As of: the nearest full date of the sentence that is not the start of a window (منذ ...).
  let asOf: string | null = null;
  let best = Infinity;
  let otherEvent = false;
  let otherEventKey: string | undefined;
  let yearDistance = Infinity;
  const refYear = scope.reference ? Number(scope.reference.slice(0, 4)) : null;
  for (const d of sDates) {
    if (!d.value) continue;
    const since = afterSince(tokens, d, sentence, meanings);
    const year = Number(d.value.slice(0, 4));
    if (refYear !== null && year !== refYear && !since && d.grain === 'year' && !bareHijriYear(d)) {
      otherEvent = true;
      // The year nearest to the number names the other time.
      const distance = Math.abs(d.start - numberStart) + (d.start > numberStart ? 1000 : 0);
      if (distance < yearDistance) {
        yearDistance = distance;
        otherEventKey = `year:${year}`;
      }
    }
    if (since || d.grain === 'year' || d.grain === 'month') continue;
    // A count cannot stand as of a day after the text was written (بحلول 30 تموز الحالي); a
    // date far beyond it tells another time (or a wrong reference date) and is kept.
    if (scope.reference && d.value.slice(0, 10) > scope.reference && days(d.value) - days(scope.reference) <= OTHER_TIME_DAYS) continue;
    // A date inside a relative clause dates the event (الزلزال الذي ضرب ليل الجمعة), not the
    // count: it loses to any other date of the sentence.
    const distance = Math.abs(d.start - numberStart) + (inRelativeClause(tokens, d, sentence) ? 100_000 : 0);
    if (distance < best) {
      best = distance;
      asOf = d.grain === 'week' ? weekEnd(d.value, scope.reference) : d.value.slice(0, 10);
    }
  }
  const asOfFrom: Figure['asOfFrom'] = asOf ? 'sentence' : scope.reference ? 'document' : 'none';
  if (asOf && scope.reference && Math.abs(days(asOf) - days(scope.reference)) > OTHER_TIME_DAYS) {
    otherEvent = true;
    otherEventKey ??= `date:${asOf.slice(0, 7)}`;
  }
  asOf ??= scope.reference;

  // Where: the first place after the number in the sentence, else the last one before.
  const places = inSentence(entities).filter((e) => e.type === 'LOC');
  const place = places.find((e) => e.start >= numberStart) ?? places[places.length - 1];
  const location = place ? { text: place.text, canonical: place.canonical ?? null } : undefined;
  // Another place: the sentence opens on a place (وفي العراق، ...) that is not the main event's.
  if (!otherEvent && scope.places.length > 0 && places.length > 0) {
    const opening = places.find((e) => tokenAt(tokens, e.start) <= sentence.firstToken + 3);
    const anyMain = places.some((e) => isRelated(scope, e));
    if (opening && !isRelated(scope, opening) && !anyMain) {
      otherEvent = true;
      otherEventKey = `place:${placeKey(opening)}`;
    }
  }
  const period = findPeriod(sentence, tokens, sDates, numberToken, meanings);
  return { asOf, asOfFrom, ...(period ? { period } : {}), ...(location ? { location } : {}), otherEvent, ...(otherEventKey ? { otherEventKey } : {}) };
}

/** How far after منذ a date still names when a running total began (منذ اندلاع الاشتباكات في المدينه الاسبوع الماضي). */
const SINCE_REACH = 6;

/**
 * A hijri year read from a bare number, with no year word or era ("بينهم نحو 1400 اصيبوا" read
 * as 1400 AH): most often a count, so it marks no other time. عام 1435 still does.
 */
function bareHijriYear(d: DateMention): boolean {
  if (d.calendar !== 'hijri') return false;
  const last = d.text.charCodeAt(d.text.length - 1);
  if (!((last >= 0x30 && last <= 0x39) || (last >= 0x660 && last <= 0x669))) return false;
  const trie = dateLexicon().trie;
  for (const word of fold(d.text).split(' ')) {
    const entries = (trie.get(word) ?? (word.startsWith('ال') ? trie.get(word.slice(2)) : undefined))?.entries;
    if (entries?.some((e) => e.type === 'word' && (e.role === 'yearword' || e.role === 'era'))) return false;
  }
  return true;
}

/**
 * The date is the start of a window, not when the count stands: it opens on منذ (منذ اسبوعين)
 * or stands in a since-phrase (منذ بدء الهجوم الخميس), with no حتى between (منذ ... حتى مساء امس).
 */

function afterSince(tokens: readonly Token[], d: DateMention, sentence: Sentence, meanings: Meanings): boolean {
  const at = tokenAt(tokens, d.start);
  if (meanings.of(at).period === 'since') return true;
  const until = untilWords();
  for (let t = at - 1; t >= sentence.firstToken && t >= at - SINCE_REACH; t--) {
    const tok = tokens[t]!;
    if (tok.kind === 'punct' || isClauseBreak(tok)) return false;
    if (until.has(tok.search) || (tok.search.startsWith('و') && until.has(tok.search.slice(1)))) return false;
    if (meanings.of(t).period === 'since') return true;
  }
  return false;
}

let until: Set<string> | undefined;
function untilWords(): Set<string> {
  return (until ??= new Set(readWordList('figures-until.txt')));
}

const WEEK_DAYS = 7;

/** A count told of a week (قتلوا نهايه الاسبوع الماضي) stands as of the week's last day, not after the reference date. */
function weekEnd(start: string, reference: string | null): string {
  const end = new Date(Date.parse(start.slice(0, 10)) + (WEEK_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  return reference && reference < end ? reference : end;
}

const RELATIVE_REACH = 5;

function inRelativeClause(tokens: readonly Token[], d: DateMention, sentence: Sentence): boolean {
  const at = tokenAt(tokens, d.start);
  for (let t = at - 1; t >= sentence.firstToken && t >= at - RELATIVE_REACH; t--) {
    const w = tokens[t]!;
    if (w.kind === 'punct') return false;
    if (RELATIVE_PRONOUNS.has(w.search)) return true;
  }
  return false;
}

function days(iso: string): number {
  return Date.parse(iso.slice(0, 10)) / 86_400_000;
}

const PERIOD_WORDS = 5;

interface PeriodEnds {
  last: Set<string>;
  single: Set<string>;
  date: Set<string>;
}
let periodEnds: PeriodEnds | undefined;

/** figures-period-ends.tsv: words closing a window of the last units of time (الماضيه، الاخيره). */
function periodEndLexicon(): PeriodEnds {
  if (periodEnds) return periodEnds;
  const ends: PeriodEnds = { last: new Set(), single: new Set(), date: new Set() };
  for (const r of readTsv('figures-period-ends.tsv', ['form', 'kind'])) {
    if (r.kind !== 'last' && r.kind !== 'single' && r.kind !== 'date') throw new LexiconError('figures-period-ends.tsv', r.line, `kind "${r.kind}" is not one of last, single, date`);
    ends[r.kind].add(r.form);
  }
  return (periodEnds = ends);
}

const isLast = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && periodEndLexicon().last.has(t.search);

/** After a unit of time ending at `end`: the token after its closing word (الماضيه، الثلاثه الاخيره), else `end`. */
function closeWindow(tokens: readonly Token[], end: number, sentenceEnd: number): number {
  for (let j = end; j < sentenceEnd && j <= end + COUNT_TOKENS; j++) {
    if (isLast(tokens[j])) return j + 1;
    if (tokens[j]!.kind === 'punct' || periodEndLexicon().date.has(tokens[j]!.search)) break;
  }
  return end;
}

/** Most tokens a count of units takes: ثلاثه · ال 48 (الـ48). */
const COUNT_TOKENS = 2;

/** The first token of a count written right before token j (الـ24 → ال 24), else j. */
function countBefore(tokens: readonly Token[], first: number, j: number): number {
  if (j <= first || tokens[j - 1]!.kind !== 'number') return j;
  return j - 1 > first && tokens[j - 2]!.search === 'ال' ? j - 2 : j - 1;
}

/**
 * A window with no window word: "في الايام الثلاثه الاخيره" · "الـ24 ساعه الماضيه". The
 * closing word at `at` follows a unit of time after في or with a count; "السنه الماضيه" alone
 * and "الليله قبل الماضيه" are dates.
 */
function lastUnits(tokens: readonly Token[], first: number, at: number, meanings: Meanings): { start: number; kind: FigurePeriod['kind'] } | undefined {
  for (let u = at - 1; u >= first && u >= at - 1 - COUNT_TOKENS; u--) {
    const m = meanings.of(u).period;
    if (m !== 'unit' && m !== 'short') {
      if (tokens[u]!.kind === 'punct' || periodEndLexicon().date.has(tokens[u]!.search)) return undefined;
      continue;
    }
    let start = countBefore(tokens, first, u);
    let counted = start < u;
    for (let j = u + 1; j < at; j++) if (tokens[j]!.kind === 'number') counted = true;
    if (!counted && periodEndLexicon().single.has(tokens[u]!.stem)) return undefined;
    // "مع ان السنوات الماضيه ..." is a subject, not when: a window stands after في or is counted.
    if (start > first && tokens[start - 1]!.search === 'في') start--;
    else if (!counted) return undefined;
    return { start, kind: m === 'short' ? 'partial' : 'window' };
  }
  return undefined;
}

/** The time window of the sentence nearest to the number: منذ بدء الهجوم · خلال اربعه ايام · مساء امس وحدها. */
function findPeriod(sentence: Sentence, tokens: readonly Token[], sDates: readonly DateMention[], numberToken: number, meanings: Meanings): FigurePeriod | undefined {
  let best: { period: FigurePeriod; distance: number } | undefined;
  let coveredTo = -1;
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const kind = meanings.of(t).period;
    let start = t;
    let end = t + 1;
    let periodKind: FigurePeriod['kind'];
    if (kind === 'partial') {
      periodKind = kind;
      // "مساء امس السبت وحدها": the stretch of time named just before.
      const date = [...sDates].reverse().find((d) => d.end <= tokens[t]!.start && tokenAt(tokens, d.end) >= t - 1);
      start = date ? tokenAt(tokens, date.start) : Math.max(sentence.firstToken, t - 2);
    } else if (kind === 'since' || kind === 'window') {
      periodKind = kind;
      while (end < sentence.endToken && end - t <= PERIOD_WORDS) {
        const tok = tokens[end]!;
        if (tok.kind === 'punct' || tok.search === '.' || isClauseBreak(tok)) break;
        const m = meanings.of(end).period;
        if (kind === 'window' && m === 'short') periodKind = 'partial';
        end++;
        if (m === 'unit' || m === 'short') {
          end = closeWindow(tokens, end, sentence.endToken);
          break;
        }
      }
      coveredTo = Math.max(coveredTo, end);
    } else if (t >= coveredTo && isLast(tokens[t])) {
      const found = lastUnits(tokens, sentence.firstToken, t, meanings);
      if (!found) continue;
      start = found.start;
      periodKind = found.kind;
    } else continue;
    const text = sentence.text.slice(tokens[start]!.start - sentence.start, tokens[end - 1]!.end - sentence.start);
    const distance = Math.abs(t - numberToken);
    // A partial window anywhere in the sentence wins: the whole sentence is about that stretch.
    const score = periodKind === 'partial' ? -1 : distance;
    if (!best || score < best.distance) best = { period: { text, kind: periodKind }, distance: score };
  }
  return best?.period;
}
