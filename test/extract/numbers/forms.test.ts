// How Arabic news writes numbers: digits of three scripts, words, duals, ordinals,
// fractions, qualifiers, vague quantities, ranges and non-count kinds.
import { describe, expect, it } from 'vitest';
import { counts, numbers, one } from './helpers.js';

const value = (text: string): number | null => one(text).value;

describe('digits', () => {
  it.each([
    ['3,500', 3500],
    ['3500', 3500],
    ['٣٥٠٠', 3500],
    ['۳۵۰۰', 3500],
    ['٢٦٬٠١٣', 26013],
    ['26،013', 26013],
    ['1.5', 1.5],
    ['٣٫٥', 3.5],
    ['2,5', 2.5],
    ['1.234.567', 1234567],
    ['-12', -12],
    ['.77', 0.77],
  ])('%s = %d', (text, want) => {
    expect(value(text)).toBe(want);
  });

  it('percent with a sign on either side', () => {
    expect(one('25%')).toMatchObject({ value: 25, kind: 'percent', text: '25%' });
    expect(one('٪٢٥')).toMatchObject({ value: 25, kind: 'percent', text: '٪٢٥' });
    expect(one('ارتفع بنسبة 30 في المئة')).toMatchObject({ value: 30, kind: 'percent' });
    expect(one('2.3 بالمائة')).toMatchObject({ value: 2.3, kind: 'percent' });
  });
});

describe('number words', () => {
  it.each([
    ['ثلاثة', 3],
    ['ثلاث', 3],
    ['ثلاثون', 30],
    ['ثلاثين', 30],
    ['مئة', 100],
    ['مائة', 100],
    ['مئتان', 200],
    ['مئتين', 200],
    ['مائتي', 200],
    ['ثلاثمئة', 300],
    ['ثلاثمائة', 300],
    ['ثلاث مئة', 300],
    ['ألف', 1000],
    ['ألفان', 2000],
    ['ألفين', 2000],
    ['مليون', 1e6],
    ['مليار', 1e9],
    ['ثلاثة وعشرون', 23],
    ['ثلاثة و عشرون', 23],
    ['ثلاثة عشر', 13],
    ['إحدى عشرة', 11],
    ['ألف وخمسمئة', 1500],
    ['ثلاثة آلاف وخمسمئة', 3500],
    ['عشرة آلاف', 10000],
    ['خمسة وعشرون ألفا', 25000],
    ['مائة وخمسين ألفا', 150000],
    ['مليون و200 ألف', 1200000],
    ['5 آلاف', 5000],
    ['1.5 مليون', 1500000],
    ['8 ملايين', 8000000],
    ['٣٫٥ مليون', 3500000],
    ['نصف مليون', 500000],
    ['3 ونصف', 3.5],
    ['مليون ونصف', 1500000],
    ['واحد فاصلة خمسة', 1.5],
    ['متين واحد وعشرين', 221],
    ['تلتمية وخمسين', 350],
  ])('%s = %d', (text, want) => {
    expect(value(text)).toBe(want);
  });

  it('keeps proclitics out of the span', () => {
    expect(one('وثلاثة')).toMatchObject({ text: 'ثلاثة', value: 3 });
    expect(one('بخمسة')).toMatchObject({ text: 'خمسة', value: 5 });
    expect(one('لعشرة')).toMatchObject({ text: 'عشرة', value: 10 });
  });

  it('reads two numbers joined by و only when the grammar allows it', () => {
    expect(numbers('قتل سبعة و23 آخرون').map((m) => m.value)).toEqual([7, 23]);
  });
});

describe('duals', () => {
  it.each([
    ['غارتين', 2],
    ['شرطيين', 2],
    ['جريحين', 2],
    ['طفلين', 2],
  ])('%s counts two', (text, want) => {
    expect(one(`أصيب ${text} في القصف`)).toMatchObject({ value: want, kind: 'count', noun: text });
  });

  it('one mention for a dual followed by اثنتين', () => {
    expect(one('شنت غارتين اثنتين على المواقع')).toMatchObject({ text: 'غارتين اثنتين', value: 2 });
  });

  it.each(['الذين', 'المدنيين', 'فلسطين', 'سنين', 'البحرين', 'العاملين', 'المقاتلين', 'الإخوان', 'والشعبين الشقيقين'])('%s is not a dual count', (word) => {
    expect(numbers(`قال ${word} إن`)).toEqual([]);
  });

  it('a dual of a time unit is a measure', () => {
    expect(one('منذ يومين')).toMatchObject({ value: 2, kind: 'measure' });
  });
});

