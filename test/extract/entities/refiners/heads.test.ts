// A generic head inside a fixed expression refers to no actor.

import { describe, expect, it } from 'vitest';
import { TextContext } from '../../../../src/core/context.js';
import { extractEntities } from '../../../../src/extract/entities/index.js';

const found = (text: string): string[][] => extractEntities(new TextContext(text)).map((e) => [e.text, e.canonical ?? '']);

describe('head idioms', () => {
  it('reads بالوكالة as acting, not as the agency named before', () => {
    const e = found('قالت وكالة رويترز إن الهجوم وقع. وقال وزير الدفاع بالوكالة إن القوات وصلت. وأضافت الوكالة أن الحصيلة ارتفعت');
    expect(e).toEqual([
      ['وكالة رويترز', 'reuters'],
      ['الوكالة', 'reuters'],
    ]);
  });
});
