// The date grammar over the tokens of one region, top layer. Small readers, one
// phenomenon each, live in layers (reader → calendar-refs → date-readers → time-readers);
// this layer combines them (a day with its time, intervals) and drives a region: at each
// token the longest reading wins, left to right, without overlaps.

import { civilFromDays, daysFromCivil, isValidDate, mondayOf } from './calendar.js';
import { hijriToDays } from './hijri.js';
import { coreOf } from './scan.js';
import { longer, B, Memo, shapeHit, type Hit } from './reader.js';
import { DayMonthCue } from './date-readers.js';
import { TimeReader } from './time-readers.js';

const DAY_SECONDS = 86400;

/** Words after which a bare year is a year (منذ 2011، حتى 2020). */
const YEAR_CUES = new Set(['منذ', 'حتي', 'قبل', 'بعد', 'خلال', 'مطلع', 'عام', 'سنه']);

/** Words an interval can open with: بين، من، a month (يوليو 13-15), a day or hour number, الساعة، حتى. */
const INTERVAL_STARTS = B.between | B.from | B.month | B.monthword | B.num | B.hour | B.until | B.relday;

/** Words the special intervals open with: الليلة، خلال، الأسابيع. */
const SPECIAL_STARTS = B.part | B.within | B.unit;

/** Tokens a date may hold before its first trigger word (من الثالث والعشرين وحتى … شهر). */
const MAX_LEAD = 9;

export class RegionParser extends TimeReader {
  // The same position is tried from several starts (a lead word, an interval's ends):
  // results are memoized per token and never mutated.
  // Keys fold the cue into the index: 2i + 1 is read after a cue word.
  private readonly dayMemo = new Memo<Hit>((key) => shapeHit(this.dayExprAt(key >> 1, (key & 1) === 1)));

  /**
   * A start read after a lead word (في، نحو) that gave nothing. A cue only widens what a
   * start can be (a bare year, a month alone), so reading it again without one is useless.
   */
  private failedAfterLead = -1;

  /** The interval being read opened with بين, so و separates its ends. */
  private betweenOpen = false;

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

  private dayExpr(i: number, cue: boolean): Hit | null {
    return this.dayMemo.get(2 * i + (cue ? 1 : 0));
  }

  /** A date without a time. */
  private dayExprAt(i: number, cue: boolean): Hit | null {
    let best: Hit | null = null;
    const tok = this.t[i];
    if (!tok) return null;
    if (tok.kind === 'digits') {
      best = longer(best, this.numeric(i, DayMonthCue.None));
      best = longer(best, this.dayMonth(i));
      best = longer(best, this.yearOnly(i, cue));
      best = longer(best, this.dayAlone(i, false));
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
    if (k & (B.num | B.relday)) {
      best = longer(best, this.dayMonth(i));
      best = longer(best, this.dayAlone(i, false));
    }
    if (k & B.month) best = longer(best, this.monthDay(i));
    if (k & (B.month | B.monthword | B.unit)) best = longer(best, this.monthOnly(i, cue));
    if (k & (B.yearword | B.of | B.unit | B.this)) best = longer(best, this.yearOnly(i, cue));
    if (k & B.period) best = longer(best, this.period(i));
    if (k & B.holiday) best = longer(best, this.holiday(i));
    if (k & B.ago) best = longer(best, this.ago(i));
    if (k & B.now) best = longer(best, this.now(i));
    // يوم 20 كانون الثاني 2022 · يوم 15/7/2015
    const yawm = k & B.dayword ? this.word(i, 'dayword', true) : null;
    if (yawm) {
      const d = this.numeric(yawm.end, DayMonthCue.Day) ?? this.dayMonth(yawm.end) ?? this.dayAlone(yawm.end, true);
      if (d) best = longer(best, { ...d, begin: i });
    }
    const rel = k & (B.this | B.unit) ? this.relativeUnit(i) : null;
    if (rel) {
      best = longer(best, { begin: i, end: rel.end, day: rel.day, grain: rel.grain, calendar: 'gregorian', relative: true });
      // الأسبوع القادم الأحد · الأسبوع المقبل يوم الجمعة: that weekday of that week.
      if (rel.unit === 'week') {
        const yw = this.word(rel.end, 'dayword', true);
        const wd = this.weekdayName(yw ? yw.end : rel.end, true);
        if (wd) best = longer(best, { begin: i, end: wd.end, day: rel.day === null ? null : rel.day + ((wd.weekday + 6) % 7), grain: 'day', calendar: 'gregorian', relative: true, weekday: wd.weekday });
      }
    }
    return best;
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
      // Reading an end may have read an inner interval (a time after a day): restore ours.
      this.betweenOpen = between;
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
      if (tok && tok.kind === 'word' && tok.conj === 1) return i;
      // بين 21 أغسطس إلى 5 سبتمبر: news also closes بين with إلى.
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
    let afterLead = false;
    const tok = this.t[i]!;
    // Dates start with digits or a lexicon word; most tokens are neither.
    if (tok.kind === 'punct' || (tok.kind === 'word' && this.lex(i).length === 0)) return null;
    const lead = this.word(i, 'lead');
    // The token itself, then the one after its lead word (no array: this runs at every start).
    for (let n = lead ? 2 : 1, s = i; n > 0; n--, s = lead ? lead.end : s) {
      const cue = s !== i;
      // Read after a lead word, s had every cue a later start there can have: no date.
      if (s === this.failedAfterLead) continue;
      const t = this.t[s];
      if (!t) break;
      // What the start token is decides which readers may begin there.
      const k = t.kind === 'digits' ? -1 : t.kind === 'word' ? this.kinds(s) : 0;
      if (k === 0) continue;
      if (k & INTERVAL_STARTS) best = longer(best, this.interval(s));
      if (k & SPECIAL_STARTS) best = longer(best, this.special(s));
      best = longer(best, this.point(s, cue || this.prevIsCue(s)));
      if (best) {
        afterLead = cue;
        break;
      }
    }
    if (!best && lead) this.failedAfterLead = lead.end;
    // A fresh copy in the one shape of hits: the lead word joins it by its begin.
    const hit = shapeHit(best);
    if (hit && afterLead) hit.begin = i;
    return hit;
  }

  /** منذ 2011 · حتى 2020 · قبل 2019: a bare year after these words is a year. */
  private prevIsCue(i: number): boolean {
    const p = this.t[i - 1];
    if (!p || p.kind !== 'word') return false;
    return YEAR_CUES.has(coreOf(p));
  }
}
