// Token-level helpers shared by the figure parsers: where a mention sits among the
// tokens, and what each token means to the figures lexicon (looked up once per token).

import type { Span } from '../core/types.js';
import type { Token } from '../segment/index.js';
import { figuresLexicon, lookupKeys, type CueKind, type PeriodKind, type RoleWord, type SourceKind, type Trigger } from './lexicon.js';

/** Index of the first token whose end is after `offset` (tokens sorted by start). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token range [first, end) covered by a span. */
export function tokenRange(tokens: readonly Token[], span: Span): [number, number] {
  const first = tokenAt(tokens, span.start);
  let end = first;
  while (end < tokens.length && tokens[end]!.start < span.end) end++;
  return [first, Math.max(end, first + 1)];
}

export interface TokenMeaning {
  trigger?: Trigger;
  role?: RoleWord;
  source?: SourceKind;
  cue?: CueKind;
  period?: PeriodKind;
}

/** Every lexicon's entry for a form, merged so a token needs one chain of lookups. */
let merged: Map<string, TokenMeaning> | undefined;
function mergedLexicon(): Map<string, TokenMeaning> {
  if (merged) return merged;
  const lex = figuresLexicon();
  const m = new Map<string, TokenMeaning>();
  const put = <K extends keyof TokenMeaning>(field: K, map: ReadonlyMap<string, NonNullable<TokenMeaning[K]>>): void => {
    for (const [form, value] of map) {
      const entry = m.get(form) ?? {};
      entry[field] = value;
      m.set(form, entry);
    }
  };
  put('trigger', lex.triggers);
  put('role', lex.roles);
  put('source', lex.sources);
  put('cue', lex.cues);
  put('period', lex.periods);
  return (merged = m);
}

const NOTHING: TokenMeaning = Object.freeze({});

/** Lexicon meanings of tokens, computed on demand and cached per document. */
export class Meanings {
  private readonly cache: Array<TokenMeaning | undefined> = [];
  private readonly lex = mergedLexicon();
  /** Tokens that are the noun of a dual count (جريحان، طفلتين): also read as their singular. */
  private readonly duals = new Set<number>();

  constructor(readonly tokens: readonly Token[]) {}

  /**
   * The token is the noun of a dual count, so its singular's meaning holds too: جريحين is two
   * of جريح (a trigger), طفلتان two of طفله (a role). Call before the token is first read.
   */
  markDual(i: number): void {
    const t = this.tokens[i];
    if (t && t.kind === 'word' && !t.proclitics.includes('ال')) this.duals.add(i);
  }

  of(i: number): TokenMeaning {
    let m = this.cache[i];
    if (m) return m;
    const t = this.tokens[i];
    m = NOTHING;
    if (t && t.kind === 'word') {
      const keys = lookupKeys(t);
      const singular = this.duals.has(i) ? dualSingular(t.stem) : null;
      if (singular) keys.push(singular);
      // For each lexicon, the most literal form that it lists wins.
      for (const key of keys) {
        const entry = this.lex.get(key);
        if (!entry) continue;
        if (m === NOTHING) m = {};
        m.trigger ??= entry.trigger;
        m.role ??= entry.role;
        m.source ??= entry.source;
        m.cue ??= entry.cue;
        m.period ??= entry.period;
      }
    }
    this.cache[i] = m;
    return m;
  }
}

/** The singular of a dual noun in the search spelling: طفلتان → طفله، جريحين → جريح، حالتي → حاله. */
export function dualSingular(stem: string): string | null {
  if (stem.length >= 5 && (stem.endsWith('تان') || stem.endsWith('تين'))) return `${stem.slice(0, -3)}ه`;
  if (stem.length >= 4 && (stem.endsWith('ان') || stem.endsWith('ين'))) return stem.slice(0, -2);
  // The construct dual: حالتي وفاه، حالتا وفاه.
  if (stem.length >= 4 && (stem.endsWith('تي') || stem.endsWith('تا'))) return `${stem.slice(0, -2)}ه`;
  return null;
}

const QUOTE_OPEN = new Set(['"', '“', '«', '„', "'"]);
const QUOTE_CLOSE = new Set(['"', '”', '»', "'"]);
export const isOpenQuote = (t: Token): boolean => t.kind === 'punct' && QUOTE_OPEN.has(t.search);
export const isCloseQuote = (t: Token): boolean => t.kind === 'punct' && QUOTE_CLOSE.has(t.search);
export const isQuote = (t: Token): boolean => isOpenQuote(t) || isCloseQuote(t);

/** Punctuation that closes a clause: comma, colon, semicolon, dashes, brackets. */
export function isClauseBreak(t: Token): boolean {
  return t.kind === 'punct' && /^[،,:;؛\-–—()[\]]$/u.test(t.search);
}

/** The conjunction و written alone (و 23) or glued to a number token's left. */
export function isConjunction(t: Token): boolean {
  return t.kind === 'word' && (t.search === 'و' || t.search === 'ف');
}

/** The token is a complementizer that opens a reported clause (ان، انه، بان). */
export function isComplementizer(t: Token): boolean {
  const s = t.search;
  return t.kind === 'word' && (s === 'ان' || s === 'انه' || s === 'انها' || s === 'بان' || s === 'وان' || s === 'فان' || s === 'انهم' || s === 'بانه');
}

/** Relative pronouns: a relative clause opens on one (الذين قتلوا). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي']);

/** "على الاقل" · "على الاكثر": the bound a word after على gives a count written before it. */
export const TRAILING_BOUNDS: ReadonlyMap<string, 'atLeast' | 'atMost'> = new Map([
  ['الاقل', 'atLeast'],
  ['الاكثر', 'atMost'],
]);
