// Which documents report the same event: they share a main place (the most precise one
// both name) and their dates are close. Figures about another place or time (otherEvent)
// form events of their own, keyed by that place or year.

import { getActor } from '../extract/entities/actors.js';
import type { DocumentInfo, Figure } from '../figures/types.js';
import type { EventInfo } from './types.js';

export interface EventOptions {
  /** Documents further apart than this many days are different events. */
  windowDays?: number;
}

const DEFAULT_WINDOW_DAYS = 10;
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
        if (j > i && find(i) !== find(j) && sameEvent(docs[i]!, docs[j]!, window)) parent[find(j)] = find(i);
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
 * unrelated stories together; stories placed only in a country must also share an actor.
 */
function sameEvent(a: DocumentInfo, b: DocumentInfo, window: number): boolean {
  if (!closeInTime(a, b, window) || !sameKind(a, b)) return false;
  const pa = primaryPlace(a);
  const pb = primaryPlace(b);
  if (!pa || !pb) return false;
  // A whole country is too wide to be one event alone: the stories must also share an actor.
  if (pa === pb) return !isCountry(pa) || a.actors.some((x) => b.actors.includes(x));
  return a.places.includes(pb) && b.places.includes(pa) && !isCountry(pa) && !isCountry(pb);
}

/**
 * Headlines and leads naming kinds of event (a flood, a bus crash) name at least one in
 * common; a story whose headline and lead name none may match any (its kind is unknown).
 */
function sameKind(a: DocumentInfo, b: DocumentInfo): boolean {
  if (!a.kinds?.length || !b.kinds?.length) return true;
  return a.kinds.some((k) => b.kinds!.includes(k));
}

/** Firm dates no further apart than the window (documents without one are not told apart). */
function closeInTime(a: DocumentInfo, b: DocumentInfo, window: number): boolean {
  const da = a.published && FIRM_DATES.has(a.publishedFrom) ? Date.parse(a.published.slice(0, 10)) : NaN;
  const db = b.published && FIRM_DATES.has(b.publishedFrom) ? Date.parse(b.published.slice(0, 10)) : NaN;
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
