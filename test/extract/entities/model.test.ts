// The shipped name model: the fast scorer tags exactly as the plain feature path does, and
// the model finds names that no list or cue gives.

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TextContext } from '../../../src/core/context.js';
import { entityInput, extractEntities } from '../../../src/extract/entities/index.js';
import { TAGS, featureContext, shippedModel, spansOfTags, tagRange } from '../../../src/extract/entities/model.js';
import { parseGazetteer } from '../../../src/extract/entities/parsers/gazetteer.js';
import { trimKeys } from '../../../src/extract/entities/keys.js';

const DIR = new URL('../../../fixtures/', import.meta.url);

describe('entity model', () => {
  const model = shippedModel()!;

  it('ships with the package data', () => {
    expect(model).not.toBeNull();
  });

  it('tags the same with the compiled scorer as with the plain features', () => {
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.txt'))) {
      const input = entityInput(new TextContext(readFileSync(new URL(f, DIR), 'utf8')));
      const fc = featureContext(input, parseGazetteer(input));
      for (const s of input.ctx.segments().sentences) {
        expect(model.compiled().tag(input, fc, s.firstToken, s.endToken)).toEqual(tagRange(model, input, fc, s.firstToken, s.endToken));
      }
    }
  });

  it('never continues a name it did not begin (Viterbi over valid BIO sequences)', () => {
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.txt'))) {
      const input = entityInput(new TextContext(readFileSync(new URL(f, DIR), 'utf8')));
      const fc = featureContext(input, parseGazetteer(input));
      for (const s of input.ctx.segments().sentences) {
        const tags = model.compiled().tag(input, fc, s.firstToken, s.endToken).map((t) => TAGS[t]!);
        tags.forEach((tag, i) => {
          if (tag.startsWith('I-')) expect(tags[i - 1]?.slice(2)).toBe(tag.slice(2));
        });
      }
    }
  });

  it('tags the same after the word memo is emptied, for kept and for new inputs', () => {
    const text = readFileSync(new URL(readdirSync(DIR).filter((x) => x.endsWith('.txt'))[0]!, DIR), 'utf8');
    const before = extractEntities(new TextContext(text));
    const kept = entityInput(new TextContext(text));
    const fc = featureContext(kept, parseGazetteer(kept));
    trimKeys(0);
    // Other words take the kept input's ids first.
    extractEntities(new TextContext('أعلن المتحدث باسم الجيش اللبناني العميد جوزيف عون في بيروت'));
    for (const s of kept.ctx.segments().sentences) {
      expect(model.compiled().tag(kept, fc, s.firstToken, s.endToken)).toEqual(tagRange(model, kept, fc, s.firstToken, s.endToken));
    }
    expect(extractEntities(new TextContext(text))).toEqual(before);
  });

  it('tags the same when each trim of the word memo keeps the frequent words', () => {
    const texts = readdirSync(DIR)
      .filter((x) => x.endsWith('.txt'))
      .map((f) => readFileSync(new URL(f, DIR), 'utf8'));
    trimKeys(0);
    const before = texts.map((t) => extractEntities(new TextContext(t)));
    for (let pass = 0; pass < 2; pass++) {
      texts.forEach((t, i) => {
        // A small memo: every document starts after a trim that keeps some words.
        trimKeys(300);
        expect(extractEntities(new TextContext(t))).toEqual(before[i]);
      });
    }
  });

  it('finds names in no list, with no cue before them', () => {
    const text = 'وصل فريدريش ميرتس إلى مدينة فرانكفورت حيث التقى أنغيلا ميركل';
    const e = extractEntities(new TextContext(text));
    const types = Object.fromEntries(e.map((x) => [x.text, x.type]));
    expect(types['فرانكفورت']).toBe('LOC');
    expect(e.filter((x) => x.type === 'PER').length).toBeGreaterThanOrEqual(1);
  });

  it('splits a person tagged over two names joined by و, and ends one before a preposition', () => {
    const input = entityInput(new TextContext('ووصف عنان وصبري المحادثات وقال شيراك للجزيرة إن سعد بن أبي وقاص'));
    const tag = (t: string): number => TAGS.indexOf(t as (typeof TAGS)[number]);
    const tags = ['O', 'B-PERS', 'I-PERS', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'B-PERS', 'I-PERS', 'I-PERS', 'I-PERS'].map(tag);
    const spans = spansOfTags(input, tags, 0).map((c) => [c.first, c.end]);
    expect(spans).toEqual([[1, 2], [2, 3], [5, 6], [8, 12]]);
  });
});
