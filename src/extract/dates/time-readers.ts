// Times of day: clock times (19:04، 02,30 after الساعة), hours in words with minutes
// (الثالثة وربع، الا ثلث), parts of day and time zones; and a time joined to its day.

import type { DateGrain } from '../../core/types.js';
import { Memo, type Hit } from './reader.js';
import { DateReader } from './date-readers.js';

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

const CLOCK = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d]|[:.]\d)/y;

const CLOCK_LOOSE = /(\d{1,2})[:,.](\d{2})(?![\d]|[:.,]\d)/y;

export class TimeReader extends DateReader {
  private readonly timeMemo = new Memo<TimeRef>((i) => this.timeAt(i));

  protected time(i: number): TimeRef | null {
    return this.timeMemo.get(i);
  }

  /** الساعة 3 صباحا · 19:04 · الساعة 02,30 بعد منتصف الليل · الثالثة وربع بعد الظهر · 12 الا ربع. */
  protected timeAt(i: number): TimeRef | null {
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

  /** A time's day when none is said: the reference day; in Duckling's mode the next such time. */
  protected timeSeconds(t: TimeRef): { seconds: number; dayShift: number } {
    let h = t.h;
    const sec = (hh: number): number => hh * 3600 + t.mi * 60 + (t.s ?? 0);
    if (!t.fixed && this.env.orientation === 'future' && this.env.refSeconds !== null && h < 12 && sec(h) < this.env.refSeconds) h += 12;
    return { seconds: sec(h), dayShift: 0 };
  }

  protected timeHit(i: number, t: TimeRef, day: Hit | null): Hit {
    const { seconds } = this.timeSeconds(t);
    const base = day?.day ?? (day ? null : this.env.ref);
    // Every field in the order of Hit, undefined where absent (see shapeHit).
    return {
      begin: day ? Math.min(day.begin, i) : i,
      end: day ? Math.max(day.end, t.end) : t.end,
      day: base,
      grain: t.grain,
      calendar: day?.calendar ?? 'gregorian',
      relative: day ? day.relative : true,
      weekday: day?.weekday,
      hijri: day?.hijri || undefined,
      partOfDay: (t.pod ?? day?.partOfDay) || undefined,
      seconds,
      zone: t.zone,
      endDay: undefined,
      endSeconds: undefined,
      explicitYear: day?.explicitYear ? true : undefined,
      relOffset: undefined,
      bareWeekday: undefined,
      nightPair: undefined,
    };
  }
}
