// Figures of one document: each count bound to a measure (a trigger word before or after
// it, or the figure it is coordinated with), the people counted, who says so, as of when,
// and whether it is about the document's main event.
//
// Order of the parsers for one number, first match wins (why):
//   1. a trigger right after the number (tamyiz: 5 قتلى · غارتين) — the tightest binding,
//      unless it also names people (800 سجين) and a trigger stands before (اطلق سراح);
//   2. a trigger a few words before (مقتل 5 · ارتفعت حصيله القتلي الي 67);
//   3. a verb right after the counted people (23 من مقاتلي التنظيم قتلوا) when near;
//   4. the measure of the figure it is coordinated with (مقتل 28 ...، و56 ... وخمسه مدنيين);
//   5. a verb further on, across coordinated numbers (سبعه من ... و23 من ... قتلوا).
// Then refiners: negated, hypothetical and combined counts are dropped; breakdowns get partOf.

import { TextContext } from '../core/context.js';
import type { EntityMention, ExtractedDocument, NumberMention, SourceDocument } from '../core/types.js';
import { getActor } from '../extract/entities/actors.js';
import { extractDocument } from '../extract/index.js';
import type { Sentence, Token } from '../segment/index.js';
import { Attributions } from './attribution.js';
import { earlierMarks, earlierReach, type EarlierMark } from './earlier.js';
import { figuresLexicon, type Trigger } from './lexicon.js';
import { documentScope, sentenceScope } from './scope.js';
import { hasPossessive, readSubject, type SubjectPhrase } from './subject.js';
import { dualSingular, isClauseBreak, isComplementizer, isConjunction, isQuote, Meanings, RELATIVE_PRONOUNS, tokenRange, TRAILING_BOUNDS } from './tokens.js';
import type { DocumentInfo, Figure, Measure } from './types.js';

export interface FigureOptions {
  vague?: 'range' | 'acled';
  /** Reference date when the document gives none (YYYY-MM-DD). */
  refDate?: string;
}

export interface DocumentFigures {
  document: DocumentInfo;
  figures: Figure[];
}

/** Figures of one document, running the extractors (pure: same input, same output). */
export function figuresOfDocument(doc: SourceDocument, options: FigureOptions = {}): DocumentFigures {
  const ctx = new TextContext(doc.text);
  const extracted = extractDocument(doc, { vague: options.vague, refDate: options.refDate }, ctx);
  return buildFigures(doc, extracted, ctx);
}

/** Backward reach of a trigger, in tokens, by position. */
const BEFORE_REACH = 4;
const TOLL_REACH = 9;
const LONG_TOLL_REACH = 14;
/** Forward reach of a trigger standing after the counted people. */
const NEAR_AFTER = 3;
const FAR_AFTER = 16;

/** What the parsers of one number read: the number, its sentence and the document's tokens. */
interface Site {
  n: NumberMention;
  /** Token range [first, end) of the number. */
  first: number;
  end: number;
  sentence: Sentence;
  tokens: readonly Token[];
  meanings: Meanings;
  numberTokens: ReadonlyMap<number, NumberMention>;
  entities: readonly EntityMention[];
  dateTokens: ReadonlySet<number>;
  /** Earlier-toll phrases of the sentence. */
  marks: readonly EarlierMark[];
}

interface Binding {
  trigger: Trigger;
  /** Token of the trigger word, or -1 when inherited from a coordinated figure. */
  at: number;
  how: 'tamyiz' | 'before' | 'after' | 'inherit';
  /** Inherited from this figure (coordination). */
  from?: Draft;
}

interface Draft {
  figure: Figure;
  sentence: number;
  /** Token range of the number. */
  first: number;
  end: number;
  /** Last token of the figure's phrase (number, trigger and counted people). */
  phraseEnd: number;
  subject: SubjectPhrase;
  binding: Binding;
  /** The figure opens a breakdown of this total. */
  breakdownOf?: Draft;
  /** Told in a past-perfect frame (وكانت الوزاره قد اعلنت ان 15 ...). */
  framed: boolean;
  /** Counted among a toll already given: "وكان بين القتلى 5 اطفال". */
  among: boolean;
  /** A part named after a cue of "among them" (بينهم، منهم), which need not exhaust its total. */
  subset: boolean;
}

