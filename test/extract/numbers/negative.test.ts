// What must never come out as a count.
import { describe, expect, it } from 'vitest';
import { numbers, one } from './helpers.js';

const countsIn = (text: string) => numbers(text).filter((m) => m.kind === 'count');

describe('not counts', () => {
  it('a URL id (me_ga.php?id=32240)', () => {
    expect(countsIn('me_ga.php?id=32240')).toEqual([]);
    expect(numbers('me_ga.php?id=32240').map((m) => m.kind)).toEqual(['id']);
  });

  it.each([
    'https://www.example.com/news/2022/01/26/123456.html',
    'http://t.co/abc123',
    'www.site.com/article-55512',
    'راسلونا على news123@example.com',
  ])('URLs and e-mails: %s', (text) => {
    expect(countsIn(text)).toEqual([]);
  });

  it.each(['+964 770 123 4567', '00964 770 123 4567', 'اتصل على 0770 123 4567', '07701234567'])('phone numbers: %s', (text) => {
    expect(countsIn(text)).toEqual([]);
    expect(numbers(text).map((m) => m.kind)).toEqual(['phone']);
  });

  it.each([
    ['منذ عام 2014', '2014'],
    ['في 2019', '2019'],
    ['أواخر 2017', '2017'],
    ['في آذار 2019', '2019'],
    ['مارس/آذار 2011', '2011'],
    ['عام 1443 هـ', '1443'],
    ['وفي 1998 أعلنت', '1998'],
    ['كأس العالم 2018 في روسيا', '2018'],
    ['(نيويورك: جامعة ييل، 1985)', '1985'],
    ['يوم 26 من شباط (فبراير) 2016 موعدا', '2016'],
  ])('years: %s', (text, year) => {
    expect(countsIn(text)).toEqual([]);
    expect(numbers(text).find((m) => m.text === year)?.kind).toBe('year');
  });

  it.each(['26/1/2022', '(26 / 1 / 2022)', '2022.01.26 - 19:04', '2022-01-26', '17-4-1435هـ', 'يوم 20 كانون الثاني 2022', 'الخميس 25 نيسان 11:15', 'بتاريخ 26/1'])(
    'dates: %s',
    (text) => {
      expect(countsIn(text)).toEqual([]);
    },
  );

  it.each(['يوم الاثنين', 'الأحد الماضي', 'لست أدري', 'بثمن بخس', 'أحد الجنود', 'ربيع الأول', 'أساس متين للتوصل', 'البارزة مية الجريبي'])('words that look like numbers: %s', (text) => {
    expect(countsIn(text)).toEqual([]);
  });

  it('codes glued to Latin letters', () => {
    expect(countsIn('طائرات F-16 وصواريخ S400 وفيروس COVID-19')).toEqual([]);
  });
});

describe('numbers that name rather than count', () => {
  it.each([
    ['القرار رقم 2254', '2254'],
    ['والمادة 140 من الدستور', '140'],
  ])('%s', (text, mention) => {
    expect(numbers(text).find((m) => m.text === mention)?.kind).toBe('id');
  });

  it('a span of years is a year range, not a count range', () => {
    expect(numbers('الخطة (2016-2025)')).toMatchObject([{ text: '2016-2025', kind: 'year', qualifier: 'range', min: 2016, max: 2025 }]);
  });
});

describe('phone numbers named by a label', () => {
  it.each(['الاتصال على الرقم الموحد 920001234', 'هاتف: 4567890', 'واتساب 966500000000'])('%s', (text) => {
    expect(numbers(text).map((m) => m.kind)).toEqual(['phone']);
  });
});

describe('years next to years', () => {
  it('a year joined to a year is a year', () => {
    expect(numbers('خلال عامي 2011 و2012 بدأت').map((m) => m.kind)).toEqual(['year', 'year']);
    expect(numbers('مرتين (2010 و2013)').map((m) => m.kind)).toEqual(['year', 'year']);
    expect(numbers('من 2002 وحتى 2014')).toMatchObject([{ kind: 'year', qualifier: 'range', min: 2002, max: 2014 }]);
  });

  it('a count word before a year-like number keeps it a count', () => {
    expect(one('بلغ عدد القتلى 2000.').kind).toBe('count');
    expect(one('اعتقال 2000 في المدينة').kind).toBe('count');
    expect(one('قتل 2000 شخص').kind).toBe('count');
  });
});

describe('words that look like the newer number forms', () => {
  it.each(['ارتفعت أثمان السلع', 'مع اتساع الفجوة', 'الملف ناقص', 'عمل ناقص وغير مكتمل'])('nothing in: %s', (text) => {
    expect(numbers(text)).toEqual([]);
  });

  it('a year and a count separated by a space are not one grouped number', () => {
    expect(numbers('في 2020 150 حالة').map((m) => m.value)).toEqual([2020, 150]);
  });

  it('two small numbers separated by a space stay two', () => {
    expect(numbers('الصفحات 3 4').map((m) => m.value)).toEqual([3, 4]);
  });
});
