// The comparison: a pure function of the documents' metadata and their figures, so it can
// run as the reduce step over figure NDJSON from any number of map outputs. Input order
// does not matter: documents and figures are sorted first.

import { actorAncestors, getActor } from '../extract/entities/actors.js';
import { figuresLexicon } from '../figures/lexicon.js';
import type { DocumentInfo, Figure, Role } from '../figures/types.js';
import { readTsv } from '../lexicon/load.js';
import { assignEvents, type EventOptions } from './events.js';
import { checksOf } from './checks.js';
import { COMPARE_SCHEMA, type Claim, type Comparison, type Group, type GroupStatus, type GroupSummary, type SeriesPoint } from './types.js';

export type CompareOptions = EventOptions;

/** Roles of people under arms or in custody: compared by the side they belong to. */
const UNIFORMED: ReadonlySet<Role> = new Set(['soldiers', 'police', 'security', 'guards']);
const SIDE_ROLES: ReadonlySet<Role> = new Set(['soldiers', 'police', 'security', 'guards', 'fighters', 'prisoners']);
/** "about N" allows this much either side when the extractor gave no bounds. */
const APPROX_SLACK = 0.1;

export function compareFigures(documents: readonly DocumentInfo[], figures: readonly Figure[], options: CompareOptions = {}): Comparison {
  const docs = [...documents].sort((a, b) => compareIds(a.id, b.id));
  const sorted = [...figures].sort((a, b) => compareIds(a.document, b.document) || a.start - b.start || a.end - b.end);
  const { events, byDocument } = assignEvents(docs, sorted, options);

  const eventOf = (f: Figure): string => (f.otherEvent ? `x:${f.otherEventKey ?? `document:${f.document}`}` : (byDocument.get(f.document) ?? 'e0'));
  const inferred = inferSides(sorted, eventOf);
  const groups = new Map<string, Group>();
  for (const f of sorted) {
    const event = eventOf(f);
    const subject = subjectKey(f, inferred.get(`${event}|${family(f.subject.role)}`));
    const key = `${event}|${f.measure}|${subject.key}`;
    let g = groups.get(key);
    if (!g) {
      g = { id: '', event, measure: f.measure, subject, status: 'single', claims: [], summary: emptySummary() };
      groups.set(key, g);
    }
    if (g.subject.role !== f.subject.role) g.subject.role = null;
    g.claims.push(toClaim(f, subject.party));
  }
  const eventOrder = new Map(events.map((e, i) => [e.id, i]));
  const list = [...groups.values()].sort(
    (a, b) => (eventOrder.get(a.event) ?? 1e9) - (eventOrder.get(b.event) ?? 1e9) || b.claims.length - a.claims.length || measureOrder(a) - measureOrder(b) || a.subject.key.localeCompare(b.subject.key),
  );
  const published = new Map(docs.map((d) => [d.id, d.published?.slice(0, 10) ?? null]));
  list.forEach((g, i) => {
    g.id = `g${i + 1}`;
    judge(g, published);
  });
  return { schema: COMPARE_SCHEMA, documents: docs, events, groups: list, checks: checksOf(sorted, list) };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function measureOrder(g: Group): number {
  return [...figuresLexicon().measures.keys()].indexOf(g.measure);
}

function family(role: Role): string {
  if (UNIFORMED.has(role)) return 'uniformed';
  return role;
}

let sides: Map<string, string> | undefined;
/** The side an actor fights on: a listed side, else its organisation parent, else itself. */
export function sideOf(actor: string): string {
  sides ??= new Map(readTsv('figures-sides.tsv', ['actor', 'side']).map((r) => [r.actor, r.side]));
  let id = actor;
  for (let depth = 0; depth < 4; depth++) {
    const side = sides.get(id);
    if (side) return side;
    const parent = getActor(id)?.parent;
    const parentActor = parent ? getActor(parent) : undefined;
    if (!parentActor || parentActor.type !== 'ORG') break;
    id = parent!;
  }
  return id;
}

/**
 * Uniformed people, fighters and prisoners named without a party belong to the side most
 * often named for the same kind of people in the same event ("حراس السجن" → the side whose
 * security forces are counted elsewhere in the reports).
 */
function inferSides(figures: readonly Figure[], eventOf: (f: Figure) => string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const f of figures) {
    const party = partyOf(f);
    if (!party || !SIDE_ROLES.has(f.subject.role)) continue;
    const key = `${eventOf(f)}|${family(f.subject.role)}`;
    const byParty = counts.get(key) ?? new Map<string, number>();
    byParty.set(party, (byParty.get(party) ?? 0) + 1);
    counts.set(key, byParty);
  }
  const out = new Map<string, string>();
  for (const [key, byParty] of counts) {
    const best = [...byParty.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) out.set(key, best[0]);
  }
  return out;
}