/** Figures from already extracted mentions (tests build mentions by hand). */
export function buildFigures(doc: SourceDocument, extracted: ExtractedDocument, ctx = new TextContext(doc.text)): DocumentFigures {
  const { sentences, tokens } = ctx.segments();
  const dates = [...(extracted.dates ?? [])].sort((a, b) => a.start - b.start);
  const dateStarts = new Set(dates.map((d) => d.start));
  // "واصابه 173 يوم الاحد": a number read as days is a count when the day opens a date.
  const beforeDate = (n: NumberMention): boolean => n.kind === 'measure' && n.value !== null && /^\s{1,2}$/.test(doc.text.slice(n.end, n.end + 1)) && (dateStarts.has(n.end + 1) || dateStarts.has(n.end + 2));
  let numbers = joinRanges((extracted.numbers ?? []).filter((n) => isCount(n) || beforeDate(n)).sort((a, b) => a.start - b.start), doc.text);
  const entities = [...(extracted.entities ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
  const scope = documentScope(doc, extracted, sentences, entities);
  const info: DocumentInfo = {
    id: doc.id,
    ...(doc.path ? { path: doc.path } : {}),
    outlet: extracted.outlet ?? doc.outlet ?? null,
    ...(extracted.outletFrom ? { outletFrom: extracted.outletFrom } : {}),
    published: extracted.published ?? null,
    publishedFrom: extracted.publishedFrom,
    title: sentences[0]?.text.trim().slice(0, 200) ?? '',
    places: scope.places,
    actors: scope.actors,
    bytes: doc.bytes,
    figures: 0,
  };
  if (numbers.length === 0) return { document: info, figures: [] };
  // Only documents with figures are grouped into events, so only they need their kind.
  const kinds = headlineKinds(sentences, tokens);
  if (kinds.length) info.kinds = kinds;
  info.lead = leadWords(sentences, tokens);

  const meanings = new Meanings(tokens);
  const dateTokens = new Set<number>();
  for (const d of dates) {
    const [a, b] = tokenRange(tokens, d);
    for (let k = a; k < b; k++) dateTokens.add(k);
  }
  const lineStarts = lineStartsOf(doc.text);
  const numberTokens = new Map<number, NumberMention>();
  const attributions = new Attributions(doc.text, sentences, tokens, meanings, entities, dateTokens, numberTokens);
  let ranges = numbers.map((n) => tokenRange(tokens, n.core ?? n));
  // A dual is its own counted noun (قتيلان، طفلتين): read it as its singular too.
  numbers.forEach((n, k) => {
    if (n.noun && n.value === 2) meanings.markDual(ranges[k]![1] - 1);
  });
  // Adjectives of one (اسره واحده) are no counts and must not stand between a count and its verb.
  const counts = numbers.map((n, k) => !isAdjectiveOne(n, ranges[k]![0], sentences[tokens[ranges[k]![0]]!.sentence]!, tokens, meanings));
  if (counts.includes(false)) {
    numbers = numbers.filter((_, k) => counts[k]);
    ranges = ranges.filter((_, k) => counts[k]);
  }
  ranges.forEach(([a, b], k) => {
    for (let t = a; t < b; t++) numberTokens.set(t, numbers[k]!);
  });

  const drafts: Draft[] = [];
  // Trigger words that already took a number (قتلوا in "7 ... قتلوا وأصيب اثنان").
  const boundTriggers = new Set<number>();
  const earlierOf = new Map<number, EarlierMark[]>();
  let previous: Draft | undefined;
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k]!;
    const [first, end] = ranges[k]!;
    const sIndex = tokens[first]!.sentence;
    const sentence = sentences[sIndex]!;
    if (previous && previous.sentence !== sIndex) previous = undefined;
    let marks = earlierOf.get(sIndex);
    if (!marks) earlierOf.set(sIndex, (marks = earlierMarks(sentence, tokens)));
    const site: Site = { n, first, end, sentence, tokens, meanings, numberTokens, entities, dateTokens, marks };
    if (isDuration(site) || isYear(site) || isChronologyYear(site)) continue;
    let binding = bind(site, previous);
    if (!binding) continue;
    if (!meetsNeeds(binding.trigger, sentence)) {
      // "على ارواح 25 من القتلى": a word that counts only in some sentences gives way to the
      // trigger right after the counted people.
      const after = binding.how === 'before' ? bindAfter(site) : null;
      if (!after || after.distance > NEAR_AFTER || !meetsNeeds(after.binding.trigger, sentence)) continue;
      binding = after.binding;
    }
    if (binding.how !== 'tamyiz' && !countsPeople(site)) continue;
    if (binding.at >= 0 && (isCombined(site, binding, boundTriggers) || isNegated(site, binding.at))) continue;

    const subjectFrom = binding.how === 'tamyiz' ? Math.max(end, binding.at + 1) : end;
    const subject = readSubject({ tokens, meanings, entities, numberTokens, from: subjectFrom, limit: binding.how === 'after' ? binding.at : sentence.endToken, text: doc.text, noun: n.noun, hint: binding.how === 'tamyiz' ? binding.at : -1, tollFrom: binding.how === 'before' && binding.trigger.position === 'toll' ? binding.at + 1 : -1, tollTo: tollEnd(tokens, binding.at + 1, first) });
    let measure: Measure = binding.trigger.measure;
    // "فرار المدنيين" is displacement, "فرار السجناء" an escape; a people (NORP) fleeing too.
    const civilian = subject.role === 'civilians' || subject.role === 'families' || subject.role === 'children' || subject.role === 'women';
    const people = subject.role === 'all' && subject.party !== null && getActor(subject.party)?.type === 'NORP';
    if (binding.trigger.civilians && (civilian || people)) measure = binding.trigger.civilians;
    const own = ownMembers(tokens, end, sentence.endToken);
    // "فقدت 18 وجهه": an "own" trigger counts only a party's own people (فقدت 27 من عناصرها).
    if (binding.trigger.position === 'own' && !own) continue;
    if (binding.trigger.own && own) measure = binding.trigger.own;

    const source = attributions.sourceOf(sIndex, first);
    // "قواتها / عناصره": the counted people belong to the speaker.
    if (subject.pronounParty && source?.canonical && !subject.party) {
      subject.party = source.canonical;
      subject.partyFrom = 'pronoun';
    }
    const where = sentenceScope(scope, sIndex, sentence, tokens, dates, entities, first, meanings);
    const reach = earlierReach(marks, first, end);
    const at = lineCol(lineStarts, n.start);
    const trigger = binding.at >= 0 ? tokens[binding.at]!.text : binding.from!.figure.trigger;
    const bound = n.qualifier === 'exact' && n.value !== null ? trailingBound(site, subject) : null;
    const figure: Figure = {
      id: `${doc.id}#${drafts.length + 1}`,
      document: doc.id,
      outlet: info.outlet,
      measure,
      value: n.value,
      min: bound === 'atMost' ? null : n.min,
      max: bound === 'atLeast' ? null : n.max,
      qualifier: bound ?? n.qualifier,
      subject: { text: subject.text, role: subject.role, party: subject.party, ...(subject.partyFrom ? { partyFrom: subject.partyFrom } : {}) },
      source,
      asOf: where.asOf,
      asOfFrom: where.asOfFrom,
      ...(where.period ? { period: where.period } : {}),
      ...(where.location ? { location: where.location } : {}),
      ...(where.otherEvent ? { otherEvent: true, otherEventKey: where.otherEventKey } : {}),
      ...(reach === 'earlier' ? { earlier: true } : {}),
      start: n.start,
      end: n.end,
      text: n.text,
      trigger,
      quote: sentence.text,
      quoteStart: sentence.start,
      line: at.line,
      col: at.col,
    };
    const draft: Draft = { figure, sentence: sIndex, first, end, phraseEnd: Math.max(subject.endToken, binding.at, end - 1), subject, binding, framed: reach === 'frame' && reportedInFrame(marks, first, tokens, meanings), among: binding.at >= 0 && (amongToll(tokens, binding.at) || ofToll(tokens, end, binding)), subset: false };
    if (binding.how === 'inherit' && binding.from) {
      const from = binding.from;
      // "حصيله القتلي 67، 39 من ... و5 ...": a bare total followed straight by counts opens a breakdown.
      if (from.breakdownOf) {
        draft.breakdownOf = from.breakdownOf;
        draft.subset = from.subset;
      } else if (from.figure.subject.role === 'all' && ((from.subject.empty && directlyAfter(from, first, tokens)) || colonAfter(from, first, tokens, numberTokens))) draft.breakdownOf = from;
      figure.source = from.figure.source ?? figure.source;
      if (from.figure.period && !figure.period) figure.period = from.figure.period;
    }
    // "30 قتيلا بينهم 5 اطفال": a part named after a breakdown cue.
    // "ارتفع عدد القتلى الى 31 بعد انتشال 13 جثه": what came in since the last toll is a part.
    if (!figure.period && previous && previous.figure.measure === measure && afterToll(previous.phraseEnd, first, tokens)) {
      figure.period = { text: 'بعد', kind: 'partial' };
    }
    // "مقتل سته اشخاص، اربعه منهم من فلوريدا": the cue right after the part.
    // "أصيب شخصان، أحدهما بجروح خطيرة": the count is itself "one of them".
    const cueAfter = (end < sentence.endToken && meanings.of(end).cue === 'breakdown') || meanings.of(first).cue === 'breakdown';
    if (!draft.breakdownOf && previous && (hasBreakdownCue(totalEnd(previous), first, meanings) || cueAfter) && previous.figure.measure === measure) {
      draft.breakdownOf = previous.breakdownOf ?? previous;
      draft.subset = true;
    }
    drafts.push(draft);
    if (binding.at >= 0) boundTriggers.add(binding.at);
    previous = draft;
  }

  linkBreakdowns(drafts, sentences);
  markFramedEarlier(drafts);
  const figures = drafts.map((d) => d.figure);
  info.figures = figures.length;
  return { document: info, figures };
}

