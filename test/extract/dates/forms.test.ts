import { describe, expect, it } from 'vitest';
import { brief, dates, one } from './helpers.js';

// Reference 2022-01-26 is a Wednesday.
describe('Gregorian month names of every region', () => {
  const cases: Array<[string, string]> = [
    ['5 يناير 2022', '2022-01-05'], ['5 فبراير 2022', '2022-02-05'], ['5 مارس 2022', '2022-03-05'], ['5 أبريل 2022', '2022-04-05'],
    ['5 إبريل 2022', '2022-04-05'], ['5 مايو 2022', '2022-05-05'], ['5 يونيو 2022', '2022-06-05'], ['5 يونيه 2022', '2022-06-05'],
    ['5 يوليو 2022', '2022-07-05'], ['5 يوليه 2022', '2022-07-05'], ['5 أغسطس 2022', '2022-08-05'], ['5 اغسطس 2022', '2022-08-05'],
    ['5 سبتمبر 2022', '2022-09-05'], ['5 أكتوبر 2022', '2022-10-05'], ['5 نوفمبر 2022', '2022-11-05'], ['5 ديسمبر 2022', '2022-12-05'],
    ['5 كانون الثاني 2022', '2022-01-05'], ['5 شباط 2022', '2022-02-05'], ['5 آذار 2022', '2022-03-05'], ['5 نيسان 2022', '2022-04-05'],
    ['5 أيار 2022', '2022-05-05'], ['5 حزيران 2022', '2022-06-05'], ['5 تموز 2022', '2022-07-05'], ['5 آب 2022', '2022-08-05'],
    ['5 أيلول 2022', '2022-09-05'], ['5 تشرين الأول 2022', '2022-10-05'], ['5 تشرين الثاني 2022', '2022-11-05'], ['5 كانون الأول 2022', '2022-12-05'],
    ['5 جانفي 2022', '2022-01-05'], ['5 فيفري 2022', '2022-02-05'], ['5 أفريل 2022', '2022-04-05'], ['5 ماي 2022', '2022-05-05'],
    ['5 جوان 2022', '2022-06-05'], ['5 جويلية 2022', '2022-07-05'], ['5 أوت 2022', '2022-08-05'],
  ];
  it.each(cases)('%s', (text, value) => {
    const m = one(text);
    expect([m.text, m.value, m.grain, m.calendar, m.relative]).toEqual([text, value, 'day', 'gregorian', false]);
  });

  it('reads paired names as one month', () => {
    expect(brief('في يناير/ كانون الثاني 2017 قتل')).toEqual([['في يناير/ كانون الثاني 2017', '2017-01', 'month']]);
    expect(brief('في كانون الثاني (يناير) 2017')).toEqual([['في كانون الثاني (يناير) 2017', '2017-01', 'month']]);
    expect(brief('في 7 أيار/مايو 2017، جعل')).toEqual([['في 7 أيار/مايو 2017', '2017-05-07', 'day']]);
    expect(brief('في مايو/ آيار 2015. لكن')).toEqual([['في مايو/ آيار 2015', '2015-05', 'month']]);
  });

  it('reads a weekday with its date', () => {
    const m = one('الأربعاء 26 كانون الثاني 2022');
    expect([m.value, m.weekday, m.relative]).toEqual(['2022-01-26', 3, false]);
    expect(one('يوم الأربعاء (26 / 1 / 2022)')).toMatchObject({ text: 'يوم الأربعاء (26 / 1 / 2022)', value: '2022-01-26', weekday: 3 });
  });

  it('resolves a day and month without a year to the nearest such day', () => {
    expect(one('20 يناير').value).toBe('2022-01-20');
    expect(one('15 ديسمبر').value).toBe('2021-12-15');
    expect(one('20 يناير', null).value).toBeNull();
  });

  it('reads a month with its year, and a month with الماضي/المقبل', () => {
    expect(brief('منذ دحره في سوريا في آذار 2019.')).toEqual([['في آذار 2019', '2019-03', 'month']]);
    expect(brief('بلغت في مايو الماضي 145 مليارا')).toEqual([['في مايو الماضي', '2021-05', 'month']]);
    expect(brief('في شهر رمضان المقبل')[0]![2]).toBe('month');
  });
});

describe('numeric dates', () => {
  it.each([
    ['26/1/2022', '2022-01-26'],
    ['26 / 1 / 2022', '2022-01-26'],
    ['2022.01.26', '2022-01-26'],
    ['2022-01-26', '2022-01-26'],
    ['26-1-2022', '2022-01-26'],
    ['٢٦/١/٢٠٢٢', '2022-01-26'],
    ['15/7/2015م', '2015-07-15'],
  ])('%s', (text, value) => {
    expect(one(text)).toMatchObject({ text, value, grain: 'day', relative: false });
  });

  it('reads a month and year', () => {
    expect(one('2/2013')).toMatchObject({ value: '2013-02', grain: 'month' });
  });

  it('reads a Hijri numeric date', () => {
    expect(one('يوم الجمعة 9 / 9 / 1436هـ')).toMatchObject({ value: '2015-06-26', calendar: 'hijri', hijri: { year: 1436, month: 9, day: 9 }, weekday: 5 });
  });
});

