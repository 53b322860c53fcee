// Forms other Arabic date suites test that news writes too: a day said without its month,
// yearless and short-year numeric dates, punctuated and month-first day-month, relative
// days counted from the reference, a week with its weekday. Each risky rule has its
// negatives here (fractions, scores, counts, ages).
import { describe, expect, it } from 'vitest';
import { brief, dates } from './helpers.js';

// A Wednesday in mid-month.
const REF = '2023-03-15';

describe('a day of the month said alone', () => {
  it('reads digits after في or يوم that end the phrase, in the reference month or the one before', () => {
    expect(brief('وصل الوفد يوم 9.', REF)).toEqual([['يوم 9', '2023-03-09', 'day']]);
    expect(brief('ستنطلق الحملة في 12، وفق البيان', REF)).toEqual([['في 12', '2023-03-12', 'day']]);
    // Later in the month than the reference: last month's (news), this month's (future orientation).
    expect(brief('وقع الانفجار يوم 28', REF)).toEqual([['يوم 28', '2023-02-28', 'day']]);
    expect(dates('وقع الانفجار يوم 28', REF, 'future')[0]!.value).toBe('2023-03-28');
  });

  it('skips a month without that day', () => {
    expect(brief('اجتمعوا يوم 30', REF)).toEqual([['يوم 30', '2023-01-30', 'day']]);
  });

  it('reads a masculine compound ordinal at the end of a phrase', () => {
    expect(brief('تأجلت الجلسة إلى الثالث عشر.', REF)).toEqual([['الثالث عشر', '2023-03-13', 'day']]);
    expect(brief('عاد الطلاب للرابع والعشرين', '2023-03-27')).toEqual([['للرابع والعشرين', '2023-03-24', 'day']]);
  });

  it('does not read counts, figures or ages as days', () => {
    expect(dates('وصلت الإسعافات في 15 دقيقة', REF)).toEqual([]);
    expect(dates('ارتفع عدد القتلى إلى 27.', REF)).toEqual([]);
    expect(dates('بدأت التمثيل وهي في الحادية عشرة.', REF)).toEqual([]);
    expect(dates('سجل الهدف في الدقيقة الخامسة والعشرين،', REF)).toEqual([]);
    expect(dates('تراجعت الصادرات للشهر السادس على التوالي', REF)).toEqual([]);
  });
});

describe('numeric dates without a full year', () => {
  it('reads day/month when a part cannot be a month, or both are written with two digits', () => {
    expect(brief('موعد التسليم 25/02', REF)).toEqual([['25/02', '2023-02-25', 'day']]);
    expect(brief('موعد التسليم 2/25', REF)).toEqual([['2/25', '2023-02-25', 'day']]);
    expect(brief('التسجيل حتى 03/01', REF)).toEqual([['03/01', '2023-01-03', 'day']]);
  });

  it('reads - and . between day and month after a preposition', () => {
    expect(brief('انتهت المهلة في 19-2', REF)).toEqual([['في 19-2', '2023-02-19', 'day']]);
    expect(brief('انتهت المهلة في 2.19', REF)).toEqual([['في 2.19', '2023-02-19', 'day']]);
  });

  it('reads a two-digit year day first, and a year after a comma', () => {
    expect(brief('صدر القرار 07/11/22', REF)).toEqual([['07/11/22', '2022-11-07', 'day']]);
    expect(brief('صدر القرار 3-9-21', REF)).toEqual([['3-9-21', '2021-09-03', 'day']]);
    expect(brief('صدر القرار 14/6, 2021', REF)).toEqual([['14/6, 2021', '2021-06-14', 'day']]);
  });

  it('does not read fractions, scores, decimals or numbered items as dates', () => {
    expect(dates('أنجز 3/4 المشروع', REF)).toEqual([]);
    expect(dates('فاز الفريق 3-1 على ضيفه', REF)).toEqual([]);
    expect(dates('فاز الفريق 2-صفر', REF)).toEqual([]);
    expect(dates('ارتفع المؤشر في 4.25 نقطة', REF)).toEqual([]);
    expect(dates('بلغت النسبة 2.19', REF)).toEqual([]);
    expect(dates('رقم 12/5 في السجل', REF)).toEqual([]);
  });
});

describe('day and month written with punctuation or month first', () => {
  it('reads a dot, dash or slash between the day and the month', () => {
    expect(brief('بدأ الإضراب 4. مارس', REF)[0]).toEqual(['4. مارس', '2023-03-04', 'day']);
    expect(brief('بدأ الإضراب 4-مارس', REF)[0]).toEqual(['4-مارس', '2023-03-04', 'day']);
    expect(brief('9. فبراير. 2020', REF)).toEqual([['9. فبراير. 2020', '2020-02-09', 'day']]);
  });

  it('does not read a list item number as a day', () => {
    expect(dates('الأسعار: 1.يناير 3.6 ليرة', REF).map((m) => m.text)).not.toContain('1.يناير');
  });

  it('reads the month before the day', () => {
    expect(brief('افتتح المعرض فبراير 7', REF)).toEqual([['فبراير 7', '2023-02-07', 'day']]);
    expect(brief('افتتح المعرض فبراير الثامن عشر', REF)).toEqual([['فبراير الثامن عشر', '2023-02-18', 'day']]);
    expect(brief('الخميس، مارس الثالث، 2022', REF)).toEqual([['الخميس، مارس الثالث، 2022', '2022-03-03', 'day']]);
  });

  it('reads a year in words after the month', () => {
    expect(brief('ولد في الخامس من يونيو، ألفين وخمسة', REF)[0]!.slice(1)).toEqual(['2005-06-05', 'day']);
  });

  it('keeps a written year after a Gregorian month, even one in the Hijri range', () => {
    expect(brief('اجتمعوا في 5 ديسمبر 1391', REF)[0]!.slice(1)).toEqual(['1391-12-05', 'day']);
  });

  it('does not take a counted number after a month for its day', () => {
    expect(brief('في فبراير 7 قتلى', REF)).toEqual([['في فبراير', '2023-02', 'month']]);
  });
});

