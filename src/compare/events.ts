// Which documents report the same event: they share a main place (the most precise one
// both name) and their dates are close. Figures about another place or time (otherEvent)
// form events of their own, keyed by that place or year.

import { getActor } from '../extract/entities/actors.js';
import { readWordList } from '../lexicon/load.js';
import type { DocumentInfo, Figure } from '../figures/types.js';
import type { EventInfo } from './types.js';

export interface EventOptions {
  /** Documents further apart than this many days are different events. */
  windowDays?: number;
}

const DEFAULT_WINDOW_DAYS = 10;
/** Headline-and-lead similarity (tf-idf cosine) above which two undated stories are one. */
const SAME_LEAD = 0.3;
/** The same, for two stories dated within the window whose places only half match. */
const SAME_LEAD_DATED = 0.25;
/** Actors and places (not countries, not peoples) two undated stories must share, with a count. */
const SHARED_ENTITIES = 4;
/**
 * Two stories of one place giving one count alike (same measure and value) are one when the
 * count is at least this large, or when they share two counts of at least SHARED_COUNT_MIN…
 */
const SHARED_COUNT_ONE = 10;
const SHARED_COUNT_MIN = 3;
/** … and their headlines and leads are not wholly unlike. */
const SHARED_COUNT_LEAD = 0.15;
/** Headline-and-lead similarity above which two dated stories of one place are one. */
const SAME_LEAD_PLACED = 0.25;
/** Days within which two dated stories of one place whose headlines name one kind of event are one. */
const SAME_KIND_DAYS = 3;
/** Where a date came from; only these are trusted to split events by time. */
const FIRM_DATES = new Set(['ndjson', 'meta', 'dateline', 'byline']);

export interface EventAssignment {
  events: EventInfo[];
  /** Document id → event id of its main event. */
  byDocument: Map<string, string>;
}

export function assignEvents(documents: readonly DocumentInfo[], figures: readonly Figure[], options: EventOptions = {}): EventAssignment {
  const window = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const withFigures = new Set(figures.filter((f) => !f.otherEvent).map((f) => f.document));
  const docs = documents.filter((d) => withFigures.has(d.id));
  const stories = new Stories(docs, figures);
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Only documents whose main place the other names can match: index them by main place.
  const byPrimary = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const p = primaryPlace(d);
    if (!p) return;
    const list = byPrimary.get(p);
    if (list) list.push(i);
    else byPrimary.set(p, [i]);
  });
  for (let i = 0; i < docs.length; i++) {
    for (const place of docs[i]!.places) {
      for (const j of byPrimary.get(place) ?? []) {
        // sameEvent is symmetric: a pair both sides reach is tried from the first one only.
        if (j === i || (j < i && docs[j]!.places.includes(primaryPlace(docs[i]!)!))) continue;
        if (find(i) !== find(j) && sameEvent(docs[i]!, docs[j]!, window, stories)) parent[find(j)] = find(i);
      }
    }
  }
  // Documents naming no place join the only event there is when they share one of its actors
  // and its time, else stand alone: a story placed nowhere may be about anything.
  const roots = new Set(docs.map((d, i) => (d.places.length ? find(i) : -1)).filter((r) => r >= 0));
  if (roots.size === 1) {
    const only = [...roots][0]!;
    const members = docs.filter((d, i) => d.places.length && find(i) === only);
    docs.forEach((d, i) => {
      if (!d.places.length && members.some((m) => closeInTime(d, m, window) && sameKind(d, m) && d.actors.some((a) => m.actors.includes(a)))) parent[find(i)] = only;
    });
  }

  const events: EventInfo[] = [];
  const byRoot = new Map<number, EventInfo>();
  const byDocument = new Map<string, string>();
  docs.forEach((d, i) => {
    const root = find(i);
    let event = byRoot.get(root);
    if (!event) {
      event = { id: `e${byRoot.size + 1}`, label: '', documents: [], places: [], from: null, to: null };
      byRoot.set(root, event);
      events.push(event);
    }
    event.documents.push(d.id);
    for (const p of d.places) if (!event.places.includes(p)) event.places.push(p);
    const date = d.published?.slice(0, 10) ?? null;
    if (date) {
      if (!event.from || date < event.from) event.from = date;
      if (!event.to || date > event.to) event.to = date;
    }
    byDocument.set(d.id, event.id);
  });
  for (const e of events) {
    // Places named by most of the event's documents first.
    const votes = new Map<string, number>();
    for (const d of docs) if (byDocument.get(d.id) === e.id) for (const p of d.places) votes.set(p, (votes.get(p) ?? 0) + 1);
    e.places = preciseFirst([...e.places].sort((a, b) => (votes.get(b) ?? 0) - (votes.get(a) ?? 0)));
    // The label names the places most of its documents share.
    const shared = e.places.filter((p) => (votes.get(p) ?? 0) * 2 >= e.documents.length);
    e.label = eventLabel(shared.length ? shared : e.places, e.from, e.to);
  }

  // Events mentioned in passing, one per place or year.
  const others = new Map<string, EventInfo>();
  for (const f of figures) {
    if (!f.otherEvent) continue;
    const key = f.otherEventKey ?? `document:${f.document}`;
    let event = others.get(key);
    if (!event) {
      const place = key.startsWith('place:') ? key.slice(6) : null;
      event = {
        id: `x:${key}`,
        label: `other: ${place ? placeName(place) : key.replace(/^(year|date):/, '')}`,
        documents: [],
        places: place ? [place] : [],
        from: null,
        to: null,
        other: true,
      };
      others.set(key, event);
    }
    if (!event.documents.includes(f.document)) event.documents.push(f.document);
  }
  events.push(...others.values());
  return { events, byDocument };
}

