// Token-level reading shared by the date grammar: lexicon lookups per token, punctuation,
// digits, sticky regexes at a token, and number words (ثلاثة، الثالث عشر، ألفين وتسعة عشر).
// The layers above (calendar-refs → date-readers → time-readers → parser) add readers.

import type { DateGrain } from '../../core/types.js';
import { WORD_ROLES, type Calendar, type LexEntry, type WordRole } from './lexicon.js';
import { coreOf, lexMatches, type DateToken, type LexMatch } from './scan.js';
import { codeAt, isDigit } from '../numbers/text.js';

export interface ParseEnv {
  /** Reference day (days since 1970-01-01), or null when unknown. */
  ref: number | null;
  /** Reference time of day in seconds, when known. */
  refSeconds: number | null;
  /** 'past' (news: a bare weekday is the last one) or 'future' (Duckling: the next one). */
  orientation: 'past' | 'future';
}

/** A parsed date before formatting. `day` is null when it needs an unknown reference. */
export interface Hit {
  /** Token range [begin, end). */
  begin: number;
  end: number;
  day: number | null;
  grain: DateGrain;
  calendar: Calendar;
  relative: boolean;
  weekday?: number;
  hijri?: { year: number; month: number; day?: number };
  partOfDay?: string;
  /** Time of day in seconds, for hour/minute/second grains. */
  seconds?: number;
  /** Time zone said with the time (بتوقيت غرينتش), minutes east of UTC. */
  zone?: number;
  /** Exclusive end of an interval: day, and time in seconds when timed. */
  endDay?: number | null;
  endSeconds?: number;
  /** The year was written (a full date), for datelines and anchors. */
  explicitYear?: boolean;
  /** Days from the reference said by a word (أمس = -1), for the reference finder. */
  relOffset?: number;
  /** A weekday alone (يوم الاثنين), resolved against the reference. */
  bareWeekday?: boolean;
  /** Two weekdays naming one night (ليل الخميس- الجمعة). */
  nightPair?: boolean;
}

export interface NumRef {
  end: number;
  value: number;
  ordinal: boolean;
  words: boolean;
}

/**
 * The hit with every field present, in the order of the interface (undefined where
 * absent): hits come from many readers and spreads, and one hidden class keeps the
 * property reads of the parser monomorphic. toMention skips undefined fields as absent ones.
 */
export function shapeHit(h: Hit | null): Hit | null {
  if (!h) return null;
  return {
    begin: h.begin,
    end: h.end,
    day: h.day,
    grain: h.grain,
    calendar: h.calendar,
    relative: h.relative,
    weekday: h.weekday,
    hijri: h.hijri,
    partOfDay: h.partOfDay,
    seconds: h.seconds,
    zone: h.zone,
    endDay: h.endDay,
    endSeconds: h.endSeconds,
    explicitYear: h.explicitYear,
    relOffset: h.relOffset,
    bareWeekday: h.bareWeekday,
    nightPair: h.nightPair,
  };
}

/** The longer of two readings; the first wins a tie (readers are tried in order of preference). */
export function longer(best: Hit | null, h: Hit | null): Hit | null {
  return h && (!best || h.end > best.end) ? h : best;
}

const TYPE_BIT: Record<Exclude<LexEntry['type'], 'word'>, number> = { month: 1 << 0, weekday: 1 << 1, num: 1 << 2, holiday: 1 << 3 };

// Roles a reader asks for by name get a bit each; the others share one bit that only says
// "a date word" (a bit per role would overflow 32 bits: the 29th role wrapped onto month).
const TESTED_ROLES = [
  'relday', 'now', 'this', 'unit', 'ago', 'within', 'part', 'period', 'hour',
  'yearword', 'dayword', 'monthword', 'from', 'between', 'until', 'of', 'last',
] as const satisfies readonly WordRole[];
type TestedRole = (typeof TESTED_ROLES)[number];
const OTHER_ROLE_BIT = 1 << (4 + TESTED_ROLES.length);

