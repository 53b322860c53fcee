import { describe, expect, it } from 'vitest';
import { figureAt, figuresOf } from './helpers.js';

const sourceOf = (text: string, number: string): string | null => figureAt(figuresOf(text), number)?.source?.text ?? null;

describe('when a speaker carries over', () => {
  it('a continuation verb goes on with the last speaker across a new paragraph', () => {
    const text = 'فيضانات\nوقال مدير الدفاع المدني إن الأمطار غمرت القرى.\nوأضاف أن 17 شخصا لقوا حتفهم.';
    expect(sourceOf(text, '17')).toBe('مدير الدفاع المدني');
  });

  it('a plain verb with no speaker goes on with the sentence right before', () => {
    const text = 'فيضانات\nقال محافظ الإقليم إن السيول جرفت الطرق.\nوقال إن 12 شخصا قتلوا.';
    expect(sourceOf(text, '12')).toBe('محافظ الإقليم');
  });

  it("after the outlet's own sentence in a new paragraph, a plain verb with no speaker is the outlet's", () => {
    const text = 'فيضانات\nقال محافظ الإقليم إن السيول جرفت الطرق.\nوتشهد المنطقة أمطارا غزيرة كل عام.\nوقال إن 12 شخصا قتلوا.';
    expect(sourceOf(text, '12')).toBeNull();
  });

  it('a plain verb does not go on with a person the sentence before says was killed', () => {
    const text = 'غارة\nوقتل القيادي جون سميث في غارة على المدينة.\nوقال إن 5 أشخاص قتلوا.';
    expect(figureAt(figuresOf(text), '5')?.source).toBeNull();
  });

  it('a place after a verb of stance speaks for its government; a place a storm hit does not', () => {
    const stance = 'حدود\nواتهمت الرياض الحوثيين بقصف المدينة.\nوقالت إن 4 مدنيين قتلوا.';
    expect(figureAt(figuresOf(stance), '4')?.source?.canonical).toBe('gov-sa');
    const storm = 'عاصفة\nضربت الموصل عاصفة رملية قوية.\nوذكر أن 8 أشخاص قتلوا.';
    expect(figureAt(figuresOf(storm), '8')?.source).toBeNull();
  });

  it('a plain verb goes on with the person the sentence before opens on', () => {
    const text = 'حريق\nوزار الحاكم جون سميث موقع الحريق صباحا.\nوقال إن 9 أشخاص أصيبوا.';
    expect(sourceOf(text, '9')).toBe('جون سميث');
  });

  it('ويذكر أن opens the outlet\'s own narration: no source, nothing carried', () => {
    const text = 'غرق\nوقال وزير النقل إن البحث مستمر.\nويذكر أن 30 مهاجرا غرقوا قبالة الساحل.';
    expect(sourceOf(text, '30')).toBeNull();
  });

  it('كما goes on with the speaker of the sentence before in the same paragraph', () => {
    const text = 'وباء\nوقالت وزارة الصحة إن الوباء ينحسر. كما أصيب 40 شخصا في الحادث.';
    expect(sourceOf(text, '40')).toBe('وزارة الصحة');
  });

  it('كما after a new paragraph stays the outlet\'s', () => {
    const text = 'وباء\nوقالت وزارة الصحة إن الوباء ينحسر.\nكما أصيب 40 شخصا في الحادث.';
    expect(sourceOf(text, '40')).toBeNull();
  });

  it('a sentence opening on a pronoun keeps the turn of the speaker before it', () => {
    const text = 'لاجئون\nوأوضحت الكاتبة ليلى حداد أنها تعمل منذ سنوات.\nوهي تقيم في المدينة.\nوتؤكد أن 25 عائلة نزحت.';
    expect(sourceOf(text, '25')).toContain('ليلى حداد');
  });
});