describe('ordinals and fractions', () => {
  it.each([
    ['الأول', 1],
    ['الأولى', 1],
    ['العاشر', 10],
    ['الحادي عشر', 11],
    ['العشرين', 20],
    ['الثالث والعشرين', 23],
  ])('%s is ordinal %d', (text, want) => {
    expect(one(`اليوم ${text}`)).toMatchObject({ value: want, kind: 'ordinal' });
  });

  it('a detached article before digits (الـ17) makes an ordinal unless a counted noun follows', () => {
    expect(one('مهرجان أبها للتسوق الـ 17، الذي')).toMatchObject({ text: 'الـ 17', value: 17, kind: 'ordinal' });
    expect(one('خلال الـ24 ساعة')).toMatchObject({ text: '24', value: 24, kind: 'measure' });
    expect(one('عن عمر يناهز الـ82 عاماً')).toMatchObject({ text: '82', kind: 'age' });
  });

  it('a decade with the article before a counted noun is a count', () => {
    expect(one('خلال الأربعين عاما الماضية')).toMatchObject({ value: 40, kind: 'measure' });
  });

  it('fractions', () => {
    expect(one('نصف السكان')).toMatchObject({ value: 0.5, kind: 'fraction' });
    expect(one('ثلث').value).toBeCloseTo(1 / 3, 12);
    expect(one('استمر ساعة ونصف')).toMatchObject({ value: 1.5, kind: 'measure', text: 'ساعة ونصف' });
  });
});

describe('qualifiers', () => {
  it.each([
    ['نحو 100', 'approx', 100, 100],
    ['حوالي 100', 'approx', 100, 100],
    ['حوالى 100', 'approx', 100, 100],
    ['قرابة 100', 'approx', 100, 100],
    ['زهاء 100', 'approx', 100, 100],
    ['ما يقارب 100', 'approx', 100, 100],
    ['أكثر من 100', 'moreThan', 101, null],
    ['اكثر من 100', 'moreThan', 101, null],
    ['ما يزيد على 100', 'moreThan', 101, null],
    ['ما يزيد عن 100', 'moreThan', 101, null],
    ['أزيد من 100', 'moreThan', 101, null],
    ['ما لا يقل عن 100', 'atLeast', 100, null],
    ['أقل من 100', 'lessThan', null, 99],
    ['ما يصل إلى 100', 'atMost', null, 100],
    ['حتى 100', 'atMost', null, 100],
  ])('%s → %s', (text, qualifier, min, max) => {
    const m = one(`قتل ${text} شخص`);
    expect(m).toMatchObject({ text, value: 100, qualifier, min, max });
    expect(m.core).toEqual({ start: m.end - 3, end: m.end });
  });

  it('qualifiers after the number or its noun', () => {
    expect(one('قتل 100 تقريبا')).toMatchObject({ text: '100 تقريبا', qualifier: 'approx' });
    expect(one('قتل 10 أشخاص على الأقل')).toMatchObject({ text: '10 أشخاص على الأقل', qualifier: 'atLeast', min: 10 });
  });

  it('open-ended qualifiers after the number', () => {
    expect(one('أطفال في سن 12 فأكثر')).toMatchObject({ text: '12 فأكثر', qualifier: 'atLeast', min: 12, max: null });
    expect(one('ثلاثة أشخاص أو أكثر')).toMatchObject({ text: 'ثلاثة أشخاص أو أكثر', qualifier: 'atLeast', min: 3 });
  });

  it('a qualifier with a proclitic', () => {
    expect(one('يقدر بنحو 300 شخص')).toMatchObject({ text: 'نحو 300', qualifier: 'approx' });
  });
});

describe('ranges', () => {
  it.each([
    ['بين 5 و10', 5, 10],
    ['ما بين 5 و 10', 5, 10],
    ['من 5 إلى 10', 5, 10],
    ['5-10', 5, 10],
    ['بين 5 و10 آلاف', 5000, 10000],
  ])('%s', (text, min, max) => {
    expect(one(`قتل ${text} أشخاص`)).toMatchObject({ text, qualifier: 'range', value: null, min, max });
  });

  it('a change is not a range', () => {
    expect(numbers('ارتفع عدد القتلى من 67 إلى 89').map((m) => m.value)).toEqual([67, 89]);
  });
});

