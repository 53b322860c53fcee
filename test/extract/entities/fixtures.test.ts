// The seed articles: every mention of the main actors resolves to its canonical id, the
// people are PER, the places LOC, the prison FAC, and each document's outlet is found.

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TextContext } from '../../../src/core/context.js';
import type { EntityMention } from '../../../src/core/types.js';
import { detectOutlet, extractEntities } from '../../../src/extract/entities/index.js';

const DIR = new URL('../../../fixtures/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

function load(name: string): { text: string; entities: EntityMention[]; ctx: TextContext } {
  const text = readFileSync(new URL(name, DIR), 'utf8');
  const ctx = new TextContext(text);
  return { text, ctx, entities: extractEntities(ctx) };
}

/** Every occurrence of `word` in the text, perhaps after clitics (وداعش، لقسد), not inside a longer word. */
function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{M}])([وفبلك]{0,2})${word}(?![\\p{L}\\p{M}])`, 'gu');
  for (const m of text.matchAll(re)) out.push(m.index! + m[1]!.length);
  return out;
}

/** The entity covering [start, end), if any. */
function covering(entities: EntityMention[], start: number, end: number): EntityMention | undefined {
  return entities.find((e) => e.start <= start && e.end >= end);
}

// Each actor's names as they appear in the seeds (with the clitic forms).
const ACTORS: Array<[string, string[]]> = [
  ['isis', ['داعش', 'تنظيم الدولة الإسلامية']],
  ['sdf', ['قوات سوريا الديمقراطية', 'قسد', 'قوات سوريا الديموقراطية']],
  ['sohr', ['المرصد السوري لحقوق الإنسان']],
  ['coalition', ['التحالف الدولي', 'قوات التحالف']],
  ['us-state-dept', ['وزارة الخارجية الأمريكية', 'وزارة الخارجية الأميركية', 'الخارجية الامريكية', 'الخارجية الأميركية']],
  ['pentagon', ['البنتاغون', 'وزارة الدفاع الأميركية']],
  ['asayish', ['الأسايش', 'قوى الأمن الداخلي']],
];

describe('seed fixtures', () => {
  for (const file of files) {
    describe(file, () => {
      const { text, entities, ctx } = load(file);

      it('maps every span back to the original text', () => {
        for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
      });

      for (const [id, names] of ACTORS) {
        it(`resolves every mention of ${id}`, () => {
          for (const name of names) {
            for (const at of occurrences(text, name)) {
              const e = covering(entities, at, at + name.length);
              expect(e?.canonical, `${name} at ${at}`).toBe(id);
            }
          }
        });
      }

      it('finds the outlet', () => {
        const guess = detectOutlet(ctx, entities);
        expect(guess.outletFrom).toBe('byline');
        expect(guess.outlet).toBe(
          {
            '000_0304d284e8e4dcf4.txt': 'Radio Alkul',
            '001_c0c2ce5c68c2b4f1.txt': 'Shafaq News',
            '002_ee5b84b101fbfd16.txt': 'Alhurra',
            '003_843f77042b170b03.txt': 'Nas News',
            '004_62fccf27a8b5f28f.txt': 'Zagros TV',
          }[file],
        );
      });
    });
  }

  it('resolves the generic heads التنظيم and المرصد to the actor named before', () => {
    const { text, entities } = load('003_843f77042b170b03.txt');
    for (const at of occurrences(text, 'المرصد')) expect(covering(entities, at, at + 6)?.canonical).toBe('sohr');
    const tanzim = occurrences(text, 'التنظيم');
    expect(tanzim.length).toBeGreaterThan(3);
    for (const at of tanzim) expect(covering(entities, at, at + 7)?.canonical).toBe('isis');
  });

  it('tags the people as PER wherever they are named', () => {
    const people: Array<[string, string[]]> = [
      ['001_c0c2ce5c68c2b4f1.txt', ['نيد برايس', 'برايس']],
      ['002_ee5b84b101fbfd16.txt', ['جون كيربي', 'مظلوم عبدي', 'عبدي']],
      ['003_843f77042b170b03.txt', ['جون برينان', 'برينان']],
      ['004_62fccf27a8b5f28f.txt', ['نيد برايس', 'رامي عبد الرحمن']],
    ];
    for (const [file, names] of people) {
      const { text, entities } = load(file);
      for (const name of names) {
        const at = occurrences(text, name);
        expect(at.length, `${name} in ${file}`).toBeGreaterThan(0);
        for (const a of at) expect(covering(entities, a, a + name.length)?.type, `${name} at ${a}`).toBe('PER');
      }
    }
  });

  it('tags the places as LOC and the prison as FAC', () => {
    const places = ['الحسكة', 'غويران', 'الزهور', 'ديالى', 'بعقوبة', 'أربيل'];
    let seen = 0;
    for (const file of files) {
      const { text, entities } = load(file);
      for (const place of places) {
        for (const at of occurrences(text, place)) {
          const e = covering(entities, at, at + place.length);
          // A place inside a facility's name (سجن غويران) belongs to the facility.
          if (e?.type === 'FAC') continue;
          expect(e?.type, `${place} at ${at} in ${file}`).toBe('LOC');
          seen++;
        }
      }
      for (const at of occurrences(text, 'سجن الصناعة')) {
        const e = covering(entities, at, at + 'سجن الصناعة'.length);
        expect(e?.type).toBe('FAC');
        expect(e?.text).toBe('سجن الصناعة');
      }
    }
    expect(seen).toBeGreaterThan(20);
  });
});
