// The comparison (`arqam.compare/1`): events, groups of comparable claims with a status,
// and checks. Plain JSON values, like figures.

import type { DocumentInfo, Figure, Measure, Role } from '../figures/types.js';

export const COMPARE_SCHEMA = 'arqam.compare/1';

/**
 * agree: the ranges overlap · conflict: they cannot all be true at once · update: a count
 * moved over time · partial: the claims count different windows or parts · single: one claim.
 */
export type GroupStatus = 'agree' | 'conflict' | 'update' | 'partial' | 'single';

export interface EventInfo {
  id: string;
  label: string;
  /** Documents whose main event this is (other events: the documents that mention it). */
  documents: string[];
  places: string[];
  /** Earliest and latest known document dates. */
  from: string | null;
  to: string | null;
  /** An event mentioned in passing (another place or time), never merged with a main event. */
  other?: boolean;
}

/** A figure as a claim in a group: who claims it and the range it allows. */
export interface Claim extends Figure {
  /** Who makes the claim: the source's actor (a person's organisation), else the outlet. */
  claimant: string;
  /** The bounds used for comparing ([lo, hi], hi null = no upper bound). */
  range: [number, number | null];
  /** Counts only part of the event (a window, a day, one side): not compared with totals. */
  partial: boolean;
  /** The side the counted people belong to, as grouped (inferred when the text names none). */
  side: string | null;
}

export interface SeriesPoint {
  claim: string;
  document: string;
  asOf: string | null;
  value: number | null;
  min: number | null;
  max: number | null;
  /** An earlier value of the toll, quoted next to a newer one. */
  earlier?: boolean;
}

export interface GroupSummary {
  claims: number;
  claimants: number;
  min: number | null;
  max: number | null;
  /** The claim with the latest as-of date (null when no claim is dated). */
  latest: { claim: string; value: number | null; asOf: string | null; claimant: string } | null;
  /** The claim with the lowest lower bound. */
  conservative: { claim: string; value: number | null; claimant: string } | null;
  /** Each claimant's claims over time. */
  series: Array<{ claimant: string; points: SeriesPoint[] }>;
  /** Why the status was given, in English. */
  reason: string;
  /** Claim pairs that cannot both be true. */
  conflicts?: Array<{ a: string; b: string }>;
}

export interface Group {
  id: string;
  event: string;
  measure: Measure;
  subject: { key: string; role: Role | null; party: string | null; label: string };
  status: GroupStatus;
  claims: Claim[];
  summary: GroupSummary;
}

export interface Check {
  kind: 'breakdown' | 'series-down';
  status: 'ok' | 'mismatch' | 'fail';
  message: string;
  document?: string;
  total?: string;
  parts?: string[];
  expected?: number | null;
  sum?: number;
  claimant?: string;
  claims?: string[];
}

export interface Comparison {
  schema: typeof COMPARE_SCHEMA;
  documents: DocumentInfo[];
  events: EventInfo[];
  groups: Group[];
  checks: Check[];
}
