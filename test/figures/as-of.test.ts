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