/**
 * Two documents report one event when each one's main place is among the other's main
 * places (the most precise place a document names most: a city before its country), and
 * their firm dates are close. Mutual, so one story naming many places does not chain
 * unrelated stories together, unless both tell the same story in headline and lead (then
 * one's main place among the other's places is enough); stories placed only in a country
 * must also share an actor.
 * When a date is missing, a shared place is not enough (one city has many stories): the
 * two must also tell the same story (see Stories.same).
 */
function sameEvent(a: DocumentInfo, b: DocumentInfo, window: number, stories: Stories): boolean {
  if (!closeInTime(a, b, window) || !sameKind(a, b)) return false;
  const pa = primaryPlace(a);
  const pb = primaryPlace(b);
  if (!pa || !pb) return false;
  // A whole country is too wide to be one event alone: the stories must also share an actor.
  let placed: boolean;
  if (pa === pb) placed = !isCountry(pa) || a.actors.some((x) => b.actors.includes(x));
  else placed = a.places.includes(pb) && b.places.includes(pa) && !isCountry(pa) && !isCountry(pb);
  // One place and close dates are not enough (a city has several stories a week: a bus crash
  // and a fire, a blast and a raid): the two must also tell alike, or give the same count.
  // Dated stories of one place also join when their headlines name the same rare kind of event
  // within a few days (فيضانات الموصل, then ارتفاع حصيلة فيضانات الموصل two days on).
  if (placed) return stories.same(a, b) || stories.sameCount(a, b) || (bothFirmlyDated(a, b) && (stories.leadSimilarity(a, b) >= SAME_LEAD_PLACED || (namedSameKind(a, b) && closeInTime(a, b, SAME_KIND_DAYS))));
  if (pa === pb) return false;
  // One story names a town the other does not (ميكسيكو بيتش in a Florida hurricane story, the
  // Nile in a Cairo boat story): one's main place among the other's places is enough when
  // both tell the same story in their headline and lead.
  return (a.places.includes(pb) || b.places.includes(pa)) && stories.leadSimilarity(a, b) >= (bothFirmlyDated(a, b) ? SAME_LEAD_DATED : SAME_LEAD);
}

/**
 * What two stories have in common beyond a place: the words of their headlines and leads
 * (tf-idf over the compared documents, so words every story uses weigh little) and the
 * counts and actors they report.
 */
class Stories {
  /** In how many documents each headline-and-lead word is. */
  private readonly df = new Map<string, number>();
  private readonly docs: number;
  /** measure|role of each document's main-event figures. */
  private readonly counted = new Map<string, Set<string>>();
  /** measure|value → value of each document's main-event counts of at least SHARED_COUNT_MIN. */
  private readonly values = new Map<string, Map<string, number>>();
  /** Each document's headline-and-lead words and its specific actors and places, built once. */
  private readonly profiles = new Map<DocumentInfo, { lead: Set<string>; named: Set<string> }>();

  constructor(docs: readonly DocumentInfo[], figures: readonly Figure[]) {
    this.docs = docs.length;
    for (const d of docs) {
      for (const w of d.lead ?? []) this.df.set(w, (this.df.get(w) ?? 0) + 1);
      this.profiles.set(d, { lead: new Set(d.lead), named: new Set([...d.actors, ...d.places].filter(isSpecific)) });
    }
    for (const f of figures) {
      if (f.otherEvent) continue;
      const keys = this.counted.get(f.document) ?? new Set<string>();
      keys.add(`${f.measure}|${f.subject.role}`);
      this.counted.set(f.document, keys);
      if (f.value !== null && f.value >= SHARED_COUNT_MIN && !f.earlier) {
        const values = this.values.get(f.document) ?? new Map<string, number>();
        values.set(`${f.measure}|${f.value}`, f.value);
        this.values.set(f.document, values);
      }
    }
  }

  /**
   * Both give the same counts (الف قتيل، 9 آلاف جريح): one of at least SHARED_COUNT_ONE or two
   * of at least SHARED_COUNT_MIN, the same measure and value, with leads not wholly unlike.
   */
  sameCount(a: DocumentInfo, b: DocumentInfo): boolean {
    const va = this.values.get(a.id);
    const vb = this.values.get(b.id);
    if (!va || !vb) return false;
    let shared = 0;
    let large = false;
    for (const [key, value] of va) {
      if (!vb.has(key)) continue;
      shared++;
      if (value >= SHARED_COUNT_ONE) large = true;
    }
    return (large || shared >= 2) && this.leadSimilarity(a, b) >= SHARED_COUNT_LEAD;
  }

