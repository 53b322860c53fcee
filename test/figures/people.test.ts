// Who is counted: duals that are counts of two, nouns naming people or things between the
// number and its trigger, and finer roles. Sentences from real reports in the bench corpus
// (id in the comment) unless marked "own words".
import { describe, expect, it } from 'vitest';
import type { Measure, Role } from '../../src/figures/types.js';
import { figureAt, figuresOf } from './helpers.js';

interface Expected {
  number: string;
  measure: Measure;
  value: number;
  role?: Role;
}

const FIGURES: Array<{ why: string; text: string; figures: Expected[] }> = [
  {
    // ant:FR-internationalNews-1042-20180502
    why: 'a wounded dual after a killed count: two figures, not a combined count',
    text: 'من جهتها، أكدت وزارة الصحة أن هناك 11 قتيلا وجريحين.',
    figures: [
      { number: '11', measure: 'killed', value: 11 },
      { number: 'جريحين', measure: 'wounded', value: 2 },
    ],
  },
  {
    // ant:FR-internationalNews-1507-20180529
    why: 'a wounded dual alone',
    text: 'وأشارت كاترين كولينيون المتحدثة باسم النيابة العامة البلجيكية في اتصال مع وكالة الأنباء الفرنسية إلى سقوط جريحين، مشددة على أن ملابسات إطلاق النار لا تزال "غامضة".',
    figures: [{ number: 'جريحين', measure: 'wounded', value: 2 }],
  },
  {
    // snn:sn-2015-07-25-00654 (a headline)
    why: 'a killed dual in a headline',
    text: 'ليبيا: قتيلان في اشتباكات بنغازي',
    figures: [{ number: 'قتيلان', measure: 'killed', value: 2 }],
  },
  {
    // own words
    why: 'two duals joined: killed 2 and wounded 2',
    text: 'وسقط قتيلان وجريحان في انهيار جدار على المارة.',
    figures: [
      { number: 'قتيلان', measure: 'killed', value: 2 },
      { number: 'جريحان', measure: 'wounded', value: 2 },
    ],
  },
  {
    // snn:sn-2015-07-23-00519 (a headline)
    why: 'a dual of persons under one trigger and a number under another',
    text: 'وفاة شخصين وإصابة 11 في حوادث بالباحة',
    figures: [
      { number: 'شخصين', measure: 'killed', value: 2 },
      { number: '11', measure: 'wounded', value: 11 },
    ],
  },
  {
    // snn:sn-2015-07-31-02204
    why: 'cases (حالة) as the counted noun of a wounded dual: health reports count people as cases',
    text: 'وعند الوصول اتضح وجود وفاة شخصين وإصابة حالتين بإصابات متوسطة، ونُقلت من مستوصف المربع عن طريق مركز إسعاف',
    figures: [
      { number: 'شخصين', measure: 'killed', value: 2 },
      { number: 'حالتين', measure: 'wounded', value: 2 },
    ],
  },
  {
    // own words
    why: 'a dual naming children under a trigger before it takes the role of its singular',
    text: 'وأصيبت طفلتان بجروح طفيفة جراء سقوط قذيفة على منزلهما.',
    figures: [{ number: 'طفلتان', measure: 'wounded', value: 2, role: 'children' }],
  },
  {
    // own words
    why: 'a dual naming brothers under a trigger',
    text: 'وقتل شقيقان في حادث سير على الطريق الدولي.',
    figures: [{ number: 'شقيقان', measure: 'killed', value: 2 }],
  },
  {
    // snn:sn-2015-07-26-01123
    why: 'students: a finer role',
    text: 'ولا سيما الهجوم على جامعة غاريسا الذي أدى إلى مقتل 147 طالبا في أبريل.',
    figures: [{ number: '147', measure: 'killed', value: 147, role: 'students' }],
  },
  {
    // snn:sn-2015-07-22-00734
    why: 'civilians killed and others wounded next to houses and cars destroyed',
    text: 'وأشارت إلى مقتل 18 مدنيا وإصابة 26 آخرين وتدمير 13 منزلا وإحراق ثماني سيارات جراء سقوط أكثر من 10 قذائف هاون الليلة قبل الماضية على منازل في ناحية هبهب.',
    figures: [
      { number: '18', measure: 'killed', value: 18, role: 'civilians' },
      { number: '26', measure: 'wounded', value: 26 },
    ],
  },
  {
    // own words
    why: 'a sound masculine plural after three to ten names people (engineers)',
    text: 'وقتل 4 مهندسين في هجوم على موقع للبناء.',
    figures: [{ number: '4', measure: 'killed', value: 4 }],
  },
  {
    // own words
    why: 'police under a general word, workers and settlers as roles',
    text: 'وأصيب 12 عنصرا من الشرطة و9 عمال في الانفجار.',
    figures: [
      { number: '12', measure: 'wounded', value: 12, role: 'police' },
      { number: '9', measure: 'wounded', value: 9, role: 'workers' },
    ],
  },
  {
    // own words
    why: 'cases in a critical state are wounded, next to cases of death',
    text: 'وأوضح المتحدث أن الحصيلة 5 حالات وفاة، و4 حالات حرجة نقلت إلى المستشفى.',
    figures: [
      { number: '5', measure: 'killed', value: 5 },
      { number: '4', measure: 'wounded', value: 4 },
    ],
  },
  {
    // own words
    why: '"at least" after the counted people does not cut the verb off',
    text: 'ولقي تسعة من عناصر الدفاع المدني على الأقل مصرعهم في انهيار المبنى.',
    figures: [{ number: 'تسعة', measure: 'killed', value: 9 }],
  },
];

