import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TextContext } from '../../../src/core/context.js';
import type { DateMention } from '../../../src/core/types.js';
import { extractDates, findReferenceDate } from '../../../src/extract/dates/index.js';

function fixture(prefix: string): TextContext {
  const dir = new URL('../../../fixtures/', import.meta.url);
  const names: Record<string, string> = {
    '000': '000_0304d284e8e4dcf4.txt',
    '001': '001_c0c2ce5c68c2b4f1.txt',
    '002': '002_ee5b84b101fbfd16.txt',
    '003': '003_843f77042b170b03.txt',
    '004': '004_62fccf27a8b5f28f.txt',
  };
  return new TextContext(readFileSync(new URL(names[prefix]!, dir), 'utf8'));
}

function datesOf(ctx: TextContext, ref = findReferenceDate(ctx)): Array<[string, string | null, number | undefined]> {
  const found: DateMention[] = extractDates(ctx, { reference: ref });
  for (const m of found) expect(ctx.text.slice(m.start, m.end)).toBe(m.text);
  return found.map((m) => [m.text, m.value, m.weekday]);
}

describe('reference dates of the seed fixtures', () => {
  it('000: no dateline and no dated Saturday: none; weekdays keep a null value', () => {
    const ctx = fixture('000');
    expect(findReferenceDate(ctx)).toEqual({ value: null, from: 'none' });
    expect(datesOf(ctx)).toEqual([
      ['أمس السبت', null, 6],
      ['يوم الخميس', null, 4],
      ['يوم الخميس الماضي', null, 4],
      ['أمس السبت', null, 6],
    ]);
  });

  it('000 with --ref-date resolves its weekdays', () => {
    const ctx = fixture('000');
    const ref = findReferenceDate(ctx, { refDate: '2022-01-23' });
    expect(ref).toEqual({ value: '2022-01-23', from: 'ref-date' });
    expect(datesOf(ctx, ref)).toEqual([
      ['أمس السبت', '2022-01-22', 6],
      ['يوم الخميس', '2022-01-20', 4],
      ['يوم الخميس الماضي', '2022-01-20', 4],
      ['أمس السبت', '2022-01-22', 6],
    ]);
  });

  it('001: "يوم الأربعاء (26 / 1 / 2022)" anchors the week; the lead\'s Monday follows it', () => {
    const ctx = fixture('001');
    expect(findReferenceDate(ctx)).toEqual({ value: '2022-01-31', from: 'weekday-anchor' });
    expect(datesOf(ctx)).toEqual([
      ['يوم الاثنين', '2022-01-31', 1],
      ['يوم الأربعاء (26 / 1 / 2022)', '2022-01-26', 3],
      ['عام 2019', '2019', undefined],
    ]);
  });

  it('002: no full date: none; the night of Thursday to Friday and March 2019', () => {
    const ctx = fixture('002');
    expect(findReferenceDate(ctx)).toEqual({ value: null, from: 'none' });
    const found = datesOf(ctx);
    expect(found).toContainEqual(['ليل الخميس- الجمعة', null, 4]);
    expect(found).toContainEqual(['في مارس 2019', '2019-03', undefined]);
    expect(found.filter(([t]) => t === 'الجمعة')).toHaveLength(4);
  });

  it('003: the dateline "2022.01.26 - 19:04" gives 2022-01-26', () => {
    const ctx = fixture('003');
    expect(findReferenceDate(ctx)).toEqual({ value: '2022-01-26', from: 'dateline' });
    const found = datesOf(ctx);
    expect(found[0]).toEqual(['2022.01.26 - 19:04', '2022-01-26T19:04', undefined]);
    expect(found).toContainEqual(['الأربعاء', '2022-01-26', 3]);
    expect(found).toContainEqual(['26 كانون الثاني 2022', '2022-01-26', undefined]);
    expect(found).toContainEqual(['يوم 20 كانون الثاني 2022', '2022-01-20', undefined]);
    expect(found).toContainEqual(['في عام 2014', '2014', undefined]);
    expect(found).toContainEqual(['في عام 2017', '2017', undefined]);
    expect(found).toContainEqual(['ليلة الخميس', '2022-01-20', 4]);
  });

  it('004: the weather widget "Erbil 15°C الخميس 25 نيسان 11:15" is not a dateline', () => {
    const ctx = fixture('004');
    expect(findReferenceDate(ctx)).toEqual({ value: null, from: 'none' });
    const found = datesOf(ctx);
    expect(found).toContainEqual(['في آذار 2019', '2019-03', undefined]);
    expect(found).toContainEqual(['أواخر 2017', '2017-12', undefined]);
    expect(found).toContainEqual(['في 2014', '2014', undefined]);
    expect(found).toContainEqual(['في عام 2019', '2019', undefined]);
    expect(found).toContainEqual(['حوالى الساعة 02,30 بعد منتصف الليل', null, undefined]);
    expect(found).toContainEqual(['أمس السبت', null, 6]);
  });
});