/** Sentences read for the kind of event: the headline and the lead. */
const KIND_SENTENCES = 3;

/** Kinds of event the headline and lead name, in the order first named. */
function headlineKinds(sentences: readonly Sentence[], tokens: readonly Token[]): string[] {
  const map = figuresLexicon().eventKinds;
  const kinds: string[] = [];
  for (const s of sentences.slice(0, KIND_SENTENCES)) {
    for (let t = s.firstToken; t < s.endToken; t++) {
      const tok = tokens[t]!;
      if (tok.kind !== 'word' || tok.search.length < 3) continue;
      // The word as written, then without its proclitics (والفيضانات → فيضانات): no allocation.
      const kind = map.get(tok.search) ?? map.get(tok.stem);
      if (kind && !kinds.includes(kind)) kinds.push(kind);
    }
  }
  return kinds;
}

/** Distinct words kept from the headline and lead, to tell stories apart. */
const LEAD_WORDS = 40;

/** The headline's and lead's words without their proclitics, in order, each once. */
function leadWords(sentences: readonly Sentence[], tokens: readonly Token[]): string[] {
  const words = new Set<string>();
  for (const s of sentences.slice(0, KIND_SENTENCES)) {
    for (let t = s.firstToken; t < s.endToken && words.size < LEAD_WORDS; t++) {
      const tok = tokens[t]!;
      if (tok.kind === 'word' && tok.stem.length >= 3) words.add(tok.stem);
    }
  }
  return [...words];
}


/**
 * "مقتل 2927 على الاقل من التنظيم" · "سته من مقاتلي المعارضه على الاقل مصرعهم": a bound the
 * number reader left outside the mention, right after it or after the counted people.
 */
function trailingBound({ n, end, sentence, tokens }: Site, subject: SubjectPhrase): 'atLeast' | 'atMost' | null {
  let past = end;
  while (past < sentence.endToken && tokens[past]!.start < n.end) past++;
  for (const t of new Set([past, subject.endToken + 1])) {
    if (t + 1 >= sentence.endToken || tokens[t]!.search !== 'علي') continue;
    const bound = TRAILING_BOUNDS.get(tokens[t + 1]!.search);
    if (bound) return bound;
  }
  return null;
}

/** "35 الى 40 قتيلا" · "35 حتى 40": the words between two counts that make them one range. */
const RANGE_TO = new Set(['الى', 'إلى', 'الي', 'إلي', 'حتى', 'حتي', 'والى', 'وإلى', 'والي']);
/** "من 35 الى 40" was already read (as a range, or as a change after ارتفع): not again. */
const RANGE_FROM = /(?:^|\s)(?:من|ومن|بين)\s*$/u;

/**
 * Two counts joined by "الى/حتى" without "من" before them are one range (قتل 35 الى 40
 * شخصا): the number extractor only joins "من X الى Y", so a toll stated as a span would
 * otherwise be two counts, the lower one without its noun.
 */
function joinRanges(numbers: NumberMention[], text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (let k = 0; k < numbers.length; k++) {
    const a = numbers[k]!;
    const b = numbers[k + 1];
    if (b && a.value !== null && b.value !== null && a.value < b.value && a.kind === 'count' && b.kind === 'count' && (a.qualifier === 'exact' || a.qualifier === 'approx') && !a.noun) {
      const between = text.slice(a.end, b.start).trim();
      // "حتى 40" may have been read as an upper bound of the second number alone.
      const to = b.qualifier === 'exact' ? RANGE_TO.has(between) : b.qualifier === 'atMost' && between === '' && RANGE_TO.has(b.text.split(/\s/u)[0]!);
      if (to && !RANGE_FROM.test(text.slice(Math.max(0, a.start - 6), a.start))) {
        // "5 الى 10 آلاف": the scale of the second number is shared.
        const scale = scaleOf(b.text);
        const min = scale > 1 && scaleOf(a.text) === 1 && a.value * scale <= b.value ? a.value * scale : a.value;
        out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), value: null, min, max: b.value, qualifier: 'range', kind: 'count', core: { start: (a.core ?? a).start, end: (b.core ?? b).end }, ...(b.noun ? { noun: b.noun } : {}) });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function scaleOf(written: string): number {
  if (/مليون|ملايين/u.test(written)) return 1_000_000;
  if (/[أا]لف|[آا]لاف/u.test(written)) return 1000;
  return 1;
}

/** "فيه، فيها": the verb فقد may take "in it" before its subject (فقد فيه الجيش 500 جندي). */
const IN_IT = new Set(['فيه', 'فيها', 'فيهم', 'فيهما']);

/** A word with the article, not a verb of the shape افتعل read as ال + تفعل (التحق، التقي). */
function isDefiniteNoun(tok: Token): boolean {
  if (IN_IT.has(tok.search)) return true;
  return tok.proclitics.includes('ال') && !(tok.stem.length === 3 && tok.stem.startsWith('ت'));
}

/** "27 من عناصرها": the counted are a part of the party's own people (a possessive suffix). */
function ownMembers(tokens: readonly Token[], end: number, limit: number): boolean {
  return end + 1 < limit && tokens[end]!.search === 'من' && hasPossessive(tokens[end + 1]!);
}

/** People come whole: "2.5 حاله" is an average, not a count. */
function isCount(n: NumberMention): boolean {
  return n.kind === 'count' && (n.value !== null || n.min !== null) && (n.value === null || Number.isInteger(n.value));
}

/** "1951 - وفاه ...": a year opening a line of a chronology. */
function isChronologyYear({ n, first, end, sentence, tokens }: Site): boolean {
  if (first !== sentence.firstToken || n.value === null || n.value < 1000 || n.value > 2100) return false;
  const next = tokens[end];
  return next !== undefined && next.kind === 'punct' && /^[-–—:]$/u.test(next.search);
}

/**
 * A number followed by a unit of time counts days, not people (خلال اربعه ايام), unless the
 * unit opens a date of its own: "واصابه 173 يوم الاحد".
 */
function isDuration({ meanings, end, sentence, dateTokens }: Site): boolean {
  if (end >= sentence.endToken) return false;
  const p = meanings.of(end).period;
  return (p === 'unit' || p === 'short') && !dateTokens.has(end);
}

/**
 * "في عام 1543" · "الدقيقه 87": a number right after a unit of time names that year, day or
 * minute — but not after a date that ends there (انتشلت الشرطه اليوم سبعه جثث).
 */
function isYear({ meanings, first, sentence, dateTokens }: Site): boolean {
  if (first <= sentence.firstToken) return false;
  const p = meanings.of(first - 1).period;
  if (p !== 'unit' && p !== 'short') return false;
  return !(dateTokens.has(first - 1) && !dateTokens.has(first));
}

const ONE = new Set(['واحد', 'واحده']);
/**
 * "من اسره واحده" · "مره واحده": "one" after a noun is an adjective, not a count, unless the
 * noun names the measure or a case (حاله وفاه واحده، شخص واحد).
 */
function isAdjectiveOne(n: NumberMention, first: number, sentence: Sentence, tokens: readonly Token[], meanings: Meanings): boolean {
  const tok = tokens[first]!;
  if (n.value !== 1 || !ONE.has(tok.search) || first <= sentence.firstToken) return false;
  const prev = tokens[first - 1]!;
  if (prev.kind !== 'word') return false;
  // "جندي اسرائيلي واحد": a nisba adjective may stand between the people and "one".
  const person = (k: number): boolean => {
    const m = k >= sentence.firstToken ? meanings.of(k) : undefined;
    return Boolean(m && (m.trigger || (m.role && m.role.role !== 'families')));
  };
  return !person(first - 1) && !(NISBA_ONE.test(prev.search) && person(first - 2));
}
const NISBA_ONE = /ي$/u;

/** End of the words naming a toll's people: "القتلي الفلسطينيين الذين سقطوا برصاص الجيش" stops at الذين. */
function tollEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let t = from; t < to; t++) if (RELATIVE_PRONOUNS.has(tokens[t]!.search)) return t;
  return to;
}