const NOT_FIGURES: Array<[string, string]> = [
  // snn:sn-2015-07-21-00514
  ['a dual naming people with no trigger', 'وتظهر الطفلتان في اللقطات ترقصان وتبتسمان دون أن تفهما معنى التحية.'],
  // snn:sn-2015-07-24-00551
  ['a dual with the article is a reference, not a count', 'حيث يلتقي الجريحان الكويتي والعماني في مباراة ستلعب على ملعب إنجري أستراليا.'],
  // snn:sn-2015-07-21-02271
  ['cars and houses destroyed', 'حول نحو 60 في المائة من حريق غابات دمر 20 سيارة و11 منزلا وقد ساعدتهم زخة مطر طويلة على نحو غير معتاد.'],
  // snn:sn-2015-07-24-00479
  ['cars damaged', 'الحريق الذي شب بجوار محطة وقود في كيلو 3 وذهب ضحيته شخص وتضرر 5 سيارات.'],
  // snn:sn-2015-07-26-00908 (the clause before the count in our own words)
  ['houses counted with من, then people fleeing them', 'وأشار إلى أن الميليشيات الحوثية قصفت القرى بصواريخ الكاتيوشا وقذائف الهاون، الأمر الذي أدى إلى تدمير العشرات من المنازل التي نزح منها الأهالي منذ اندلاع الحرب.'],
  // own words
  ['animals counted with من', 'وقتل المئات من الماشية في الفيضانات التي اجتاحت الوادي.'],
  ['a broken plural of things after three to ten', 'وأقر البرلمان 3 قوانين جديدة وقتل الوقت في النقاش.'],
  ['killed and wounded with one number', 'وسقط 15 قتيلا وجريحا في الاشتباكات.'],
];

describe('who is counted', () => {
  it.each(FIGURES.map((c) => [c.why, c] as const))('%s', (_why, c) => {
    const figures = figuresOf(c.text);
    for (const e of c.figures) {
      const f = figureAt(figures, e.number);
      expect(f, `no figure on ${e.number}: ${JSON.stringify(figures.map((x) => x.text))}`).toBeDefined();
      expect(f!.measure).toBe(e.measure);
      expect(f!.value).toBe(e.value);
      if (e.role) expect(f!.subject.role).toBe(e.role);
    }
    expect(figures).toHaveLength(c.figures.length);
  });

  it.each(NOT_FIGURES)('no figure: %s', (_why, text) => {
    expect(figuresOf(text).map((f) => f.text)).toEqual([]);
  });
});
