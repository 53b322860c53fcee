// The shapes of figures and comparisons as the CSV and HTML renderers read them
// (the `arqam.compare/1` JSON). Structural and lenient on purpose: a renderer only
// needs these fields, and additions to the schema must not break it.

export interface SourceLike {
  text?: string | null;
  canonical?: string | null;
  via?: string | { text?: string | null; canonical?: string | null } | null;
}

export interface SubjectLike {
  text?: string | null;
  role?: string | null;
  party?: string | null;
}

/** A figure (`arqam claims`) or a claim of a comparison group. */
export interface FigureLike {
  document: string;
  measure?: string;
  value: number | null;
  min?: number | null;
  max?: number | null;
  qualifier?: string | null;
  subject?: SubjectLike | null;
  source?: SourceLike | null;
  asOf?: unknown;
  period?: unknown;
  location?: unknown;
  partOf?: unknown;
  otherEvent?: boolean | null;
  /** Span of the number in the document's original text. */
  start?: number;
  end?: number;
  /** The sentence; a string, or an object with its text and span. */
  quote?: string | { text: string; start?: number; end?: number } | null;
  /** Offset of the quote in the document, when the quote is a plain string. */
  quoteStart?: number;
  /** The number as written, when given (a fallback to find it in the quote). */
  text?: string;
  outlet?: string | null;
  /** Figure id (`document#n`). */
  id?: string;
  /** In a comparison: who makes the claim (the source's actor, else the outlet). */
  claimant?: string;
  /** In a comparison: the claim counts only part of the event (not compared with totals). */
  partial?: boolean;
}

export interface DocumentLike {
  id: string;
  outlet?: string | null;
  published?: unknown;
  path?: string;
  /** First line of the text. */
  title?: string;
}

export interface EventLike {
  id: string;
  label?: string;
  documents?: string[];
  places?: string[];
  from?: string | null;
  to?: string | null;
  other?: boolean;
}

export interface GroupLike {
  id?: string;
  /** Event id (see `events`). */
  event?: unknown;
  measure: string;
  subject?: (SubjectLike & { label?: string | null; key?: string }) | null;
  status: string;
  claims: FigureLike[];
  summary?: Record<string, unknown> | null;
}

export interface CheckLike {
  [key: string]: unknown;
}

export interface CompareLike {
  schema?: string;
  documents?: DocumentLike[];
  events?: EventLike[];
  groups: GroupLike[];
  checks?: CheckLike[];
}
