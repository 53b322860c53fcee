// Parts that dates are built from: years (عام 2014، 1436هـ، السنة الماضية), month references
// (names of every region, شهر 3، الشهر الماضي) and their resolution to days, days of the month,
// weekdays and weeks relative to the reference.

import type { DateGrain } from '../../core/types.js';
import { civilFromDays, daysFromCivil, daysInMonth, mondayOf, weekdayOfDays } from './calendar.js';
import { daysToHijri, hijriMonthLength, hijriToDays } from './hijri.js';
import type { Calendar, Unit } from './lexicon.js';
import { Memo, TokenReader, type NumRef } from './reader.js';
import { codeAt, isDigit } from '../numbers/text.js';

export interface MonthRef {
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

/** Years in words read after a month without عام (ألفين، ألف وتسعمائة وواحد). */
const YEAR_WORDS_MIN = 1900;
const YEAR_WORDS_MAX = 2100;

/** In news a date without its year is past, or at most this many days ahead (an announced date). */
const AHEAD_DAYS = 60;

export interface YearRef {
  end: number;
  year: number | null;
  calendar: Calendar;
  relative: boolean;
}

export class CalendarReader extends TokenReader {
  private readonly monthMemo = new Memo<MonthRef>((i) => this.monthRefAt(i));

  /** (عام|سنة)? 2014 (هـ|م)?, a year in words after عام, or السنة الماضية. */
  protected year(i: number, needCue: boolean): YearRef | null {
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

  protected monthName(i: number): { end: number; month: number; calendar: Calendar; alone: boolean } | null {
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

  protected monthRef(i: number): MonthRef | null {
    return this.monthMemo.get(i);
  }

  /** A month: name, شهر + number, الشهر الثامن, الشهر الماضي; with an optional year after it. */
  protected monthRefAt(i: number): MonthRef | null {
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
      } else if (!this.t[k]!.w.startsWith('لل')) {
        // الشهر السادس is June; للشهر السادس (على التوالي) is "for the sixth month".
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
      if (!name) {
        // هذا الشهر · هذا الشهر الجاري: the reference's month (22 هذا الشهر).
        const rel = this.word(k, 'this') ? this.relativeUnit(k) : null;
        if (!rel || rel.unit !== 'month') return null;
        const c = rel.day === null ? null : civilFromDays(rel.day);
        return { end: rel.end, month: c?.m ?? 0, calendar: 'gregorian', fixed: c ? { y: c.y, m: c.m } : null, named: false, alone: true, cued: true };
      }
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

  /** The year after a month: 2016 · , 2016 · . 2016 · ، ألفين · من ألف وتسعمائة وثمانية وسبعين. */
  protected yearAfter(i: number): YearRef | null {
    let k = i;
    if (this.punct(k, ',،')) k++;
    else if (this.punct(k, '.') && this.t[k + 1]?.kind === 'digits' && this.t[k + 1]!.w.length === 4) k++;
    const y = this.year(k, false);
    if (y) return y;
    // A year in words needs no عام after a month, but must be a plausible year.
    const of = this.word(k, 'of');
    const n = this.number(of ? of.end : k);
    if (n && n.words && !n.ordinal && n.value >= YEAR_WORDS_MIN && n.value <= YEAR_WORDS_MAX) return { end: n.end, year: n.value, calendar: 'gregorian', relative: false };
    return null;
  }

  /** الأسبوع الماضي · الشهر المقبل · هذه السنة · العام الحالي: [start day, unit]. */
  protected relativeUnit(i: number): { end: number; day: number | null; unit: Unit; grain: DateGrain } | null {
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
  protected shiftUnit(unit: Unit, offset: number): number | null {
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
  protected yearFor(month: number, day: number): number | null {
    if (this.env.ref === null) return null;
    const c = civilFromDays(this.env.ref);
    if (this.env.orientation === 'future') return month >= c.m ? c.y : c.y + 1;
    // The latest such day no more than AHEAD_DAYS after the reference: news reports what
    // happened, and announces only what is near (6 مايو read on 7 November is last May).
    for (const y of [c.y + 1, c.y, c.y - 1]) {
      if (daysFromCivil(y, month, Math.min(day, daysInMonth(y, month))) - this.env.ref <= AHEAD_DAYS) return y;
    }
    return c.y - 1;
  }

  /**
   * A day of the month said alone (في 15، يوم 27، للثاني والعشرين): in the reference's month,
   * or the month before when past orientation and the day is still to come (the next month
   * when future orientation and the day is over).
   */
  protected dayOfRefMonth(n: number): number | null {
    if (this.env.ref === null) return null;
    const c = civilFromDays(this.env.ref);
    const dir = this.env.orientation === 'future' ? 1 : -1;
    const first = dir === 1 ? (n >= c.d ? 0 : 1) : n <= c.d ? 0 : -1;
    // A day the month does not have (31 in a 30-day month) looks one month further.
    for (let s = first; Math.abs(s) < 3; s += dir) {
      const idx = c.y * 12 + c.m - 1 + s;
      const y = Math.floor(idx / 12);
      const m = (idx % 12) + 1;
      if (n <= daysInMonth(y, m)) return daysFromCivil(y, m, n);
    }
    return null;
  }

  /** First day of a month reference and its gregorian month length, or null when unresolved. */
  protected resolveMonth(ref: MonthRef, day = 1): { start: number | null; explicitYear: boolean; hijri?: { year: number; month: number; day?: number }; length: number } {
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
    // A written year is never dropped: 5 ديسمبر 1391 is in 1391, not in a year near the reference.
    const y = ref.year !== undefined && (ref.yearCalendar !== 'hijri' || !ref.relativeYear) ? ref.year : this.yearFor(ref.month, day);
    if (y === null) return { start: null, explicitYear: false, length: 0 };
    return { start: daysFromCivil(y, ref.month, 1), explicitYear: ref.year !== undefined, length: daysInMonth(y, ref.month) };
  }

  protected nearestHijriYear(hy: number, month: number, day: number): number {
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

  /** 26 · الأول · الثالث عشر · اليوم الثالث · ثالث يوم. */
  protected dayNumber(i: number): NumRef | null {
    const tok = this.t[i];
    if (!tok) return null;
    if (tok.kind === 'digits') {
      if (tok.w.length > 2) return null;
      const nextChar = codeAt(this.v, tok.end);
      if (nextChar === 0x3a /* : */ || nextChar === 0x25 /* % */ || (nextChar === 0x2e /* . */ && isDigit(codeAt(this.v, tok.end + 1)))) return null;
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

  /** Day of a weekday relative to the reference. */
  protected weekdayDay(weekday: number, mode: 'bare' | 'past' | 'future' | 'this'): number | null {
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

  /** (من)? الأسبوع الماضي|الحالي|القادم · (من)? هذا الأسبوع → Monday of that week. */
  protected weekOf(i: number): { end: number; monday: number | null } | null {
    let k = i;
    const of = this.word(k, 'of');
    if (of) k = of.end;
    const rel = this.relativeUnit(k);
    if (!rel || rel.unit !== 'week') return null;
    return { end: rel.end, monday: rel.day };
  }
}
