// The date grammar over the tokens of one region. Each small parser reads one
// phenomenon (a month reference, a year, a day number, a weekday, a time) and the
// combinators build dates from them; every parser returns where it ended (token index)
// so the region's driver keeps the longest match at each position.

import type { DateGrain } from '../../core/types.js';
import { civilFromDays, daysFromCivil, daysInMonth, easterDays, isValidDate, mondayOf, weekdayOfDays } from './calendar.js';
import { daysToHijri, hijriMonthLength, hijriToDays } from './hijri.js';
import type { Calendar, LexEntry, Unit, WordRole } from './lexicon.js';
import { bareOf, coreOf, lexMatches, type DateToken, type LexMatch } from './scan.js';

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

interface MonthRef {
  end: number;
  month: number;
  calendar: Calendar;
  /** Gregorian or Hijri year as written (per `yearCalendar`), when given. */
  year?: number;
  yearCalendar?: Calendar;
  /** Resolved year/month for relative months (الشهر الماضي), null when no reference. */
  fixed?: { y: number; m: number } | null;
  named: boolean;
  alone: boolean;
  /** A month said after شهر or with الماضي/المقبل. */
  cued: boolean;
  /** The year was inferred from الماضي/المقبل, not written. */
  relativeYear?: boolean;
}

interface YearRef {
  end: number;
  year: number | null;
  calendar: Calendar;
  relative: boolean;
}

interface TimeRef {
  end: number;
  h: number;
  mi: number;
  s?: number;
  grain: DateGrain;
  pod?: string;
  /** The hour was stated with a part of day or 24-hour clock, so it needs no am/pm guess. */
  fixed: boolean;
  zone?: number;
}

interface NumRef {
  end: number;
  value: number;
  ordinal: boolean;
  words: boolean;
}

const DMY = /(\d{1,2}) ?([/.\-]) ?(\d{1,2}) ?\2 ?(\d{4})(?![\d]|[.\/\-]\d)/y;
const YMD = /(\d{4}) ?([/.\-]) ?(\d{1,2}) ?\2 ?(\d{1,2})(?![\d]|[.\/\-]\d)/y;
const MY = /(\d{1,2}) ?\/ ?(\d{4})(?![\d]|[.\/\-]\d)/y;
const DM = /(\d{1,2}) ?\/ ?(\d{1,2})(?![\d]|[.\/\-]\d)/y;
const CLOCK = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d]|[:.]\d)/y;
const CLOCK_LOOSE = /(\d{1,2})[:,.](\d{2})(?![\d]|[:.,]\d)/y;
const DAY_SECONDS = 86400;

/** The longer of two readings; the first wins a tie (readers are tried in order of preference). */
function longer(best: Hit | null, h: Hit | null): Hit | null {
  return h && (!best || h.end > best.end) ? h : best;
}
/** Words after which a bare year is a year (منذ 2011، حتى 2020). */
const YEAR_CUES = new Set(['منذ', 'حتي', 'قبل', 'بعد', 'خلال', 'مطلع', 'عام', 'سنه']);
const TYPE_BIT: Record<Exclude<LexEntry['type'], 'word'>, number> = { month: 1 << 0, weekday: 1 << 1, num: 1 << 2, holiday: 1 << 3 };
const ROLE_NAMES: WordRole[] = ['relday', 'now', 'past', 'future', 'current', 'this', 'unit', 'ago', 'within', 'part', 'period', 'lead', 'join', 'hour', 'minutes', 'minus', 'zone', 'era', 'yearword', 'dayword', 'monthword', 'from', 'between', 'to', 'until', 'of', 'first', 'last', 'agree'];
const ROLE_BIT = Object.fromEntries(ROLE_NAMES.map((r, k) => [r, 1 << (k + 4)])) as Record<WordRole, number>;
const B = { ...TYPE_BIT, ...ROLE_BIT };
/** Words an interval can open with: بين، من، a month (يوليو 13-15), a day or hour number, الساعة، حتى. */
const INTERVAL_STARTS = B.between | B.from | B.month | B.monthword | B.num | B.hour | B.until | B.relday;
/** Words the special intervals open with: الليلة، خلال، الأسابيع. */
const SPECIAL_STARTS = B.part | B.within | B.unit;
const NO_MATCHES: LexMatch[] = [];
/** Tokens a date may hold before its first trigger word (من الثالث والعشرين وحتى … شهر). */
const MAX_LEAD = 9;

export class RegionParser {
  private readonly lexCache: Array<LexMatch[] | undefined> = [];
  private readonly kindCache: Array<number | undefined> = [];
  // The same position is tried from several starts (a lead word, an interval's ends):
  // results are memoized per token and never mutated.
  private readonly dayMemo = new Map<number, Hit | null>();
  private readonly timeMemo = new Map<number, TimeRef | null>();
  private readonly monthMemo = new Map<number, MonthRef | null>();
  /** The interval being read opened with بين, so و separates its ends. */
  private betweenOpen = false;

  constructor(
    private readonly v: string,
    private readonly t: DateToken[],
    private readonly env: ParseEnv,
  ) {}

  /** Longest dates, left to right, without overlaps. */
  parseAll(): Hit[] {
    const out: Hit[] = [];
    // A date holds a trigger token, so it starts at most MAX_LEAD tokens before one.
    const n = this.t.length;
    const nextTrigger = new Int32Array(n + 1).fill(n + MAX_LEAD + 1);
    for (let k = n - 1; k >= 0; k--) nextTrigger[k] = this.t[k]!.trigger ? k : nextTrigger[k + 1]!;
    let i = 0;
    while (i < n) {
      if (nextTrigger[i]! - i > MAX_LEAD) {
        i = nextTrigger[i]! - MAX_LEAD;
        continue;
      }
      const hit = this.t[i]!.kind === 'break' ? null : this.parseAt(i);
      if (hit) {
        out.push(hit);
        i = hit.end;
      } else i++;
    }
    return out;
  }

  // ---- token helpers ----

  /** Bit set of what the phrases at token i can be (entry types and word roles). */
  private kinds(i: number): number {
    let k = this.kindCache[i];
    if (k === undefined) {
      k = 0;
      for (const m of this.lex(i)) for (const e of m.entries) k |= e.type === 'word' ? ROLE_BIT[e.role] : TYPE_BIT[e.type];
      this.kindCache[i] = k;
    }
    return k;
  }

  private lex(i: number): LexMatch[] {
    if (i >= this.t.length) return NO_MATCHES;
    let m = this.lexCache[i];
    if (!m) this.lexCache[i] = m = lexMatches(this.t, i);
    return m;
  }

  /** Longest phrase at i with an entry accepted by `pick`. */
  private find<T>(i: number, pick: (e: LexEntry, m: LexMatch) => T | undefined): { end: number; value: T; via: LexMatch['via'] } | null {
    for (const m of this.lex(i)) {
      for (const e of m.entries) {
        const value = pick(e, m);
        if (value !== undefined) return { end: i + m.len, value, via: m.via };
      }
    }
    return null;
  }

