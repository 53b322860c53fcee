// Parts of a total (lists by place, role counts among the dead), ranges of a toll, and the
// trigger after "من". Own words, in the styles of wire reports on storms, quakes and strikes.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/figures/types.js';
import { figureAt, figuresOf } from './helpers.js';

/** The figure whose number is written as `number`; fails the test when there is none. */
function at(figures: Figure[], number: string): Figure {
  const f = figureAt(figures, number);
  expect(f, `no figure on "${number}": ${JSON.stringify(figures.map((x) => x.text))}`).toBeDefined();
  return f!;
}

describe('a total and its parts by place', () => {
  it('a colon opens a list of places: each part is a figure of the total', () => {
    const figures = figuresOf('وأسفر الإعصار عن 11 قتيلا: ثمانية في السلفادور، واثنان في غواتيمالا، وواحد في بليز.');
    const total = at(figures, '11');
    expect(total).toMatchObject({ measure: 'killed', value: 11 });
    expect(figures).toHaveLength(4);
    for (const [n, value] of [['ثمانية', 8], ['اثنان', 2], ['واحد', 1]] as const) {
      expect(at(figures, n)).toMatchObject({ measure: 'killed', value, partOf: total.id });
    }
    expect(at(figures, 'اثنان').location?.text).toBe('غواتيمالا');
  });

  it('a bare count list after a total with its own noun and a colon', () => {
    const figures = figuresOf('وقتل 9 أشخاص: 6 في ريف حمص و3 في ريف حماة.');
    const total = at(figures, '9');
    expect(at(figures, '6')).toMatchObject({ measure: 'killed', value: 6, partOf: total.id });
    expect(at(figures, '3')).toMatchObject({ measure: 'killed', value: 3, partOf: total.id });
  });

  it('parts after a comma that add up to the total', () => {
    const figures = figuresOf('ولقي عشرة أشخاص حتفهم، سبعة في مانيلا، وثلاثة في سيبو.');
    const total = at(figures, 'عشرة');
    expect(at(figures, 'سبعة')).toMatchObject({ measure: 'killed', value: 7, partOf: total.id });
    expect(at(figures, 'ثلاثة')).toMatchObject({ measure: 'killed', value: 3, partOf: total.id });
  });

  it('coordinated counts by place that do not add up stay separate counts', () => {
    const figures = figuresOf('ولقي عشرة أشخاص حتفهم، سبعة في مانيلا، واثنان في سيبو.');
    expect(at(figures, 'سبعة').partOf).toBeUndefined();
    expect(at(figures, 'اثنان')).toMatchObject({ measure: 'killed', value: 2 });
  });

  it('"منهم" then places: the second place goes on the list', () => {
    const figures = figuresOf('وأودى الزلزال بحياة 15 شخصا، تسعة منهم في ولاية باهانغ وستة في ولاية صباح.');
    const total = at(figures, '15');
    expect(at(figures, 'تسعة')).toMatchObject({ value: 9, partOf: total.id });
    expect(at(figures, 'ستة')).toMatchObject({ measure: 'killed', value: 6, partOf: total.id });
  });

  it('a bracketed list after a total is its breakdown', () => {
    const figures = figuresOf('وأصيب 11 شخصا (8 في بلدة الميناء و3 في القرى المجاورة).');
    const total = at(figures, '11');
    expect(at(figures, '8')).toMatchObject({ measure: 'wounded', value: 8, partOf: total.id });
    expect(at(figures, '3')).toMatchObject({ measure: 'wounded', value: 3, partOf: total.id });
  });

  it('a bracketed aside with one number is no part', () => {
    const figures = figuresOf('واعتقلت الشرطة نحو خمسين متظاهرا (47 في 3 أيار) خلال الاحتجاجات.');
    expect(figureAt(figures, '47')).toBeUndefined();
  });

  it('a place between two counts does not join a count of another clause', () => {
    const figures = figuresOf('وقتل 4 أشخاص في هجوم نفذه 3 مسلحين.');
    expect(figures.map((f) => f.value)).toEqual([4]);
  });
});