describe('reference date sources', () => {
  it('takes published metadata first', () => {
    const ctx = new TextContext('2022.01.26 - 19:04\nنص');
    expect(findReferenceDate(ctx, { published: '2022-02-01', publishedFrom: 'ndjson' })).toEqual({ value: '2022-02-01', from: 'ndjson' });
    expect(findReferenceDate(ctx, { published: '2022-02-01' })).toEqual({ value: '2022-02-01', from: 'meta' });
  });

  it('dates "أمس السبت" the Sunday after a Saturday dated elsewhere', () => {
    const ctx = new TextContext('قالت الوزارة أمس السبت إن الهجوم مستمر.\nوكان الهجوم بدأ قبل ذلك، وفي السبت 22 كانون الثاني 2022 أعلنت القوات السيطرة.');
    expect(findReferenceDate(ctx)).toEqual({ value: '2022-01-23', from: 'inferred' });
  });

  it('does not infer from a historical date that merely falls on that weekday', () => {
    const ctx = new TextContext('قال المسؤول أمس الثلاثاء إن الذكرى تحل.\nوكانت الهجمات وقعت في 11 سبتمبر 2001 في نيويورك.');
    expect(findReferenceDate(ctx)).toEqual({ value: null, from: 'none' });
  });

  it('reads a dateline that opens the first line', () => {
    const ctx = new TextContext('الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\nأعلنت الوزارة اليوم أن ...');
    expect(findReferenceDate(ctx)).toEqual({ value: '2015-08-10', from: 'dateline' });
  });

  it('falls back on --ref-date, then none', () => {
    const ctx = new TextContext('قالت الوزارة يوم الخميس إن ...');
    expect(findReferenceDate(ctx, { refDate: '2022-01-22' })).toEqual({ value: '2022-01-22', from: 'ref-date' });
    expect(findReferenceDate(ctx)).toEqual({ value: null, from: 'none' });
  });

  it('does not take a date deep in the body for a dateline', () => {
    const body = Array.from({ length: 8 }, (_, k) => `فقرة رقم ${k + 1} من نص الخبر الطويل الذي لا يحمل تاريخا في أوله.`).join('\n');
    const ctx = new TextContext(`${body}\nوفي 20 كانون الثاني 2022 هاجم التنظيم السجن.`);
    expect(findReferenceDate(ctx)).toEqual({ value: null, from: 'none' });
  });
});

describe('weekday anchors written as two mentions', () => {
  it('"اليوم الأحد 11 آب 2024" anchors the text, and "أمس السبت" resolves against it', () => {
    const ctx = new TextContext('قالت الوزارة، اليوم الأحد 11 آب 2024، إن الحصيلة ارتفعت.\nوأضافت أن 12 شخصا قتلوا أمس السبت.');
    expect(findReferenceDate(ctx)).toEqual({ value: '2024-08-11', from: 'weekday-anchor' });
    expect(datesOf(ctx).find(([text]) => text === 'أمس السبت')).toEqual(['أمس السبت', '2024-08-10', 6]);
  });

  it('a weekday that does not fall on the date anchors nothing', () => {
    const ctx = new TextContext('قالت الوزارة، اليوم الاثنين 11 آب 2024، إن الحصيلة ارتفعت.');
    expect(findReferenceDate(ctx)).toEqual({ value: null, from: 'none' });
  });
});

/** The reference as found with every region read (a parse without a reference done first). */
function referenceFromFullParse(text: string): ReturnType<typeof findReferenceDate> {
  const ctx = new TextContext(text);
  extractDates(ctx, { reference: { value: null, from: 'none' } });
  return findReferenceDate(ctx);
}

const CORPUS = new URL('../../../../shared/bench/articles.ndjson', import.meta.url);

describe('the reference finder reads only the regions that can give a reference', () => {
  it('finds a weekday anchor deep in a long text, past many other dates', () => {
    const body = Array.from({ length: 12 }, (_, k) => `وفي عام ${2000 + k} قال المسؤول اليوم إن العام الماضي شهد ${k + 3} حوادث.`).join('\n');
    const text = `${body}\nوأعلنت الوزارة يوم الأربعاء 26 كانون الثاني 2022 نتائج التحقيق.`;
    expect(findReferenceDate(new TextContext(text))).toEqual({ value: '2022-01-26', from: 'weekday-anchor' });
    expect(findReferenceDate(new TextContext(text))).toEqual(referenceFromFullParse(text));
  });

  it('reads the date after a weekday that closes the region before it', () => {
    // Many separators keep the weekday and its date in two regions of the pre-filter.
    const text = `قالت الوزارة اليوم الأحد ${'، '.repeat(60)}11 آب 2024 إن الحصيلة ارتفعت.`;
    expect(findReferenceDate(new TextContext(text))).toEqual(referenceFromFullParse(text));
    expect(findReferenceDate(new TextContext(text))).toEqual({ value: '2024-08-11', from: 'weekday-anchor' });
  });

  it('gives what a full parse gives on the seed fixtures', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const text = fixture(prefix).text;
      expect(findReferenceDate(new TextContext(text))).toEqual(referenceFromFullParse(text));
    }
  });

  it.runIf(existsSync(CORPUS))('gives what a full parse gives on 400 corpus articles', () => {
    const lines = readFileSync(CORPUS, 'utf8').slice(0, 3_000_000).split('\n').slice(0, 400);
    let found = 0;
    for (const line of lines) {
      const text = (JSON.parse(line) as { text: string }).text;
      const ref = findReferenceDate(new TextContext(text));
      expect(ref).toEqual(referenceFromFullParse(text));
      if (ref.value !== null) found++;
    }
    expect(found).toBeGreaterThan(10);
  });
});
