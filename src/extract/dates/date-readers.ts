// Readers of whole dates without a time: day + month (+ year), numeric dates, years alone,
// relative days (أمس)، weekdays, nth weekday of a month, parts of a month or year, "منذ ثلاثة
// أيام", durations and holidays.

import type { DateGrain } from '../../core/types.js';
import { civilFromDays, daysFromCivil, daysInMonth, easterDays, isValidDate, mondayOf, weekdayOfDays } from './calendar.js';
import { daysToHijri, hijriMonthLength, hijriToDays } from './hijri.js';
import type { Calendar, Unit } from './lexicon.js';
import { bareOf, coreOf } from './scan.js';
import type { Hit, NumRef } from './reader.js';
import { CalendarReader, type MonthRef, type YearRef } from './calendar-refs.js';

const DMY = /(\d{1,2}) ?([/.\-]) ?(\d{1,2}) ?\2 ?(\d{4})(?![\d]|[.\/\-]\d)/y;

const YMD = /(\d{4}) ?([/.\-]) ?(\d{1,2}) ?\2 ?(\d{1,2})(?![\d]|[.\/\-]\d)/y;

const MY = /(\d{1,2}) ?\/ ?(\d{4})(?![\d]|[.\/\-]\d)/y;

/** 2015/3: year then month. */
const YM = /(\d{4})\/(\d{1,2})(?![\d%]|[.\/\-]\d)/y;

const DM = /(\d{1,2}) ?([/.\-]) ?(\d{1,2})(?![\d%]|[.\/\-]\d)/y;

/** 21/04/16 · 18-9-15: a two-digit year, day first (month first when the day cannot be a month). */
const DMY2 = /(\d{1,2})([/\-])(\d{1,2})\2(\d{2})(?![\d%]|[.\/\-]\d)/y;

/**
 * How sure the context is that digits like 4/22 are a day and a month, not a fraction or a
 * score: none (only 22/4, 4/22, 04/11: a part over 12, or both written with two digits);
 * after في، عند، بتاريخ، منذ، حتى (any separator if a part is over 12, / always); after
 * يوم or a weekday (any day and month).
 */
export const DayMonthCue = { None: 0, Preposition: 1, Day: 2 } as const;
export type DayMonthCue = (typeof DayMonthCue)[keyof typeof DayMonthCue];

/** Words before digits that make 22-4 or 4.22 a date (matched without ب/ل/و). */
const DAY_MONTH_PREPOSITIONS = new Set(['في', 'عند', 'تاريخ', 'منذ', 'حتي']);

/** Words that close a day said alone (في 15.، يوم 27): punctuation that ends a phrase. */
const PHRASE_END = '.!?؟،,;:)';

