// What is not an entity, or not that actor.

import { describe, expect, it } from 'vitest';
import { TextContext } from '../../../src/core/context.js';
import { detectOutlet, extractEntities } from '../../../src/extract/entities/index.js';

const ents = (t: string) => extractEntities(new TextContext(t));

describe('not entities', () => {
  it('does not resolve a generic head before its actor is named', () => {
    expect(ents('قال التنظيم في بيان إن الهجوم نجح').filter((e) => e.canonical === 'isis')).toEqual([]);
  });

  it('does not take an ordinary word that is also an outlet name without a cue', () => {
    expect(ents('جرت انتخابات حرة في البلاد').some((e) => e.type === 'MEDIA')).toBe(false);
    expect(ents('وقال إن الحرة تبقى خيارا').some((e) => e.type === 'MEDIA')).toBe(false);
  });

  it('takes such a name after an outlet cue', () => {
    const e = ents('وفي بيان نقله موقع قناة “الحرّة”، دانت الولايات المتحدة');
    expect(e.find((x) => x.type === 'MEDIA')?.canonical).toBe('alhurra');
  });

  it('keeps the article distinct: حرة is not الحرة, and قوى الأمن الداخلي needs its region', () => {
    const lebanon = ents('أعلنت قوى الأمن الداخلي في لبنان توقيف شخصين في بيروت');
    expect(lebanon.find((e) => e.text === 'قوى الأمن الداخلي')?.canonical).toBe('lebanon-isf');
    const nowhere = ents('أعلنت قوى الأمن الداخلي توقيف شخصين');
    expect(nowhere.find((e) => e.text === 'قوى الأمن الداخلي')?.canonical).toBeUndefined();
  });

  it('does not make a facility of a cue followed by an ordinary word', () => {
    expect(ents('ويعد أكبر سجن لعناصر التنظيم في العالم').some((e) => e.type === 'FAC')).toBe(false);
    expect(ents('أقيم مستشفى ميداني قرب الحدود').some((e) => e.type === 'FAC')).toBe(false);
  });

  it('does not take a weekday or a report verb as a name after a title', () => {
    const e = ents('وقال المتحدث باسم الوزارة، الجمعة، إن الوضع مستقر');
    expect(e.some((x) => x.type === 'PER')).toBe(false);
  });

  it('finds no outlet in a text without a byline or credit', () => {
    const t = 'قالت وزارة الصحة إن عدد الإصابات ارتفع.\nوأضافت أن الوضع مستقر.';
    const ctx = new TextContext(t);
    expect(detectOutlet(ctx, extractEntities(ctx))).toEqual({ outlet: null, outletFrom: 'none' });
  });

  it('takes no title inside an organization name and no verb for a name', () => {
    const e = ents('مركز الملك سلمان للإغاثة يسهم في إعادة العالقين');
    expect(e.filter((x) => x.type === 'PER')).toEqual([]);
    expect(e[0]).toMatchObject({ canonical: 'ksrelief', text: 'مركز الملك سلمان للإغاثة' });
    const d = ents('وأوضح أن المشرف على المركز الدكتور عبدالله الربيعة يشدد على التنفيذ');
    expect(d.find((x) => x.type === 'PER')?.text).toBe('عبدالله الربيعة');
  });

  it('keeps a leading ف or و that belongs to a name (فرانكفورت)', () => {
    const e = ents('وصل الوفد إلى مدينة فرانكفورت');
    expect(e.find((x) => x.type === 'LOC')?.text).toBe('فرانكفورت');
  });
});