describe('years', () => {
  it('reads a year after عام/في and in words', () => {
    expect(brief('منذ عام 2014')).toEqual([['عام 2014', '2014', 'year']]);
    expect(brief('ما حصل في 2019 كان')).toEqual([['في 2019', '2019', 'year']]);
    expect(brief('أواخر 2017 انتصاره')).toEqual([['أواخر 2017', '2017-12', 'month']]);
    expect(brief('عام ألفين وتسعة عشر')).toEqual([['عام ألفين وتسعة عشر', '2019', 'year']]);
    expect(brief('في العام الماضي')).toEqual([['في العام الماضي', '2021', 'year']]);
  });

  it('does not read a bare count as a year', () => {
    expect(dates('قتل 2019 شخصا')).toEqual([]);
  });
});

describe('Hijri dates', () => {
  it('converts day, month and year with هـ', () => {
    expect(one('15 رجب 1443 هـ')).toMatchObject({ value: '2022-02-16', grain: 'day', calendar: 'hijri', hijri: { year: 1443, month: 7, day: 15 } });
    expect(one('في 5 ذي القعدة 1440 للهجرة')).toMatchObject({ value: '2019-07-08', hijri: { year: 1440, month: 11, day: 5 } });
    expect(one('1 ذو الحجة 1443هـ')).toMatchObject({ value: '2022-06-30', hijri: { year: 1443, month: 12, day: 1 } });
  });

  it.each([
    ['محرم', 1], ['صفر', 2], ['ربيع الأول', 3], ['ربيع الآخر', 4], ['ربيع الثاني', 4], ['جمادى الأولى', 5], ['جمادى الأول', 5],
    ['جمادى الآخرة', 6], ['جمادى الثانية', 6], ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10], ['ذو القعدة', 11],
    ['ذي القعدة', 11], ['ذو الحجة', 12], ['ذي الحجة', 12],
  ] as Array<[string, number]>)('month %s', (name, month) => {
    expect(one(`10 ${name} 1440 هـ`).hijri).toEqual({ year: 1440, month, day: 10 });
  });

  it('keeps the Hijri date of a dateline and its Gregorian twin as two mentions', () => {
    expect(brief('الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس')).toEqual([
      ['25 شوال 1436 هـ', '2015-08-10', 'day'],
      ['10 اغسطس 2015 م', '2015-08-10', 'day'],
    ]);
  });

  it('reads a Hijri year alone', () => {
    expect(one('العام الدراسي 1436هـ')).toMatchObject({ text: '1436هـ', calendar: 'hijri', grain: 'year', value: '2014-10-25', endValue: '2015-10-14' });
  });
});

describe('relative dates', () => {
  it.each([
    ['اليوم', '2022-01-26'], ['أمس', '2022-01-25'], ['البارحة', '2022-01-25'], ['أول أمس', '2022-01-24'], ['غدا', '2022-01-27'],
    ['بعد غد', '2022-01-28'], ['منذ ثلاثة أيام', '2022-01-23'], ['منذ يومين', '2022-01-24'],
  ])('%s', (text, value) => {
    expect(one(text)).toMatchObject({ text, value, grain: 'day', relative: true });
  });

  it('reads weekdays as the last such day on or before the reference', () => {
    expect(one('يوم الخميس')).toMatchObject({ value: '2022-01-20', weekday: 4 });
    expect(one('قال الأربعاء، إن')).toMatchObject({ text: 'الأربعاء', value: '2022-01-26', weekday: 3 });
    expect(one('الخميس الماضي')).toMatchObject({ value: '2022-01-20', weekday: 4 });
    expect(one('الأربعاء الماضي')).toMatchObject({ value: '2022-01-19', weekday: 3 });
    expect(one('الخميس المقبل')).toMatchObject({ value: '2022-01-27', weekday: 4 });
  });

  it('reads a weekday named with أمس/اليوم and parts of day', () => {
    expect(one('أمس السبت', '2022-01-23')).toMatchObject({ value: '2022-01-22', weekday: 6 });
    expect(one('مساء السبت')).toMatchObject({ value: '2022-01-22', weekday: 6, partOfDay: 'evening' });
    expect(one('صباح اليوم')).toMatchObject({ value: '2022-01-26', partOfDay: 'morning' });
    expect(one('ليل الخميس- الجمعة')).toMatchObject({ text: 'ليل الخميس- الجمعة', value: '2022-01-20', weekday: 4, partOfDay: 'night' });
    expect(one('بعد منتصف ليل السبت/الأحد، اشتباكات')).toMatchObject({ text: 'بعد منتصف ليل السبت/الأحد', value: '2022-01-23', weekday: 0, partOfDay: 'after-midnight' });
  });

  it('reads weeks, months and years relative to the reference', () => {
    expect(one('الأسبوع الماضي')).toMatchObject({ value: '2022-01-17', grain: 'week' });
    expect(one('الشهر الماضي')).toMatchObject({ value: '2021-12', grain: 'month' });
    expect(one('السنة المقبلة')).toMatchObject({ value: '2023', grain: 'year' });
  });

  it('reads الغد after يوم or a part of day, and months with الجاري', () => {
    expect(one('صباح الغد')).toMatchObject({ value: '2022-01-27', partOfDay: 'morning' });
    expect(one('يوم الخميس 20 يناير/كانون الثاني الجاري')).toMatchObject({ value: '2022-01-20', weekday: 4 });
    expect(one('يوم 15 من الشهر الجاري')).toMatchObject({ value: '2022-01-15' });
    expect(one('ظهر أمس')).toMatchObject({ value: '2022-01-25', partOfDay: 'noon' });
  });

  it('keeps the weekday and a null value without a reference', () => {
    expect(one('أمس السبت', null)).toMatchObject({ value: null, weekday: 6, relative: true });
    expect(one('يوم الخميس', null)).toMatchObject({ value: null, weekday: 4 });
  });
});

