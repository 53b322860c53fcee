// Who says so. Finds the attributions of a sentence (report verbs, source phrases,
// relays) and the speaker each one names, and answers "who said the figure at token i".
// Sentences are analysed lazily: only those holding figures and the few before them
// that an anaphoric verb (وقال إن ...) or an open quotation points back to.

import type { EntityMention } from '../core/types.js';
import { getActor } from '../extract/entities/actors.js';
import { readTsv, LexiconError } from '../lexicon/load.js';
import type { Sentence, Token } from '../segment/index.js';
import { figuresLexicon } from './lexicon.js';
import { isClauseBreak, isCloseQuote, isComplementizer, isOpenQuote, isQuote, RELATIVE_PRONOUNS, tokenAt, type Meanings } from './tokens.js';
import type { FigureSource, SourceRef } from './types.js';

interface Attribution {
  /** Token index of the attribution word. */
  at: number;
  /** also: a sentence opener (كما) going on with the sentence before. */
  kind: 'verb' | 'phrase' | 'relay' | 'continue' | 'also';
  source: FigureSource | null;
  /** The speaker is followed by a reported clause (إن ...، : “...”). */
  reported?: boolean;
}

/** How far back an anaphoric verb or a quotation may reach, in sentences. */
const LOOKBACK_SENTENCES = 6;
/** How far into a sentence a headline-style speaker's colon may stand (مسؤول يمني: ...). */
const COLON_SPEAKER_TOKENS = 5;
/** Fewest words after a named speaker, with no reported clause, read as the verb's object. */
const MIN_OBJECT_TOKENS = 2;
/** How far a toll's issuer (حصيله اوليه من مصدر طبي) may stand from the report verb. */
const TOLL_SOURCE_TOKENS = 5;
/** How far into a sentence the person or body it opens on may be named. */
const OPENING_ACTOR_TOKENS = 8;

type CarryKind = 'more' | 'outlet' | 'also' | 'pronoun' | 'stance';
const CARRY_KINDS: readonly CarryKind[] = ['more', 'outlet', 'also', 'pronoun', 'stance'];
let carryWords: Map<string, CarryKind> | undefined;

/** figures-carry.tsv: when a speaker carries over to the next sentences. */
function carryLexicon(): Map<string, CarryKind> {
  if (carryWords) return carryWords;
  const words = new Map<string, CarryKind>();
  for (const r of readTsv('figures-carry.tsv', ['form', 'kind'])) {
    if (!(CARRY_KINDS as readonly string[]).includes(r.kind)) throw new LexiconError('figures-carry.tsv', r.line, `kind "${r.kind}" is not one of ${CARRY_KINDS.join(', ')}`);
    if (words.has(r.form)) throw new LexiconError('figures-carry.tsv', r.line, `"${r.form}" is listed twice`);
    words.set(r.form, r.kind as CarryKind);
  }
  return (carryWords = words);
}

/** The carry kind of a word, as written or without a leading و/ف. */
function carryOf(t: Token): CarryKind | undefined {
  if (t.kind !== 'word') return undefined;
  const words = carryLexicon();
  const found = words.get(t.search);
  if (found) return found;
  const bare = withoutConjunction(t.search);
  return bare ? words.get(bare) : undefined;
}
type ClauseEndKind = 'opener' | 'while' | 'object';
const CLAUSE_END_KINDS: readonly ClauseEndKind[] = ['opener', 'while', 'object'];
interface ClauseOpener {
  words: readonly string[];
  kind: 'opener' | 'while';
  unless: ReadonlySet<string>;
}
interface ClauseEnds {
  /** Openers by their first word. */
  openers: Map<string, ClauseOpener[]>;
  /** Verbs whose speaker owns only their object. */
  objectVerbs: Set<string>;
}
let clauseEnds: ClauseEnds | undefined;

/** figures-clause-ends.tsv: where a speaker's reach ends. */
function clauseEndLexicon(): ClauseEnds {
  if (clauseEnds) return clauseEnds;
  const openers = new Map<string, ClauseOpener[]>();
  const objectVerbs = new Set<string>();
  for (const r of readTsv('figures-clause-ends.tsv', ['form', 'kind'])) {
    if (!(CLAUSE_END_KINDS as readonly string[]).includes(r.kind)) throw new LexiconError('figures-clause-ends.tsv', r.line, `kind "${r.kind}" is not one of ${CLAUSE_END_KINDS.join(', ')}`);
    const words = r.form.split(' ').filter((w) => w.length > 0);
    if (r.kind === 'object') {
      if (words.length !== 1) throw new LexiconError('figures-clause-ends.tsv', r.line, 'an object verb is a single word');
      objectVerbs.add(words[0]!);
      continue;
    }
    const unless = new Set((r.unless ?? '').split(',').map((w) => w.trim()).filter((w) => w.length > 0));
    const list = openers.get(words[0]!) ?? [];
    list.push({ words, kind: r.kind as 'opener' | 'while', unless });
    openers.set(words[0]!, list);
  }
  return (clauseEnds = { openers, objectVerbs });
}