describe('role counts are parts of a total', () => {
  it('"من بينهم" after words of place: a part of the total before', () => {
    const figures = figuresOf('قتل 22 شخصا في قصف على سوق شعبية، من بينهم 6 أطفال.');
    const total = at(figures, '22');
    expect(at(figures, '6')).toMatchObject({ measure: 'killed', value: 6, partOf: total.id, subject: { role: 'children' } });
  });

  it('a part named before the verb that closes the total', () => {
    const figures = figuresOf('لقي 9 أشخاص بينهم 4 أطفال حتفهم في انهيار المبنى.');
    const total = at(figures, '9');
    expect(at(figures, '4')).toMatchObject({ measure: 'killed', value: 4, partOf: total.id });
  });

  it('"منهم من" names the part\'s own people', () => {
    const figures = figuresOf('أصيب 40 شخصا، 25 منهم من العمال.');
    expect(at(figures, '25')).toMatchObject({ measure: 'wounded', value: 25, subject: { role: 'workers' } });
  });

  it('a cue right after another number is that number\'s, not a part of the total before', () => {
    const figures = figuresOf('وأعدم المسلحون ثلاثة من الرهائن وما زالوا يحتجزون 20 منهم، 12 في الجبال و8 في القرية.');
    expect(figureAt(figures, '12')?.measure).not.toBe('killed');
  });

  it('a breakdown cue after a count that is no figure does not make a part of the figure before', () => {
    const figures = figuresOf('وأسفر الانفجار عن مقتل اثنين وإصافة 20 شخصا، بينهم 12 جنديا.');
    expect(figureAt(figures, '12')).toBeUndefined();
  });

  it('a count among the dead in the next sentence is a part of the total', () => {
    const figures = figuresOf('قتل 18 شخصا في الغارة. وكان بين القتلى 7 أطفال وامرأتان.');
    const total = at(figures, '18');
    expect(at(figures, '7')).toMatchObject({ measure: 'killed', value: 7, partOf: total.id, subject: { role: 'children' } });
  });

  it('a count among the wounded is a part of the wounded, not of the dead', () => {
    const figures = figuresOf('قتل 3 أشخاص وأصيب 14 في الحادث. ومن بين الجرحى 5 أطفال.');
    const wounded = at(figures, '14');
    expect(at(figures, '5')).toMatchObject({ measure: 'wounded', value: 5, partOf: wounded.id });
  });
});

describe('parts named among a total are flagged as such', () => {
  it('role counts that do not add up to the total are some of its people, not its breakdown', () => {
    const figures = figuresOf('قتل 40 شخصا بينهم 9 أطفال و6 نساء.');
    const total = at(figures, '40');
    expect(total.among).toBeUndefined();
    expect(at(figures, '9')).toMatchObject({ partOf: total.id, among: true });
    expect(at(figures, '6')).toMatchObject({ partOf: total.id, among: true });
  });

  it('role counts that add up to the total are its full breakdown', () => {
    const figures = figuresOf('قتل 15 شخصا بينهم 9 رجال و6 نساء.');
    expect(at(figures, '9').partOf).toBe(at(figures, '15').id);
    expect(at(figures, '9').among).toBeUndefined();
    expect(at(figures, '6').among).toBeUndefined();
  });

  it('a list by place after a colon is a full breakdown', () => {
    const figures = figuresOf('وقتل 9 أشخاص: 6 في ريف حمص و3 في ريف حماة.');
    expect(figures.some((f) => f.among)).toBe(false);
  });

  it('"25 من القتلى" after a total is some of its dead', () => {
    const figures = figuresOf('قتل 32 شخصا في التفجير. وأقيمت صلاة الميت على أرواح 25 من القتلى.');
    expect(at(figures, '25')).toMatchObject({ measure: 'killed', value: 25, partOf: at(figures, '32').id, among: true });
  });
});

describe('ranges of a toll', () => {
  it('"35 إلى 40 قتيلا" is one figure with a range bound', () => {
    const figures = figuresOf('وأسفر القصف عن سقوط 35 إلى 40 قتيلا.');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ measure: 'killed', value: null, min: 35, max: 40, qualifier: 'range', text: '35 إلى 40' });
  });

  it('"حتى" joins a range too, and the noun after the second number counts both', () => {
    const figures = figuresOf('قتل 12 حتى 15 شخصا في الانهيار.');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ measure: 'killed', min: 12, max: 15, qualifier: 'range' });
  });

  it('the scale of the second number is shared', () => {
    const figures = figuresOf('ونزح 5 إلى 10 آلاف شخص من القرى.');
    expect(figures[0]).toMatchObject({ measure: 'displaced', min: 5000, max: 10000, qualifier: 'range' });
  });

  it('"بين 35 و40" stays one range', () => {
    const figures = figuresOf('قتل ما بين 35 و40 شخصا.');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ min: 35, max: 40, qualifier: 'range' });
  });
});

