import { describe, expect, it } from 'vitest';
import { figureAt, figuresOf } from './helpers.js';

describe('as of', () => {
  it('a date in a relative clause dates the event, not the count', () => {
    const text = 'أعلنت وزارة الداخلية، السبت 9 آذار 2024، أن حصيلة ضحايا الزلزال الذي ضرب المنطقة ليل الخميس بلغت 120 قتيلا.';
    expect(figureAt(figuresOf(text), '120')?.asOf).toBe('2024-03-09');
  });

  it('the date nearest to the number wins when neither sits in a relative clause', () => {
    const text = 'وكانت الحصيلة يوم الخميس 7 آذار 2024 نحو 50 قتيلا.';
    expect(figureAt(figuresOf(text), '50')?.asOf).toBe('2024-03-07');
  });
});

describe('as of, relative to the reference date (2024-03-10, a Sunday)', () => {
  const asOf = (text: string, number: string): string | null | undefined => figureAt(figuresOf(text), number)?.asOf;

  it('a count of last week stands as of the end of that week', () => {
    expect(asOf('وقالت الشرطة إن 40 شخصا قتلوا نهاية الأسبوع الماضي.', '40')).toBe('2024-03-03');
  });

  it('منذ opens a window: the count stands as of the reference date', () => {
    expect(asOf('وأفاد مسؤول بمقتل 40 شخصا منذ أسبوعين.', '40')).toBe('2024-03-10');
    expect(asOf('وقالت الوزارة إن 40 شخصا قتلوا منذ اندلاع الاشتباكات في المدينة الأسبوع الماضي.', '40')).toBe('2024-03-10');
  });

  it('حتى closes the window and gives the as-of date', () => {
    expect(asOf('وقالت الوزارة إن 40 شخصا قتلوا منذ بدء الهجوم حتى مساء أمس.', '40')).toBe('2024-03-09');
  });

  it('a window of the last hours stands as of the reference date', () => {
    const f = figureAt(figuresOf('وقالت الوزارة إن 40 شخصا قتلوا خلال الـ24 ساعة الماضية.'), '40');
    expect(f?.asOf).toBe('2024-03-10');
    expect(f?.period?.kind).toBe('partial');
  });
});

describe('another time', () => {
  it('a count read as a hijri year with no era after it marks no other time', () => {
    const text = 'وقالت الوزارة إن الحصيلة بلغت 40 قتيلا و900 جريح بينهم نحو 1400 أصيبوا بالرصاص.';
    expect(figureAt(figuresOf(text), '40')?.otherEvent).toBeFalsy();
  });

  it('a hijri year after a year word still marks another time', () => {
    expect(figureAt(figuresOf('وقالت الشرطة إن 20 شخصا قتلوا في عام 1435 في المدينة.'), '20')?.otherEvent).toBe(true);
  });
});

describe('a period read whole', () => {
  const periodOf = (text: string, number: string) => figureAt(figuresOf(text), number)?.period;

  it('a window of the last hours keeps its closing word', () => {
    expect(periodOf('وقالت الوزارة إن 40 شخصا قتلوا خلال الـ24 ساعة الماضية.', '40')).toEqual({ text: 'خلال الـ24 ساعة الماضية', kind: 'partial' });
  });

  it('the last days with no window word are a window', () => {
    expect(periodOf('وقالت الوزارة إن 40 شخصا قتلوا في الأيام الثلاثة الأخيرة.', '40')).toEqual({ text: 'في الأيام الثلاثة الأخيرة', kind: 'window' });
  });

  it('last year is a date, not a window', () => {
    expect(periodOf('وقالت الوزارة إن 40 شخصا قتلوا العام الماضي.', '40')).toBeUndefined();
    expect(periodOf('وقالت الوزارة إن 40 شخصا قتلوا في السنة الماضية.', '40')).toBeUndefined();
    expect(periodOf('وقالت الوزارة إن 40 شخصا قتلوا الليلة قبل الماضية.', '40')).toBeUndefined();
  });

  it('the last hours, counted before the unit, are a partial window', () => {
    expect(periodOf('وقالت الوزارة إن 40 شخصا قتلوا في الساعات الـ48 الماضية.', '40')).toEqual({ text: 'في الساعات الـ48 الماضية', kind: 'partial' });
  });
});