const TESTED_BIT = Object.fromEntries(TESTED_ROLES.map((r, k) => [r, 1 << (k + 4)])) as Record<TestedRole, number>;
const ROLE_BIT = Object.fromEntries(
  WORD_ROLES.map((r) => [r, (TESTED_BIT as Record<string, number>)[r] ?? OTHER_ROLE_BIT]),
) as Record<WordRole, number>;

/** Bits of TokenReader.kinds: entry types and the roles readers test. */
export const B = { ...TYPE_BIT, ...TESTED_BIT };

const NO_MATCHES: LexMatch[] = [];

/**
 * A reader's results by key (a token index, or an index with a flag folded in), each
 * computed once per region: readers are pure over the region's tokens, and the same
 * position is read from several starts (a lead word, an interval's ends). Results are
 * shared, so callers never mutate them.
 */
export class Memo<T> {
  private readonly values: Array<T | null | undefined> = [];

  constructor(private readonly read: (key: number) => T | null) {}

  get(key: number): T | null {
    let v = this.values[key];
    if (v === undefined) this.values[key] = v = this.read(key);
    return v;
  }
}

export class TokenReader {
  constructor(
    protected readonly v: string,
    protected readonly t: DateToken[],
    protected readonly env: ParseEnv,
  ) {}

  /** Bit set of what the phrases at token i can be (entry types and word roles). */
  protected kinds(i: number): number {
    const tok = this.t[i];
    if (!tok) return 0;
    let k = tok.kinds;
    if (k === undefined) {
      k = 0;
      for (const m of this.lex(i)) for (const e of m.entries) k |= e.type === 'word' ? ROLE_BIT[e.role] : TYPE_BIT[e.type];
      tok.kinds = k;
    }
    return k;
  }

  protected lex(i: number): LexMatch[] {
    const tok = this.t[i];
    if (!tok) return NO_MATCHES;
    // Kept on the token: a region read again with another reference looks its words up once.
    return (tok.lex ??= lexMatches(this.t, i));
  }

  /** Longest phrase at i with an entry accepted by `pick`. */
  protected find<T>(i: number, pick: (e: LexEntry, m: LexMatch) => T | undefined): { end: number; value: T; via: LexMatch['via'] } | null {
    for (const m of this.lex(i)) {
      for (const e of m.entries) {
        const value = pick(e, m);
        if (value !== undefined) return { end: i + m.len, value, via: m.via };
      }
    }
    return null;
  }

  protected word(i: number, role: WordRole, exact = false): { end: number; value: string; via: LexMatch['via'] } | null {
    // A plain loop: this is the most called lookup, and most answers are "no".
    const matches = this.lex(i);
    for (let a = 0; a < matches.length; a++) {
      const m = matches[a]!;
      if (exact && m.via !== 'w') continue;
      for (let b = 0; b < m.entries.length; b++) {
        const e = m.entries[b]!;
        if (e.type === 'word' && e.role === role) return { end: i + m.len, value: e.value, via: m.via };
      }
    }
    return null;
  }

  protected punct(i: number, chars: string): boolean {
    const tok = this.t[i];
    return !!tok && tok.kind === 'punct' && chars.includes(tok.w);
  }

  protected digits(i: number): number | null {
    const tok = this.t[i];
    return tok && tok.kind === 'digits' && tok.w.length <= 4 ? Number(tok.w) : null;
  }

  /** Token index that ends at view offset `end`, or -1. */
  protected tokenEndingAt(from: number, end: number): number {
    for (let k = from; k < this.t.length; k++) {
      if (this.t[k]!.end === end) return k + 1;
      if (this.t[k]!.end > end) return -1;
    }
    return -1;
  }