describe('a bound written after the count', () => {
  it('"على الأقل" right after a bare number', () => {
    const f = at(figuresOf('وأشار المرصد إلى مقتل 418 على الأقل من عناصر التنظيم.'), '418');
    expect(f).toMatchObject({ measure: 'killed', value: 418, min: 418, max: null, qualifier: 'atLeast' });
    expect(f.subject.text).toBe('من عناصر التنظيم');
  });

  it('"على الأقل" after the counted people, before the verb', () => {
    expect(at(figuresOf('ولقي تسعة من عناصر الشرطة على الأقل حتفهم.'), 'تسعة')).toMatchObject({ measure: 'killed', value: 9, qualifier: 'atLeast' });
  });

  it('"أحدهما" after a bound starts who they were one by one, not the people counted', () => {
    expect(at(figuresOf('وقتل اثنان على الأقل أحدهما جندي والآخر مدني.'), 'اثنان')).toMatchObject({ measure: 'killed', value: 2, qualifier: 'atLeast', subject: { role: 'all' } });
  });

  it('"على" naming a place is no bound', () => {
    expect(at(figuresOf('قتل 4 أشخاص على الطريق السريع.'), '4').qualifier).toBe('exact');
  });
});

describe('the trigger after "من"', () => {
  it('each count of a list takes the noun after its own "من"', () => {
    const figures = figuresOf('ونقل إلى المستشفى 14 من القتلى و31 من الجرحى.');
    expect(at(figures, '14')).toMatchObject({ measure: 'killed', value: 14 });
    expect(at(figures, '31')).toMatchObject({ measure: 'wounded', value: 31 });
  });

  it('"على أرواح 25 من القتلى"', () => {
    const figures = figuresOf('وصلى الأهالي على أرواح 25 من القتلى.');
    expect(at(figures, '25')).toMatchObject({ measure: 'killed', value: 25 });
  });
});

describe('other gaps of the hand check', () => {
  it('"متوفيان" after a dual of children counts the dead', () => {
    const figures = figuresOf('وتبين وجود طفلين متوفيين و6 مصابين.');
    expect(at(figures, 'طفلين')).toMatchObject({ measure: 'killed', value: 2 });
    expect(at(figures, '6')).toMatchObject({ measure: 'wounded', value: 6 });
  });

  it('"عشرات القتلى والجرحى" is a combined count even when a count of its own follows the comma', () => {
    const figures = figuresOf('انفجرت سيارة مفخخة راح ضحيتها عشرات القتلى والجرحى، فيما قتل 9 من عناصر الشرطة.');
    expect(figureAt(figures, 'عشرات')).toBeUndefined();
    expect(at(figures, '9')).toMatchObject({ measure: 'killed', value: 9 });
  });

  it('"مصابين اثنين": two follows its noun', () => {
    const figures = figuresOf('ونتج عن الحادث ثلاث إصابات خطيرة ومصابين اثنين حالتهما مستقرة.');
    expect(at(figures, 'اثنين')).toMatchObject({ measure: 'wounded', value: 2 });
  });

  it('a dual of things after a trigger is no count of people', () => {
    expect(figureAt(figuresOf('وكان بين قتلى الانفجارين الأخيرين مسؤول محلي.'), 'الانفجارين')).toBeUndefined();
  });

  it('a dual of people after a trigger is a count', () => {
    expect(at(figuresOf('وأثار فرار السجينين من السجن قلق السلطات.'), 'السجينين')).toMatchObject({ measure: 'escaped', value: 2 });
  });

  it('a name is no preposition: the verb after a long phrase of fighters still binds', () => {
    const figures = figuresOf('لقي 11 عنصرا من مسلحي الحوثي وقوات الرئيس السابق علي عبد الله صالح مصرعهم في المعارك.');
    expect(at(figures, '11')).toMatchObject({ measure: 'killed', value: 11 });
  });
});