  /**
   * Cosine of the headline-and-lead words (each word once, weighted by idf²). A word's idf
   * counts the other documents only, so two stories are not told apart by the very words they
   * share, and a handful of documents compare as well as thousands.
   */
  leadSimilarity(a: DocumentInfo, b: DocumentInfo): number {
    const wa = this.profile(a).lead;
    const wb = this.profile(b).lead;
    const weight = (w: string, inBoth: boolean): number => Math.log((this.docs + 1) / ((this.df.get(w) ?? 0) - (inBoth ? 2 : 1) + 1)) ** 2;
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (const w of wa) {
      const both = wb.has(w);
      const x = weight(w, both);
      na += x;
      if (both) dot += x;
    }
    for (const w of wb) nb += weight(w, wa.has(w));
    return na && nb ? dot / Math.sqrt(na * nb) : 0;
  }

  /**
   * The same story: alike headlines and leads ("وفاة 4 وإصابة 3 في حادث اصطدام بناقة سائبة في
   * جازان"), or a count of the same people and several actors and places in common that are
   * neither countries nor peoples (the prison, the force holding it, the attackers …).
   */
  same(a: DocumentInfo, b: DocumentInfo): boolean {
    if (this.leadSimilarity(a, b) >= SAME_LEAD) return true;
    const ka = this.counted.get(a.id);
    const kb = this.counted.get(b.id);
    if (!ka || !kb || ![...ka].some((k) => kb.has(k))) return false;
    const named = this.profile(a).named;
    let shared = 0;
    for (const x of this.profile(b).named) if (named.has(x)) shared++;
    // Dated stories of one war share their actors and places for weeks: their leads must not
    // be wholly unlike as well.
    return shared >= SHARED_ENTITIES && (!bothFirmlyDated(a, b) || this.leadSimilarity(a, b) >= SHARED_COUNT_LEAD);
  }

  private profile(d: DocumentInfo): { lead: Set<string>; named: Set<string> } {
    return this.profiles.get(d)!;
  }
}

/** An actor or place narrower than a country or a people. */
function isSpecific(id: string): boolean {
  const actor = getActor(id);
  return !(actor?.type === 'NORP' || (actor?.type === 'LOC' && actor.subtype === 'country'));
}

const firmDates = new WeakMap<DocumentInfo, number>();
/** The document's date when it is firm (ms since 1970), else NaN; parsed once per document. */
function firmDate(d: DocumentInfo): number {
  let t = firmDates.get(d);
  if (t === undefined) {
    t = d.published && FIRM_DATES.has(d.publishedFrom) ? Date.parse(d.published.slice(0, 10)) : NaN;
    firmDates.set(d, t);
  }
  return t;
}

function bothFirmlyDated(a: DocumentInfo, b: DocumentInfo): boolean {
  return Number.isFinite(firmDate(a)) && Number.isFinite(firmDate(b));
}

/**
 * Headlines and leads naming kinds of event (a flood, a bus crash) name at least one in
 * common; a story whose headline and lead name none may match any (its kind is unknown).
 */
function sameKind(a: DocumentInfo, b: DocumentInfo): boolean {
  if (!a.kinds?.length || !b.kinds?.length) return true;
  return a.kinds.some((k) => b.kinds!.includes(k));
}

let rareKinds: Set<string> | undefined;

/** Both stories' opening sentences name one rare kind of event (a flood, a quake; events-rare-kinds.txt). */
function namedSameKind(a: DocumentInfo, b: DocumentInfo): boolean {
  rareKinds ??= new Set(readWordList('events-rare-kinds.txt'));
  return !!a.kinds?.some((k) => rareKinds!.has(k) && b.kinds?.includes(k));
}

/** Firm dates no further apart than the window (documents without one are not told apart). */
function closeInTime(a: DocumentInfo, b: DocumentInfo, window: number): boolean {
  const da = firmDate(a);
  const db = firmDate(b);
  return !(Number.isFinite(da) && Number.isFinite(db) && Math.abs(da - db) / 86_400_000 > window);
}

/** The most precise of the places a document names most (its places come most cited first). */
function primaryPlace(d: DocumentInfo): string | undefined {
  return d.places.find((p) => !isCountry(p)) ?? d.places[0];
}

function isCountry(place: string): boolean {
  const actor = getActor(place);
  return actor?.type === 'LOC' && actor.subtype === 'country';
}

function preciseFirst(places: string[]): string[] {
  return [...places.filter((p) => !isCountry(p)), ...places.filter((p) => isCountry(p))];
}

function placeName(place: string): string {
  if (place.startsWith('name:')) return place.slice(5);
  return getActor(place)?.name ?? place;
}

function eventLabel(places: readonly string[], from: string | null, to: string | null): string {
  const known = places.filter((p) => !p.startsWith('name:'));
  const named = known.length ? known : places;
  const where = named.length ? named.slice(0, 2).map(placeName).join(', ') : 'unplaced';
  const when = from ? (to && to !== from ? ` ${from} – ${to}` : ` ${from}`) : '';
  return `${where}${when}`;
}