  protected regexAt(re: RegExp, i: number): { m: RegExpExecArray; end: number } | null {
    const tok = this.t[i];
    if (!tok || tok.kind !== 'digits') return null;
    const prev = codeAt(this.v, tok.start - 1);
    // 1.2.3.4 and 12/3/4/5 are not dates: do not start inside such a chain.
    if ((prev === 0x2e || prev === 0x2f || prev === 0x2d || prev === 0x3a) && isDigit(codeAt(this.v, tok.start - 2))) return null;
    re.lastIndex = tok.start;
    const m = re.exec(this.v);
    if (!m) return null;
    const end = this.tokenEndingAt(i, m.index + m[0].length);
    return end < 0 ? null : { m, end };
  }

  // Keys fold `compose` into the index: 2i + 1 composes parts joined by و.
  private readonly numberMemo = new Memo<NumRef>((key) => this.numberAt(key >> 1, (key & 1) === 1));

  /** A number in digits or words (ثلاثة، الثالث عشر، ألفين وتسعة عشر), at most `max`. */
  protected number(i: number, max = 9999, compose = true): NumRef | null {
    const n = this.numberMemo.get(2 * i + (compose ? 1 : 0));
    return n && n.value <= max ? n : null;
  }

  private numberAt(i: number, compose: boolean): NumRef | null {
    const d = this.digits(i);
    if (d !== null) return { end: i + 1, value: d, ordinal: false, words: false };
    let k = i;
    let total = 0;
    let ordinal = false;
    let parts = 0;
    for (;;) {
      const tok = this.t[k];
      if (!tok || tok.kind !== 'word') break;
      if (parts > 0) {
        if (!compose) break;
        // Later parts are joined by و (ثلاثة وعشرون، ألفين وتسعة عشر).
        if (tok.w === 'و' && this.t[k + 1]?.kind === 'word') k++;
        else if (tok.conj !== 1 || !tok.w.startsWith('و')) break;
      }
      const part = this.find(k, (e, m) => (e.type === 'num' && e.kind !== 'teen' && (parts === 0 ? m.via !== 'core' || true : true) ? e : undefined));
      if (!part) {
        if (parts > 0 && this.t[k - 1]?.w === 'و') k--;
        break;
      }
      const e = part.value as Extract<LexEntry, { type: 'num' }>;
      if (e.kind === 'teenonly' && this.find(part.end, (x) => (x.type === 'num' && x.kind === 'teen' ? x : undefined)) === null) break;
      let value = e.value;
      let end = part.end;
      if (e.kind === 'cardinal' || e.kind === 'ordinal' || e.kind === 'teenonly') {
        const teen = this.find(end, (x, m) => (x.type === 'num' && x.kind === 'teen' && m.via === 'w' ? x : undefined));
        if (teen && value < 10) {
          value += 10;
          end = teen.end;
        }
      }
      if (parts === 0 && e.kind === 'ordinal') ordinal = true;
      if (parts === 0 && e.kind === 'tens' && this.t[k]!.w.startsWith('ال')) ordinal = true;
      total += value;
      parts++;
      k = end;
    }
    if (parts === 0 || total === 0) return null;
    return { end: k, value: total, ordinal, words: true };
  }

  /** A number written with و attached to its first word (وثمانية عشر، و18). */
  protected numberAfterConj(i: number): NumRef | null {
    const tok = this.t[i];
    if (!tok || tok.conj !== 1) return null;
    const n = this.number(i, 59);
    return n;
  }

  protected prevIs(i: number, word: string): boolean {
    const p = this.t[i - 1];
    return !!p && p.kind === 'word' && (p.w === word || coreOf(p) === word);
  }

  protected direction(i: number): { end: number; value: string } | null {
    for (const role of ['past', 'future', 'current'] as const) {
      const w = this.word(i, role);
      if (w) return { end: w.end, value: role };
    }
    return null;
  }

  protected weekdayName(i: number, article: boolean): { end: number; weekday: number } | null {
    const m = this.find(i, (e) => (e.type === 'weekday' && (e.article || !article) ? e : undefined));
    return m ? { end: m.end, weekday: m.value.weekday } : null;
  }
}
