// Numbers that are not figures: negated, hypothetical and combined counts, and numbers
// that count something other than people (scores, populations, percentages, durations).
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const NOT_FIGURES: Array<[string, string]> = [
  ['negated', 'ولم يسفر الحادث عن وقوع إصابات.'],
  ['negated with a number', 'ونفت الشرطة أن يكون الحادث قد أسفر عن مقتل أي شخص، ولم يصب 3 من المارة بأذى.'],
  ['hypothetical: may rise', 'وقد يرتفع عدد القتلى إلى 50 شخصا بحسب تقديرات أولية.'],
  ['hypothetical: expected', 'ومن المتوقع إجلاء 2000 شخص من المنطقة خلال الأيام المقبلة.'],
  ['combined: killed and wounded', 'مقتل وإصابة 8 أشخاص في حادث انقلاب حافلة.'],
  ['combined: between dead and wounded', 'وأسفر الحادث عن 12 بين قتيل وجريح.'],
  ['combined: dead and wounded after the number', 'وسقط 40 قتيلا وجريحا في القصف.'],
  ['those of the wounded who left hospital', 'وقالت الوزارة إن عدد المصابين الذين غادروا المستشفى وصل إلى 45.'],
  ['a score', 'اختتم المنتخب استعداداته للمونديال بخسارة ثقيلة صفر-3.'],
  ['a population', 'يبلغ عدد سكان المدينة 3 ملايين نسمة.'],
  ['a percentage', 'وارتفعت أسعار النفط بنسبة 3 في المئة.'],
  ['a duration', 'واستمرت المعارك خلال أربعة أيام متواصلة.'],
  ['an age', 'واعتقلت الشرطة رجلا يبلغ من العمر 20 عاما.'],
  ['a year', 'وقتل زعيم التنظيم في عام 2019.'],
  ['a page id', 'me_ga.php?id=32240'],
  ['a share of a company', 'واستحوذت الشركة على 30 في المئة من أسهم المصرف.'],
  ['a minute of a match', 'وتقدم الفريق حتى الدقيقة 87، لكن الضيوف خطفوا التعادل في الوقت بدل الضائع.'],
  ['a graduating class named after a martyr', 'وشهد الرئيس حفل تخريج الدفعة 151 من معهد ضباط الصف دفعة الشهيد محمود.'],
  ['things destroyed next to people killed', 'وأسفرت العملية عن تدمير 3 رشاشات وقتل طواقمها.'],
  ['a model number', 'وسقطت المضيفة عندما كانت تغلق باب طائرة بوينغ 777، وأصيبت بجروح طفيفة.'],
  ['one as an adjective', 'وأصدرت المحكمة حكمها في جلسة واحدة بعد مداولات قصيرة.'],
  ['a demand to release', 'وطالبت عائلات المعتصمين بالإفراج عن عشرات المعتقلين في السجون.'],
  ['a swap offered', 'وعرض الخاطفون إطلاق سراح الرهائن مقابل الإفراج عن 20 سجينا.'],
  ['a death sentence', 'وأصدرت المحكمة حكما بإعدام 12 متهما في القضية.'],
  ['a gang described by its crime', 'وفككت الشرطة عصابة من خمسة أشخاص متخصصة بخطف الأطفال.'],
  ['killed and wounded glued: deaths and injuries of 8', 'مصرع وإصابة 8 أشخاص في انقلاب سيارة على الطريق الصحراوي.'],
  ['a total of dead and wounded', 'وارتفع عدد ضحايا التفجير إلى نحو 200 قتيل وجريح.'],
  ['killed and captured together', 'وتمكنت القوات من قتل وأسر العشرات من المسلحين.'],
  ['a number of days', 'واستغرقت عمليات البحث عن المفقودين ستة أيام.'],
  ['officers who took part, and a suspect killed', 'وحضر 3 إلى أربعة ضباط شرطة للاشتباك معه وتمكنوا من قتل المشتبه به.'],
  ['a year opening a line of a chronology', '1987 - وفاة الممثل الأمريكي المعروف في لوس أنجلوس.'],
  ['an average is no count of people', 'وتسجل المستشفيات في المتوسط 3.5 حالة وفاة يوميا بسبب الحوادث.'],
  ['a planned evacuation', 'وقالت المحافظة إنها ستقوم بإجلاء 700 شخص من الأحياء القريبة من النهر.'],
  ['lives saved, not lost', 'وساهمت الحملة في إنقاذ أرواح 300 طفل خلال العام الماضي.'],
];

describe('numbers that are not figures', () => {
  it.each(NOT_FIGURES)('%s', (_name, text) => {
    expect(figuresOf(text).map((f) => `${f.measure} ${f.text}`)).toEqual([]);
  });
});

describe('figures about another event', () => {
  it('another place opening the sentence', () => {
    const text = 'قتل 20 شخصا في هجوم على سوق في مدينة الموصل شمال العراق.\nوفي سوريا، قتل 11 جنديا في هجوم على حاجز في ريف حلب.\nوقالت الشرطة في الموصل إن الهجوم استهدف المدنيين في سوق الموصل.';
    const figures = figuresOf(text);
    expect(figures.find((f) => f.value === 20)?.otherEvent).toBeUndefined();
    const other = figures.find((f) => f.value === 11);
    expect(other?.otherEvent).toBe(true);
  });

  it('another year', () => {
    const text = 'قتل 30 شخصا في الهجوم على المدينة، وفق الشرطة.\nوكان هجوم مماثل في عام 2015 قد أسفر عن مقتل 60 شخصا في المدينة نفسها.';
    const figures = figuresOf(text, '2024-03-10');
    expect(figures.find((f) => f.value === 30)?.otherEvent).toBeUndefined();
    expect(figures.find((f) => f.value === 60)?.otherEvent).toBe(true);
  });
});
