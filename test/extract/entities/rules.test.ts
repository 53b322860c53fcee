// Where a name begins and ends: designators and honorifics left out of a place, the
// organization inside a role, adjectives that are no country, cue words kept in a name.

import { describe, expect, it } from 'vitest';
import { TextContext } from '../../../src/core/context.js';
import type { EntityMention } from '../../../src/core/types.js';
import { extractEntities } from '../../../src/extract/entities/index.js';

const ents = (t: string) => extractEntities(new TextContext(t));
const brief = (e: EntityMention) => [e.type, e.text, e.canonical ?? null];

describe('name extent', () => {
  it('leaves a bracketed designator or honorific out of the span but keeps the place it decides', () => {
    const e = ents('سقطت قذائف على قطاع غزة وجنوب لبنان، ووصل الحجاج إلى مكة المكرمة');
    expect(e.find((x) => x.canonical === 'gaza-strip')).toMatchObject({ text: 'غزة', aliasOf: 'قطاع غزة' });
    expect(e.find((x) => x.canonical === 'south-lebanon')?.text).toBe('لبنان');
    expect(e.find((x) => x.canonical === 'mecca')?.text).toBe('مكة');
  });

  it('names a party without its adjective, an outlet with its cue word', () => {
    const e = ents('وقالت وكالة رويترز إن حزب الله اللبناني أعلن ذلك');
    expect(e.map(brief)).toEqual([
      ['MEDIA', 'وكالة رويترز', 'reuters'],
      ['ORG', 'حزب الله', 'hezbollah'],
    ]);
  });

  it('makes the organization inside a role its own mention, and the person after it a person', () => {
    const e = ents('ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف القتال');
    expect(e.map((x) => [x.type, x.canonical ?? null])).toEqual([
      ['ORG', 'un'],
      ['PER', 'guterres'],
    ]);
  });
});

describe('country names that are also adjectives', () => {
  it('takes no place from an adjective after a noun', () => {
    expect(ents('دخلت قوات تركية إلى المنطقة').some((e) => e.type === 'LOC')).toBe(false);
    expect(ents('قالت السلطات السعودية إن الحدود مغلقة').some((e) => e.canonical === 'sa')).toBe(false);
  });

  it('takes the country after a preposition, a clitic or a definite noun', () => {
    expect(ents('وصل الوفد إلى تركية أمس').find((e) => e.canonical === 'tr')?.text).toBe('تركية');
    expect(ents('عاد الرئيس من السعودية').find((e) => e.canonical === 'sa')?.text).toBe('السعودية');
    expect(ents('زار الرئيس سورية').find((e) => e.canonical === 'sy')?.text).toBe('سورية');
  });
});

describe('cue words', () => {
  it('keeps a university or club cue in the name, over the city inside it', () => {
    const e = ents('وقال باحثون في جامعة القاهرة إن دينامو كييف فاز');
    expect(e.filter((x) => x.type !== 'PER').map(brief)).toEqual([
      ['ORG', 'جامعة القاهرة', null],
      ['ORG', 'دينامو كييف', null],
    ]);
  });

  it('lets a longer gazetteer name win over a kept cue, and takes a title into the name', () => {
    const e = ents('اجتمع ممثلو جامعة الدول العربية مع باحثين من جامعة السلطان قابوس');
    expect(e.filter((x) => x.type === 'ORG').map(brief)).toEqual([
      ['ORG', 'جامعة الدول العربية', 'arab-league'],
      ['ORG', 'جامعة السلطان قابوس', null],
    ]);
  });

  it('takes no name from a team of people or an adjective after a place cue', () => {
    expect(ents('وصل فريق الإنقاذ إلى موقع الانهيار').some((x) => x.type === 'ORG')).toBe(false);
    expect(ents('أقيمت منطقة صناعية جديدة قرب الحدود').some((x) => x.type === 'LOC')).toBe(false);
    expect(ents('يمكن زيارة موقع مديرية الجوازات للاطلاع على الشروط').some((x) => x.type === 'LOC')).toBe(false);
    expect(ents('قصفت الطائرات مديرية حيس').find((x) => x.type === 'LOC')?.text).toBe('حيس');
  });

  it('skips the noun a role governs and reads a long name with its joiners', () => {
    const e = ents('يلقيها رئيس قسم المراقبين بالوكالة إبراهيم بن عبدالعزيز، وقال الدكتور محمد بن عبد الكريم الخطابي إن');
    const people = e.filter((x) => x.type === 'PER').map((x) => x.text);
    expect(people).toContain('محمد بن عبد الكريم الخطابي');
    const member = ents('يلقيها عضو مركز الدعوة علوان بن سليمان الحربي، يتبعها محاضرة');
    expect(member.filter((x) => x.type === 'PER').map((x) => x.text)).toEqual(['علوان بن سليمان الحربي']);
    expect(people).not.toContain('المراقبين');
  });

  it('ends a name before a title', () => {
    const e = ents('وقال الأمير محمد بن نايف ولي العهد إن الوضع مستقر، وقال الدكتور حسن السيد إن');
    expect(e.filter((x) => x.type === 'PER').map((x) => x.text)).toEqual(['محمد بن نايف', 'حسن السيد']);
    const emir = ents('واستقبل الأمير فيصل بن سلمان بن عبدالعزيز أمير منطقة المدينة المنورة الوفد');
    expect(emir.filter((x) => x.type === 'PER').map((x) => x.text)).toEqual(['فيصل بن سلمان بن عبدالعزيز']);
  });

  it('ends a name before a future or purpose verb', () => {
    const e = ents('وقال وزير الخارجية الألماني فرانك فالتر شتاينماير سيتوجه غدا إلى باريس');
    expect(e.find((x) => x.type === 'PER')?.text).toBe('فرانك فالتر شتاينماير');
  });
});

describe('names found again', () => {
  it('does not spread the end of a compound name on its own', () => {
    const text = 'وقال الشيخ محمد فضل الله إن الله وحده يعلم متى تنتهي الحرب';
    const e = ents(text);
    expect(e.filter((x) => x.text === 'الله' && x.type === 'PER')).toEqual([]);
  });
});