/** Nisba nouns and adjectives of people (رياضيا، اسرائيليين، حوثيون). */
const NISBA = /(يا|يين|يون)$/u;
const PLURAL_VERB = /^[يت]\p{L}{2,}(ون|وا)$/u;
/** Sound masculine plurals: مهندسين، مسافرين (not the broken plural pattern قوانين، بساتين). */
const PEOPLE_PLURAL = /^(م\p{L}{3,}|\p{L}{5,})ين$/u;

/**
 * What follows the number says what it counts: people (a role word, من, a name, a nisba
 * noun), the measure itself, or nothing more (end of clause). Any other noun counts
 * things, not people: "تدمير 3 رشاشات"، "و42 عبوه ناسفه".
 */
function countsPeople({ n, first, end, sentence, tokens, meanings, entities, dateTokens }: Site): boolean {
  // "مقتل شرطيين اثنين": the people are named right before the number; "حاله اصابه واحده".
  if (first > sentence.firstToken && meanings.of(first - 1).role?.specific) return true;
  // "ومصابين اثنين": one and two follow their noun as adjectives.
  // A dual must name people itself: "هروب السجينين", not "قتلى التفجيرين".
  const two = n.value === 2 && (!n.noun || namesPeopleDual(tokens, first, end, meanings));
  if (first > sentence.firstToken && (n.value === 1 || two) && (meanings.of(first - 1).trigger || meanings.of(first - 1).role)) return true;
  let t = end;
  while (t < sentence.endToken && tokens[t]!.start < n.end) {
    // Words inside the mention after its core: the counted noun of a dual or a tamyiz.
    const m = meanings.of(t);
    if (m.role || m.trigger) return true;
    t++;
  }
  if (n.noun) {
    // "شرطيين اثنين": the counted noun may come first in the mention.
    for (let k = first; k < end - 1; k++) if (meanings.of(k).role) return true;
    const own = tokens[end - 1]!;
    const m = meanings.of(end - 1);
    if (!m.role && !m.trigger && !NISBA.test(own.stem) && own.kind === 'word' && !isEntityAt(entities, own.start)) return false;
    if (own.kind === 'word') return true;
  }
  if (t >= sentence.endToken) return true;
  const next = tokens[t]!;
  if (next.kind !== 'word' || dateTokens.has(t)) return true;
  const m = meanings.of(t);
  if (m.role || m.trigger || m.cue || m.period || m.source) return true;
  // "قتل المئات من الماشيه": من followed by things or animals counts them, not people.
  if (next.search === 'من' && t + 1 < sentence.endToken && figuresLexicon().things.has(tokens[t + 1]!.stem)) return false;
  if (next.search === 'من' || next.search === 'منهم' || next.search === 'ممن' || NISBA.test(next.stem) || next.search.startsWith('و')) return true;
  // "واصابه نحو 100 يعالجون في المستشفيات": a plural present verb agrees with the people counted.
  if (PLURAL_VERB.test(next.search)) return true;
  // "مقتل 100 فلسطيني": after a hundred or more the counted nisba is singular.
  if (n.value !== null && n.value >= 100 && NISBA_ONE.test(next.stem) && next.stem.length >= 4 && !figuresLexicon().things.has(next.stem)) return true;
  // "واصابه العشرات بتفجيرات": a prepositional phrase, not a counted noun, follows.
  if ((next.proclitics[0] === 'ب' && next.search.length > 3) || (next.search.startsWith('بال') && next.search.length > 5)) return true;
  // The segmenter keeps ب on some words (بحادث، بجروح); a counted noun after 11+ ends in ا
  // (بلاغا) and things are listed.
  if (next.search.startsWith('ب') && next.search.length > 4 && !next.search.endsWith('ا') && !figuresLexicon().things.has(next.search.slice(1))) return true;
  // "قتل 4 مهندسين": after three to ten, a sound masculine plural (a participle: م…ين, or a
  // long word) names people; things take broken plurals (منازل) or -ات (سيارات).
  if (n.value !== null && n.value >= 3 && n.value <= 10 && PEOPLE_PLURAL.test(next.stem)) return true;
  return isEntityAt(entities, next.start);
}

/** A token of a dual count names people, itself or as its singular (السجينين → سجين، عنصرين). */
function namesPeopleDual(tokens: readonly Token[], first: number, end: number, meanings: Meanings): boolean {
  const roles = figuresLexicon().roles;
  for (let k = first; k < end; k++) {
    if (meanings.of(k).role) return true;
    const singular = dualSingular(tokens[k]!.stem);
    if (singular && roles.has(singular)) return true;
  }
  return false;
}

/** Both tokens lie in one entity (فرق البحث بالمنطقه الشرقيه: the place counts as one word). */
function sameEntity(entities: readonly EntityMention[], a: Token, b: Token): boolean {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.end <= a.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < entities.length && entities[k]!.start <= a.start; k++) if (entities[k]!.end >= b.end) return true;
  return false;
}

