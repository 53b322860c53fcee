// Shared types of the pipeline. Every offset is a UTF-16 code unit index into the
// decoded original text of a document (JavaScript string index).

export interface Span {
  start: number;
  end: number;
}

/** Where a document's metadata value came from. */
export type MetaSource = 'ndjson' | 'meta' | 'dateline' | 'weekday-anchor' | 'inferred' | 'ref-date' | 'byline' | 'text' | 'none';

/** One decoded input document (stage: input). */
export interface SourceDocument {
  /** Stable id: the path as given (relative), `-` for stdin, or the NDJSON record id. */
  id: string;
  /** File path when read from disk. */
  path?: string;
  /** Decoded original text (BOM removed). All offsets point into this string. */
  text: string;
  /** Encoding the bytes were decoded from (utf-8, utf-16le, utf-16be, windows-1256). */
  encoding: string;
  /** Size of the raw input in bytes. */
  bytes: number;
  published?: string;
  outlet?: string;
  url?: string;
  /** Where `published` / `outlet` came from when given by the input (ndjson or --meta). */
  publishedFrom?: MetaSource;
  outletFrom?: MetaSource;
}

/** An input that could not be read or decoded (exit code 3). */
export interface InputFailure {
  id: string;
  message: string;
}

export type NumberQualifier = 'exact' | 'approx' | 'moreThan' | 'atLeast' | 'lessThan' | 'atMost' | 'range' | 'vague';

export type NumberKind =
  | 'count'
  | 'ordinal'
  | 'fraction'
  | 'year'
  | 'datePart'
  | 'time'
  | 'percent'
  | 'money'
  | 'temperature'
  | 'age'
  | 'phone'
  | 'id'
  | 'measure';

export interface NumberMention extends Span {
  text: string;
  /** Point value; null for vague quantities (عشرات). */
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: NumberQualifier;
  kind: NumberKind;
  /** Span of the bare number without qualifier words (for highlighting), when it differs. */
  core?: Span;
  /** For dual nouns (غارتين) and tamyiz, the counted noun as written. */
  noun?: string;
}

export type DateGrain = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

export interface DateMention extends Span {
  text: string;
  /** ISO 8601 date or date-time; null when a relative date cannot be resolved. */
  value: string | null;
  grain: DateGrain;
  calendar: 'gregorian' | 'hijri';
  /** True for expressions resolved against the reference date (أمس، الخميس الماضي). */
  relative: boolean;
  /** Weekday named in the text (0 = Sunday … 6 = Saturday). */
  weekday?: number;
  /** Hijri parts as written, for hijri dates. */
  hijri?: { year: number; month: number; day?: number };
  /** Part of day (morning, evening, night) when stated. */
  partOfDay?: string;
  /** End of an interval (exclusive), when the mention is a range. */
  endValue?: string | null;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'FAC' | 'NORP' | 'MEDIA';

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  subtype?: string;
  /** Canonical actor id from the gazetteer (e.g. "isis"). */
  canonical?: string;
  /** The canonical alias this mention was matched through, when the text differs. */
  aliasOf?: string;
}

export interface ReferenceDate {
  /** ISO date (YYYY-MM-DD) or date-time. */
  value: string | null;
  from: MetaSource;
}

/** What `arqam extract` produces for one document. */
export interface ExtractedDocument {
  id: string;
  published: string | null;
  publishedFrom: MetaSource;
  outlet?: string | null;
  outletFrom?: MetaSource;
  language?: string;
  numbers?: NumberMention[];
  dates?: DateMention[];
  entities?: EntityMention[];
}
