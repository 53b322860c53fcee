import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, isoDay } from '../../../src/extract/dates/calendar.js';
import { daysToHijri, hijriMonthLength, hijriRange, hijriToDays } from '../../../src/extract/dates/hijri.js';
import { FIRST_HIJRI_YEAR, LAST_HIJRI_YEAR, intlHijri, ummAlQuraTsv } from '../../../src/extract/dates/hijri-table.js';

describe('Umm al-Qura conversion', () => {
  it('covers 1343–1500 AH', () => {
    expect(hijriRange()).toEqual({ first: FIRST_HIJRI_YEAR, last: LAST_HIJRI_YEAR });
  });

  it('agrees with Intl islamic-umalqura on every day from 1 Muharram 1343 to the end of 1500', () => {
    const first = hijriToDays(1343, 1, 1)!;
    const last = hijriToDays(1500, 12, hijriMonthLength(1500, 12))!;
    expect(isoDay(first)).toBe('1924-08-02');
    let checked = 0;
    for (let z = first; z <= last; z++) {
      const ours = daysToHijri(z);
      const intl = intlHijri(z);
      if (!ours || ours.year !== intl.year || ours.month !== intl.month || ours.day !== intl.day) {
        expect({ day: isoDay(z), ours }).toEqual({ day: isoDay(z), ours: intl });
      }
      // And back: the Hijri date converts to the same Gregorian day.
      if (hijriToDays(intl.year, intl.month, intl.day) !== z) expect(isoDay(hijriToDays(intl.year, intl.month, intl.day)!)).toBe(isoDay(z));
      checked++;
    }
    expect(checked).toBe(last - first + 1);
    expect(checked).toBeGreaterThan(55_000);
  });

  it('is the table Intl generates (the data file is not hand-edited)', () => {
    const file = readFileSync(new URL('../../../src/lexicon/data/ar/dates-hijri-umalqura.tsv', import.meta.url), 'utf8');
    expect(file).toBe(ummAlQuraTsv());
  });

  it('converts known dates', () => {
    expect(isoDay(hijriToDays(1443, 7, 15)!)).toBe('2022-02-16');
    expect(isoDay(hijriToDays(1436, 10, 25)!)).toBe('2015-08-10');
    expect(isoDay(hijriToDays(1440, 9, 1)!)).toBe('2019-05-06');
    expect(daysToHijri(daysFromCivil(2022, 1, 26))).toEqual({ year: 1443, month: 6, day: 23 });
  });

  it('rejects days outside the month or the table', () => {
    expect(hijriToDays(1443, 13, 1)).toBeNull();
    expect(hijriToDays(1443, 1, 31)).toBeNull();
    expect(hijriToDays(1200, 1, 1)).toBeNull();
    expect(daysToHijri(daysFromCivil(1900, 1, 1))).toBeNull();
  });
});

describe('civil day arithmetic', () => {
  it('round-trips days and civil dates', () => {
    for (let z = -800_000; z <= 800_000; z += 997) {
      const c = civilFromDays(z);
      expect(daysFromCivil(c.y, c.m, c.d)).toBe(z);
    }
    expect(isoDay(daysFromCivil(2022, 1, 26))).toBe('2022-01-26');
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
  });
});
