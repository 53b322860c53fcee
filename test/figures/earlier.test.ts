// Earlier values of a toll quoted next to the new one are marked `earlier`, so the comparison
// reads them as an update. Sentences from real reports in the bench corpus (id in the comment)
// unless marked "own words".
import { describe, expect, it } from 'vitest';
import { figureAt, figuresOf } from './helpers.js';

interface EarlierCase {
  why: string;
  text: string;
  earlier: string[];
  current: string[];
}

const CASES: EarlierCase[] = [
  {
    // own words
    why: 'a count reported in a past-perfect frame after a larger count of the article',
    text: 'لقي 19 شخصا مصرعهم في انهيار المبنى. وكانت الشرطة قد أعلنت مساء الأحد أن 12 شخصا قتلوا في الانهيار.',
    earlier: ['12'],
    current: ['19'],
  },
  {
    // own words
    why: 'an earlier event in a past-perfect frame without a report verb stays as it is',
    text: 'قتل 19 شخصا في انفجار الأحد. وكان هجوم مماثل قد أسفر عن مقتل 12 شخصا العام الماضي.',
    earlier: [],
    current: ['19', '12'],
  },
  {
    // snn:sn-2015-07-21-01623
    why: 'a past-perfect "earlier toll" sentence: every count in it',
    text: 'وكانت حصيلة سابقة أفادت بمقتل 43 شخصا على الأقل وإصابة أكثر من مئة بجروح.',
    earlier: ['43', 'مئة'],
    current: [],
  },
  {
    // ant:FR-internationalNews-1218-20180513
    why: 'an official "had said in an earlier toll"',
    text: 'وكان فرنس بارونغ مانغيرا المتحدث باسم الشرطة في شرق جاوة قد أكد في حصيلة سابقة مقتل 11 شخصا وجرح 41 آخرين في اعتداءات منسقة استهدفت ثلاث كنائس.',
    earlier: ['11'],
    current: [],
  },
  {
    // ant:CN-internationalNews-292-20180430
    why: 'the new count first, then "after he had said in a preliminary toll"',
    text: 'وقال مدير لجنة حماية الصحفيين الأفغانية نجيب شريفي إن 9 صحفيين من مؤسسات إعلامية مختلفة لقوا مصرعهم، بعدما قال في حصيلة أولية إن عدد الصحفيين القتلى 5.',
    earlier: ['5'],
    current: ['9'],
  },
  {
    // snn:sn-2015-07-22-00026
    why: 'a total and its breakdown announced in an earlier toll',
    text: 'وكان مدير عام الصحة والسكان في عدن الخضر لصور أعلن في حصيلة سابقة أن عدد الضحايا الذين سقطوا بفعل القصف هو 57 قتيلا، بينهم 12 طفلا و6 نساء.',
    earlier: ['57', '12', '6'],
    current: [],
  },
  {
    // ant:FR-internationalNews-1635-20180604
    why: 'a preliminary toll alone is the current count',
    text: 'استأنف خفر السواحل التونسي صباح الاثنين عمليات البحث عن مفقودي حادثة غرق مركب مهاجرين قبالة السواحل التونسية أدى إلى مقتل 48 شخصا في حصيلة أولية.',
    earlier: [],
    current: ['48'],
  },
  {
    // snn:sn-2015-07-22-00246
    why: '"according to a preliminary toll" after the counts: current',
    text: 'وأسفر هجوم انتحاري بسيارة مفخخة استهدف نقطة تفتيش أمنية مشتركة من الجيش والشرطة في قضاء الطارمية، شمالي بغداد أمس، عن مقتل ثلاثة أشخاص، وإصابة تسعة آخرين بجروح متفاوتة، وفق حصيلة أولية.',
    earlier: [],
    current: ['ثلاثة', 'تسعة'],
  },
  {
    // ant:FR-internationalNews-1635-20180604
    why: 'كان inside the sentence ("كان بصدد الغرق") opens no past-perfect frame',
    text: 'وقالت الوزارة إن مركبا لمهاجرين غير شرعيين "كان بصدد الغرق" ليل السبت الأحد قبالة سواحل محافظة صفاقس (جنوب شرق)، قبل أن "يتم إنقاذ 67 منهم بينهم تونسيون وأجانب كما تمّ انتشال 11 جثة في حصيلة أولية".',
    earlier: [],
    current: ['67', '11'],
  },
  {
    // snn:sn-2015-07-24-00735
    why: '"earlier" in a later clause about other people does not reach back to the count',
    text: 'وكانت فصائل المعارضة نجحت في العاشر من الشهر الحالي بإبرام صفقة تبادل، أسفرت عن إطلاق سراح 40 معتقلة في سجون النظام، مقابل تسليم جثث 11 عنصرًا من القوات النظامية والمسلحين الموالين لها، كانوا قتلوا في وقت سابق باشتباكات مع الفصائل الإسلامية في درعا.',
    earlier: [],
    current: ['40'],
  },
  {
    // own words: the toll rose "after it had been"
    why: 'the toll rose to a new count after it had been an older one',
    text: 'وارتفعت حصيلة قتلى الفيضانات إلى 50 بعد أن كانت 30 مساء أمس.',
    earlier: ['30'],
    current: ['50'],
  },
  {
    // own words: the earlier count first, then "before it rose"
    why: 'a count followed by "before the toll rose"',
    text: 'وأعلنت السلطات في البداية مقتل 12 شخصا قبل أن ترتفع الحصيلة إلى 19.',
    earlier: ['12'],
    current: ['19'],
  },
  {
    // own words: an earlier statement recalled in the past perfect
    why: 'a frame (كانت ... قد) with "earlier" after the count',
    text: 'وكانت الشرطة قد أعلنت مقتل 7 أشخاص في وقت سابق اليوم.',
    earlier: ['7'],
    current: [],
  },
];

describe('earlier values of a toll', () => {
  it.each(CASES.map((c) => [c.why, c] as const))('%s', (_why, c) => {
    const figures = figuresOf(c.text);
    for (const n of c.earlier) {
      const f = figureAt(figures, n);
      expect(f, `no figure on ${n}: ${JSON.stringify(figures.map((x) => x.text))}`).toBeDefined();
      expect(f!.earlier, n).toBe(true);
    }
    for (const n of c.current) {
      const f = figureAt(figures, n);
      expect(f, `no figure on ${n}: ${JSON.stringify(figures.map((x) => x.text))}`).toBeDefined();
      expect(f!.earlier, n).toBeUndefined();
    }
  });

  it('an earlier count keeps its measure: the number after "بعد ان كانت" is a toll too', () => {
    const f = figureAt(figuresOf('وارتفعت حصيلة قتلى الفيضانات إلى 50 بعد أن كانت 30 مساء أمس.'), '30');
    expect(f?.measure).toBe('killed');
    expect(f?.value).toBe(30);
  });
});
