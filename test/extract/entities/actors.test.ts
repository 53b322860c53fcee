import { describe, expect, it } from 'vitest';
import { allActors, gazetteerVersion, getActor } from '../../../src/extract/entities/actors.js';
import { TextContext } from '../../../src/core/context.js';
import { extractEntities } from '../../../src/extract/entities/index.js';

const ents = (t: string) => extractEntities(new TextContext(t));

describe('actors', () => {
  it('gives each actor an English name, a type and Arabic aliases', () => {
    expect(getActor('isis')).toMatchObject({ id: 'isis', type: 'ORG', name: 'Islamic State (ISIS)' });
    expect(getActor('isis')!.aliases).toContain('داعش');
    expect(getActor('us-state-dept')).toMatchObject({ type: 'ORG', parent: 'us' });
    expect(getActor('sy')).toMatchObject({ type: 'LOC', subtype: 'country', name: 'Syrian Arab Republic' });
    expect(getActor('reuters')).toMatchObject({ type: 'MEDIA', name: 'Reuters' });
    expect(getActor('nope')).toBeUndefined();
    expect(gazetteerVersion()).toBeGreaterThanOrEqual(1);
  });

  it('has a few hundred actors besides countries and places', () => {
    const kinds = allActors().filter((a) => a.subtype === undefined);
    expect(kinds.length).toBeGreaterThan(300);
  });

  it('tells organs of a state named by what they are from those with a name of their own', () => {
    expect(getActor('us-state-dept')!.kind).toBe('state-body');
    expect(getActor('kremlin')!.kind).toBe('named-body');
    expect(getActor('us-congress')!.kind).toBe('named-body');
  });

  it('builds ministries and armies per country from the templates', () => {
    expect(getActor('moh-iq')!.aliases).toContain('وزارة الصحة العراقية');
    expect(getActor('moi-eg')!.aliases).toContain('وزارة الداخلية المصرية');
    expect(getActor('army-sy')!.aliases).toContain('الجيش السوري');
  });

  it('matches aliases through clitics, plural endings and spelling variants', () => {
    const cases: Array<[string, string, string]> = [
      ['وهاجم الحوثيين مواقع', 'الحوثيين', 'houthis'],
      ['وقال الحوثيون إن', 'الحوثيون', 'houthis'],
      ['بيان لوزارة الخارجية الأميركية', 'وزارة الخارجية الأميركية', 'us-state-dept'],
      ['ذكرت وكالة الانباء السعودية', 'وكالة الانباء السعودية', 'spa'],
      ['قالت وزارة الصحة العراقية', 'وزارة الصحة العراقية', 'moh-iq'],
      ['وأعلنت قوات الدعم السريع', 'قوات الدعم السريع', 'rsf'],
      ['قصف للتحالف الدولي', 'للتحالف الدولي', 'coalition'],
      ['وبحسب منظمة الصحة العالمية', 'منظمة الصحة العالمية', 'who'],
      ['الأمريكيون والأكراد', 'الأكراد', 'kurds'],
    ];
    for (const [text, span, id] of cases) {
      const e = ents(text).find((x) => x.canonical === id);
      expect(e?.text, text).toBe(span);
    }
  });
});