describe('vague quantities', () => {
  it.each([
    ['عشرات', 10, 99],
    ['العشرات', 10, 99],
    ['مئات', 100, 999],
    ['آلاف', 1000, 9999],
    ['آلافا', 1000, 9999],
    ['عشرات الآلاف', 10000, 99999],
    ['مئات الآلاف', 100000, 999999],
    ['ملايين', 1e6, 9999999],
    ['بضعة', 3, 9],
    ['بضع', 3, 9],
    ['بضعة آلاف', 3000, 9999],
  ])('%s → %d–%d', (text, min, max) => {
    expect(one(`خرج ${text} المدنيين`)).toMatchObject({ text, qualifier: 'vague', value: null, min, max });
  });

  it('ACLED values', () => {
    expect(one('قتل العشرات', { vague: 'acled' })).toMatchObject({ value: 10, min: 10, max: 10, qualifier: 'vague' });
    expect(one('نزح مئات', { vague: 'acled' })).toMatchObject({ value: 100, min: 100, max: 100 });
    expect(one('نزح عشرات الآلاف', { vague: 'acled' })).toMatchObject({ value: 10000 });
  });
});

describe('kinds that are not counts', () => {
  it.each([
    ['في عام 2014 قتل', '2014', 'year'],
    ['وقع في آذار 2019 هجوم', '2019', 'year'],
    ['الساعة 3 صباحا', '3', 'time'],
    ['بلغت 500 دولار', '500', 'money'],
    ['بلغت $500', '$500', 'money'],
    ['كلف 3 ملايين دينار', '3 ملايين', 'money'],
    ['درجة الحرارة 15°C', '15°C', 'temperature'],
    ['درجة الحرارة 15 درجة مئوية', '15', 'temperature'],
    ['طفل في السابعة من عمره', 'السابعة', 'age'],
    ['رجل عمره 12 عاما', '12', 'age'],
    ['البالغ من العمر 30 عاما', '30', 'age'],
    ['على بعد 20 كيلومترا', '20', 'measure'],
    ['نقل 5 أطنان', '5', 'measure'],
    ['استمر 3 أيام', '3', 'measure'],
    ['يوم 26 كانون الثاني', '26', 'datePart'],
  ])('%s: %s is %s', (text, mention, kind) => {
    const found = numbers(text);
    expect(found.find((m) => m.text === mention)?.kind).toBe(kind);
  });

  it('numeric dates give date parts and a year', () => {
    for (const text of ['26/1/2022', '26 / 1 / 2022', '2022.01.26', '2022-01-26', '٢٦/١/٢٠٢٢']) {
      expect(numbers(text).map((m) => [m.value, m.kind]).sort()).toEqual([
        [1, 'datePart'],
        [2022, 'year'],
        [26, 'datePart'],
      ]);
    }
  });

  it('clock times', () => {
    expect(one('عند الساعة الرابعة والنصف')).toMatchObject({ text: 'الرابعة والنصف', kind: 'time', value: 4.5 });
    expect(one('بحلول الساعة 1734 بتوقيت غرينتش').value).toBeCloseTo(17 + 34 / 60, 12);
    expect(one('19:04')).toMatchObject({ kind: 'time' });
    expect(one('19:04').value).toBeCloseTo(19 + 4 / 60, 12);
    expect(one('الساعة 02,30 بعد منتصف الليل')).toMatchObject({ kind: 'time', value: 2.5 });
  });
});

describe('construct duals', () => {
  it('a construct dual before an indefinite noun is 2', () => {
    expect(counts('سجلت حالتي وفاة')).toEqual([['حالتي', 2, 'exact', 2, 2]]);
    expect(counts('وقعت حالتا غرق')).toEqual([['حالتا', 2, 'exact', 2, 2]]);
  });
  it.each(['حالتي الصحية جيدة', 'تحسنت حالتي.', 'حالتا'])('%s is no count', (text) => {
    expect(counts(text)).toEqual([]);
  });
});

describe('one of them', () => {
  it('أحدهما is 1 and joins no number after it', () => {
    expect(numbers('أحدهما عشرة أعوام').map((m) => [m.text, m.value])).toEqual([['أحدهما', 1], ['عشرة', 10]]);
    expect(counts('وإحداهما')).toEqual([['إحداهما', 1, 'exact', 1, 1]]);
  });
});