describe('who speaks', () => {
  it('a capital speaks for its government', () => {
    const text = 'معارك\nوقالت الرياض في وقت سابق إن جنديين قتلا في معارك على الحدود.';
    const f = figureAt(figuresOf(text), 'جنديين');
    expect(f?.source?.text).toBe('الرياض');
    expect(f?.source?.canonical).toBe('gov-sa');
  });

  it('a headline speaker before a colon', () => {
    const text = 'مسؤول محلي: 15 قتيلا في انهيار منجم\nانهار منجم في الجبال.';
    expect(sourceOf(text, '15')).toBe('مسؤول محلي');
  });

  it('a place before a colon is where, not who', () => {
    const text = 'تشيلي: 15 قتيلا في انهيار منجم\nانهار منجم في الجبال.';
    expect(figureAt(figuresOf(text), '15')?.source?.from).not.toBe('verb');
  });

  it('a toll names its issuer after من', () => {
    const text = 'قصف\nوأشارت حصيلة أولية من مصدر طبي إلى سقوط 3 قتلى.';
    expect(sourceOf(text, '3')).toBe('مصدر طبي');
  });

  it('a subject of its own before the verb, named by no known actor', () => {
    const text = 'حريق\nوقال المدير إن المبنى قديم.\nوكانت التحقيقات الأولية قد أفادت أن 8 أشخاص قتلوا.';
    expect(sourceOf(text, '8')).toBe('التحقيقات الأولية');
  });

  it('a quote after a whole name is not part of the name', () => {
    const text = 'هجوم\nوقال المسؤول محمد علي "شاهدنا 6 قتلى في الشارع".';
    expect(sourceOf(text, '6')).toBe('المسؤول محمد علي');
  });

  it('with no reported clause, the named speaker ends with its name: the rest is the verb\'s object', () => {
    const text = 'انفجار\nونفى الجيش الإسرائيلي تورط قواته في انفجار أسفر عن مقتل 6 أشخاص.';
    expect(sourceOf(text, '6')).toBe('الجيش الإسرائيلي');
  });
});

describe("a speaker's reach ends with its clause", () => {
  it('a report verb in a clause opened by في وقت does not claim the main clause after the comma', () => {
    const text = 'هجوم\nوفي وقت أعلن أوباما أن بلاده سترسل مساعدات، قتل أمس ستة أشخاص في انفجار.';
    const f = figureAt(figuresOf(text), 'ستة');
    expect(f?.source ?? null).toBeNull();
  });

  it('في الوقت الذي before the verb ends its reach at the comma after its reported clause', () => {
    const text = 'هجوم\nوفي الوقت الذي أعلن الجيش أن قواته دخلت المدينة، قتل 11 مدنيا في غارة.';
    expect(figureAt(figuresOf(text), '11')?.source ?? null).toBeNull();
  });

  it('a clause opener after the reported clause ends the speaker\'s reach', () => {
    const text = 'فيضانات\nوقال محافظ الإقليم إن الأمطار غمرت القرى، إلى ذلك لقي 14 شخصا حتفهم في الجنوب.';
    expect(sourceOf(text, '14')).toBeNull();
  });

  it('فيما after the reported clause goes on with the speaker\'s words', () => {
    const text = 'فيضانات\nوقال محافظ الإقليم إن 3 أشخاص غرقوا، فيما لقي 14 شخصا حتفهم في الجنوب.';
    expect(sourceOf(text, '14')).toBe('محافظ الإقليم');
  });

  it('بينما before the verb: the speaker keeps what it reports, not what follows', () => {
    const text = 'معارك\nبينما قالت وزارة الدفاع إن 5 جنود قتلوا، سقط 20 مدنيا في القصف.';
    expect(sourceOf(text, '5')).toBe('وزارة الدفاع');
    expect(sourceOf(text, '20')).toBeNull();
  });

  it('في وقت سابق is when, not a new clause', () => {
    const text = 'معارك\nوقال المتحدث باسم الجيش في وقت سابق إن 7 جنود قتلوا.';
    expect(sourceOf(text, '7')).toBe('المتحدث باسم الجيش');
  });

  it('a list after أن keeps its speaker across commas', () => {
    const text = 'زلزال\nوقال الدفاع المدني إن 30 شخصا قتلوا، و50 أصيبوا، و12 شخصا فقدوا.';
    expect(sourceOf(text, '50')).toBe('الدفاع المدني');
    expect(sourceOf(text, '12')).toBe('الدفاع المدني');
  });

  it('تبنى owns its object only: a count after the comma is not its claim', () => {
    const text = 'تفجير\nوتبنى تنظيم داعش الهجوم، وقتل فيه 9 أشخاص بحسب الشرطة.';
    expect(sourceOf(text, '9')).toBe('الشرطة');
    const plain = 'تفجير\nوتبنى تنظيم داعش الهجوم، وقتل فيه 9 أشخاص.';
    expect(figureAt(figuresOf(plain), '9')?.source ?? null).toBeNull();
  });

  it('نفى owns its object only: a new clause after the comma is the outlet\'s', () => {
    const text = 'انفجار\nونفى الجيش تورط قواته في الانفجار، وقتل 6 أشخاص في الحادث.';
    expect(figureAt(figuresOf(text), '6')?.source ?? null).toBeNull();
  });
});