function isEntityAt(entities: readonly EntityMention[], offset: number): boolean {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < entities.length && entities[lo]!.start <= offset;
}

function bind(site: Site, previous: Draft | undefined): Binding | null {
  const { n, first, end, sentence, tokens, meanings, numberTokens, dateTokens } = site;
  // 1. The number's own noun (غارتين) or the word right after it (5 قتلى، 20 جريحا). A noun that
  //    also names people (سجين) gives way to a verb before it: اطلق سراح 800 سجين.
  let tamyiz: Binding | undefined;
  // The mention may hold words after its core ("12 شخصا على الاقل"): look past them too.
  let pastMention = end;
  while (pastMention < sentence.endToken && tokens[pastMention]!.start < n.end) pastMention++;
  // "4 حالات وفاه" · "13 حاله غرق": a general word for cases or people may stand between.
  const general = meanings.of(pastMention).role;
  const next = tokens[pastMention + 1];
  // "حالتي وفاه": a dual of a general word (cases, persons) is counted by the measure right after it.
  const afterDual = meanings.of(pastMention);
  if (n.noun && end > first && meanings.of(end - 1).role?.specific === false && afterDual.trigger && !afterDual.role && pastMention < sentence.endToken && tokens[pastMention]!.proclitics[0] !== 'و') {
    return { trigger: afterDual.trigger, at: pastMention, how: 'tamyiz' };
  }
  // "اصيبت طفلتان بجروح": a dual naming people is its own counted noun; the trigger is before it.
  const ownPeople = n.noun !== undefined && end > first && Boolean(meanings.of(end - 1).role) && !meanings.of(end - 1).trigger;
  const last = ownPeople ? end - 1 : general && !general.specific && !meanings.of(pastMention).trigger && next && next.proclitics[0] !== 'و' && pastMention + 1 < sentence.endToken ? pastMention + 1 : pastMention;
  for (let t = first; t <= last && t < sentence.endToken; t++) {
    if (t < end && (!n.noun || tokens[t]!.kind !== 'word')) continue;
    const m = meanings.of(t);
    // "17 شخصا وأصيب العشرات": a trigger after a conjunction opens a clause of its own.
    if (t >= end && tokens[t]!.proclitics[0] === 'و') break;
    // After a general noun the measure may be a verbal noun: حالات وفاه، حالات اصابه.
    if (m.trigger && ((m.trigger.position !== 'before' && m.trigger.position !== 'next' && m.trigger.position !== 'own') || (t === last && last > pastMention))) {
      tamyiz = { trigger: m.trigger, at: t, how: 'tamyiz' };
      break;
    }
  }
  if (tamyiz && !meanings.of(tamyiz.at).role) return tamyiz;
  // 2. A trigger a few words before, inside the clause.
  let words = 0;
  // "ارتفعت حصيله ضحايا غرق المركب ... الي 29": a toll reaches further to a number after الي.
  let before = first - 1;
  while (before > sentence.firstToken && tokens[before]!.start >= n.start) before--;
  const reachesTo = tokens[before]?.search === 'الي';
  const tollReach = reachesTo ? LONG_TOLL_REACH : TOLL_REACH;
  // "عدد الاشخاص الذين ماتوا ... الي 1300": a trigger in a clause about "the number of" people
  // binds when "عدد" (a toll head) is found further back.
  let pending: Binding | undefined;
  // A "next" trigger (فقد) binds across names only: فقدت الحركه 27, not فقد التحق نحو 100.
  let onlyNames = true;
  for (let t = first - 1; t >= sentence.firstToken; t--) {
    const tok = tokens[t]!;
    // Another count stops the search; a day of a date does not (منذ 30 مارس الي 53).
    if (numberTokens.has(t) && !dateTokens.has(t)) break;
    if (isQuote(tok) || tok.end > n.start) continue; // qualifier words of the mention (ما يزيد على، لاكثر من)
    if (tok.kind === 'punct' && !dateTokens.has(t) && tok.search !== ',' && tok.search !== '،' && tok.search !== '(' && tok.search !== ')') break;
    if (pending && figuresLexicon().tollHeads.has(tok.stem)) return pending;
    const trig = meanings.of(t).trigger;
    // "25 من القتلى و40 من الجرحى": the noun after "من" counts the number before it.
    if (trig && tokens[t - 1]?.search === 'من' && numberTokens.has(t - 2) && !dateTokens.has(t - 2)) break;
    if (trig) {
      // "عدد المفقودين ... وصل الي 17": after a toll head, any count word names a running total.
      // "عدد حالات الوفاه ... الي 29": a case word may stand between.
      const headed = figuresLexicon().tollHeads.has(tokens[t - 1]?.stem ?? '') || (meanings.of(t - 1).role?.specific === false && figuresLexicon().tollHeads.has(tokens[t - 2]?.stem ?? ''));
      const reach = trig.position === 'next' || trig.position === 'own' ? (onlyNames ? BEFORE_REACH : 0) : trig.position === 'toll' || headed ? tollReach : BEFORE_REACH;
      if (reachesTo && trig.position !== 'before' && !pending) pending = { trigger: trig, at: t, how: 'before' };
      // A verb of the "after" kind still binds when it stands right before: مسلحين اختطفوا 15.
      // Not a definite noun: "قتلت الغاره 11 ..." counts the dead, not the strikes.
      if (words < reach && (trig.position !== 'after' || (words === 0 && !tok.proclitics.includes('ال')))) return { trigger: trig, at: t, how: 'before' };
      // "حصيله ضحايا غرق المركب ... الي 29": the noun belongs to a toll further back.
      if (trig.position !== 'after' && meanings.of(t - 1).trigger?.position !== 'toll') break;
    }
    if (isComplementizer(tok)) break;
    // "عدد القتلي الذين سقطوا منذ ... الي 53": a relative clause inside a running total.
    // Only a clause that itself says how they were counted (ماتوا، سقطوا), not "الذين تعافوا".
    if (RELATIVE_PRONOUNS.has(tok.search) && !(reachesTo && pending)) break;
    // "وتدمير 3 ...": a new coordinated clause begins with a word that is not a trigger (nor a
    // name: "عدد ضحايا الفيضانات في تكساس واوكلاهوما الي 28").
    if (tok.kind === 'word' && tok.search.length > 2 && tok.proclitics[0] === 'و' && !meanings.of(t).cue && !isEntityAt(site.entities, tok.start)) break;
    // "عدد 13": the word "number" is part of the count, not a word between; nor is a date
    // (توفي مساء اول من امس ثلاثه اشخاص).
    if (tok.kind === 'word' && !dateTokens.has(t) && !(tok.search === 'عدد' && t === first - 1) && !sameEntity(site.entities, tok, tokens[t + 1]!)) words++;
    if (tok.kind === 'word' && !isDefiniteNoun(tok) && !isEntityAt(site.entities, tok.start)) onlyNames = false;
    if (words >= tollReach) break;
  }
  if (tamyiz) return tamyiz;
  // 3–5. After the counted people: near verbs, coordination, then far verbs.
  const after = bindAfter(site);
  if (after && after.distance <= NEAR_AFTER) return after.binding;
  if (previous && (coordinated(site, previous) || partCueBefore(site, previous))) {
    return { trigger: previous.binding.trigger, at: -1, how: 'inherit', from: previous };
  }
  return after?.binding ?? null;
}