/** The party as a comparable side; a people (NORP) is not a side. */
function partyOf(f: Figure): string | null {
  const party = f.subject.party;
  if (!party) return null;
  if (getActor(party)?.type === 'NORP') return null;
  return sideOf(party);
}

function subjectKey(f: Figure, inferredSide: string | undefined): Group['subject'] {
  const role = f.subject.role;
  if (SIDE_ROLES.has(role)) {
    const side = partyOf(f) ?? inferredSide ?? null;
    if (side) return { key: `side:${side}`, role, party: side, label: `${sideName(side)} side` };
    return { key: `role:${family(role)}`, role, party: null, label: role };
  }
  return { key: `role:${role}`, role, party: null, label: role === 'all' ? 'all people' : role };
}

function sideName(id: string): string {
  const name = getActor(id)?.name ?? id;
  const short = /\(([^)]+)\)\s*$/.exec(name);
  return short ? short[1]! : name;
}

function claimantOf(f: Figure): string {
  const src = f.source;
  if (!src) return `outlet:${f.outlet ?? f.document}`;
  if (src.canonical) {
    const actor = getActor(src.canonical);
    // A person speaks for the organisation they belong to (the observatory's director).
    if (actor?.type === 'PER' && actor.parent) return actor.parent;
    return src.canonical;
  }
  return `text:${src.text.replace(/[\u064B-\u065F\u0640"“”«»]/g, '').trim()}`;
}

function rangeOf(f: Figure): [number, number | null] {
  const v = f.value;
  const min = f.min ?? v ?? 0;
  const max = f.max ?? v;
  switch (f.qualifier) {
    case 'exact':
      return [min, max];
    case 'approx':
      if (v !== null && min === max) return [Math.floor(v * (1 - APPROX_SLACK)), Math.ceil(v * (1 + APPROX_SLACK))];
      return [min, max];
    case 'moreThan':
      return [f.min ?? (v !== null ? v + 1 : 0), null];
    case 'atLeast':
      return [f.min ?? v ?? 0, null];
    case 'lessThan':
      return [0, f.max ?? (v !== null ? v - 1 : null)];
    case 'atMost':
      return [0, f.max ?? v];
    default:
      return [min, max];
  }
}

function toClaim(f: Figure, side: string | null): Claim {
  return { ...f, claimant: claimantOf(f), range: rangeOf(f), partial: f.period?.kind === 'partial', side };
}

function overlaps(a: Claim, b: Claim): boolean {
  const [alo, ahi] = a.range;
  const [blo, bhi] = b.range;
  return (ahi === null || blo <= ahi) && (bhi === null || alo <= bhi);
}

/**
 * In one article, a count dated by its own sentence ("في 22 آذار 2016 أوقعت 32 قتيلا") and
 * one that is not speak of two different times.
 */
function datedApart(a: Claim, b: Claim): boolean {
  return (a.asOfFrom === 'sentence') !== (b.asOfFrom === 'sentence') && a.asOf !== b.asOf;
}

/** a is wholly below b. */
function below(a: Claim, b: Claim): boolean {
  return a.range[1] !== null && a.range[1] < b.range[0];
}

function judge(g: Group, published: ReadonlyMap<string, string | null>): void {
  const cumulative = figuresLexicon().measures.get(g.measure)?.cumulative ?? false;
  const full = g.claims.filter((c) => !c.partial);
  const partial = g.claims.filter((c) => c.partial);
  const conflicts: Array<{ a: string; b: string }> = [];
  const ids = new Set(g.claims.map((c) => c.id));
  let updates = 0;
  let elsewhere = 0;
  for (let i = 0; i < full.length; i++) {
    for (let j = i + 1; j < full.length; j++) {
      const a = full[i]!;
      const b = full[j]!;
      if (overlaps(a, b)) continue;
      // A part of a breakdown counting the same people as its total (اربعه منهم من فلوريدا) is
      // checked against that total, not compared; a part naming other people (39 من عناصر
      // التنظيم) is the count of its own group.
      if ((a.partOf && ids.has(a.partOf)) || (b.partOf && ids.has(b.partOf))) {
        elsewhere++;
        continue;
      }
      // An earlier value of a toll quoted next to the new one is history, not a rival count.
      if (a.earlier || b.earlier) {
        updates++;
        continue;
      }
      // Counts at two different places (two towns of one offensive) count different people,
      // and one claimant giving two numbers in one article is counting two things.
      if (differentPlaces(a, b) || (a.document === b.document && (a.claimant === b.claimant || datedApart(a, b)))) {
        elsewhere++;
        continue;
      }
      const [low, high] = below(a, b) ? [a, b] : [b, a];
      if (explainedByTime(low, high, cumulative, published)) updates++;
      else conflicts.push({ a: a.id, b: b.id });
    }
  }
  let status: GroupStatus;
  let reason: string;
  if (full.length <= 1 && partial.length > 0) {
    status = 'partial';
    reason = 'the claims count different windows or parts of the event';
  } else if (full.length <= 1) {
    status = 'single';
    reason = 'one claim: nothing to compare';
  } else if (conflicts.length > 0) {
    status = 'conflict';
    reason = `${conflicts.length} pair${conflicts.length > 1 ? 's' : ''} of claims cannot both be true`;
  } else if (updates > 0) {
    status = 'update';
    reason = 'the count moved over time';
  } else if (elsewhere > 0) {
    status = 'partial';
    reason = 'the claims count different places or different things';
  } else {
    status = 'agree';
    reason = 'the claimed ranges overlap';
  }
  if (partial.length > 0 && full.length > 1) reason += `; ${partial.length} partial claim${partial.length > 1 ? 's' : ''} not compared`;
  g.status = status;
  g.summary = summarize(g, full.length > 0 ? full : g.claims, reason, conflicts);
}

