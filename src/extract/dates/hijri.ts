// Umm al-Qura (Saudi official) Hijri ↔ Gregorian conversion from the month table in
// dates-hijri-umalqura.tsv (1343–1500 AH, 1924–2077 CE), loaded once.

import { readTsv, LexiconError } from '../../lexicon/load.js';
import { parseIso } from './calendar.js';

interface Table {
  firstYear: number;
  /** monthStart[(year - firstYear) * 12 + month - 1] = days since 1970-01-01; one extra entry ends the table. */
  monthStart: number[];
}

let table: Table | undefined;

function load(): Table {
  if (table) return table;
  const file = 'dates-hijri-umalqura.tsv';
  const rows = readTsv(file, ['hijri_year', 'gregorian_start', 'month_lengths']);
  const monthStart: number[] = [];
  let firstYear = 0;
  let expected: number | undefined;
  for (const r of rows) {
    const year = Number(r.hijri_year);
    const start = parseIso(r.gregorian_start);
    const lengths = r.month_lengths.split(/\s+/).map(Number);
    if (!start || lengths.length !== 12 || lengths.some((n) => n !== 29 && n !== 30)) throw new LexiconError(file, r.line, 'expected a date and 12 month lengths of 29 or 30');
    if (firstYear === 0) firstYear = year;
    if (year !== firstYear + monthStart.length / 12 || (expected !== undefined && start.days !== expected)) throw new LexiconError(file, r.line, 'years must follow each other without gaps');
    let z = start.days;
    for (const n of lengths) {
      monthStart.push(z);
      z += n;
    }
    expected = z;
  }
  monthStart.push(expected ?? 0);
  return (table = { firstYear, monthStart });
}

/** Length of a Hijri month, or 0 outside the table. */
export function hijriMonthLength(year: number, month: number): number {
  const t = load();
  const k = (year - t.firstYear) * 12 + month - 1;
  if (k < 0 || k + 1 >= t.monthStart.length) return 0;
  return t.monthStart[k + 1]! - t.monthStart[k]!;
}

/** Days since 1970-01-01 of a Hijri date, or null outside the table or for an invalid day. */
export function hijriToDays(year: number, month: number, day = 1): number | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const len = hijriMonthLength(year, month);
  if (len === 0 || day > len) return null;
  const t = load();
  return t.monthStart[(year - t.firstYear) * 12 + month - 1]! + day - 1;
}

/** Hijri date of a day, or null outside the table. */
export function daysToHijri(z: number): { year: number; month: number; day: number } | null {
  const { firstYear, monthStart } = load();
  if (z < monthStart[0]! || z >= monthStart[monthStart.length - 1]!) return null;
  let lo = 0;
  let hi = monthStart.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (monthStart[mid]! <= z) lo = mid;
    else hi = mid - 1;
  }
  return { year: firstYear + Math.floor(lo / 12), month: (lo % 12) + 1, day: z - monthStart[lo]! + 1 };
}

/** Hijri years covered by the table. */
export function hijriRange(): { first: number; last: number } {
  const t = load();
  return { first: t.firstYear, last: t.firstYear + (t.monthStart.length - 1) / 12 - 1 };
}
