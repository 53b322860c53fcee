// Builds the Umm al-Qura month table from Intl's islamic-umalqura calendar, which can
// format dates but not parse them. Used once to write the data file
// dates-hijri-umalqura.tsv (run: node dist/extract/dates/hijri-table.js > file) and by the
// test that checks the data file against Intl. Not used at run time: loading 158 lines
// is faster than ~1,900 Intl calls, and keeps results the same on Node builds without full ICU.

import { daysFromCivil, isoDay } from './calendar.js';

export interface HijriYearRow {
  year: number;
  /** Days since 1970-01-01 of 1 Muharram. */
  start: number;
  /** Lengths of the 12 months (29 or 30). */
  lengths: number[];
}

export const FIRST_HIJRI_YEAR = 1343;
export const LAST_HIJRI_YEAR = 1500;

let formatter: Intl.DateTimeFormat | undefined;

/** Umm al-Qura date of a day, read from Intl. */
export function intlHijri(days: number): { year: number; month: number; day: number } {
  formatter ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  let year = 0;
  let month = 0;
  let day = 0;
  for (const p of formatter.formatToParts(new Date(days * 86_400_000))) {
    if (p.type === 'year') year = parseInt(p.value, 10);
    else if (p.type === 'month') month = parseInt(p.value, 10);
    else if (p.type === 'day') day = parseInt(p.value, 10);
  }
  return { year, month, day };
}

/** Month table for FIRST_HIJRI_YEAR..LAST_HIJRI_YEAR, probing only days 29 and 30 of each month. */
export function buildUmmAlQuraTable(): HijriYearRow[] {
  let z = daysFromCivil(1924, 7, 20);
  while (!isFirstOf(z, FIRST_HIJRI_YEAR, 1)) z++;
  const rows: HijriYearRow[] = [];
  for (let year = FIRST_HIJRI_YEAR; year <= LAST_HIJRI_YEAR; year++) {
    const row: HijriYearRow = { year, start: z, lengths: [] };
    for (let month = 1; month <= 12; month++) {
      const next = intlHijri(z + 29).day === 1 ? 29 : 30;
      row.lengths.push(next);
      z += next;
    }
    rows.push(row);
  }
  return rows;
}

function isFirstOf(z: number, year: number, month: number): boolean {
  const h = intlHijri(z);
  return h.year === year && h.month === month && h.day === 1;
}

/** The data file's text. */
export function ummAlQuraTsv(rows: HijriYearRow[] = buildUmmAlQuraTable()): string {
  const head = [
    '# Umm al-Qura calendar: Gregorian date of 1 Muharram of each Hijri year, and the',
    '# lengths (29 or 30 days) of its 12 months: محرم صفر ربيع الأول ربيع الآخر جمادى الأولى',
    '# جمادى الآخرة رجب شعبان رمضان شوال ذو القعدة ذو الحجة.',
    '# Generated from Intl islamic-umalqura by src/extract/dates/hijri-table.ts; do not edit by hand.',
    'hijri_year\tgregorian_start\tmonth_lengths',
  ];
  return head.concat(rows.map((r) => `${r.year}\t${isoDay(r.start)}\t${r.lengths.join(' ')}`)).join('\n') + '\n';
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, '/'))) {
  process.stdout.write(ummAlQuraTsv());
}