/** A word as written, or without a leading و/ف. */
function withoutConjunction(search: string): string | undefined {
  const c = search.charCodeAt(0);
  return (c === 0x0648 || c === 0x0641) && search.length > 2 ? search.slice(1) : undefined;
}
/** Longest speaker phrase, in tokens. */
const MAX_SPEAKER_TOKENS = 10;
/** Longest speaker phrase that names no known actor. */
const SHORT_SPEAKER_TOKENS = 4;
export class Attributions {
  private readonly perSentence = new Map<number, Attribution[]>();
  /** Clause openers of a sentence: token index and kind. */
  private readonly openersPerSentence = new Map<number, Array<{ at: number; kind: 'opener' | 'while' }>>();

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    private readonly tokens: readonly Token[],
    private readonly meanings: Meanings,
    /** Entities sorted by start. */
    private readonly entities: readonly EntityMention[],
    /** Token indices covered by a date mention (skipped before a speaker). */
    private readonly dateTokens: ReadonlySet<number>,
    /** Token indices covered by a number mention: a count is never a speaker. */
    private readonly numberTokens: ReadonlyMap<number, unknown>,
  ) {}

  /** The source of a figure whose number is at token `i` of sentence `s`. */
  sourceOf(s: number, i: number): FigureSource | null {
    const list = this.of(s);
    let before: Attribution | undefined;
    let after: Attribution | undefined;
    let phrase: Attribution | undefined;
    for (const a of list) {
      if (!a.source) continue;
      if (a.kind !== 'phrase' && a.at < i && this.reachEnd(s, a) <= i) continue;
      if (a.kind === 'phrase') {
        if (!phrase || Math.abs(a.at - i) < Math.abs(phrase.at - i)) phrase = a;
      } else if (a.at < i) before = a;
      else after ??= a;
    }
    // "X نقلا عن Y": Y is the source, relayed by X.
    if (phrase?.source?.from === 'relay') return phrase.source;
    const main = before ?? (phrase ? undefined : after);
    if (main?.source) {
      // "قال المرصد ... وفق RT": an outlet named by a phrase relayed the speaker's words.
      if (phrase?.source && !main.source.via && this.isMedia(phrase.source) && phrase.source.canonical !== main.source.canonical) {
        return { ...main.source, via: { text: phrase.source.text, canonical: phrase.source.canonical } };
      }
      return main.source;
    }
    if (phrase?.source) return phrase.source;
    const quoted = this.quoteSpeaker(s, i);
    if (quoted) return quoted;
    // "... 123 قتيلا خلال اربعه ايام. وقال المرصد ...": the next sentence names the source,
    // unless this one has a report verb of its own, whose speaker is unknown (ابلغ عن ...).
    const next = this.sentences[s + 1];
    if (next && !list.some((a) => a.kind === 'verb')) {
      const first = this.of(s + 1)[0];
      if (first && first.kind === 'verb' && first.reported && first.source && first.source.from === 'verb' && first.at <= next.firstToken + 2) {
        return { ...first.source, from: 'next' };
      }
    }
    return null;
  }

  /**
   * The token where an attribution's speaker stops being the one who says so: a clause opener
   * after it (قال X ان ...، الي ذلك قتل 14), the first comma after the reported clause of a verb
   * in a leaning clause (في وقت اعلن X ان ...، قتل 6), the first comma after an object-only
   * verb (تبني التنظيم الهجوم، وقتل 9). Lists after ان (و50 اصيبوا، و12 ...) stay the speaker's.
   */
  private reachEnd(s: number, a: Attribution): number {
    const sentence = this.sentences[s]!;
    const openers = this.openers(s);
    let end = sentence.endToken;
    // "قال X ان 5 قتلوا فيما اصيب 10": a leaning clause after the speaker still tells its words.
    for (const o of openers) if (o.kind === 'opener' && o.at > a.at + 1 && o.at < end) end = o.at;
    if (a.kind !== 'verb') return end;
    const objectOnly = clauseEndLexicon().objectVerbs.has(this.tokens[a.at]!.search) || clauseEndLexicon().objectVerbs.has(withoutConjunction(this.tokens[a.at]!.search) ?? '');
    const leaning = openers.some((o) => o.kind === 'while' && o.at < a.at && !this.hasClauseBreak(o.at, a.at));
    if (!objectOnly && !leaning) return end;
    // The reported clause starts at its complementizer (ان، :), else right after the verb.
    let from = a.at + 1;
    if (!objectOnly) {
      for (let j = a.at + 1; j < end && j <= a.at + MAX_SPEAKER_TOKENS + 2; j++) {
        if (isComplementizer(this.tokens[j]!) || this.tokens[j]!.search === ':') {
          from = j + 1;
          break;
        }
      }
    }
    for (let j = from; j < end; j++) {
      const t = this.tokens[j]!;
      if (t.kind === 'punct' && (t.search === '،' || t.search === ',' || t.search === '؛' || t.search === ';')) return j;
    }
    return end;
  }

  private hasClauseBreak(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (isClauseBreak(this.tokens[j]!)) return true;
    return false;
  }

  /** The clause openers of sentence s (في حين، بينما، الي ذلك ...), from figures-clause-ends.tsv. */
  private openers(s: number): Array<{ at: number; kind: 'opener' | 'while' }> {
    let found = this.openersPerSentence.get(s);
    if (found) return found;
    found = [];
    this.openersPerSentence.set(s, found);
    const sentence = this.sentences[s]!;
    const lex = clauseEndLexicon().openers;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const t = this.tokens[i]!;
      if (t.kind !== 'word') continue;
      const bare = withoutConjunction(t.search);
      const candidates = [...(lex.get(t.search) ?? []), ...(bare ? (lex.get(bare) ?? []) : [])];
      for (const c of candidates) {
        let ok = i + c.words.length <= sentence.endToken;
        for (let w = 1; ok && w < c.words.length; w++) ok = this.tokens[i + w]!.search === c.words[w];
        const after = this.tokens[i + c.words.length];
        if (ok && after && i + c.words.length < sentence.endToken && c.unless.has(after.search)) ok = false;
        if (ok) {
          found.push({ at: i, kind: c.kind });
          break;
        }
      }
    }
    return found;
  }

  private isMedia(ref: SourceRef): boolean {
    return ref.canonical !== null && getActor(ref.canonical)?.type === 'MEDIA';
  }

  private of(s: number): Attribution[] {
    let list = this.perSentence.get(s);
    if (list) return list;
    list = [];
    this.perSentence.set(s, list);
    const sentence = this.sentences[s]!;
    const consumed = new Set<number>();
    const opening = this.openingAttribution(s);
    if (opening) list.push(opening);
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      if (consumed.has(i)) continue;
      const kind = this.meanings.of(i).source;
      if (!kind || kind === 'same' || kind === 'head') continue;
      const a = this.attribution(s, i, kind, consumed, list);
      if (a) list.push(a);
    }
    return list;
  }

  private attribution(s: number, i: number, kind: NonNullable<ReturnType<Meanings['of']>['source']>, consumed: Set<number>, list: readonly Attribution[]): Attribution | null {
    const sentence = this.sentences[s]!;
    const end = sentence.endToken;
    if (kind === 'continue') return { at: i, kind, source: this.previous(s, i, 'far') };
    if (kind === 'phrase' || kind === 'quoting') {
      let j = i + 1;
      // وفق ما افاد X · نقلا عن X · على لسان X · وفقا لـ X
      while (j < end && j < i + 4) {
        const t = this.tokens[j]!;
        const m = this.meanings.of(j);
        if (t.search === 'ما' || t.search === 'عن' || t.search === 'ل' || t.search === 'لما' || m.source === 'verb') {
          consumed.add(j);
          j++;
        } else break;
      }
      const np = this.tollSource(j, end) ?? this.speakerAfter(j, end);
      // "حسب الاقتضاء" is not a source: a phrase must name an actor or a source word (مصادر، شهود).
      if (!np || !this.isNamedSpeaker(np)) return null;
      if (kind === 'quoting') {
        // "ذكرت رويترز نقلا عن مصادر": the speaker named before passed the words on.
        const relay = list.length ? list[list.length - 1]!.source : null;
        if (relay && relay.canonical !== np.canonical) return { at: i, kind: 'phrase', source: { ...ref(np), via: ref(relay), from: 'relay' }, reported: true };
      }
      return { at: i, kind: 'phrase', source: { ...ref(np), from: 'phrase' }, reported: true };
    }
    if (kind === 'relay') {
      // "ونقلت عن X": the one passing on is the pronoun subject, X said it.
      if (this.tokens[i + 1]?.search === 'عن') {
        const said = this.speakerAfter(i + 2, end);
        if (said && this.isNamedSpeaker(said)) return { at: i, kind, source: { ...ref(said), from: 'relay' } };
      }
      const via = this.speakerAfter(i + 1, end);
      if (!via) return { at: i, kind, source: this.previous(s, i, 'far') };
      // نقل/نشر also mean "moved/spread": نقل الجرحى الى المستشفى · نشر الجيش قوات. A relay names
      // an outlet or a source word, or passes on a statement (عن X، بيانا، ان، :).
      if (!this.isNamedSpeaker(via) && !this.passesOn(via.endToken, end)) return null;
      // Who issued what was passed on: عن X · بيانا اصدره X · بيانا لـ X
      for (let j = via.endToken; j < Math.min(end, via.endToken + 4); j++) {
        const t = this.tokens[j]!;
        if (t.search === 'عن' || figuresLexicon().issuedBy.has(t.search) || (figuresLexicon().statementNouns.has(t.stem) && j + 1 < end && this.tokens[j + 1]!.search.startsWith('ل'))) {
          const issuer = this.speakerAfter(j + 1, end);
          if (issuer) return { at: i, kind, source: { text: issuer.text, canonical: issuer.canonical, via: ref(via), from: 'relay' } };
        }
      }
      return { at: i, kind, source: { ...ref(via), from: 'relay' } };
    }
    // A report verb: the speaker follows (قال المرصد), or stands before it (مصدر ... قال لرويترز),
    // or is the one named before (وقال إن ...).
    let j = i + 1;
    let via: SourceRef | undefined;
    const next = this.tokens[j];
    if (next && j < end && next.search.startsWith('ل') && next.kind === 'word') {
      const media = this.entityAt(j);
      if (media && media.type === 'MEDIA') {
        via = { text: media.text, canonical: media.canonical ?? null };
        j = tokenAt(this.tokens, media.end);
      }
    }
    let after = via ? null : (this.tollSource(j, end) ?? this.speakerAfter(j, end));
    // "قال مسؤول محلي لوكاله فرانس برس": the outlet the speaker talked to is the relay.
    if (after) {
      for (let x = after.startToken + 1; x < after.endToken; x++) {
        const media = this.tokens[x]!.search.startsWith('ل') ? this.entityAt(x) : undefined;
        if (media && media.type === 'MEDIA') {
          via = { text: media.text, canonical: media.canonical ?? null };
          after = this.speaker(after.startToken, x, this.bestEntity(after.startToken, x));
          break;
        }
      }
    }
    // "اعلنت ادارته حاله الطوارئ": an unnamed phrase after the verb with no reported clause is its object.
    const reported = after !== null && this.reportsClause(after, end);
    if (after && !this.isNamedSpeaker(after) && !reported) after = null;
    // "نفى الجيش الاسرائيلي تورط قواته": with no reported clause, the named speaker ends with
    // its last name; what follows is the verb's object.
    if (after && !reported && after.entity) after = this.endOnLastName(after);
    // "وتشير حصيله الهجوم الى ...": the toll itself tells, its issuer named elsewhere (بحسب X).
    if (!after && !via && this.opensOnToll(j, end)) return { at: i, kind: 'verb', source: null };
    if (after && !this.isSame(after)) {
      return { at: i, kind: 'verb', source: { ...ref(after), ...(via ? { via } : {}), from: 'verb' }, reported };
    }
    const before = this.speakerBefore(sentence.firstToken, i);
    if (before) return { at: i, kind: 'verb', source: { ...ref(before), ...(via ? { via } : {}), from: 'verb' } };
    // No speaker named: "ويذكر ان ..." is the outlet's own; "واضاف ان ..." goes on with the last
    // speaker; "وقال ان ..." with the speaker of the sentence just before (see figures-carry.tsv).
    const carry = carryOf(this.tokens[i]!);
    if (carry === 'outlet') return { at: i, kind: 'verb', source: null };
    // "وكانت التحقيقات الرسميه قد افادت ان ...": a subject of its own, named by no known actor.
    const stated = this.statedSubject(sentence.firstToken, i);
    // "وكانت الحصيله الاولي تفيد بـ ...": a toll that tells names no speaker.
    if (stated && this.opensOnToll(stated.startToken, stated.endToken)) return { at: i, kind: 'verb', source: null };
    if (stated) return { at: i, kind: 'verb', source: { ...ref(stated), ...(via ? { via } : {}), from: 'verb' } };
    const previous = this.previous(s, i, carry === 'more' ? 'far' : 'near');
    if (previous && via && !previous.via) return { at: i, kind: 'verb', source: { ...previous, via } };
    return { at: i, kind: 'verb', source: previous };
  }

  /**
   * The speaker a verb naming none goes on with: the last source named before token i in
   * its sentence, else in earlier sentences. 'far' (واضاف، مضيفا) reaches back up to
   * LOOKBACK_SENTENCES across paragraphs and the outlet's own sentences; 'near' (وقال ان)
   * takes the sentence just before — its speaker, or the person or body it opens on — and
   * further back only within the same paragraph.
   */
  private previous(s: number, i: number, reach: 'near' | 'far'): FigureSource | null {
    for (let k = s; k >= 0 && k >= s - LOOKBACK_SENTENCES; k--) {
      const found = this.lastSource(k, k === s ? i : Infinity);
      if (found) return { ...found, from: 'previous' };
      // "وكان X يشغل ...، مشيرا الى ..." · "واتهمت باكستان الهند ... حيث ذكرت ان": the sentence's own subject.
      if (k === s || (k === s - 1 && reach === 'near')) {
        const actor = this.openingActor(k, k === s ? i : Infinity);
        if (actor) return { ...actor, from: 'previous' };
      }
      if (reach === 'far' || k === s) continue;
      // A new paragraph ends the turn, unless it opens on a pronoun (وهي ...) still about the speaker.
      if (k > 0 && this.paragraphBreak(k - 1) && carryOf(this.tokens[this.sentences[k]!.firstToken]!) !== 'pronoun') return null;
    }
    return null;
  }

  /** The last source of sentence k's attributions standing before token `before`. */
  private lastSource(k: number, before: number): FigureSource | null {
    const list = this.of(k);
    for (let x = list.length - 1; x >= 0; x--) {
      const a = list[x]!;
      if (a.at < before && a.source) return a.source;
    }
    return null;
  }

  /** A new paragraph (a line break) starts after sentence k. */
  private paragraphBreak(k: number): boolean {
    const next = this.sentences[k + 1];
    if (!next) return true;
    return this.text.slice(this.sentences[k]!.end, next.start).includes('\n');
  }

  /** The person or body a sentence opens on, as its subject: "وانتقل الحاكم X الى ...". */
  private openingActor(k: number, before: number): SourceRef | null {
    const sentence = this.sentences[k]!;
    const last = Math.min(sentence.endToken, sentence.firstToken + OPENING_ACTOR_TOKENS, before) - 1;
    if (last < sentence.firstToken) return null;
    // "واتهمت باكستان ...": a country or city right after a verb of stance speaks for its
    // government ("ضربت الموصل عاصفة" names where, not who).
    const first = this.tokens[sentence.firstToken]!;
    const second = this.tokens[sentence.firstToken + 1];
    if (second && last > sentence.firstToken && carryOf(first) === 'stance') {
      const place = this.entitiesIn(second.start, second.end).find((e) => e.type === 'LOC' && e.start === second.start);
      const government = place ? this.governmentNamed(place.start, place.end) : undefined;
      if (place && government !== undefined) return { text: place.text, canonical: government };
    }
    // A person named early, or a body the sentence starts on (not a body acted on later); not
    // one a toll speaks of ("وقتل القيادي X في غارة": X was killed, he tells nothing).
    const bodyEnd = this.tokens[Math.min(last, sentence.firstToken + 2)]!.end;
    for (let t = sentence.firstToken; t <= last; t++) if (this.meanings.of(t).trigger) return null;
    for (const e of this.entitiesIn(sentence.start, this.tokens[last]!.end)) {
      if (e.start >= this.tokens[last]!.end) break;
      if (e.type === 'PER' || (e.type === 'ORG' && e.start < bodyEnd)) return { text: e.text, canonical: e.canonical ?? null };
    }
    return null;
  }

  /**
   * Attributions that open a sentence: a headline-style speaker before a colon ("مسؤول يمني:
   * الف قتيل") and كما going on with the speaker of the sentence just before, in the same
   * paragraph.
   */
  private openingAttribution(s: number): Attribution | null {
    const sentence = this.sentences[s]!;
    const first = sentence.firstToken;
    const end = Math.min(sentence.endToken, first + COLON_SPEAKER_TOKENS + 1);
    for (let j = first + 1; j < end; j++) {
      const t = this.tokens[j]!;
      if (t.kind !== 'punct') continue;
      if (t.search !== ':') break;
      const entity = this.bestEntity(first, j);
      // "كابل - «الشرق الاوسط»:" is a dateline, the outlet its own source.
      const opener = this.meanings.of(first).source;
      if (entity?.type === 'MEDIA' || (opener && opener !== 'head' && opener !== 'same')) break;
      const np = this.speaker(first, j, entity);
      // "فرنسا: قتيلان في اعتداء" names where, not who.
      if (entity || this.hasHead(np)) return { at: j, kind: 'verb', source: { ...ref(np), from: 'verb' }, reported: true };
      break;
    }
    if (s > 0 && carryOf(this.tokens[first]!) === 'also' && !this.paragraphBreak(s - 1)) {
      const source = this.lastSource(s - 1, Infinity);
      if (source) return { at: first, kind: 'also', source: { ...source, from: 'previous' } };
    }
    return null;
  }

  /** The speaker of a quotation opened in an earlier sentence and still open at token i. */
  private quoteSpeaker(s: number, i: number): FigureSource | null {
    for (let k = s - 1; k >= 0 && k >= s - LOOKBACK_SENTENCES; k--) {
      for (const a of this.of(k)) {
        if (!a.source || a.kind === 'phrase' || a.kind === 'also') continue;
        const open = this.quoteOpening(a.at);
        if (open < 0) continue;
        let close = open + 1;
        while (close < this.tokens.length && !isCloseQuote(this.tokens[close]!)) close++;
        if (open < i && i < close) return { ...a.source, from: 'quote' };
      }
    }
    return null;
  }

  /** Index of an opening quote right after a report verb (وقال: " … / واضاف ان " …), or -1. */
  private quoteOpening(at: number): number {
    for (let j = at + 1; j < this.tokens.length && j <= at + MAX_SPEAKER_TOKENS; j++) {
      const t = this.tokens[j]!;
      if (isOpenQuote(t)) return j;
      if (t.kind === 'punct' && t.search !== ':' && t.search !== '،' && t.search !== ',') return -1;
    }
    return -1;
  }

  /**
   * A toll or a report standing where the speaker would be names its issuer after من or لـ:
   * "اشارت حصيله اوليه من مصدر طبي" · "بحسب اخر حصيله لوزاره الصحه" → the source, the toll.
   */
  private tollSource(j: number, end: number): Speaker | null {
    const lex = figuresLexicon();
    const limit = Math.min(end, j + TOLL_SOURCE_TOKENS);
    let k = j;
    while (k < limit && !lex.tollHeads.has(this.tokens[k]!.stem) && !lex.reportNouns.has(this.tokens[k]!.stem)) {
      if (this.tokens[k]!.kind !== 'word' || this.numberTokens.has(k)) return null;
      k++;
    }
    for (k++; k < limit; k++) {
      const t = this.tokens[k]!;
      if (t.kind !== 'word' || this.numberTokens.has(k)) return null;
      const np = t.search === 'من' ? this.speakerAfter(k + 1, end) : t.proclitics.includes('ل') ? this.speakerAfter(k, end) : undefined;
      if (np === undefined) continue;
      return np && this.isNamedSpeaker(np) ? np : null;
    }
    return null;
  }

  /** A toll or report noun stands first after the verb, skipping dates: وتشير حصيله ... */
  private opensOnToll(j: number, end: number): boolean {
    while (j < end && this.dateTokens.has(j)) j++;
    const t = this.tokens[j];
    if (!t || j >= end) return false;
    const lex = figuresLexicon();
    return lex.tollHeads.has(t.stem) || lex.reportNouns.has(t.stem);
  }

  /** The phrase names an actor (ORG, outlet, person) or holds a source word (مصادر، وزاره). */
  private isNamedSpeaker(np: Speaker): boolean {
    return np.canonical !== null || np.entity || this.hasHead(np);
  }

  /** Something passed on follows: عن X (not عن طريق), a statement noun, ان, a colon or a quote. */
  private passesOn(from: number, end: number): boolean {
    for (let j = from; j < end && j <= from + 3; j++) {
      const t = this.tokens[j]!;
      if (t.search === 'عن') return this.tokens[j + 1]?.search !== 'طريق';
      if (isComplementizer(t) || t.search === ':' || isOpenQuote(t) || figuresLexicon().statementNouns.has(t.stem)) return true;
    }
    return false;
  }

  private hasHead(np: Speaker): boolean {
    for (let j = np.startToken; j < np.endToken; j++) if (this.meanings.of(j).source === 'head') return true;
    return false;
  }

  /** A reported clause follows the speaker: قال X إن · قال X: · قال X “ */
  private reportsClause(np: Speaker, end: number): boolean {
    for (let j = np.endToken; j < end && j <= np.endToken + 3; j++) {
      const t = this.tokens[j]!;
      if (isComplementizer(t) || t.search === ':' || isOpenQuote(t)) return true;
      // اشار الى ان · لفت الى
      if (t.search === 'الي' && j + 1 < end && (isComplementizer(this.tokens[j + 1]!) || isOpenQuote(this.tokens[j + 1]!))) return true;
      if (t.kind === 'word' && !this.dateTokens.has(j) && t.search !== 'في' && !figuresLexicon().statementNouns.has(t.stem) && t.search !== 'امس') return false;
    }
    return false;
  }

  private isSame(np: Speaker): boolean {
    for (let j = np.startToken; j < np.endToken; j++) if (this.meanings.of(j).source === 'same') return true;
    return false;
  }

  private entityStarts(offset: number): boolean {
    return this.entities.some((e) => e.start === offset || (e.start < offset && e.end > offset));
  }

  /** An entity lies wholly within tokens [from, to). */
  private entityEndsBefore(from: number, to: number): boolean {
    const start = this.tokens[from]!.start;
    const end = this.tokens[to - 1]!.end;
    return this.entitiesIn(start, end).some((e) => e.start >= start && e.end <= end && (e.type === 'ORG' || e.type === 'MEDIA' || e.type === 'PER'));
  }

  private entityAt(j: number): EntityMention | undefined {
    const t = this.tokens[j]!;
    return this.entities.find((e) => e.start < t.end && e.end > t.start && (e.type === 'ORG' || e.type === 'MEDIA' || e.type === 'PER'));
  }

  /** The noun phrase naming a speaker from token j on. */
  private speakerAfter(j: number, end: number): Speaker | null {
    // Skip dates, commas and quote marks before the name: قال، امس السبت، المرصد
    while (j < end) {
      const t = this.tokens[j]!;
      // "اوضح ذلك الناطق ...": the verb's object pronoun stands before the speaker.
      if (this.dateTokens.has(j) || isQuote(t) || t.search === '،' || t.search === ',' || t.search === 'امس' || t.search === 'اليوم' || t.search === 'يوم' || t.search === 'ذلك') j++;
      else break;
    }
    // A count (نقل ثلاثه مصابين) or a phrase opened by a preposition (افاد بوجود، قدرت بنحو،
    // نقل للمستشفي) is never who speaks.
    const first = this.tokens[j];
    if (!first || ((first.proclitics.includes('ب') || first.proclitics.includes('ل')) && !this.entityStarts(first.start) && this.meanings.of(j).source !== 'head')) return null;
    let k = j;
    // ... unless the count is of source words: قال ثلاثه شهود · قال مسؤولان
    if (this.numberTokens.has(j)) {
      while (k < end && this.numberTokens.has(k) && this.meanings.of(k).source !== 'head') k++;
      const head = this.tokens[k];
      if (!head || k >= end || this.meanings.of(k).source !== 'head' || head.proclitics.includes('ل') || head.proclitics.includes('ب')) return null;
    }
    while (k < end && k - j < MAX_SPEAKER_TOKENS) {
      const t = this.tokens[k]!;
      const m = this.meanings.of(k);
      if (k > j && this.numberTokens.has(k) && this.meanings.of(k).source !== 'head') break;
      if (isQuote(t)) {
        // A quote after a whole name opens the words said: قال المسؤول محمد جامع "شاهدنا ...
        if (k > j && isOpenQuote(t) && !isCloseQuote(t) && this.entityEndsBefore(j, k)) break;
        // Quoted names: اعلنت “قوات سوريا الديمقراطية” · شبكه “فرات بوست”
        k++;
        continue;
      }
      if (t.kind === 'number' || (t.kind === 'punct' && (isClauseBreak(t) || t.search === '.'))) break;
      if (isComplementizer(t) || m.cue === 'stop' || (m.source && m.source !== 'same' && m.source !== 'head') || this.dateTokens.has(k)) break;
      if (m.trigger && m.trigger.position !== 'after') break;
      // Without a known name, a speaker is a short phrase: "مصادر طبيه" in "مصادر طبيه بسقوط ...".
      if (k > j && t.search.startsWith('ب') && t.search !== 'باسم' && !this.entityStarts(t.start)) break;
      // After a whole name, ل opens what the speaker told or did: "X للصحفيين" · "اشار X للامر".
      if (k > j && t.proclitics.includes('ل') && !this.entityStarts(t.start) && this.entityEndsBefore(j, k)) break;
      if (k - j >= SHORT_SPEAKER_TOKENS && !this.entityStarts(this.tokens[j]!.start) && !this.entityStarts(t.start)) break;
      // "X بيانا اصدره Y": the statement starts a new phrase, except as the first word (بحسب بيان لـ X).
      if (k > j && (figuresLexicon().statementNouns.has(t.stem) || figuresLexicon().issuedBy.has(t.search))) break;
      k++;
    }
    // Keep an entity whole even when a stop word sits inside its name.
    const entity = this.bestEntity(j, k);
    if (entity) {
      const last = tokenAt(this.tokens, entity.end - 1);
      if (last + 1 > k) k = last + 1;
    }
    // Drop a trailing quote mark unless it closes one opened inside the name.
    let open = 0;
    for (let x = j; x < k; x++) if (isOpenQuote(this.tokens[x]!) && !isCloseQuote(this.tokens[x]!)) open++;
    while (k > j && isQuote(this.tokens[k - 1]!) && !(open > 0 && isCloseQuote(this.tokens[k - 1]!) && !isOpenQuote(this.tokens[k - 1]!))) k--;
    if (k <= j) return null;
    return this.speaker(j, k, entity);
  }

  /** The speaker phrase cut after the last organisation, outlet or person it names. */
  private endOnLastName(np: Speaker): Speaker {
    const start = this.tokens[np.startToken]!.start;
    const end = this.tokens[np.endToken - 1]!.end;
    let last: EntityMention | undefined;
    for (const e of this.entitiesIn(start, end)) {
      if (e.start >= end) break;
      if (e.end <= end && e.start >= start && (e.type === 'ORG' || e.type === 'MEDIA' || e.type === 'PER') && (!last || e.end > last.end)) last = e;
    }
    if (!last) return np;
    const to = tokenAt(this.tokens, last.end - 1) + 1;
    // Keep a title opening the rest (X حاكم المنطقه), a quote mark closing it, and a single word
    // that may be the rest of a name the entity missed (إميلي سيناي).
    if (np.endToken - to < MIN_OBJECT_TOKENS) return np;
    for (let x = to; x < np.endToken; x++) if (isQuote(this.tokens[x]!)) return np;
    if (this.meanings.of(to).source === 'head') return np;
    return this.speaker(np.startToken, to, this.bestEntity(np.startToken, to));
  }

  /** The subject standing before a report verb, from the clause start: مصدر عسكري في قسد ... قال. */
  private speakerBefore(first: number, verb: number): Speaker | null {
    // "تلقت بلاغا يفيد بـ ...": the report that tells is no speaker.
    if (verb > first && figuresLexicon().reportNouns.has(this.tokens[verb - 1]!.stem)) return null;
    let j = verb - 1;
    while (j >= first && verb - j <= 12) {
      const t = this.tokens[j]!;
      const kind = this.meanings.of(j).source;
      if (isClauseBreak(t) || isQuote(t) || isComplementizer(t) || (kind && kind !== 'head' && kind !== 'same')) break;
      j--;
    }
    let start = j + 1;
    // "وكان X قد قال": drop the auxiliary.
    while (start < verb && (this.tokens[start]!.stem === 'كان' || this.tokens[start]!.search === 'وكان' || this.tokens[start]!.search === 'قد')) start++;
    let stop = verb;
    while (stop > start && this.tokens[stop - 1]!.search === 'قد') stop--;
    const entity = this.bestEntity(start, stop);
    if (!entity) return null;
    return this.speaker(start, stop, entity);
  }

  /**
   * A definite noun phrase standing right before the verb as its subject, with no known
   * actor in it: "وكانت التحقيقات الرسميه قد افادت" (not "وفي تصريحات لاحقه قال").
   */
  private statedSubject(first: number, verb: number): Speaker | null {
    let start = verb - 1;
    while (start >= first && verb - start <= SHORT_SPEAKER_TOKENS + 2) {
      const t = this.tokens[start]!;
      if (t.kind !== 'word' || isComplementizer(t) || this.meanings.of(start).source || this.numberTokens.has(start) || this.dateTokens.has(start)) break;
      start--;
    }
    start++;
    while (start < verb && isAuxiliary(this.tokens[start]!)) start++;
    let stop = verb;
    while (stop > start && this.tokens[stop - 1]!.search === 'قد') stop--;
    if (stop <= start || start !== this.clauseStart(first, verb)) return null;
    const head = this.tokens[start]!;
    // A definite noun, not a preposition's object (في، ب، ل), a verb or a relative pronoun
    // (X، الذي قال: the speaker is X).
    if (RELATIVE_PRONOUNS.has(head.search) || !head.proclitics.includes('ال') || head.proclitics.some((p) => p === 'ل' || p === 'ب' || p === 'ك')) return null;
    return this.speaker(start, stop, undefined);
  }

  /** The first token of the clause holding `verb`, after an opening كان or قد. */
  private clauseStart(first: number, verb: number): number {
    let j = verb - 1;
    while (j >= first && !isClauseBreak(this.tokens[j]!) && this.tokens[j]!.kind !== 'punct') j--;
    let start = j + 1;
    while (start < verb && isAuxiliary(this.tokens[start]!)) start++;
    return start;
  }

  private bestEntity(from: number, to: number): EntityMention | undefined {
    if (to <= from) return undefined;
    const start = this.tokens[from]!.start;
    const end = this.tokens[to - 1]!.end;
    let best: EntityMention | undefined;
    for (const e of this.entitiesIn(start, end + 200)) {
      if (e.start >= end) break;
      if (e.type !== 'ORG' && e.type !== 'MEDIA' && e.type !== 'PER') continue;
      // Organisations and outlets speak for their people (مدير المرصد رامي عبد الرحمن → the observatory).
      if (!best || (best.type === 'PER' && e.type !== 'PER')) best = e;
      if (best.type !== 'PER') break;
    }
    return best;
  }

  private entitiesIn(start: number, end: number): EntityMention[] {
    const out: EntityMention[] = [];
    let lo = 0;
    let hi = this.entities.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.entities[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.entities.length && this.entities[k]!.start < end; k++) out.push(this.entities[k]!);
    return out;
  }

  private speaker(from: number, to: number, entity: EntityMention | undefined): Speaker {
    // A name does not end on a preposition or a comma: "رئيس الوزراء العبادي من".
    while (to - 1 > from && (this.tokens[to - 1]!.search === 'من' || this.meanings.of(to - 1).cue === 'stop' || isClauseBreak(this.tokens[to - 1]!))) {
      if (entity && this.tokens[to - 1]!.start < entity.end && this.tokens[to - 1]!.end > entity.start) break;
      to--;
    }
    const start = this.tokens[from]!.start;
    const end = this.tokens[to - 1]!.end;
    const government = entity ? undefined : this.governmentNamed(start, end);
    if (government !== undefined) return { text: this.text.slice(start, end), canonical: government, entity: true, startToken: from, endToken: to };
    return { text: this.text.slice(start, end), canonical: entity?.canonical ?? null, entity: entity !== undefined, startToken: from, endToken: to };
  }

  /**
   * A speaker phrase that is just a country or a city speaks for its government: "قالت
   * الرياض" · "اعلنت تركيا". The government's id (gov-sa) when known, else the country's.
   */
  private governmentNamed(start: number, end: number): string | null | undefined {
    const place = this.entitiesIn(start, end).find((e) => e.type === 'LOC' && e.start === start && e.end === end);
    const actor = place?.canonical ? getActor(place.canonical) : undefined;
    if (!actor || (actor.subtype !== 'country' && actor.subtype !== 'city')) return undefined;
    const country = actor.subtype === 'country' ? actor.id : actor.country;
    if (!country) return null;
    return getActor(`gov-${country}`) ? `gov-${country}` : country;
  }
}

interface Speaker extends SourceRef {
  /** An entity (ORG, outlet, person) is named in the phrase. */
  entity: boolean;
  startToken: number;
  endToken: number;
}

const AUXILIARIES = new Set(['كان', 'كانت', 'كانوا', 'قد']);

/** كان and قد of a past-perfect frame (وكانت الوزاره قد اعلنت). */
function isAuxiliary(t: Token): boolean {
  const s = t.search;
  return AUXILIARIES.has(s) || (s.length > 3 && (s[0] === 'و' || s[0] === 'ف') && AUXILIARIES.has(s.slice(1)));
}

function ref(s: SourceRef): SourceRef {
  return { text: s.text, canonical: s.canonical };
}