/**
 * A lower and a higher count are both true when the higher one came later: from the same
 * claimant (a revised toll) or, for a running total, from anyone on a later date. A running
 * total is known as of the day it was reported: "the attack on Monday killed 30", published
 * on Wednesday, came after Tuesday's 27 even though its sentence is dated Monday.
 */
function explainedByTime(low: Claim, high: Claim, cumulative: boolean, published: ReadonlyMap<string, string | null>): boolean {
  const dated = low.asOf !== null && high.asOf !== null;
  if (low.claimant === high.claimant) return !dated || low.asOf! <= high.asOf! || !cumulative;
  if (!cumulative || !dated) return false;
  return low.asOf! < high.asOf! || reportedOn(low, published) < reportedOn(high, published);
}

/** The later of a claim's as-of date and its document's publication date. */
function reportedOn(c: Claim, published: ReadonlyMap<string, string | null>): string {
  const day = published.get(c.document) ?? null;
  return day !== null && day > c.asOf! ? day : c.asOf!;
}

function differentPlaces(a: Claim, b: Claim): boolean {
  if (!a.location || !b.location) return false;
  // Two places no gazetteer knows can only be told apart by name.
  if (!a.location.canonical && !b.location.canonical) return a.location.text !== b.location.text;
  const pa = a.location.canonical;
  const pb = b.location.canonical;
  if (!pa || !pb || pa === pb) return false;
  // One inside the other (a city in its country) is not a different place.
  return !actorAncestors(pa).includes(pb) && !actorAncestors(pb).includes(pa);
}

function emptySummary(): GroupSummary {
  return { claims: 0, claimants: 0, min: null, max: null, latest: null, conservative: null, series: [], reason: '' };
}

function summarize(g: Group, basis: readonly Claim[], reason: string, conflicts: Array<{ a: string; b: string }>): GroupSummary {
  // Stated values first; vague bounds (آلاف) only when nothing else was said.
  const valued = basis.filter((c) => c.value !== null);
  const values = (valued.length ? valued.map((c) => c.value!) : basis.flatMap((c) => [c.min, c.max])).filter((v): v is number => v !== null && v !== undefined);
  const dated = basis.filter((c) => c.asOf !== null);
  // On one day, a current count before an earlier value quoted next to it.
  const latest = dated.sort((a, b) => (a.asOf! < b.asOf! ? 1 : a.asOf! > b.asOf! ? -1 : Number(a.earlier ?? false) - Number(b.earlier ?? false) || (b.value ?? 0) - (a.value ?? 0)))[0];
  const conservative = [...(valued.length ? valued : basis)].sort((a, b) => a.range[0] - b.range[0] || (a.value ?? Infinity) - (b.value ?? Infinity))[0];
  const byClaimant = new Map<string, SeriesPoint[]>();
  for (const c of g.claims) {
    const points = byClaimant.get(c.claimant) ?? [];
    points.push({ claim: c.id, document: c.document, asOf: c.asOf, value: c.value, min: c.min, max: c.max, ...(c.earlier ? { earlier: true } : {}) });
    byClaimant.set(c.claimant, points);
  }
  const series = [...byClaimant.entries()].map(([claimant, points]) => ({
    claimant,
    points: points.sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '') || Number(b.earlier ?? false) - Number(a.earlier ?? false) || compareIds(a.document, b.document)),
  }));
  return {
    claims: g.claims.length,
    claimants: byClaimant.size,
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
    latest: latest ? { claim: latest.id, value: latest.value, asOf: latest.asOf, claimant: latest.claimant } : null,
    conservative: conservative ? { claim: conservative.id, value: conservative.value, claimant: conservative.claimant } : null,
    series,
    reason,
    ...(conflicts.length ? { conflicts: conflicts.slice(0, 20) } : {}),
  };
}
