// Small misses on unseen war and disaster news (own words): the particle فقد, a party's own
// losses, people forced from their homes, construct duals and "one of them".
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const brief = (text: string): Array<[string, string, number | null]> => figuresOf(text).map((f) => [f.text, f.measure, f.value]);

describe('فقد: the verb "went missing / lost" or the particle "so, indeed"', () => {
  it('the particle before another verb is no trigger', () => {
    expect(brief('ومنذ الأسبوع الماضي فقد التحق حوالى مئة شخص بالمعسكر.')).toEqual([]);
  });
  it('the particle before a killed verb leaves the count to the verb', () => {
    expect(brief('وقال المتحدث: فقد قتل 5 أشخاص في الغارة.')).toEqual([['5', 'killed', 5]]);
  });
  it('the passive verb right before the count is missing', () => {
    expect(brief('وفقد 12 شخصا في الفيضانات.')).toEqual([['12', 'missing', 12]]);
  });
  it('a party losing its own members counts them killed', () => {
    expect(brief('وقالت الحركة إنها فقدت 27 من عناصرها في المعارك.')).toEqual([['27', 'killed', 27]]);
    expect(brief('وفقد الجيش 14 من جنوده في الهجوم.')).toEqual([['14', 'killed', 14]]);
  });
  it('"in it" may stand between the verb and its subject', () => {
    // Without a possessive (جنوده) the count keeps the verb's own measure.
    expect(brief('وفي المعركة التي فقد فيها الجيش نحو 500 جندي انسحبت القوات.')).toEqual([['نحو 500', 'missing', 500]]);
  });
  it('a company losing things counts nothing', () => {
    expect(brief('وقالت الشركة إنها فقدت 18 وجهة و50 رحلة يوميا.')).toEqual([]);
  });
});

describe('forced from home', () => {
  it('اجبر … على النزوح is displaced', () => {
    expect(brief('وأجبر 500 شخص على النزوح من القرية.')).toEqual([['500', 'displaced', 500]]);
  });
  it('اجبرت … على ترك منازلهم is displaced', () => {
    expect(brief('وأجبرت الفيضانات 300 عائلة على ترك منازلهم.')).toEqual([['300', 'displaced', 300]]);
  });
  it('forced to do something else is no displacement', () => {
    expect(brief('وأجبر 20 جنديا على الاستسلام.')).toEqual([]);
  });
});

describe('construct duals', () => {
  it('حالتي وفاة and حالتا وفاة are two deaths', () => {
    expect(brief('وسجلت الوزارة حالتي وفاة في المدينة.')).toEqual([['حالتي', 'killed', 2]]);
    expect(brief('وسجلت حالتا وفاة جديدتان.')).toEqual([['حالتا', 'killed', 2]]);
  });
  it('after other counts, the construct dual still takes its own measure', () => {
    expect(brief('وتبين وجود خمس إصابات بالموقع، إضافة إلى حالتي وفاة.')).toEqual([['خمس', 'wounded', 5], ['حالتي', 'killed', 2]]);
  });
  it('"my condition" is no count', () => {
    expect(brief('وقال المصاب إن حالتي الصحية مستقرة بعد مقتل 3 أشخاص.')).toEqual([['3', 'killed', 3]]);
  });
});

describe('one of them', () => {
  it('أحدهما after a count is one of its people, a part of it', () => {
    const figures = figuresOf('أصيب شخصان، أحدهما بجروح خطيرة.');
    expect(figures.map((f) => [f.text, f.measure, f.value])).toEqual([['شخصان', 'wounded', 2], ['أحدهما', 'wounded', 1]]);
    expect(figures[1]!.partOf).toBe(figures[0]!.id);
  });
  it('one of them who died is killed 1', () => {
    expect(brief('أصيب 3 أشخاص، توفي أحدهم لاحقا.')).toEqual([['3', 'wounded', 3], ['أحدهم', 'killed', 1]]);
  });
  it('one of them who speaks is no count', () => {
    expect(brief('وقال أحدهم إن 5 أشخاص قتلوا.')).toEqual([['5', 'killed', 5]]);
  });
});
