// Texts that hold no date, or whose date-like parts are not dates.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TextContext } from '../../../src/core/context.js';
import { findReferenceDate } from '../../../src/extract/dates/index.js';
import { dates } from './helpers.js';

const DUCKLING_NEGATIVE = new URL('../../../../shared/benchmarks/duckling/time_negative.json', import.meta.url);

describe('no date', () => {
  it.each(['حب', 'اياب', 'ابحث'])('Duckling negative case %s', (text) => {
    expect(dates(text, '2013-02-12T04:30:00', 'future')).toEqual([]);
  });

  it.runIf(existsSync(DUCKLING_NEGATIVE))('every case of time_negative.json', () => {
    const cases = JSON.parse(readFileSync(DUCKLING_NEGATIVE, 'utf8')) as Array<{ text: string }>;
    for (const c of cases) expect(dates(c.text, '2013-02-12T04:30:00', 'future')).toEqual([]);
  });

  it.each([
    ['ماي as English "my"', 'حسابه على ماي سبيس'],
    ['آب as father', 'باسم الآب والابن'],
    ['آب without day or year needs شهر', 'ذهب في آب'],
    ['رمضان as a name', 'قال رمضان عبد الله'],
    ['صفر as zero', 'بلغت النسبة صفر'],
    ['نيسان as a car', 'سيارة نيسان بيضاء'],
    ['مارس as a verb', 'مارس الضغط على الحكومة'],
    ['عام as "general"', 'قال الأمين العام بشكل عام'],
    ['an ordinal alone', 'حل في المركز الثالث'],
    ['"the third day" of a narrative', 'في اليوم الثالث من المعارك'],
    ['the past days (a duration)', 'خلال الأيام الماضية'],
    ['a count near a year-like number', 'قتل 1400 شخص'],
    ['الغد as a newspaper', 'قالت صحيفة الغد الأردنية'],
    ['half a year (a duration)', 'سجن عامين ونصف العام'],
    ['an ordinal before a night', 'في الدوار الرابع ليلة'],
  ])('%s', (_why, text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('numbers that are not dates', () => {
  it.each([
    ['a URL id', 'me_ga.php?id=32240'],
    ['a phone number', 'اتصل على 0096170123456'],
    ['an IP address', '192.168.1.1'],
    ['a law number', 'القانون رقم 3/2020'],
    ['a numbered range', 'رقم 2014-2016'],
    ['a percentage', 'ارتفع 25%'],
    ['a score', 'فاز 3-1'],
    ['a temperature', 'Erbil 15°C'],
    ['a decimal', 'نحو 3.5 مليون'],
    ['a range of counts', 'من 3 إلى 5 أشخاص'],
  ])('%s', (_why, text) => {
    expect(dates(text)).toEqual([]);
  });

  // 3/4 is a fraction as often as a date (3 April). Day/month without a year is read only
  // after a weekday or يوم ("يوم السبت 21/09"), where it cannot be a fraction.
  it('3/4 alone is not a date; after a weekday it is', () => {
    expect(dates('ثلاثة أرباع أي 3/4 السكان')).toEqual([]);
    expect(dates('يوم السبت 21/09', '2013-02-12')).toMatchObject([{ value: '2013-09-21', weekday: 6 }]);
  });
});

describe('page furniture', () => {
  it('a weather widget date without a year does not date the page', () => {
    const ctx = new TextContext('Erbil 15°C الخميس 25 نيسان 11:15\n\nالخارجية الأميركية: نواصل الوقوف إلى جانب شركائنا\n');
    expect(findReferenceDate(ctx)).toEqual({ value: null, from: 'none' });
  });
});
