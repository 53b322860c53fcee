// The word memo: one id and one keys object per search form, whatever its length, and the
// same keys after the memo is emptied; tokens of a document get the ids of their forms.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/segment/index.js';
import { documentTokenKeys, keysGeneration, keysRemap, nameKeys, nameLead, tokenKeys, trimKeys } from '../../../src/extract/entities/keys.js';

function tokensOf(text: string) {
  return segment(text).tokens;
}

describe('word memo', () => {
  it('gives one keys object per search form, with the article kept and clitics counted', () => {
    const [a, b, c] = tokensOf('والحسكة الحسكة وبغداد');
    expect(tokenKeys(a!)).toBe(tokenKeys(a!));
    expect(tokenKeys(a!)).not.toBe(tokenKeys(b!));
    expect(tokenKeys(a!).key).toBe('الحسكه');
    expect(tokenKeys(a!).clitics).toBe(1);
    expect(tokenKeys(c!).key).toBe('بغداد');
  });

  it('tells apart forms that differ in one letter, short or longer than a record holds', () => {
    const long = 'مستشفىالمدينةالتعليمي';
    const forms = ['ب', 'با', 'باب', 'بات', long, long + 'ة', long.slice(0, 16), long.slice(0, 17)];
    const ids = new Set(forms.map((f) => tokenKeys(tokensOf(f)[0]!).id));
    expect(ids.size).toBe(forms.length);
    for (const f of forms) expect(tokenKeys(tokensOf(f)[0]!).key).toBe(tokenKeys(tokensOf(f)[0]!).key);
  });

  it('writes the id of each token of a document', () => {
    const tokens = tokensOf('قال المرصد إن المرصد قال');
    const ids = new Int32Array(tokens.length);
    const keys = documentTokenKeys(tokens, ids);
    expect(ids[0]).toBe(ids[4]);
    expect(ids[1]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[1]);
    keys.forEach((k, i) => expect(k.id).toBe(ids[i]));
  });

  it('gives the same keys after the memo is emptied, under a new generation', () => {
    const tokens = tokensOf('لقسد والتحالف الدولي');
    const before = tokens.map((t) => ({ ...tokenKeys(t) }));
    const generation = keysGeneration();
    trimKeys(0);
    expect(keysGeneration()).toBe(generation + 1);
    const after = tokens.map((t) => tokenKeys(t));
    expect(after.map((k) => [k.key, k.alt, k.clitics, k.altClitics])).toEqual(before.map((k) => [k.key, k.alt, k.clitics, k.altClitics]));
  });

  it('keeps the words seen most often when trimmed, renumbered from 0', () => {
    trimKeys(0);
    const tokens = tokensOf('بغداد بغداد بغداد دمشق دمشق حلب');
    const ids = new Int32Array(tokens.length);
    const keys = documentTokenKeys(tokens, ids);
    const generation = keysGeneration();
    // A memo of 2 may keep 1 word: the one seen three times.
    trimKeys(2);
    expect(keysGeneration()).toBe(generation + 1);
    const map = keysRemap(generation)!;
    expect([map[ids[0]!], map[ids[3]!], map[ids[5]!]]).toEqual([0, -1, -1]);
    expect(keysRemap(generation - 1)).toBeNull();
    expect(tokenKeys(tokens[0]!)).toBe(keys[0]);
    expect(keys[0]!.id).toBe(0);
    // A dropped word comes back as a new word with the same keys.
    const again = tokenKeys(tokens[3]!);
    expect(again).not.toBe(keys[3]);
    expect(again.id).toBe(1);
    expect(again.key).toBe(keys[3]!.key);
  });

  it('finds every form it was given again, among many', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('ا', 'ب', 'ت', 'ل', 'و', 'ة', 'x', '1'), minLength: 1, maxLength: 24 }), { maxLength: 60 }), (words) => {
        const first = new Map<string, number>();
        for (const w of words) {
          for (const t of tokensOf(w)) {
            const id = tokenKeys(t).id;
            const seen = first.get(t.search);
            if (seen === undefined) first.set(t.search, id);
            else expect(id).toBe(seen);
          }
        }
        // Different forms, different ids.
        expect(new Set(first.values()).size).toBe(first.size);
      }),
    );
  });
});

describe('name keys', () => {
  it('keys a name the same when asked again, and each caller gets its own array', () => {
    const first = nameKeys('وللحسكة الدولية');
    expect(first).toEqual(['الحسكه', 'الدوليه']);
    expect(nameLead('وللحسكة الدولية')).toBe(1);
    first.push('x');
    expect(nameKeys('وللحسكة الدولية')).toEqual(['الحسكه', 'الدوليه']);
    trimKeys();
    expect(nameKeys('وللحسكة الدولية')).toEqual(['الحسكه', 'الدوليه']);
    expect(nameLead('فرات')).toBe(tokenKeys(segment('فرات').tokens[0]!).clitics);
  });
});