describe('times', () => {
  it('reads clock times and combines them with an adjacent day', () => {
    expect(one('2022.01.26 - 19:04')).toMatchObject({ value: '2022-01-26T19:04', grain: 'minute', relative: false });
    expect(one('وقع حوالى الساعة 02,30 بعد منتصف الليل')).toMatchObject({ text: 'حوالى الساعة 02,30 بعد منتصف الليل', value: '2022-01-26T02:30', grain: 'minute', partOfDay: 'after-midnight' });
    expect(one('الساعة 3 عصرا')).toMatchObject({ value: '2022-01-26T15:00', grain: 'hour' });
    expect(one('الخميس الساعة 8 مساء')).toMatchObject({ value: '2022-01-20T20:00', weekday: 4 });
    expect(one('بحلول الساعة 07:49 بتوقيت غرينتش')).toMatchObject({ text: 'الساعة 07:49 بتوقيت غرينتش', value: '2022-01-26T07:49Z' });
  });
});

describe('intervals (end exclusive)', () => {
  it('reads day, month and year ranges', () => {
    // Without a year, a day more than two months ahead is last year's (news reports the past).
    expect(one('بين 13 و15 تموز')).toMatchObject({ value: '2021-07-13', endValue: '2021-07-16', grain: 'day' });
    expect(one('بين 13 و15 تموز', '2022-06-20')).toMatchObject({ value: '2022-07-13', endValue: '2022-07-16', grain: 'day' });
    expect(one('خلال الفترة من 1 إلى 15 يناير 2022')).toMatchObject({ text: 'من 1 إلى 15 يناير 2022', value: '2022-01-01', endValue: '2022-01-16', relative: false });
    expect(one('من يناير إلى مارس 2022')).toMatchObject({ value: '2022-01', endValue: '2022-04', grain: 'month', relative: false });
    expect(one('بين عامي 2014 و2016')).toMatchObject({ value: '2014', endValue: '2017', grain: 'year' });
    expect(one('في اوائل اذار')).toMatchObject({ value: '2022-03-01', endValue: '2022-03-11' });
    expect(one('خلال الفترة 2014-2016')).toMatchObject({ text: '2014-2016', value: '2014', endValue: '2017', grain: 'year' });
    expect(one('العام الدراسي 1436 – 1437هـ')).toMatchObject({ text: '1436 – 1437هـ', calendar: 'hijri', value: '2014-10-25', endValue: '2016-10-02' });
  });

  it('reads a Hijri month as its Gregorian days', () => {
    expect(one('رمضان 2019')).toMatchObject({ value: '2019-05-06', endValue: '2019-06-04', calendar: 'hijri', hijri: { year: 1440, month: 9 } });
    expect(one('من 18 حتى 28 /11 /1436هـ')).toMatchObject({ value: '2015-09-02', endValue: '2015-09-13', hijri: { year: 1436, month: 11, day: 18 } });
  });

  it('does not read بين with counts or words as an interval', () => {
    expect(dates('بين 3 و5 أشخاص')).toEqual([]);
    expect(dates('بين الجيش والشرطة')).toEqual([]);
  });
});

describe('spans', () => {
  it('leaves a glued conjunction out of the span', () => {
    expect(brief('وأمس السبت، أعلنت', '2022-01-23')).toEqual([['أمس السبت', '2022-01-22', 'day']]);
  });

  it('maps spans back through harakat and tatweel', () => {
    const text = 'في الخَمِيس 20 كانـــون الثاني 2022';
    const m = one(text);
    expect(m.text).toBe(text);
    expect(m.value).toBe('2022-01-20');
  });
});
