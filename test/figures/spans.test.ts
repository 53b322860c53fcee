// On real articles (../shared/bench when present): every figure's spans point into the
// original text, figures are plain JSON (they travel as NDJSON and between threads), and
// the comparison of them is a pure function of its input.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/compare/compare.js';
import { figuresOfDocument } from '../../src/figures/build.js';
import { MEASURES, ROLES } from '../../src/figures/types.js';
import { REPO } from '../cli/helpers.js';

const CORPUS = join(REPO, '..', 'shared', 'bench', 'articles.ndjson');
const ARTICLES = 300;

function sample(): Array<{ id: string; text: string }> {
  const out: Array<{ id: string; text: string }> = [];
  const text = readFileSync(CORPUS, 'utf8');
  let start = 0;
  // Every 40th article, spread over the corpus.
  for (let k = 0; out.length < ARTICLES && start < text.length; k++) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (k % 40 === 0 && line) {
      const r = JSON.parse(line) as { id: string; text: string };
      out.push({ id: String(r.id), text: r.text });
    }
    start = end < 0 ? text.length : end + 1;
  }
  return out;
}

describe.skipIf(!existsSync(CORPUS))('figures of real articles', () => {
  it('keep their spans, stay plain JSON and compare the same in any order', () => {
    const docs = [];
    const figures = [];
    for (const a of sample()) {
      const r = figuresOfDocument({ id: a.id, text: a.text, encoding: 'utf-8', bytes: a.text.length });
      for (const f of r.figures) {
        expect(a.text.slice(f.start, f.end)).toBe(f.text);
        expect(a.text.slice(f.quoteStart, f.quoteStart + f.quote.length)).toBe(f.quote);
        expect(f.quoteStart <= f.start && f.end <= f.quoteStart + f.quote.length).toBe(true);
        expect(MEASURES).toContain(f.measure);
        expect(ROLES).toContain(f.subject.role);
        if (f.partOf) expect(r.figures.some((t) => t.id === f.partOf)).toBe(true);
      }
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      docs.push(r.document);
      figures.push(...r.figures);
    }
    expect(figures.length).toBeGreaterThan(20);
    const forward = JSON.stringify(compareFigures(docs, figures));
    expect(JSON.stringify(compareFigures([...docs].reverse(), [...figures].reverse()))).toBe(forward);
  });
});