/** A trigger after the number and its noun phrase: 23 من مقاتلي التنظيم قتلوا. */
function bindAfter({ n, end, sentence, tokens, meanings, numberTokens, entities }: Site): { binding: Binding; distance: number } | null {
  let distance = 0;
  let inPhrase = true;
  for (let t = end; t < sentence.endToken && t < end + FAR_AFTER; t++) {
    const tok = tokens[t]!;
    const m = meanings.of(t);
    const other = numberTokens.get(t);
    if (other && other !== n) {
      // Only across a coordinated number (سبعه من ... و23 من ...).
      const prev = tokens[t - 1]!;
      // "ثمانيه مدنيين، بينهم سته من عائله واحده، مصرعهم": a breakdown set inside the phrase.
      if (!isConjunction(prev) && !prev.search.startsWith('و') && meanings.of(t - 1).cue !== 'breakdown') return null;
      inPhrase = false;
      continue;
    }
    if (tok.search === '.' || isComplementizer(tok) || m.source === 'verb') return null;
    if (m.trigger) {
      // "بوينغ 777، واصيبت ...": a trigger after a conjunction opens a clause of its own.
      if (tok.proclitics[0] === 'و' || isConjunction(tokens[t - 1]!)) return null;
      const near = inPhrase && distance <= NEAR_AFTER;
      // Far away, only a verb binds back (قتلوا، تم اسرهم), not a noun naming people (سجناء).
      // "في عداد المفقودين": the idiom that counts people among the missing or the dead.
      const among = tokens[t - 1]?.search === 'عداد';
      if (m.trigger.position === 'both' || m.trigger.position === 'after' || ((near || among) && m.trigger.position === 'toll')) {
        // Further on, only a verb (no article) binds back: "... قتلوا", not "دفعه الشهيد".
        const definite = tok.proclitics.includes('ال');
        if (among || (near && !(definite && distance > 0)) || (!namesPeople(tok) && !definite)) return { binding: { trigger: m.trigger, at: t, how: 'after' }, distance: near ? distance : FAR_AFTER };
      }
      return null;
    }
    if (tok.start < n.end) continue; // qualifier words inside the mention (على الاقل)
    // "ستة من مقاتلي المعارضة على الاقل مصرعهم": the qualifier may follow the counted people.
    if (tok.search === 'علي' && tokens[t + 1]?.search === 'الاقل') {
      t++;
      continue;
    }
    // A name is no preposition: "قوات علي عبد الله صالح" (علي, not على).
    const stop = m.cue === 'stop' && !isEntityAt(entities, tok.start);
    if (stop && tok.search !== 'الذين' && tok.search !== 'التي' && tok.search !== 'في') return null;
    if (stop || isClauseBreak(tok)) inPhrase = false;
    // "4 ضباط شرطه بالاشتباك معه وتمكنوا من قتل ...": past the noun phrase, و opens a new clause.
    if (distance >= 2 && tok.kind === 'word' && tok.search.length > 3 && tok.search.startsWith('و') && !m.role) return null;
    if (tok.kind === 'word' && !m.role && tok.search !== 'من') distance++;
  }
  return null;
}

/** The word is listed as a role as written (سجناء), not only after taking a pronoun off (اسرهم). */
function namesPeople(tok: Token): boolean {
  const roles = figuresLexicon().roles;
  return roles.has(tok.search) || roles.has(tok.stem);
}

/**
 * Is the number at `first` coordinated with the previous figure (، و56 ... · وخمسه ...), or
 * its earlier value (ارتفعت الى 50 بعد ان كانت 30)?
 */
function coordinated({ first, tokens, meanings, marks, numberTokens }: Site, previous: Draft): boolean {
  if (first <= previous.phraseEnd) return false;
  let connectors = 0;
  let placed = false;
  const earlier = marks.find((m) => m.kind === 'earlier' && m.end === first && m.start > previous.phraseEnd);
  for (let t = previous.phraseEnd + 1; t < first; t++) {
    const tok = tokens[t]!;
    if (earlier && t >= earlier.start) {
      connectors++;
      continue;
    }
    if (isConjunction(tok) || tok.search === '،' || tok.search === ',' || tok.search === ':' || (tok.search === '(' && bracketList(first, tokens, numberTokens))) {
      connectors++;
      continue;
    }
    if (meanings.of(t).cue === 'breakdown') {
      connectors++;
      continue;
    }
    // "ستة في نيكاراغوا، وثلاثة في هندوراس": the place of the part before.
    const place = !placed && tok.search === 'في' ? placePhraseEnd(t, first, tokens, meanings) : -1;
    if (place > t) {
      placed = true;
      t = place - 1;
      continue;
    }
    return false;
  }
  // "وخمسه": the conjunction is glued to a number word.
  const glued = tokens[first]!.search.startsWith('و') && tokens[first]!.kind === 'word';
  return connectors > 0 || glued;
}

/** How far before a count a breakdown cue may stand: "، ومن بينهم 4" . */
const PART_CUE_REACH = 3;

/**
 * "قتل 30 شخصا في الغاره، من بينهم 4 اطفال": a breakdown cue right before the count makes it
 * a part of the figure before, whatever words of place or cause stand between the two.
 */
function partCueBefore({ first, sentence, tokens, meanings, numberTokens }: Site, previous: Draft): boolean {
  const end = totalEnd(previous);
  // "مقتل اثنين واصافه 20 شخصا، بينهم 12": the cue is about the count in between.
  for (let t = end + 1; t < first; t++) if (numberTokens.has(t)) return false;
  const from = Math.max(sentence.firstToken, first - PART_CUE_REACH, end + 1);
  for (let t = first - 1; t >= from; t--) {
    // "يحتفظون بـ25 منهم، 16 لدى ...": the cue right after another number is that number's.
    if (meanings.of(t).cue === 'breakdown') return !numberTokens.has(t - 1);
  }
  return false;
}

/** Last token of a total's own words: its phrase, or its counted people when its verb comes after the parts (لقي 7 اشخاص بينهم 5 اشقاء مصرعهم). */
function totalEnd(total: Draft): number {
  return total.binding.how === 'after' ? Math.max(total.end - 1, total.subject.endToken) : total.phraseEnd;
}

/** Longest place phrase after a count: "في اقليم X" before the next part of a list. */
const PLACE_WORDS = 4;