describe('relative days and durations from the reference', () => {
  it('reads the day before yesterday and the next day', () => {
    expect(brief('وقع الحادث قبل يوم أمس', REF)).toEqual([['قبل يوم أمس', '2023-03-13', 'day']]);
    expect(brief('يعود الوفد اليوم التالي', REF)).toEqual([['اليوم التالي', '2023-03-16', 'day']]);
  });

  it('reads a duration before or after the reference as a day', () => {
    expect(brief('غادر قبل شهر', REF)).toEqual([['قبل شهر', '2023-02-15', 'day']]);
    expect(brief('انتخب منذ عامين', REF)).toEqual([['منذ عامين', '2021-03-15', 'day']]);
    expect(brief('تفتح الحدود بعد خمسة أيام.', REF)).toEqual([['بعد خمسة أيام', '2023-03-20', 'day']]);
    expect(brief('زارها قبل بضعة أيام', REF)).toEqual([['قبل بضعة أيام', '2023-03-12', 'day']]);
    expect(brief('يصل بعد أسبوعين من الآن', REF)).toEqual([['بعد أسبوعين من الآن', '2023-03-29', 'day']]);
  });

  it('does not count from the reference when the duration counts from another event', () => {
    expect(dates('استقال بعد ثلاثة أيام من انتخابه', REF)).toEqual([]);
    expect(dates('وصل قبل يومين من الاقتراع', REF)).toEqual([]);
    expect(dates('أعلن ذلك بعد أسبوع على الهجوم', REF)).toEqual([]);
    expect(dates('ارتفعت الأسهم بعد أسبوع مضطرب', REF)).toEqual([]);
  });
});

describe('weeks and weekdays', () => {
  it('reads a weekday of a named week', () => {
    expect(brief('نلتقي الأسبوع المقبل الثلاثاء', REF)).toEqual([['الأسبوع المقبل الثلاثاء', '2023-03-21', 'day']]);
    expect(brief('وصل الأسبوع الماضي يوم السبت', REF)).toEqual([['الأسبوع الماضي يوم السبت', '2023-03-11', 'day']]);
  });

  it('reads a weekday with a day number that falls on it', () => {
    expect(brief('اجتمعوا يوم الأحد 12 وناقشوا', REF)).toEqual([['يوم الأحد 12', '2023-03-12', 'day']]);
    // Monday 27 is this month's (12 days ahead, an announced date), as for a date without its year.
    expect(brief('يجتمعون يوم الاثنين في 27', REF)).toEqual([['يوم الاثنين في 27', '2023-03-27', 'day']]);
    // Thursday 27 April has not come yet and is no Monday: the Monday 27 was in March.
    expect(brief('اجتمعوا يوم الاثنين 27', '2023-04-12')).toEqual([['يوم الاثنين 27', '2023-03-27', 'day']]);
  });

  it('does not take a count after a weekday for its day', () => {
    expect(brief('الأحد 12 قتيلا', REF)).toEqual([['الأحد', '2023-03-12', 'day']]);
    expect(brief('خلال الأربعة والعشرين ساعة الماضية', REF)).toEqual([]);
  });
});

describe('a date without its year in news', () => {
  it('is past, unless it is at most two months ahead', () => {
    expect(brief('في 6 يوليو', REF)[0]![1]).toBe('2022-07-06');
    expect(brief('في 6 مايو', REF)[0]![1]).toBe('2023-05-06');
    expect(dates('في 6 يوليو', REF, 'future')[0]!.value).toBe('2023-07-06');
  });
});

describe('periods', () => {
  it('reads a day range in the reference month said with هذا الشهر', () => {
    expect(dates('يغلق المعبر من 3 إلى 9 هذا الشهر', REF).map((m) => [m.text, m.value, m.endValue])).toEqual([['من 3 إلى 9 هذا الشهر', '2023-03-03', '2023-03-10']]);
    expect(brief('صدر يوم الثامن من هذا الشهر', REF)).toEqual([['يوم الثامن من هذا الشهر', '2023-03-08', 'day']]);
  });

  it('reads بين … و and بين … إلى with a full date at each end', () => {
    expect(dates('تقام البطولة بين 4 يونيو و 9 يوليو 2022', REF).map((m) => [m.value, m.endValue])).toEqual([['2022-06-04', '2022-07-10']]);
    expect(dates('حجزوا بين 2 أغسطس إلى 6 سبتمبر 2022', REF).map((m) => [m.value, m.endValue])).toEqual([['2022-08-02', '2022-09-07']]);
  });

  it('reads a year then a month after a slash, not a resolution number', () => {
    expect(brief('بيانات 2019/4', REF)).toEqual([['2019/4', '2019-04', 'month']]);
    expect(dates('القرار رقم 2019/4', REF)).toEqual([]);
  });
});
