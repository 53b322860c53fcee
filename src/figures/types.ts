// Figures: a count bound to what was counted, of whom, according to whom, as of when.
// Plain JSON values only (no classes, no Maps), so figures travel as NDJSON lines and
// between worker threads unchanged.

import type { NumberQualifier } from '../core/types.js';

export const MEASURES = [
  'killed',
  'wounded',
  'missing',
  'detained',
  'arrested',
  'escaped',
  'released',
  'hostage',
  'displaced',
  'evacuated',
  'aboard',
  'survivors',
  'rescued',
  'strikes',
] as const;
export type Measure = (typeof MEASURES)[number];

export const ROLES = [
  'all',
  'civilians',
  'children',
  'women',
  'fighters',
  'soldiers',
  'police',
  'security',
  'guards',
  'prisoners',
  'passengers',
  'crew',
  'protesters',
  'journalists',
  'medics',
  'students',
  'workers',
  'families',
  'other',
] as const;
export type Role = (typeof ROLES)[number];

/** Who was counted. `party`: canonical actor id the counted people belong to. */
export interface FigureSubject {
  text: string;
  role: Role;
  party: string | null;
  /** The party was not written in the phrase but inferred (a pronoun, the event's sides). */
  partyFrom?: 'text' | 'pronoun' | 'anaphor' | 'event';
}

export interface SourceRef {
  text: string;
  canonical: string | null;
}

/** Who says so; `via` is the outlet or person that relayed the statement. */
export interface FigureSource extends SourceRef {
  via?: SourceRef;
  /** How the source was found. */
  from: 'verb' | 'phrase' | 'quote' | 'previous' | 'next' | 'relay';
}

export interface FigurePeriod {
  text: string;
  /** since: a running total from a start; window: a stated stretch; partial: only part of the event. */
  kind: 'since' | 'window' | 'partial';
}

export interface FigureLocation {
  text: string;
  canonical: string | null;
}

export interface Figure {
  /** `<document>#<n>`, unique in a run. */
  id: string;
  document: string;
  outlet: string | null;
  measure: Measure;
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: NumberQualifier;
  subject: FigureSubject;
  source: FigureSource | null;
  /** ISO date the figure refers to (a date in its sentence, else the document's date). */
  asOf: string | null;
  asOfFrom: 'sentence' | 'document' | 'none';
  period?: FigurePeriod;
  location?: FigureLocation;
  /** Id of the total this figure is a part of. */
  partOf?: string;
  /**
   * The part is some of the total's people named among them (بينهم 5 اطفال و3 نساء), not one
   * share of a full breakdown: the parts of such a total may add up to less than it.
   */
  among?: boolean;
  /** The figure is about another event than the document's main one. */
  otherEvent?: boolean;
  /** Event key for otherEvent figures (a place or a year). */
  otherEventKey?: string;
  /** An earlier value of the toll, quoted next to a newer one (وكانت حصيلة سابقة ...). */
  earlier?: boolean;
  /** Span of the number in the original text; text === original.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** The trigger word that gave the measure, as written. */
  trigger: string;
  /** The sentence holding the figure and its offset. */
  quote: string;
  quoteStart: number;
  /** 1-based line and column of the number. */
  line: number;
  col: number;
}

/** What the comparison needs to know about a document (the `document` NDJSON line). */
export interface DocumentInfo {
  id: string;
  path?: string;
  outlet: string | null;
  outletFrom?: string;
  /** Reference date (ISO) and where it came from. */
  published: string | null;
  publishedFrom: string;
  /** First line of the text, for people. */
  title: string;
  /** Main places of the document (canonical ids or normalized names), most cited first. */
  places: string[];
  /** Actors cited in the document (canonical ids), most cited first. */
  actors: string[];
  /** Kinds of event the headline names (flood, quake, violence …), when it names any. */
  kinds?: string[];
  /** Words of the headline and lead (without proclitics, each once), to tell stories apart. */
  lead?: string[];
  bytes: number;
  figures: number;
}