/**
 * End (exclusive) of a short place phrase opened by "في" at `at` and closed by a comma or و
 * right before the next count at `first`; -1 when the words between say more than a place.
 */
function placePhraseEnd(at: number, first: number, tokens: readonly Token[], meanings: Meanings): number {
  let t = at + 1;
  let words = 0;
  for (; t < first; t++) {
    const tok = tokens[t]!;
    if (tok.kind === 'punct' || isConjunction(tok)) break;
    const m = meanings.of(t);
    if (m.trigger || m.source || m.cue || m.period || ++words > PLACE_WORDS) return -1;
  }
  if (words === 0) return -1;
  // Only connectors may stand between the place and the next count.
  for (let k = t; k < first; k++) {
    const s = tokens[k]!.search;
    if (!isConjunction(tokens[k]!) && s !== '،' && s !== ',') return -1;
  }
  return t;
}

/**
 * "قتل 12 شخصا: 7 في حلب و5 في ادلب": a colon or bracket right after a total opens its parts.
 * A bracket only around a list of two counts or more: "(116 في 5 تموز)" is an aside.
 */
function colonAfter(total: Draft, first: number, tokens: readonly Token[], numberTokens: ReadonlyMap<number, NumberMention>): boolean {
  if (first !== total.phraseEnd + 2) return false;
  const opener = tokens[total.phraseEnd + 1]!.search;
  return opener === ':' || (opener === '(' && bracketList(first, tokens, numberTokens));
}

/** The count at `first` opens a bracketed list: another count joined by و or a comma follows before ")". */
function bracketList(first: number, tokens: readonly Token[], numberTokens: ReadonlyMap<number, NumberMention>): boolean {
  const own = numberTokens.get(first);
  for (let t = first + 1; t < tokens.length && tokens[t]!.search !== ')' && tokens[t]!.sentence === tokens[first]!.sentence; t++) {
    const other = numberTokens.get(t);
    if (other && other !== own && (isConjunction(tokens[t - 1]!) || tokens[t - 1]!.search === '،' || tokens[t]!.search.startsWith('و'))) return true;
  }
  return false;
}

function directlyAfter(total: Draft, first: number, tokens: readonly Token[]): boolean {
  for (let t = total.end; t < first; t++) {
    const s = tokens[t]!.search;
    if (s !== '،' && s !== ',' && s !== ':' && s !== '-' && s !== '–') return false;
  }
  return true;
}

/** "بعد" opens the words between a toll and this count (الي 31 بعد انتشال 13). */
function afterToll(from: number, to: number, tokens: readonly Token[]): boolean {
  for (let t = from + 1; t < to && t <= from + 2; t++) if (tokens[t]!.search === 'بعد') return true;
  return false;
}

/** A breakdown cue among the last words before the count (بينهم 5 · ، ومن بينهم 5). */
function hasBreakdownCue(from: number, to: number, meanings: Meanings): boolean {
  for (let t = to - 1; t > from && t >= to - PART_CUE_REACH; t--) if (meanings.of(t).cue === 'breakdown') return true;
  return false;
}

function meetsNeeds(trigger: Trigger, sentence: Sentence): boolean {
  if (trigger.needs.length === 0) return true;
  return sentenceWords(sentence).some((w) => trigger.needs.some((need) => w.includes(need)));
}

const wordsCache = new WeakMap<Sentence, string[]>();
function sentenceWords(sentence: Sentence): string[] {
  let w = wordsCache.get(sentence);
  if (!w) {
    w = sentence.text.split(/\s+/).map((x) => x.replace(/[\u064B-\u065F\u0640]/g, '').replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي'));
    wordsCache.set(sentence, w);
  }
  return w;
}

/** "مقتل واصابه 8" · "8 قتلى وجرحى" · "12 بين قتيل وجريح": one number for two measures. */
function isCombined({ first, end, sentence, tokens, meanings, numberTokens }: Site, binding: Binding, bound: ReadonlySet<number>): boolean {
  const measure = binding.trigger.measure;
  const differs = (t: number): boolean => {
    const trig = t >= sentence.firstToken && t < sentence.endToken ? meanings.of(t).trigger : undefined;
    return Boolean(trig && trig.measure !== measure);
  };
  const at = binding.at;
  const joined = (t: number): boolean => tokens[t]?.search.startsWith('و') === true || isConjunction(tokens[t - 1] ?? tokens[t]!);
  // The first word must still wait for its number (مقتل واصابه 8), not close a clause (حتفهم واصيب 30).
  const opens = (t: number): boolean => differs(t) && meanings.of(t).trigger!.position !== 'after' && !numberTokensBefore(t) && !bound.has(t);
  const numberTokensBefore = (t: number): boolean => numberTokens.has(t - 1) || numberTokens.has(t - 2);
  if (opens(at - 1) && joined(at)) return true;
  if (opens(at - 2) && isConjunction(tokens[at - 1]!)) return true;
  // "8 قتلى وجرحى", but not "حتفهم واصيب 30" where the second word has a number of its own.
  // Its number may stand a few words on, after qualifier words (واصيب ما لا يقل عن 13).
  const ownNumber = (t: number): boolean => {
    // The word may be a count itself: a dual (11 قتيلا وجريحين).
    // Not a number that has a trigger of its own: "عشرات القتلى والجرحى، وفيما قتل 27".
    let clause = false;
    for (let k = t; k <= t + 5 && k < sentence.endToken; k++) {
      if (numberTokens.has(k)) return true;
      if (isClauseBreak(tokens[k]!)) clause = true;
      else if (clause && meanings.of(k).trigger) return false;
    }
    return false;
  };
  // "لقي تسعه اشخاص مصرعهم واصيب عدد اخر": nor where the second word has people of its own.
  const ownPeople = (t: number): boolean => Boolean(meanings.of(t + 1).role) || tokens[t + 1]?.search === 'عدد';
  if (differs(at + 1) && joined(at + 1) && at + 1 !== first && !ownNumber(at + 1) && !ownPeople(at + 1)) return true;
  if (at + 2 < first && differs(at + 2) && isConjunction(tokens[at + 1]!)) return true;
  // "12 بين قتيل وجريح" · "10 آلاف ضحيه بين قتيل واسير"
  for (const b of [end, at + 1]) if (meanings.of(b).cue === 'combined' && (differs(b + 1) || differs(b + 2) || differs(b + 3))) return true;
  return false;
}

/** A negation or hypothetical word right before the trigger or between it and the number. */
function isNegated({ n, first, sentence, tokens, meanings }: Site, at: number): boolean {
  const from = Math.max(sentence.firstToken, Math.min(at, first) - 3);
  const to = Math.max(at, first);
  for (let t = from; t < to; t++) {
    // The mention's own qualifier words (ما لا يقل عن 18) negate nothing.
    if (tokens[t]!.start >= n.start && tokens[t]!.end <= n.end) continue;
    const cue = meanings.of(t).cue;
    if (cue === 'negation') {
      if (meanings.of(t + 1).cue !== 'still') return true;
    } else if (cue === 'hypothetical') return true;
    else if (cue === 'maybe' && t + 1 < sentence.endToken && tokens[t + 1]!.search.startsWith('ي')) return true;
  }
  return false;
}

/** A report verb stands between the frame and the count: وكانت الوزاره قد اعلنت (not: وكان هجوم قد اسفر). */
function reportedInFrame(marks: readonly EarlierMark[], first: number, tokens: readonly Token[], meanings: Meanings): boolean {
  const frame = marks.find((m) => m.kind === 'frame' && m.start < first);
  if (!frame) return false;
  for (let t = frame.end; t < first; t++) if (tokens[t]!.kind === 'word' && meanings.of(t).source === 'verb') return true;
  return false;
}

/**
 * "21 قتيلا ... وكانت وزارة الداخلية قد اعلنت مساء الاربعاء ان 15 شخصا قتلوا": a count told in
 * a past-perfect frame is an earlier value when the article states a larger count of the same
 * people before it, outside any frame.
 */
function markFramedEarlier(drafts: readonly Draft[]): void {
  for (const d of drafts) {
    if (!d.framed || d.figure.earlier || d.figure.value === null || d.figure.partOf) continue;
    const f = d.figure;
    const current = drafts.some(
      (e) => e.sentence < d.sentence && !e.framed && !e.figure.earlier && !e.figure.otherEvent && !e.figure.partOf && e.figure.measure === f.measure && e.figure.subject.role === f.subject.role && (e.figure.min ?? e.figure.value ?? 0) > f.value!,
    );
    if (current) f.earlier = true;
  }
}

/** "بين القتلى" · "من بين الضحايا": the trigger names the people a count is taken from. */
function amongToll(tokens: readonly Token[], at: number): boolean {
  const trigger = tokens[at]!;
  return trigger.proclitics.includes('ال') && tokens[at - 1]?.stem === 'بين';
}

/** "25 من القتلى": a count of some of the dead, a part of the toll given before. */
function ofToll(tokens: readonly Token[], end: number, binding: Binding): boolean {
  return binding.how === 'after' && binding.at === end + 1 && tokens[end]!.search === 'من' && tokens[binding.at]!.proclitics.includes('ال');
}

/**
 * "قتل 30 بينهم 5 اطفال و3 نساء": parts named among a total are flagged `among` unless all
 * the parts of that total add up to it (then they are its full breakdown).
 */
function markSubsets(drafts: readonly Draft[]): void {
  const byTotal = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (!d.figure.partOf) continue;
    const list = byTotal.get(d.figure.partOf) ?? [];
    list.push(d);
    byTotal.set(d.figure.partOf, list);
  }
  for (const total of drafts) {
    const parts = byTotal.get(total.figure.id);
    if (!parts?.some((p) => p.subset)) continue;
    const sum = parts.reduce((s, p) => s + (p.figure.value ?? 0), 0);
    const full = parts.length > 1 && total.figure.value !== null && parts.every((p) => p.figure.value !== null) && sum === total.figure.value;
    if (!full) for (const p of parts) if (p.subset) p.figure.among = true;
  }
}