export class DateReader extends CalendarReader {
  /** Day + month (+ year): 26 كانون الثاني 2022 · الأول من شباط · 15 رجب 1443 هـ. */
  protected dayMonth(i: number): Hit | null {
    // واحد وعشرين مايو: a day in cardinal words only right before a month's name.
    const dn = this.dayNumber(i) ?? this.cardinalBeforeMonth(i);
    if (!dn) return null;
    let k = dn.end;
    // 2. أكتوبر · 28-نوفمبر · 2/ أكتوبر, but not a score (1-صفر) nor a list's number
    // (1.يناير, or "3. مارس" opening a line without a year after it).
    if (!dn.words && this.punct(k, './-')) {
      const name = this.monthName(k + 1);
      if (name && name.alone) {
        const dot = this.t[k]!.w === '.';
        const lineStart = !this.t[i - 1] || this.t[i - 1]!.kind === 'break';
        const listNumber = dot && (this.t[k + 1]!.start === this.t[k]!.end || (lineStart && !this.yearAfter(name.end)));
        if (!listNumber) k++;
      }
    }
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

  private cardinalBeforeMonth(i: number): NumRef | null {
    if (this.t[i]?.kind !== 'word') return null;
    const n = this.number(i, 31);
    return n && n.words && this.monthName(n.end) ? n : null;
  }

  /** Month (+ year) without a day: آذار 2019 · شهر رمضان · مايو الماضي · رمضان 2019 (a Hijri month as an interval). */
  protected monthOnly(i: number, cue: boolean): Hit | null {
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
  protected numeric(i: number, cue: DayMonthCue): Hit | null {
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
      const ym = my ? null : this.regexAt(YM, i);
      if (my && !this.prevIs(i, 'رقم')) {
        mo = Number(my.m[1]);
        y = Number(my.m[2]);
        end = my.end;
      } else if (ym && !this.prevIs(i, 'رقم') && Number(ym.m[2]) >= 1 && Number(ym.m[2]) <= 12) {
        y = Number(ym.m[1]);
        mo = Number(ym.m[2]);
        end = ym.end;
      } else return this.shortNumeric(i, cue);
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

  /** Day and month without a full year: 22/4 · 4.22 · 22-4 · 21/04/16 · 18-9-15 · 12/8, 2015. */
  protected shortNumeric(i: number, cue: DayMonthCue): Hit | null {
    if (this.prevIs(i, 'رقم')) return null;
    const dmy = this.regexAt(DMY2, i);
    if (dmy) {
      let a = Number(dmy.m[1]);
      let b = Number(dmy.m[3]);
      if (b > 12 && a <= 12) [a, b] = [b, a];
      const yy = Number(dmy.m[4]);
      const y = yy < 50 ? 2000 + yy : 1900 + yy;
      if (!isValidDate(y, b, a)) return null;
      return { begin: i, end: dmy.end, day: daysFromCivil(y, b, a), grain: 'day', calendar: 'gregorian', relative: false, explicitYear: true };
    }
    const dm = this.regexAt(DM, i);
    if (!dm) return null;
    let a = Number(dm.m[1]);
    let b = Number(dm.m[3]);
    const sep = dm.m[2]!;
    const level: number = Math.max(cue, this.prevIsDayMonthCue(i) ? DayMonthCue.Preposition : DayMonthCue.None);
    const unambiguous = (a > 12) !== (b > 12);
    const padded = dm.m[1]!.length === 2 && dm.m[3]!.length === 2 && (dm.m[1]![0] === '0' || dm.m[3]![0] === '0');
    if (level === DayMonthCue.None && !(sep === '/' && (unambiguous || padded))) return null;
    if (level === DayMonthCue.Preposition && !(sep === '/' || unambiguous)) return null;
    // Day first as Arabic writes it; month first (4/22) only when the day cannot be a month.
    if (b > 12 && a <= 12) [a, b] = [b, a];
    if (!isValidDate(2000, b, a)) return null;
    let end = dm.end;
    // 12/8, 2015 · 23 / 8 2015م: a year after a comma or a space.
    const yk = this.punct(end, ',،') ? end + 1 : end;
    if (this.t[yk]?.kind === 'digits' && this.t[yk]!.w.length === 4) {
      const y = Number(this.t[yk]!.w);
      const era = this.word(yk + 1, 'era');
      if (y >= 1800 && y <= 2200 && isValidDate(y, b, a) && (!era || era.value !== 'hijri')) return { begin: i, end: era ? era.end : yk + 1, day: daysFromCivil(y, b, a), grain: 'day', calendar: 'gregorian', relative: false, explicitYear: true };
    }
    // 3/4 الحالات · في 4.5 مليون: a word after that is no date word makes it a number.
    const next = this.t[end];
    if (level < DayMonthCue.Day && next && next.kind === 'word' && this.kinds(end) === 0) return null;
    const yy = this.yearFor(b, a);
    return { begin: i, end, day: yy === null ? null : daysFromCivil(yy, b, a), grain: 'day', calendar: 'gregorian', relative: true };
  }

  private prevIsDayMonthCue(i: number): boolean {
    const p = this.t[i - 1];
    return !!p && p.kind === 'word' && (DAY_MONTH_PREPOSITIONS.has(p.w) || DAY_MONTH_PREPOSITIONS.has(coreOf(p)));
  }

  /**
   * A day of the month without its month: في 15. · يوم 27 · للثاني والعشرين · إلى الحادي
   * والعشرين. Digits need في or يوم before and the phrase's end after (في 15 دقيقة is a
   * count, إلى 27 a figure); words need to be a compound ordinal (an ordinal is no count).
   */
  protected dayAlone(i: number, afterDayWord: boolean): Hit | null {
    const tok = this.t[i];
    if (!tok) return null;
    const dn = this.dayNumber(i);
    if (!dn) return null;
    if (dn.words) {
      // Days are masculine: في الحادية عشرة is an age or an hour.
      if (!dn.ordinal || dn.value < 11 || tok.w.endsWith('ه') || !this.endsPhrase(dn.end)) return null;
      const p = this.t[i - 1];
      const cued = afterDayWord || tok.w.startsWith('لل') || tok.w.startsWith('بال') || (!!p && p.kind === 'word' && (p.w === 'في' || coreOf(p) === 'الي'));
      if (!cued) return null;
    } else {
      if (!afterDayWord && !this.prevIs(i, 'في')) return null;
      if (!this.endsPhrase(dn.end)) return null;
    }
    return { begin: i, end: dn.end, day: this.dayOfRefMonth(dn.value), grain: 'day', calendar: 'gregorian', relative: true };
  }

  /** Nothing, a line break or closing punctuation at token k. */
  protected endsPhrase(k: number): boolean {
    const t = this.t[k];
    return !t || t.kind === 'break' || (t.kind === 'punct' && PHRASE_END.includes(t.w));
  }

  /** Month first: يناير 1 · يناير-1 · مايو الحادي والعشرين · سبتمبر10، ألف وتسعمائة وواحد. */
  protected monthDay(i: number): Hit | null {
    const name = this.monthName(i);
    if (!name) return null;
    let k = name.end;
    if (this.punct(k, '-')) k++;
    const dn = this.dayNumber(k);
    // في آذار والثاني في …: a number joined by و starts something else.
    if (!dn || this.t[k]!.conj === 1) return null;
    // أيار 15 قتيلا: digits followed by another word count something.
    const next = this.t[dn.end];
    if (!dn.words && next && next.kind === 'word' && this.kinds(dn.end) === 0) return null;
    const ref: MonthRef = { end: dn.end, month: name.month, calendar: name.calendar, named: true, alone: true, cued: false };
    const y = this.yearAfter(dn.end);
    if (y) {
      if (y.year === null) return null;
      ref.end = y.end;
      ref.year = y.year;
      ref.yearCalendar = y.calendar;
    }
    const r = this.resolveMonth(ref, dn.value);
    const hit: Hit = { begin: i, end: ref.end, day: null, grain: 'day', calendar: name.calendar, relative: !r.explicitYear, explicitYear: r.explicitYear };
    if (r.start === null) return hit.relative ? hit : null;
    if (dn.value > r.length) return null;
    hit.day = r.start + dn.value - 1;
    if (name.calendar === 'hijri' && r.hijri) hit.hijri = { ...r.hijri, day: dn.value };
    return hit;
  }

  /** عام 2014 · في 2019 · 1436هـ · 2007م · عام ألفين وتسعة عشر · السنة القادمة. */
  protected yearOnly(i: number, cue: boolean): Hit | null {
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
  protected relDay(i: number): Hit | null {
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

  /** (يوم)? الخميس (الماضي|المقبل)? · الأحد من الأسبوع الماضي · the weekday's date when given. */
  protected weekday(i: number): Hit | null {
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

  protected dateAfterWeekday(i: number, weekday: number): Hit | null {
    let k = i;
    let close = false;
    if (this.punct(k, ',،-')) k++;
    const join = this.word(k, 'join') ?? this.word(k, 'of');
    if (join) k = join.end;
    if (this.punct(k, '(')) {
      k++;
      close = true;
    }
    let hit = this.numeric(k, DayMonthCue.Day) ?? this.dayMonth(k) ?? this.monthDay(k) ?? this.dayOfThisMonth(k, weekday);
    if (!hit) return null;
    if (close) {
      if (!this.punct(hit.end, ')')) return null;
      hit = { ...hit, end: hit.end + 1 };
    }
    return hit;
  }

  /** السبت السادس عشر · الثلاثاء التاسع عشر من هذا الشهر: a day of the reference month. */
  protected dayOfThisMonth(i: number, weekday: number): Hit | null {
    const n = this.t[i]?.conj === 1 ? null : this.number(i, 31);
    if (!n) return null;
    // الجمعة 15 · الخميس في 21: a plain number only when no counted word follows (الجمعة 15 قتيلا).
    if (!n.ordinal && this.t[n.end]?.kind === 'word' && this.t[n.end]!.conj === 0 && this.kinds(n.end) === 0) return null;
    let end = n.end;
    const of = this.word(end, 'of');
    if (of) {
      const rel = this.relativeUnit(of.end);
      if (rel && rel.unit === 'month') end = rel.end;
    }
    if (this.env.ref === null) return { begin: i, end, day: null, grain: 'day', calendar: 'gregorian', relative: true };
    const c = civilFromDays(this.env.ref);
    // The day must fall on the named weekday: this month, the next, or (news) the one before.
    const months: Array<[number, number]> = [[c.y, c.m], c.m === 12 ? [c.y + 1, 1] : [c.y, c.m + 1]];
    if (this.env.orientation === 'past') months.push(c.m === 1 ? [c.y - 1, 12] : [c.y, c.m - 1]);
    for (const [y, m] of months) {
      if (n.value <= daysInMonth(y, m)) {
        const z = daysFromCivil(y, m, n.value);
        if (weekdayOfDays(z) === weekday) return { begin: i, end, day: z, grain: 'day', calendar: 'gregorian', relative: true };
      }
    }
    return null;
  }

  /** Which one at k: آخر/الأخير = -1, or an ordinal (الثالث; without ال when it leads the phrase). */
  private nthAt(k: number, leading: boolean): { n: number; end: number } | null {
    const last = this.word(k, 'last');
    if (last) return { n: -1, end: last.end };
    const num = this.number(k, 5);
    if (!num || !num.ordinal || (leading && this.t[k]!.w.startsWith('ال'))) return null;
    return { n: num.value, end: num.end };
  }

  /** أول/ثالث/آخر (يوم)? الثلاثاء من شهر أيلول · الثلاثاء الثالث من شهر أيلول · اليوم الأخير من شهر عشرة. */
  protected nthInMonth(i: number): Hit | null {
    let k = i;
    let n: number | null = null;
    const lead = this.nthAt(k, true);
    if (lead) {
      n = lead.n;
      k = lead.end;
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
      const after = this.nthAt(k, false);
      if (!after) return null;
      n = after.n;
      k = after.end;
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
  protected period(i: number): Hit | null {
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
  protected yearUnitDefined(i: number): YearRef | null {
    const u = this.find(i, (e, m) => (e.type === 'word' && e.role === 'unit' && e.value === 'year:1' && m.via === 'bare' ? e : undefined));
    if (!u || this.env.ref === null) return null;
    const rel = this.relativeUnit(i);
    if (rel) return { end: rel.end, year: rel.day === null ? null : civilFromDays(rel.day).y, calendar: 'gregorian', relative: true };
    return { end: u.end, year: civilFromDays(this.env.ref).y, calendar: 'gregorian', relative: true };
  }

  /** منذ ثلاثة أيام · قبل أسبوع · منذ يومين (a point that far before the reference). */
  protected ago(i: number): Hit | null {
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
    // قبل ثلاثة أيام من الانتخابات counts from another event, not from the reference;
    // من الآن names the reference.
    let end = dur.end;
    const sign = a.value === 'after' ? 1 : -1;
    const nextWord = this.t[end]?.kind === 'word' ? this.t[end]!.w : '';
    const of = nextWord === 'من' || (sign === 1 && nextWord === 'علي');
    if (of) {
      const now = this.word(end + 1, 'now');
      if (!now) return null;
      end = now.end;
    }
    // بعد أسبوع اتسم بالاضطراب · بعد شهر فضيل: "after" dates only a phrase that ends there.
    if (sign === 1 && !of && !this.endsPhrase(end)) return null;
    const ref = this.env.ref;
    let day: number | null = null;
    if (ref !== null) {
      if (dur.unit === 'day') day = ref + sign * dur.n;
      else if (dur.unit === 'week') day = ref + sign * 7 * dur.n;
      else {
        // A month or years before: the same day of that month (قبل شهر on 7 November is 7 October).
        const c = civilFromDays(ref);
        const months = dur.unit === 'month' ? dur.n : 12 * dur.n;
        const idx = c.y * 12 + c.m - 1 + sign * months;
        const y = Math.floor(idx / 12);
        const m = (idx % 12) + 1;
        day = daysFromCivil(y, m, Math.min(c.d, daysInMonth(y, m)));
      }
    }
    return { begin: i, end, day, grain: 'day', calendar: 'gregorian', relative: true };
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
  protected holiday(i: number): Hit | null {
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

  protected now(i: number): Hit | null {
    const w = this.word(i, 'now');
    if (!w) return null;
    // Without a reference time, "now" is the reference day.
    if (this.env.refSeconds === null) return { begin: i, end: w.end, day: this.env.ref, grain: 'day', calendar: 'gregorian', relative: true };
    return { begin: i, end: w.end, day: this.env.ref, grain: 'second', calendar: 'gregorian', relative: true, seconds: this.env.refSeconds };
  }
}