  private word(i: number, role: WordRole, exact = false): { end: number; value: string; via: LexMatch['via'] } | null {
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

  private punct(i: number, chars: string): boolean {
    const tok = this.t[i];
    return !!tok && tok.kind === 'punct' && chars.includes(tok.w);
  }

  private digits(i: number): number | null {
    const tok = this.t[i];
    return tok && tok.kind === 'digits' && tok.w.length <= 4 ? Number(tok.w) : null;
  }

  /** Token index that ends at view offset `end`, or -1. */
  private tokenEndingAt(from: number, end: number): number {
    for (let k = from; k < this.t.length; k++) {
      if (this.t[k]!.end === end) return k + 1;
      if (this.t[k]!.end > end) return -1;
    }
    return -1;
  }

  private regexAt(re: RegExp, i: number): { m: RegExpExecArray; end: number } | null {
    const tok = this.t[i];
    if (!tok || tok.kind !== 'digits') return null;
    const prev = this.v.charCodeAt(tok.start - 1);
    // 1.2.3.4 and 12/3/4/5 are not dates: do not start inside such a chain.
    if ((prev === 0x2e || prev === 0x2f || prev === 0x2d || prev === 0x3a) && /\d/.test(this.v[tok.start - 2] ?? '')) return null;
    re.lastIndex = tok.start;
    const m = re.exec(this.v);
    if (!m) return null;
    const end = this.tokenEndingAt(i, m.index + m[0].length);
    return end < 0 ? null : { m, end };
  }

  // ---- numbers ----

  /** A number in digits or words (ثلاثة، الثالث عشر، ألفين وتسعة عشر). */
  private number(i: number, max = 9999, compose = true): NumRef | null {
    const d = this.digits(i);
    if (d !== null) return d <= max ? { end: i + 1, value: d, ordinal: false, words: false } : null;
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
    if (parts === 0 || total > max || total === 0) return null;
    return { end: k, value: total, ordinal, words: true };
  }

  // ---- years ----

  /** (عام|سنة)? 2014 (هـ|م)?, a year in words after عام, or السنة الماضية. */
  private year(i: number, needCue: boolean): YearRef | null {
    let k = i;
    const of = this.word(k, 'of');
    if (of && (this.word(of.end, 'yearword') || this.digits(of.end) !== null)) k = of.end;
    const yw = this.word(k, 'yearword');
    if (yw) {
      const rel = this.relativeUnit(k);
      if (rel && (rel.unit === 'year')) return { end: rel.end, year: rel.day === null ? null : civilFromDays(rel.day).y, calendar: 'gregorian', relative: true };
      k = yw.end;
    }
    const cued = !!yw || !needCue;
    const d = this.digits(k);
    let n: NumRef | null = null;
    if (d !== null && this.t[k]!.w.length >= 3) n = { end: k + 1, value: d, ordinal: false, words: false };
    else if (yw && d === null) n = this.number(k);
    if (!n || n.value < 100) {
      if (!yw) {
        const rel = this.relativeUnit(i);
        if (rel && rel.unit === 'year') return { end: rel.end, year: rel.day === null ? null : civilFromDays(rel.day).y, calendar: 'gregorian', relative: true };
      }
      return null;
    }
    const era = this.word(n.end, 'era');
    let calendar: Calendar = 'gregorian';
    let end = n.end;
    if (era) {
      calendar = era.value === 'hijri' ? 'hijri' : 'gregorian';
      end = era.end;
      if (this.punct(end, '.') && calendar === 'hijri' && this.t[end - 1]!.w === 'ه') end++;
    } else if (n.value >= 1300 && n.value <= 1500 && (cued || !needCue)) calendar = 'hijri';
    if (!era && !cued) return null;
    if (calendar === 'gregorian' && !(n.value >= 1000 && n.value <= 2200) && !era) return null;
    if (calendar === 'hijri' && !(n.value >= 1 && n.value <= 1600)) return null;
    return { end, year: n.value, calendar, relative: false };
  }

  // ---- months ----

  private monthName(i: number): { end: number; month: number; calendar: Calendar; alone: boolean } | null {
    const m = this.find(i, (e) => (e.type === 'month' ? e : undefined));
    if (!m) return null;
    let end = m.end;
    // Paired names: يناير/ كانون الثاني · كانون الثاني (يناير) · أيار-مايو · يناير كانون الثاني.
    const twin = this.find(end, (e) => (e.type === 'month' && e.month === m.value.month && e.calendar === m.value.calendar ? e : undefined));
    if (twin) end = twin.end;
    else if (this.punct(end, '/-(')) {
      const open = this.t[end]!.w === '(';
      const other = this.find(end + 1, (e) => (e.type === 'month' && e.month === m.value.month && e.calendar === m.value.calendar ? e : undefined));
      if (other && (!open || this.punct(other.end, ')'))) end = open ? other.end + 1 : other.end;
    }
    return { end, month: m.value.month, calendar: m.value.calendar, alone: m.value.alone };
  }

  private monthRef(i: number): MonthRef | null {
    let m = this.monthMemo.get(i);
    if (m === undefined) this.monthMemo.set(i, (m = this.monthRefAt(i)));
    return m;
  }

  /** A month: name, شهر + number, الشهر الثامن, الشهر الماضي; with an optional year after it. */
  private monthRefAt(i: number): MonthRef | null {
    let k = i;
    const shahr = this.word(k, 'monthword');
    let ref: MonthRef | null = null;
    if (shahr) {
      const article = shahr.via === 'bare';
      const after = shahr.end;
      const name = this.monthName(after);
      if (name) ref = { end: name.end, month: name.month, calendar: name.calendar, named: true, alone: true, cued: true };
      else if (!article) {
        const n = this.number(after, 12);
        if (n && !n.ordinal && n.value >= 1) ref = { end: n.end, month: n.value, calendar: 'gregorian', named: false, alone: true, cued: true };
      } else {
        const n = this.number(after, 12);
        if (n && n.ordinal) ref = { end: n.end, month: n.value, calendar: 'gregorian', named: false, alone: true, cued: true };
      }
      if (!ref) {
        const rel = this.relativeUnit(k);
        if (rel && rel.unit === 'month') {
          const c = rel.day === null ? null : civilFromDays(rel.day);
          ref = { end: rel.end, month: c?.m ?? 0, calendar: 'gregorian', fixed: c ? { y: c.y, m: c.m } : null, named: false, alone: true, cued: true };
        }
      }
      if (!ref) return null;
    } else {
      const name = this.monthName(k);
      if (!name) return null;
      ref = { end: name.end, month: name.month, calendar: name.calendar, named: true, alone: name.alone, cued: false };
    }
    if (ref.fixed === undefined) {
      // مايو الماضي · أيار المقبل
      const dir = this.direction(ref.end);
      if (dir) {
        ref.cued = true;
        ref.end = dir.end;
        if (this.env.ref === null) ref.fixed = null;
        else if (dir.value === 'current') {
          // كانون الثاني الجاري: this year's (or this Hijri year's) month.
          if (ref.calendar === 'hijri') {
            const h = daysToHijri(this.env.ref);
            if (h) {
              ref.year = h.year;
              ref.yearCalendar = 'hijri';
              ref.relativeYear = true;
            } else ref.fixed = null;
          } else ref.fixed = { y: civilFromDays(this.env.ref).y, m: ref.month };
        }
        else if (ref.calendar === 'hijri') {
          const h = daysToHijri(this.env.ref);
          if (!h) ref.fixed = null;
          else {
            ref.year = dir.value === 'past' ? (ref.month < h.month ? h.year : h.year - 1) : ref.month > h.month ? h.year : h.year + 1;
            ref.yearCalendar = 'hijri';
            ref.relativeYear = true;
          }
        } else {
          const c = civilFromDays(this.env.ref);
          const y = dir.value === 'past' ? (ref.month < c.m ? c.y : c.y - 1) : ref.month > c.m ? c.y : c.y + 1;
          ref.fixed = { y, m: ref.month };
        }
        return ref;
      }
      const y = this.yearAfter(ref.end);
      if (y) {
        ref.end = y.end;
        if (y.year === null) ref.fixed = null;
        else {
          ref.year = y.year;
          ref.yearCalendar = y.calendar;
        }
      }
    }
    return ref;
  }

  private yearAfter(i: number): YearRef | null {
    let k = i;
    if (this.punct(k, ',،')) k++;
    return this.year(k, false) ?? (k !== i ? null : null);
  }

  private direction(i: number): { end: number; value: string } | null {
    for (const role of ['past', 'future', 'current'] as const) {
      const w = this.word(i, role);
      if (w) return { end: w.end, value: role };
    }
    return null;
  }

  /** الأسبوع الماضي · الشهر المقبل · هذه السنة · العام الحالي: [start day, unit]. */
  private relativeUnit(i: number): { end: number; day: number | null; unit: Unit; grain: DateGrain } | null {
    let k = i;
    const thisWord = this.word(k, 'this');
    if (thisWord) k = thisWord.end;
    const u = this.find(k, (e, m) => (e.type === 'word' && e.role === 'unit' && (thisWord ? m.via !== 'core' : m.via === 'bare') && e.value.endsWith(':1') ? e.value : undefined));
    if (!u) return null;
    const unit = u.value.split(':')[0] as Unit;
    if (unit !== 'week' && unit !== 'month' && unit !== 'year') return null;
    let offset = 0;
    let end = u.end;
    if (!thisWord) {
      const dir = this.direction(end);
      if (!dir) return null;
      offset = dir.value === 'past' ? -1 : dir.value === 'future' ? 1 : 0;
      end = dir.end;
    }
    const grain: DateGrain = unit;
    return { end, day: this.shiftUnit(unit, offset), unit, grain };
  }

  /** Start day of the week/month/year `offset` units from the reference. */
  private shiftUnit(unit: Unit, offset: number): number | null {
    if (this.env.ref === null) return null;
    if (unit === 'week') return mondayOf(this.env.ref) + offset * 7;
    const c = civilFromDays(this.env.ref);
    if (unit === 'month') {
      const idx = c.y * 12 + c.m - 1 + offset;
      return daysFromCivil(Math.floor(idx / 12), (idx % 12) + 1, 1);
    }
    return daysFromCivil(c.y + offset, 1, 1);
  }

  /** Year for a month without one: Duckling's "this year unless the month is past", or the nearest in news. */
  private yearFor(month: number, day: number): number | null {
    if (this.env.ref === null) return null;
    const c = civilFromDays(this.env.ref);
    if (this.env.orientation === 'future') return month >= c.m ? c.y : c.y + 1;
    let best = c.y;
    let bestDist = Infinity;
    for (const y of [c.y - 1, c.y, c.y + 1]) {
      const dist = Math.abs(daysFromCivil(y, month, Math.min(day, daysInMonth(y, month))) - this.env.ref);
      if (dist < bestDist) {
        bestDist = dist;
        best = y;
      }
    }
    return best;
  }

  /** First day of a month reference and its gregorian month length, or null when unresolved. */
  private resolveMonth(ref: MonthRef, day = 1): { start: number | null; explicitYear: boolean; hijri?: { year: number; month: number; day?: number }; length: number } {
    if (ref.fixed === null) return { start: null, explicitYear: false, length: 0 };
    if (ref.fixed) return { start: daysFromCivil(ref.fixed.y, ref.fixed.m, 1), explicitYear: false, length: daysInMonth(ref.fixed.y, ref.fixed.m) };
    if (ref.calendar === 'hijri') {
      let hy: number | null = null;
      if (ref.year !== undefined && ref.yearCalendar === 'hijri') hy = ref.year;
      else if (ref.year !== undefined) {
        // رمضان 2019: the Hijri month that starts in that Gregorian year.
        const jan1 = daysFromCivil(ref.year, 1, 1);
        const h = daysToHijri(jan1);
        if (h) hy = hijriToDays(h.year, ref.month, 1)! >= jan1 ? h.year : h.year + 1;
      } else if (this.env.ref !== null) {
        const h = daysToHijri(this.env.ref);
        if (h) hy = this.nearestHijriYear(h.year, ref.month, day);
      }
      const start = hy === null ? null : hijriToDays(hy, ref.month, 1);
      if (start === null || hy === null) return { start: null, explicitYear: false, length: 0 };
      return { start, explicitYear: ref.year !== undefined && !ref.relativeYear, hijri: { year: hy, month: ref.month }, length: hijriMonthLength(hy, ref.month) };
    }
    const y = ref.year !== undefined && ref.yearCalendar !== 'hijri' ? ref.year : this.yearFor(ref.month, day);
    if (y === null) return { start: null, explicitYear: false, length: 0 };
    return { start: daysFromCivil(y, ref.month, 1), explicitYear: ref.year !== undefined, length: daysInMonth(y, ref.month) };
  }

  private nearestHijriYear(hy: number, month: number, day: number): number {
    const ref = this.env.ref!;
    let best = hy;
    let bestDist = Infinity;
    for (const y of [hy - 1, hy, hy + 1]) {
      const z = hijriToDays(y, month, Math.min(day, 29));
      if (z === null) continue;
      if (this.env.orientation === 'future' && z < ref - 30) continue;
      const dist = this.env.orientation === 'future' ? z - ref : Math.abs(z - ref);
      if (dist < bestDist) {
        bestDist = dist;
        best = y;
      }
    }
    return best;
  }

  // ---- day of month ----

  /** 26 · الأول · الثالث عشر · اليوم الثالث · ثالث يوم. */
  private dayNumber(i: number): NumRef | null {
    const tok = this.t[i];
    if (!tok) return null;
    if (tok.kind === 'digits') {
      if (tok.w.length > 2) return null;
      const nextChar = this.v[tok.end];
      if (nextChar === ':' || nextChar === '%' || nextChar === '.' && /\d/.test(this.v[tok.end + 1] ?? '')) return null;
      const d = Number(tok.w);
      return d >= 1 && d <= 31 ? { end: i + 1, value: d, ordinal: false, words: false } : null;
    }
    const dayWord = this.find(i, (e, m) => (e.type === 'word' && e.role === 'relday' && e.value === '0' && m.len === 1 && m.via === 'w' ? e : undefined));
    if (dayWord) {
      const n = this.number(dayWord.end, 31);
      return n && n.ordinal ? { ...n } : null;
    }
    const n = this.number(i, 31);
    if (!n) return null;
    if (n.ordinal) {
      const yawm = this.word(n.end, 'dayword');
      if (yawm && yawm.via === 'w') return { ...n, end: yawm.end };
    }
    return n.ordinal || this.t[i]!.w === 'اول' ? n : null;
  }

  // ---- dates ----

  /** Day + month (+ year): 26 كانون الثاني 2022 · الأول من شباط · 15 رجب 1443 هـ. */
  private dayMonth(i: number): Hit | null {
    const dn = this.dayNumber(i);
    if (!dn) return null;
    let k = dn.end;
    const of = this.word(k, 'of');
    let month = this.monthRef(of ? of.end : k);
    if (!month && of) month = null;
    if (!month) {
      // الثلاثاء التاسع عشر من هذا الشهر
      return null;
    }
    k = month.end;
    const r = this.resolveMonth(month, dn.value);
    const base: Hit = { begin: i, end: k, day: null, grain: 'day', calendar: month.calendar, relative: r.explicitYear ? false : true, explicitYear: r.explicitYear };
    if (month.calendar === 'hijri' && r.hijri) base.hijri = { ...r.hijri, day: dn.value };
    if (r.start === null) return base.relative ? base : null;
    if (dn.value > r.length) return null;
    base.day = r.start + dn.value - 1;
    return base;
  }

  /** Month (+ year) without a day: آذار 2019 · شهر رمضان · مايو الماضي · رمضان 2019 (a Hijri month as an interval). */
  private monthOnly(i: number, cue: boolean): Hit | null {
    const month = this.monthRef(i);
    if (!month) return null;
    const hasYear = month.year !== undefined && !month.relativeYear;
    if (!hasYear && !month.cued && !(cue && month.alone)) return null;
    const r = this.resolveMonth(month);
    const hit: Hit = { begin: i, end: month.end, day: r.start, grain: 'month', calendar: month.calendar, relative: !hasYear, explicitYear: hasYear };
    if (month.calendar === 'hijri') {
      if (r.hijri) hit.hijri = r.hijri;
      if (r.start !== null) hit.endDay = r.start + r.length;
    }
    if (r.start === null && hasYear) return null;
    return hit;
  }

  /** 26/1/2022 · 26 / 1 / 2022 · 2022.01.26 · 2022-01-26 · 2/2013 · 9 / 9 / 1436هـ. */
  private numeric(i: number, allowDayMonth: boolean): Hit | null {
    let y: number;
    let mo: number;
    let d: number | undefined;
    let end: number;
    const dmy = this.regexAt(DMY, i);
    const ymd = dmy ? null : this.regexAt(YMD, i);
    if (dmy) {
      let a = Number(dmy.m[1]);
      let b = Number(dmy.m[3]);
      // Day first, as Arabic writes it; month first only when the day cannot be a month.
      if (b > 12 && a <= 12) [a, b] = [b, a];
      d = a;
      mo = b;
      y = Number(dmy.m[4]);
      end = dmy.end;
    } else if (ymd) {
      y = Number(ymd.m[1]);
      mo = Number(ymd.m[3]);
      d = Number(ymd.m[4]);
      end = ymd.end;
    } else {
      const my = this.regexAt(MY, i);
      if (my && !this.prevIs(i, 'رقم')) {
        mo = Number(my.m[1]);
        y = Number(my.m[2]);
        end = my.end;
      } else if (allowDayMonth) {
        const dm = this.regexAt(DM, i);
        if (!dm) return null;
        d = Number(dm.m[1]);
        mo = Number(dm.m[2]);
        end = dm.end;
        const yy = this.yearFor(mo, d);
        if (!isValidDate(2000, mo, d)) return null;
        const day = yy === null ? null : daysFromCivil(yy, mo, d);
        return { begin: i, end, day, grain: 'day', calendar: 'gregorian', relative: true };
      } else return null;
    }
    const era = this.word(end, 'era');
    let calendar: Calendar = y >= 1300 && y <= 1500 ? 'hijri' : 'gregorian';
    if (era) {
      calendar = era.value === 'hijri' ? 'hijri' : 'gregorian';
      end = era.end;
    }
    if (calendar === 'gregorian' && !(y >= 1800 && y <= 2200)) return null;
    if (calendar === 'hijri') {
      const day = hijriToDays(y, mo, d ?? 1);
      if (day === null) return null;
      const hit: Hit = { begin: i, end, day, grain: d ? 'day' : 'month', calendar, relative: false, hijri: d ? { year: y, month: mo, day: d } : { year: y, month: mo }, explicitYear: true };
      if (!d) hit.endDay = day + hijriMonthLength(y, mo);
      return hit;
    }
    if (d === undefined) return mo >= 1 && mo <= 12 ? { begin: i, end, day: daysFromCivil(y, mo, 1), grain: 'month', calendar, relative: false, explicitYear: true } : null;
    if (!isValidDate(y, mo, d)) return null;
    return { begin: i, end, day: daysFromCivil(y, mo, d), grain: 'day', calendar, relative: false, explicitYear: true };
  }

  private prevIs(i: number, word: string): boolean {
    const p = this.t[i - 1];
    return !!p && p.kind === 'word' && (p.w === word || coreOf(p) === word);
  }

  /** عام 2014 · في 2019 · 1436هـ · 2007م · عام ألفين وتسعة عشر · السنة القادمة. */
  private yearOnly(i: number, cue: boolean): Hit | null {
    const tok = this.t[i];
    if (!tok) return null;
    const bareDigits = tok.kind === 'digits';
    const y = this.year(i, !cue);
    if (!y) return null;
    if (bareDigits && !cue && !this.word(y.end - 1, 'era')) return null;
    if (y.relative) return { begin: i, end: y.end, day: y.year === null ? null : daysFromCivil(y.year, 1, 1), grain: 'year', calendar: 'gregorian', relative: true };
    if (y.year === null) return null;
    if (y.calendar === 'hijri') {
      const day = hijriToDays(y.year, 1, 1);
      if (day === null) return null;
      const next = hijriToDays(y.year + 1, 1, 1);
      return { begin: i, end: y.end, day, grain: 'year', calendar: 'hijri', relative: false, hijri: { year: y.year, month: 1 }, endDay: next, explicitYear: true };
    }
    return { begin: i, end: y.end, day: daysFromCivil(y.year, 1, 1), grain: 'year', calendar: 'gregorian', relative: false, explicitYear: true };
  }

  /** اليوم · أمس · أول أمس · غدا, with an optional weekday (أمس السبت). */
  private relDay(i: number): Hit | null {
    const yawm = this.word(i, 'dayword', true);
    const at = yawm && this.t[yawm.end]?.kind === 'word' ? yawm.end : i;
    // Articles are listed where they belong (البارحة، الأمس): "الغد" alone is also a
    // newspaper, but after يوم or a part of day (صباح الغد) it is tomorrow.
    const afterDayWord = at > 0 && (this.word(at - 1, 'dayword', true) !== null || this.word(at - 1, 'part') !== null);
    const w = this.find(at, (e, m) => (e.type === 'word' && e.role === 'relday' && (m.via !== 'bare' || afterDayWord) ? { e, m } : undefined));
    if (!w) return null;
    const offset = Number((w.value.e as { value: string }).value);
    // "اليوم" followed by an ordinal is a day of the month, not today.
    if (offset === 0 && this.number(w.end, 31)?.ordinal) return null;
    const hit: Hit = { begin: i, end: w.end, day: this.env.ref === null ? null : this.env.ref + offset, grain: 'day', calendar: 'gregorian', relative: true, relOffset: offset };
    if (yawm && w.end === yawm.end) return null;
    const wd = this.weekdayName(hit.end, true);
    if (wd) {
      hit.weekday = wd.weekday;
      hit.end = wd.end;
    }
    return hit;
  }

  private weekdayName(i: number, article: boolean): { end: number; weekday: number } | null {
    const m = this.find(i, (e) => (e.type === 'weekday' && (e.article || !article) ? e : undefined));
    return m ? { end: m.end, weekday: m.value.weekday } : null;
  }

  /** Day of a weekday relative to the reference. */
  private weekdayDay(weekday: number, mode: 'bare' | 'past' | 'future' | 'this'): number | null {
    const ref = this.env.ref;
    if (ref === null) return null;
    const wd = weekdayOfDays(ref);
    const back = (wd - weekday + 7) % 7;
    const ahead = (weekday - wd + 7) % 7;
    if (mode === 'past') return ref - (back || 7);
    if (mode === 'future') return ref + (ahead || 7);
    if (this.env.orientation === 'future') return ref + (ahead || 7);
    return ref - back;
  }

  /** (يوم)? الخميس (الماضي|المقبل)? · الأحد من الأسبوع الماضي · the weekday's date when given. */
  private weekday(i: number): Hit | null {
    let k = i;
    const yawm = this.word(k, 'dayword', true);
    if (yawm) k = yawm.end;
    let thisWord = false;
    if (!yawm) {
      const t = this.word(k, 'this', true);
      if (t) {
        thisWord = true;
        k = t.end;
      }
    }
    const wd = this.weekdayName(k, !yawm);
    if (!wd) {
      // احد الاسبوع الماضي · ثلاثاء الاسبوع الفائت
      const bare = this.weekdayName(k, false);
      if (!bare || yawm) return null;
      const week = this.weekOf(bare.end);
      if (!week) return null;
      return { begin: i, end: week.end, day: week.monday === null ? null : week.monday + ((bare.weekday + 6) % 7), grain: 'day', calendar: 'gregorian', relative: true, weekday: bare.weekday };
    }
    k = wd.end;
    const hit: Hit = { begin: i, end: k, day: null, grain: 'day', calendar: 'gregorian', relative: true, weekday: wd.weekday };
    // Night between two days: ليل الخميس- الجمعة · السبت/الأحد.
    let sep = k;
    if (this.punct(sep, '-/–')) sep++;
    const second = this.weekdayName(sep, false);
    const pair = !!second && second.weekday === (wd.weekday + 1) % 7;
    if (pair) k = second.end;

    // An explicit date after the weekday: الأربعاء 26 كانون الثاني 2022 · يوم الأربعاء (26 / 1 / 2022)
    const dated = this.dateAfterWeekday(k, wd.weekday);
    if (dated) {
      // A date without its year takes the nearby year where it falls on the named weekday.
      if (!dated.explicitYear && dated.day !== null && dated.grain === 'day' && dated.calendar === 'gregorian' && weekdayOfDays(dated.day) !== wd.weekday) {
        const c = civilFromDays(dated.day);
        for (const dy of [-1, 1, -2, 2]) {
          if (!isValidDate(c.y + dy, c.m, c.d)) continue;
          const z = daysFromCivil(c.y + dy, c.m, c.d);
          if (weekdayOfDays(z) === wd.weekday) {
            dated.day = z;
            break;
          }
        }
      }
      return { ...dated, begin: i, weekday: wd.weekday };
    }
    const dir = this.direction(k);
    let mode: 'bare' | 'past' | 'future' | 'this' = thisWord ? 'this' : 'bare';
    if (dir && dir.value !== 'current') {
      mode = dir.value === 'past' ? 'past' : 'future';
      k = dir.end;
    } else {
      const week = this.weekOf(k);
      if (week) {
        hit.end = week.end;
        hit.day = week.monday === null ? null : week.monday + ((wd.weekday + 6) % 7);
        return hit;
      }
    }
    hit.end = k;
    hit.day = this.weekdayDay(wd.weekday, mode);
    if (mode === 'bare') hit.bareWeekday = true;
    if (pair) hit.nightPair = true;
    return hit;
  }

  /** (من)? الأسبوع الماضي|الحالي|القادم · (من)? هذا الأسبوع → Monday of that week. */
  private weekOf(i: number): { end: number; monday: number | null } | null {
    let k = i;
    const of = this.word(k, 'of');
    if (of) k = of.end;
    const rel = this.relativeUnit(k);
    if (!rel || rel.unit !== 'week') return null;
    return { end: rel.end, monday: rel.day };
  }

  private dateAfterWeekday(i: number, weekday: number): Hit | null {
    let k = i;
    let close = false;
    if (this.punct(k, ',،-')) k++;
    const join = this.word(k, 'join') ?? this.word(k, 'of');
    if (join) k = join.end;
    if (this.punct(k, '(')) {
      k++;
      close = true;
    }
    let hit = this.numeric(k, true) ?? this.dayMonth(k) ?? this.dayOfThisMonth(k, weekday);
    if (!hit) return null;
    if (close) {
      if (!this.punct(hit.end, ')')) return null;
      hit = { ...hit, end: hit.end + 1 };
    }
    return hit;
  }

  /** السبت السادس عشر · الثلاثاء التاسع عشر من هذا الشهر: a day of the reference month. */
  private dayOfThisMonth(i: number, weekday: number): Hit | null {
    const n = this.number(i, 31);
    if (!n || !n.ordinal) return null;
    let end = n.end;
    const of = this.word(end, 'of');
    if (of) {
      const rel = this.relativeUnit(of.end);
      if (rel && rel.unit === 'month') end = rel.end;
    }
    if (this.env.ref === null) return { begin: i, end, day: null, grain: 'day', calendar: 'gregorian', relative: true };
    const c = civilFromDays(this.env.ref);
    // The day must fall on the named weekday, this month or the next.
    for (const [y, m] of [[c.y, c.m], c.m === 12 ? [c.y + 1, 1] : [c.y, c.m + 1]] as Array<[number, number]>) {
      if (n.value <= daysInMonth(y, m)) {
        const z = daysFromCivil(y, m, n.value);
        if (weekdayOfDays(z) === weekday) return { begin: i, end, day: z, grain: 'day', calendar: 'gregorian', relative: true };
      }
    }
    return null;
  }

  /** أول/ثالث/آخر (يوم)? الثلاثاء من شهر أيلول · الثلاثاء الثالث من شهر أيلول · اليوم الأخير من شهر عشرة. */
  private nthInMonth(i: number): Hit | null {
    let k = i;
    let n: number | null = null;
    const last = this.word(k, 'last');
    if (last) {
      n = -1;
      k = last.end;
    } else {
      const num = this.number(k, 5);
      if (num && num.ordinal && !this.t[k]!.w.startsWith('ال')) {
        n = num.value;
        k = num.end;
      }
    }
    let weekday: number | null = null;
    let weekUnit = false;
    if (n !== null) {
      const yawm = this.word(k, 'dayword', true);
      if (yawm) k = yawm.end;
      const wd = this.weekdayName(k, false);
      if (wd) {
        weekday = wd.weekday;
        k = wd.end;
      } else if (!yawm) {
        const u = this.find(k, (e) => (e.type === 'word' && e.role === 'unit' && e.value === 'week:1' ? e : undefined));
        if (!u) return null;
        weekUnit = true;
        k = u.end;
      }
    } else {
      // الثلاثاء الثالث · الاثنين الأخير · اليوم الأخير · الأسبوع الأول
      const wd = this.weekdayName(k, true);
      if (wd) {
        weekday = wd.weekday;
        k = wd.end;
      } else {
        const u = this.find(k, (e, m) => (e.type === 'word' && m.via === 'w' && ((e.role === 'relday' && e.value === '0') || (e.role === 'unit' && e.value === 'week:1')) ? e : undefined));
        if (!u) {
          const bareWeek = this.find(k, (e, m) => (e.type === 'word' && m.via === 'bare' && e.role === 'unit' && e.value === 'week:1' ? e : undefined));
          if (!bareWeek) return null;
          weekUnit = true;
          k = bareWeek.end;
        } else {
          weekUnit = (u.value as { value: string }).value === 'week:1';
          k = u.end;
        }
      }
      const lw = this.word(k, 'last');
      if (lw) {
        n = -1;
        k = lw.end;
      } else {
        const num = this.number(k, 5);
        if (!num || !num.ordinal) return null;
        n = num.value;
        k = num.end;
      }
    }
    // من|في|ب + month
    const of = this.word(k, 'of');
    let month = this.monthRef(of ? of.end : k);
    const tk = this.t[k];
    if (!month && !of && tk && coreOf(tk) !== tk.w) month = this.monthRef(k);
    if (!month) return null;
    k = month.end;
    const r = this.resolveMonth(month);
    if (r.start === null) return null;
    const first = r.start;
    const lastDay = first + r.length - 1;
    let day: number;
    let grain: DateGrain = 'day';
    if (weekUnit) {
      grain = 'week';
      if (n === -1) {
        day = mondayOf(lastDay);
        if (day + 6 > lastDay) day -= 7;
      } else {
        const firstMonday = first + ((8 - weekdayOfDays(first)) % 7);
        day = firstMonday + (n - 1) * 7;
      }
    } else if (weekday === null) {
      day = n === -1 ? lastDay : first + n - 1;
    } else if (n === -1) {
      day = lastDay - ((weekdayOfDays(lastDay) - weekday + 7) % 7);
    } else {
      // A weekday with an ordinal that is also a valid day of that weekday is that day (not the nth).
      day = first + ((weekday - weekdayOfDays(first) + 7) % 7) + (n - 1) * 7;
      if (day > lastDay) return null;
    }
    return { begin: i, end: k, day, grain, calendar: 'gregorian', relative: !r.explicitYear, weekday: weekday ?? undefined, explicitYear: r.explicitYear };
  }

  /** منتصف آذار · أوائل مارس · بداية شهر 3 · نهاية 2017 · مطلع العام. */
  private period(i: number): Hit | null {
    const p = this.word(i, 'period');
    if (!p) return null;
    let k = p.end;
    const month = this.monthRef(k);
    if (month) {
      const r = this.resolveMonth(month);
      const hit: Hit = { begin: i, end: month.end, day: null, grain: 'day', calendar: month.calendar, relative: month.year === undefined };
      if (r.start === null) return month.year === undefined ? hit : null;
      const len = r.length;
      switch (p.value) {
        case 'start':
          hit.day = r.start;
          break;
        case 'mid':
          hit.day = r.start + 14;
          break;
        case 'end':
          hit.day = r.start + len - 1;
          break;
        case 'early':
          hit.day = r.start;
          hit.endDay = r.start + 10;
          break;
        case 'late':
          hit.day = r.start + 20;
          hit.endDay = r.start + len;
          break;
      }
      return hit;
    }
    // "ونصف العام" is "and a half years": half-words date only a month (نصف شهر مارس).
    const half = bareOf(this.t[i]!);
    if (half === 'نصف' || half === 'نص') return null;
    const y = this.year(k, false) ?? this.yearUnitDefined(k);
    if (!y || y.year === null) return null;
    const m = p.value === 'start' || p.value === 'early' ? 1 : p.value === 'mid' ? 6 : 12;
    return { begin: i, end: y.end, day: daysFromCivil(y.year, m, 1), grain: 'month', calendar: 'gregorian', relative: y.relative };
  }

  /** العام/السنة alone after a period word (مطلع العام): the reference year. */
  private yearUnitDefined(i: number): YearRef | null {
    const u = this.find(i, (e, m) => (e.type === 'word' && e.role === 'unit' && e.value === 'year:1' && m.via === 'bare' ? e : undefined));
    if (!u || this.env.ref === null) return null;
    const rel = this.relativeUnit(i);
    if (rel) return { end: rel.end, year: rel.day === null ? null : civilFromDays(rel.day).y, calendar: 'gregorian', relative: true };
    return { end: u.end, year: civilFromDays(this.env.ref).y, calendar: 'gregorian', relative: true };
  }

  /** منذ ثلاثة أيام · قبل أسبوع · منذ يومين (a point that far before the reference). */
  private ago(i: number): Hit | null {
    const a = this.word(i, 'ago', true);
    if (!a) return null;
    let k = a.end;
    const lead = this.word(k, 'lead');
    if (lead && (this.t[k]!.w === 'نحو' || this.t[k]!.w === 'حوالي' || this.t[k]!.w === 'قرابه')) k = lead.end;
    const dur = this.duration(k);
    if (!dur) return null;
    if (dur.unit === 'hour' || dur.unit === 'minute' || dur.unit === 'second') return null;
    // منذ يوم الخميس · منذ عام 2019: the unit word introduces a date, not a duration.
    const next = this.t[dur.end];
    if (next && (next.kind === 'digits' || this.weekdayName(dur.end, true) || this.number(dur.end) || this.monthName(dur.end))) return null;
    const ref = this.env.ref;
    let day: number | null = null;
    let grain: DateGrain = 'day';
    if (ref !== null) {
      if (dur.unit === 'day') day = ref - dur.n;
      else if (dur.unit === 'week') day = ref - 7 * dur.n;
      else {
        const c = civilFromDays(ref);
        const months = dur.unit === 'month' ? dur.n : 12 * dur.n;
        const idx = c.y * 12 + c.m - 1 - months;
        const y = Math.floor(idx / 12);
        const m = (idx % 12) + 1;
        day = daysFromCivil(y, m, Math.min(c.d, daysInMonth(y, m)));
        grain = dur.unit;
      }
    }
    return { begin: i, end: dur.end, day, grain, calendar: 'gregorian', relative: true };
  }

  /** ثلاثة أيام · يومين · أسبوع · 3 سنوات. */
  duration(i: number): { end: number; n: number; unit: Unit } | null {
    const single = this.find(i, (e, m) => (e.type === 'word' && e.role === 'unit' && m.via === 'w' && !e.value.endsWith(':0') ? e.value : undefined));
    if (single) {
      const [unit, n] = single.value.split(':') as [Unit, string];
      return { end: single.end, n: Number(n), unit };
    }
    const num = this.number(i, 1000);
    if (!num || num.ordinal) return null;
    const u = this.find(num.end, (e, m) => (e.type === 'word' && e.role === 'unit' && m.via === 'w' ? e.value : undefined));
    if (!u) return null;
    return { end: u.end, n: num.value, unit: u.value.split(':')[0] as Unit };
  }

  /** عيد الأضحى · عيد الميلاد 2020 · رأس السنة الهجرية 2019. */
  private holiday(i: number): Hit | null {
    const h = this.find(i, (e) => (e.type === 'holiday' ? e : undefined));
    if (!h) return null;
    const e = h.value;
    let end = h.end;
    const y = this.year(end, false);
    let gy: number | null = null;
    if (y && y.year !== null && y.calendar === 'gregorian') {
      gy = y.year;
      end = y.end;
    }
    const dayIn = (year: number): number | null => {
      if (e.calendar === 'easter') return easterDays(year);
      if (e.calendar === 'gregorian') return daysFromCivil(year, e.month, e.day);
      // The Hijri occurrence that falls in that Gregorian year.
      const h0 = daysToHijri(daysFromCivil(year, 1, 1));
      if (!h0) return null;
      for (const hy of [h0.year, h0.year + 1]) {
        const z = hijriToDays(hy, e.month, e.day);
        if (z !== null && civilFromDays(z).y === year) return z;
      }
      return null;
    };
    let day: number | null = null;
    if (gy !== null) day = dayIn(gy);
    else if (this.env.ref !== null) {
      const ry = civilFromDays(this.env.ref).y;
      const cands = [ry - 1, ry, ry + 1].map(dayIn).filter((z): z is number => z !== null);
      const ref = this.env.ref;
      if (this.env.orientation === 'future') day = cands.filter((z) => z >= ref).sort((a, b) => a - b)[0] ?? null;
      else day = cands.sort((a, b) => Math.abs(a - ref) - Math.abs(b - ref))[0] ?? null;
    }
    const hit: Hit = { begin: i, end, day, grain: 'day', calendar: 'gregorian', relative: gy === null, explicitYear: gy !== null };
    return hit;
  }

  // ---- times ----

  private time(i: number): TimeRef | null {
    let t = this.timeMemo.get(i);
    if (t === undefined) this.timeMemo.set(i, (t = this.timeAt(i)));
    return t;
  }

  /** الساعة 3 صباحا · 19:04 · الساعة 02,30 بعد منتصف الليل · الثالثة وربع بعد الظهر · 12 الا ربع. */
  private timeAt(i: number): TimeRef | null {
    let k = i;
    const hourWord = this.word(k, 'hour');
    if (hourWord) k = hourWord.end;
    let h: number;
    let mi = 0;
    let s: number | undefined;
    let grain: DateGrain = 'hour';
    let words = false;
    let clock = false;
    const c = this.regexAt(hourWord ? CLOCK_LOOSE : CLOCK, k) ?? (hourWord ? null : null);
    const c3 = c ? null : this.regexAt(CLOCK, k);
    const m = c ?? c3;
    if (m) {
      h = Number(m.m[1]);
      mi = Number(m.m[2]);
      if (m.m[3] !== undefined) {
        s = Number(m.m[3]);
        grain = 'second';
      } else grain = 'minute';
      if (h > 24 || mi > 59 || (s !== undefined && s > 59)) return null;
      k = m.end;
      clock = true;
    } else {
      const n = this.number(k, 24, false);
      if (!n) return null;
      // Without الساعة, an hour is a feminine ordinal (الثالثة فجرا), never الرابع.
      if (!hourWord && (!n.ordinal || !this.t[k]!.w.endsWith('ه'))) return null;
      h = n.value;
      words = n.words;
      k = n.end;
    }
    // Minutes: و18 دقيقة · وربع · ونصف · وثلث · الا ربع
    if (!clock) {
      const minus = this.word(k, 'minus');
      const andTok = this.t[k];
      if (minus) {
        const q = this.find(minus.end, (e) => (e.type === 'word' && e.role === 'minutes' ? e.value : undefined));
        if (q) {
          h = (h + 23) % 24;
          mi = 60 - Number(q.value);
          k = q.end;
          grain = 'minute';
        }
      } else if (andTok && andTok.kind === 'word' && andTok.w.startsWith('و')) {
        const start = andTok.w === 'و' ? k + 1 : k;
        const q = this.find(start, (e, mm) => (e.type === 'word' && e.role === 'minutes' && (andTok.w === 'و' || mm.via !== 'w') ? e.value : undefined));
        if (q) {
          mi = Number(q.value);
          k = q.end;
          grain = 'minute';
        } else {
          const n = andTok.w === 'و' ? this.number(start, 59) : this.numberAfterConj(k);
          if (n && !n.ordinal) {
            const unit = this.find(n.end, (e) => (e.type === 'word' && e.role === 'unit' && e.value.startsWith('minute') ? e : undefined));
            if (unit || n.value > 12) {
              mi = n.value;
              k = unit ? unit.end : n.end;
              grain = 'minute';
            }
          }
        }
      }
    }
    // Part of day: صباحا · بعد الظهر · هذا الصباح · هذه الليلة
    let pod: string | undefined;
    let pk = k;
    const thisWord = this.word(pk, 'this', true);
    const part = this.word(thisWord ? thisWord.end : pk, 'part');
    if (part) {
      pod = part.value;
      pk = part.end;
      k = pk;
    }
    if (!hourWord && !clock && !pod && grain === 'hour') return null;
    // "الرابع ليلة السبت": the part of day opens the next date, it does not make an ordinal an hour.
    if (!hourWord && !clock && pod && (this.weekdayName(k, true) || this.word(k, 'relday'))) return null;
    if (!hourWord && !clock && !pod && !words) return null;
    if (h > 24) return null;
    let fixed = clock && h > 12;
    if (pod) {
      fixed = true;
      if (pod === 'morning' || pod === 'dawn' || pod === 'after-midnight') {
        if (h === 12) h = 0;
      } else if (pod === 'noon') {
        if (h < 11) h += 12;
      } else if (pod === 'afternoon' || pod === 'evening') {
        if (h < 12) h += 12;
      } else if (pod === 'night') {
        if (h >= 6 && h < 12) h += 12;
        else if (h === 12) h = 0;
      }
    }
    if (h === 24) h = 0;
    const zone = this.word(k, 'zone');
    if (zone) return { end: zone.end, h, mi, s, grain, pod, fixed, zone: Number(zone.value) };
    return { end: k, h, mi, s, grain, pod, fixed };
  }

  /** A number written with و attached to its first word (وثمانية عشر، و18). */
  private numberAfterConj(i: number): NumRef | null {
    const tok = this.t[i];
    if (!tok || tok.conj !== 1) return null;
    const n = this.number(i, 59);
    return n;
  }

  /** A time's day when none is said: the reference day; in Duckling's mode the next such time. */
  private timeSeconds(t: TimeRef): { seconds: number; dayShift: number } {
    let h = t.h;
    const sec = (hh: number): number => hh * 3600 + t.mi * 60 + (t.s ?? 0);
    if (!t.fixed && this.env.orientation === 'future' && this.env.refSeconds !== null && h < 12 && sec(h) < this.env.refSeconds) h += 12;
    return { seconds: sec(h), dayShift: 0 };
  }

  private timeHit(i: number, t: TimeRef, day: Hit | null): Hit {
    const { seconds } = this.timeSeconds(t);
    const base = day?.day ?? (day ? null : this.env.ref);
    const hit: Hit = {
      begin: day ? Math.min(day.begin, i) : i,
      end: day ? Math.max(day.end, t.end) : t.end,
      day: base,
      grain: t.grain,
      calendar: day?.calendar ?? 'gregorian',
      relative: day ? day.relative : true,
      seconds,
    };
    if (day?.weekday !== undefined) hit.weekday = day.weekday;
    if (t.zone !== undefined) hit.zone = t.zone;
    if (day?.hijri) hit.hijri = day.hijri;
    if (day?.explicitYear) hit.explicitYear = true;
    if (t.pod ?? day?.partOfDay) hit.partOfDay = t.pod ?? day?.partOfDay;
    return hit;
  }

  // ---- combinations ----

  private dayExpr(i: number, cue: boolean): Hit | null {
    const key = cue ? -1 - i : i;
    let h = this.dayMemo.get(key);
    if (h === undefined) this.dayMemo.set(key, (h = this.dayExprAt(i, cue)));
    return h;
  }

  /** A date without a time. */
  private dayExprAt(i: number, cue: boolean): Hit | null {
    let best: Hit | null = null;
    const tok = this.t[i];
    if (!tok) return null;
    if (tok.kind === 'digits') {
      best = longer(best, this.numeric(i, false));
      best = longer(best, this.dayMonth(i));
      best = longer(best, this.yearOnly(i, cue));
      return best;
    }
    if (tok.kind !== 'word') return null;
    // Only the parsers that can start with what this word is.
    const k = this.kinds(i);
    if (k === 0) return null;
    if (k & (B.relday | B.dayword)) best = longer(best, this.relDay(i));
    // Before the weekday: "الثلاثاء الثالث من أيلول" is the third Tuesday when both readings fit.
    if (k & (B.last | B.num | B.weekday | B.relday | B.unit)) best = longer(best, this.nthInMonth(i));
    if (k & (B.weekday | B.dayword | B.this)) best = longer(best, this.weekday(i));
    if (k & (B.num | B.relday)) best = longer(best, this.dayMonth(i));
    if (k & (B.month | B.monthword | B.unit)) best = longer(best, this.monthOnly(i, cue));
    if (k & (B.yearword | B.of | B.unit | B.this)) best = longer(best, this.yearOnly(i, cue));
    if (k & B.period) best = longer(best, this.period(i));
    if (k & B.holiday) best = longer(best, this.holiday(i));
    if (k & B.ago) best = longer(best, this.ago(i));
    if (k & B.now) best = longer(best, this.now(i));
    // يوم 20 كانون الثاني 2022 · يوم 15/7/2015
    const yawm = k & B.dayword ? this.word(i, 'dayword', true) : null;
    if (yawm) {
      const d = this.numeric(yawm.end, true) ?? this.dayMonth(yawm.end);
      if (d) best = longer(best, { ...d, begin: i });
    }
    const rel = k & (B.this | B.unit) ? this.relativeUnit(i) : null;
    if (rel) best = longer(best, { begin: i, end: rel.end, day: rel.day, grain: rel.grain, calendar: 'gregorian', relative: true });
    return best;
  }

  private now(i: number): Hit | null {
    const w = this.word(i, 'now');
    if (!w) return null;
    // Without a reference time, "now" is the reference day.
    if (this.env.refSeconds === null) return { begin: i, end: w.end, day: this.env.ref, grain: 'day', calendar: 'gregorian', relative: true };
    return { begin: i, end: w.end, day: this.env.ref, grain: 'second', calendar: 'gregorian', relative: true, seconds: this.env.refSeconds };
  }

  /** Part of day before a day: مساء السبت · صباح اليوم · ليل الخميس- الجمعة · فجر الجمعة. */
  private partThenDay(i: number): Hit | null {
    const p = this.word(i, 'part');
    if (!p) return null;
    let k = p.end;
    const yawm = this.word(k, 'dayword', true);
    const day = this.dayExpr(yawm ? yawm.end : k, false) ?? this.dayExpr(k, false);
    if (!day || (day.grain !== 'day')) return null;
    // بعد منتصف ليل السبت/الأحد: after midnight of that night is the second day.
    if (p.value === 'after-midnight' && day.nightPair && day.day !== null) return { ...day, begin: i, partOfDay: p.value, day: day.day + 1, weekday: (day.weekday! + 1) % 7 };
    return { ...day, begin: i, partOfDay: p.value };
  }

  /** A date, a time, or both (in either order); the widest reading wins. */
  private point(i: number, cue: boolean): Hit | null {
    let day = this.partThenDay(i) ?? this.dayExpr(i, cue);
    if (day) {
      // The time after its day: 2022.01.26 - 19:04 · الخميس الساعة 8 · يوم السبت 21/09 الساعة 1:30
      let k = day.end;
      if (this.punct(k, '-–,،|')) k++;
      const lead = this.word(k, 'lead');
      // الخميس من الساعة التاسعة وحتى الساعة الحادية عشرة صباحا
      const iv = day.grain === 'day' && day.day !== null ? this.interval(k) : null;
      if (iv && iv.seconds !== undefined && iv.endSeconds !== undefined && iv.day !== null && iv.endDay != null) {
        return { ...iv, begin: i, day: day.day, endDay: day.day! + (iv.endDay - iv.day), weekday: day.weekday };
      }
      const t = (day.grain === 'day' ? this.time(k) ?? (lead ? this.time(lead.end) : null) : null);
      if (t) return this.timeHit(i, t, day);
      // The date after a Hijri date it matches (الموافق) stays a separate mention.
      return day;
    }
    const t = this.time(i);
    if (!t) return null;
    // الساعة 3 من صباح يوم الخميس · الساعة 8 مساء الخميس
    let k = t.end;
    const of = this.word(k, 'of');
    if (of) k = of.end;
    const after = this.partThenDay(k) ?? this.dayExpr(k, false);
    if (after && after.grain === 'day') {
      const hit = this.timeHit(i, t, after);
      hit.begin = i;
      return hit;
    }
    return this.timeHit(i, t, null);
  }

  /** Intervals: من 13 تموز إلى 15 تموز · 13 الى 15 تموز · يوليو 13-15 · من الساعة 3 الى الساعة 4 بعد العصر · اوائل اذار. */
  private interval(i: number): Hit | null {
    let k = i;
    // بين 13 و15 تموز · بين 2014 و2016: "بين" opens, و closes.
    const between = this.word(k, 'between', true) !== null;
    const from = between ? { end: k + 1 } : this.word(k, 'from', true);
    if (from) k = from.end;
    this.betweenOpen = between;
    // Month first: يوليو 13-15 · تموز 13 الى 15
    const month = from ? null : this.monthRef(k);
    if (month && month.year === undefined) {
      const a = this.dayNumber(month.end);
      if (a) {
        const to = this.rangeSep(a.end);
        const b = to !== null ? this.dayNumber(to) : null;
        if (b && b.value > a.value) {
          const r = this.resolveMonth(month, a.value);
          if (r.start === null || b.value > r.length) return null;
          return { begin: i, end: b.end, day: r.start + a.value - 1, endDay: r.start + b.value, grain: 'day', calendar: month.calendar, relative: true };
        }
      }
    }
    // Year ranges: 2014-2016 · 2014/2015 · 1436 – 1437هـ (the era of the second applies to both).
    const y1 = this.digits(k);
    if (y1 !== null && this.t[k]!.w.length === 4 && this.punct(k + 1, '-–/') && !this.prevIs(k, 'رقم')) {
      const y2 = this.digits(k + 2);
      if (y2 !== null && this.t[k + 2]!.w.length === 4 && y2 > y1 && y2 - y1 <= 100) {
        const era = this.word(k + 3, 'era');
        const hijri = era ? era.value === 'hijri' : y1 >= 1300 && y1 <= 1500;
        const end = era ? era.end : k + 3;
        if (hijri) {
          const a = hijriToDays(y1, 1, 1);
          const b = hijriToDays(y2 + 1, 1, 1);
          if (a !== null && b !== null) return { begin: i, end, day: a, endDay: b, grain: 'year', calendar: 'hijri', relative: false, hijri: { year: y1, month: 1 }, explicitYear: true };
        } else if (y1 >= 1800 && y2 <= 2200) {
          return { begin: i, end, day: daysFromCivil(y1, 1, 1), endDay: daysFromCivil(y2 + 1, 1, 1), grain: 'year', calendar: 'gregorian', relative: false, explicitYear: true };
        }
      }
    }
    // A day or a time first, completed by the second end.
    const aDay = this.dayNumber(k);
    const aTime = aDay && !from ? null : this.time(k);
    const aPoint = from ? this.point(k, true) : null;
    const ends: Array<{ end: number; kind: 'day' | 'time' | 'point' }> = [];
    if (aDay) ends.push({ end: aDay.end, kind: 'day' });
    if (aTime) ends.push({ end: aTime.end, kind: 'time' });
    if (aPoint) ends.push({ end: aPoint.end, kind: 'point' });
    for (const a of ends.sort((x, y) => y.end - x.end)) {
      const to = this.rangeSep(a.end);
      if (to === null) continue;
      const b = this.point(to, true);
      if (!b || b.day === null) {
        if (b && b.day === null && a.kind === 'day' && b.grain === 'day') return { ...b, begin: i, endDay: null };
        continue;
      }
      if (a.kind === 'point' && aPoint && aPoint.day !== null && aPoint.grain === b.grain) {
        // من يناير إلى مارس 2022: the start takes the end's year.
        let day = aPoint.day;
        if (aPoint.relative && !b.relative && aPoint.calendar === 'gregorian' && (b.grain === 'day' || b.grain === 'month')) {
          const ca = civilFromDays(day);
          const cb = civilFromDays(b.day);
          const y = ca.m > cb.m || (ca.m === cb.m && ca.d > cb.d) ? cb.y - 1 : cb.y;
          if (isValidDate(y, ca.m, ca.d)) day = daysFromCivil(y, ca.m, ca.d);
        }
        return { ...aPoint, begin: i, day, relative: aPoint.relative && b.relative, ...this.endOf(b) };
      }
      if (a.kind === 'day' && aDay && (b.grain === 'day') && b.seconds === undefined) {
        const dayOfMonth = b.calendar === 'hijri' && b.hijri?.day ? b.hijri.day : civilFromDays(b.day).d;
        if (aDay.value >= dayOfMonth) continue;
        const hijri = b.hijri ? { ...b.hijri, day: aDay.value } : undefined;
        return { ...b, begin: i, day: b.day - (dayOfMonth - aDay.value), hijri, ...this.endOf(b) };
      }
      if (a.kind === 'time' && aTime && b.seconds !== undefined) {
        // The part of day of the end applies to the start: من الساعة 3 الى الساعة 4 بعد العصر
        const t = b.partOfDay && !aTime.pod ? this.time(k)! : aTime;
        const adj = b.partOfDay && !aTime.pod ? { ...t, h: t.h < 12 && b.seconds >= 12 * 3600 ? t.h + 12 : t.h, fixed: true } : t;
        const start = this.timeSeconds(adj).seconds;
        return { ...b, begin: i, seconds: start, ...this.endOf(b) };
      }
    }
    // حتى الساعة 2:00: from now until then.
    const until = from ? null : this.word(i, 'until', true);
    if (until) {
      const t = this.time(until.end);
      if (t) {
        const tt = this.timeSeconds({ ...t, fixed: t.fixed });
        return { begin: i, end: t.end, day: this.env.ref, seconds: this.env.refSeconds ?? 0, grain: 'second', calendar: 'gregorian', relative: true, endDay: this.env.ref, endSeconds: tt.seconds };
      }
    }
    return null;
  }

  private rangeSep(i: number): number | null {
    if (this.betweenOpen) {
      const tok = this.t[i];
      if (tok?.w === 'و') return i + 1;
      return tok && tok.kind === 'word' && tok.conj === 1 ? i : null;
    }
    if (this.punct(i, '-–')) return i + 1;
    const to = this.word(i, 'to');
    return to ? to.end : null;
  }

  /** Exclusive end of a hit as an interval end. */
  private endOf(b: Hit): { endDay: number | null; endSeconds?: number; end: number } {
    if (b.seconds !== undefined && b.day !== null) {
      const step = b.grain === 'hour' ? 3600 : b.grain === 'minute' ? 60 : 1;
      let s = b.seconds + step;
      let d = b.day;
      if (s >= DAY_SECONDS) {
        s -= DAY_SECONDS;
        d++;
      }
      return { endDay: d, endSeconds: s, end: b.end };
    }
    if (b.day === null) return { endDay: null, end: b.end };
    const c = civilFromDays(b.day);
    const next = b.grain === 'year' ? daysFromCivil(c.y + 1, 1, 1) : b.grain === 'month' ? daysFromCivil(c.m === 12 ? c.y + 1 : c.y, c.m === 12 ? 1 : c.m + 1, 1) : b.grain === 'week' ? b.day + 7 : b.day + 1;
    return { endDay: next, end: b.end };
  }

  /** Special intervals: الليلة · هذه الليلة · خلال أسبوعين · الأسابيع الثلاثة القادمة. */
  private special(i: number): Hit | null {
    const ref = this.env.ref;
    const p = this.word(i, 'part', true);
    if (p && p.value === 'night' && (this.t[i]!.w === 'الليله' || p.end - i === 2) && this.t[p.end]?.kind !== 'word') {
      return { begin: i, end: p.end, day: ref, seconds: 18 * 3600, endDay: ref === null ? null : ref + 1, endSeconds: 0, grain: 'hour', calendar: 'gregorian', relative: true, partOfDay: 'night' };
    }
    // خلال أسبوعين is "from now until two weeks on" only when speaking of the future;
    // in news it is mostly a duration in the past (خلال أربعة أيام), not a date.
    const within = this.env.orientation === 'future' ? this.word(i, 'within', true) : null;
    if (within) {
      const dur = this.duration(within.end);
      if (dur && (dur.unit === 'day' || dur.unit === 'week')) {
        const days = dur.unit === 'week' ? dur.n * 7 : dur.n;
        return { begin: i, end: dur.end, day: ref, seconds: this.env.refSeconds ?? 0, endDay: ref === null ? null : ref + days, endSeconds: 0, grain: 'second', calendar: 'gregorian', relative: true };
      }
    }
    // الأسابيع الثلاثة القادمة
    const u = this.find(i, (e, m) => (e.type === 'word' && e.role === 'unit' && e.value === 'week:0' && m.via === 'bare' ? e : undefined));
    if (u) {
      const n = this.number(u.end, 12);
      const dir = n ? this.direction(n.end) : null;
      if (n && dir && dir.value === 'future') {
        const monday = ref === null ? null : mondayOf(ref) + 7;
        return { begin: i, end: dir.end, day: monday, endDay: monday === null ? null : monday + 7 * n.value, grain: 'week', calendar: 'gregorian', relative: true };
      }
    }
    return null;
  }

  private parseAt(i: number): Hit | null {
    let best: Hit | null = null;
    const tok = this.t[i]!;
    // Dates start with digits or a lexicon word; most tokens are neither.
    if (tok.kind === 'punct' || (tok.kind === 'word' && this.lex(i).length === 0)) return null;
    const lead = this.word(i, 'lead');
    const starts = lead ? [i, lead.end] : [i];
    for (const s of starts) {
      const cue = s !== i;
      const t = this.t[s];
      if (!t) break;
      // What the start token is decides which readers may begin there.
      const k = t.kind === 'digits' ? -1 : t.kind === 'word' ? this.kinds(s) : 0;
      if (k === 0) continue;
      if (k & INTERVAL_STARTS) best = longer(best, this.interval(s));
      if (k & SPECIAL_STARTS) best = longer(best, this.special(s));
      best = longer(best, this.point(s, cue || this.prevIsCue(s)));
      if (best) {
        if (cue) best = { ...(best as Hit), begin: i };
        break;
      }
    }
    return best;
  }

  /** منذ 2011 · حتى 2020 · قبل 2019: a bare year after these words is a year. */
  private prevIsCue(i: number): boolean {
    const p = this.t[i - 1];
    if (!p || p.kind !== 'word') return false;
    return YEAR_CUES.has(coreOf(p));
  }
}