/** The figure a coordinated count took its measure from, followed back to the first of the chain. */
function chainHead(d: Draft): Draft {
  let head = d;
  while (head.binding.how === 'inherit' && head.binding.from) head = head.binding.from;
  return head;
}

/** Totals and their parts: in-sentence breakdowns, and coordinated parts in the next sentence that add up. */
function linkBreakdowns(drafts: Draft[], sentences: readonly Sentence[]): void {
  for (const d of drafts) if (d.breakdownOf) d.figure.partOf = d.breakdownOf.figure.id;
  // "لقي 9 اشخاص مصرعهم، سته في نيكاراغوا، وثلاثه في هندوراس": counts coordinated after a
  // total are its parts when they add up to it.
  for (let k = 0; k < drafts.length; k++) {
    const total = drafts[k]!;
    if (total.figure.subject.role !== 'all' || total.figure.value === null || total.figure.partOf || total.binding.how === 'inherit') continue;
    // A part took the total's measure through coordination, or the total's own trigger word
    // (مصرعهم، سته ...: the verb closing the total stands right before the first part).
    const sameTrigger = (d: Draft): boolean => d !== total && total.binding.at >= 0 && d.binding.at === total.binding.at;
    const parts: Draft[] = [];
    for (let j = k + 1; j < drafts.length && drafts[j]!.sentence === total.sentence; j++) {
      const d = drafts[j]!;
      if (!d.figure.partOf && d.figure.value !== null && (sameTrigger(d) || (d.binding.how === 'inherit' && (chainHead(d) === total || sameTrigger(chainHead(d)))))) parts.push(d);
    }
    if (parts.length >= 2 && parts.reduce((s, d) => s + d.figure.value!, 0) === total.figure.value) {
      for (const p of parts) p.figure.partOf = total.figure.id;
    }
  }
  // "قتل 30 شخصا ... وكان بين القتلى 5 اطفال": a count among a toll is a part of the last
  // total of that measure stated before it that can hold it.
  for (let k = 0; k < drafts.length; k++) {
    const d = drafts[k]!;
    const chained = d.binding.how === 'inherit' && chainHead(d).among;
    if ((!d.among && !chained) || d.figure.partOf || d.figure.value === null) continue;
    for (let j = k - 1; j >= 0; j--) {
      const t = drafts[j]!.figure;
      if (drafts[j]!.among || t.partOf || t.measure !== d.figure.measure || t.subject.role !== 'all' || t.earlier || t.otherEvent || (t.max ?? t.value ?? 0) < d.figure.value) continue;
      d.figure.partOf = t.id;
      d.subset = true;
      break;
    }
  }
  markSubsets(drafts);
  // "سقوط 89 قتيلا. ... مقتل 28 ...، و56 ... وخمسه مدنيين": parts stated in the next sentence.
  for (let k = 0; k < drafts.length; k++) {
    const total = drafts[k]!;
    if (total.figure.subject.role !== 'all' || total.figure.value === null || total.figure.partOf) continue;
    const parts = drafts.filter(
      (d) => d.sentence === total.sentence + 1 && d.figure.measure === total.figure.measure && !d.figure.partOf && d.figure.value !== null,
    );
    if (parts.length < 2) continue;
    const sum = parts.reduce((s, d) => s + d.figure.value!, 0);
    if (sum === total.figure.value && sentences[total.sentence + 1]) {
      for (const p of parts) p.figure.partOf = total.figure.id;
    }
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineCol(starts: readonly number[], offset: number): { line: number; col: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - starts[lo]! + 1 };
}

