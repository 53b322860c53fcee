// Short synthetic stories (written for this test) about unrelated events in a few places:
// the comparison must keep them apart and read a story followed over days as an update.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/compare/compare.js';
import { figuresOfDocument } from '../../src/figures/build.js';

interface Story {
  id: string;
  published?: string;
  text: string;
}

const stories: Story[] = readFileSync(new URL('./stories/mixed.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Story);

function compareStories(ids: string[]) {
  const picked = stories.filter((s) => ids.includes(s.id));
  const results = picked.map((s) =>
    figuresOfDocument({ id: s.id, text: s.text, encoding: 'utf-8', bytes: s.text.length, ...(s.published ? { published: s.published, publishedFrom: 'ndjson' } : {}) }),
  );
  return compareFigures(
    results.map((r) => r.document),
    results.flatMap((r) => r.figures),
  );
}

const documentsOf = (g: { claims: Array<{ document: string }> }) => [...new Set(g.claims.map((c) => c.document))].sort();

describe('unrelated stories stay apart', () => {
  const all = compareStories(stories.map((s) => s.id));

  it('builds no conflict between different events', () => {
    expect(all.groups.filter((g) => g.status === 'conflict')).toEqual([]);
  });

  it('a flood followed over two days is an update of one toll', () => {
    const flood = all.groups.find((g) => g.measure === 'killed' && documentsOf(g).includes('flood-day1'));
    expect(documentsOf(flood!)).toEqual(['flood-day1', 'flood-day3']);
    expect(flood!.status).toBe('update');
    expect(flood!.summary.latest?.value).toBe(30);
  });

  it('a bombing in the same city and week is another event than the flood', () => {
    const bombing = all.groups.find((g) => documentsOf(g).includes('bombing-same-city'));
    expect(documentsOf(bombing!)).toEqual(['bombing-same-city']);
  });

  it('a flood in the same city months before is another event', () => {
    const old = all.groups.find((g) => documentsOf(g).includes('old-flood'));
    expect(documentsOf(old!)).toEqual(['old-flood']);
  });

  it('a story that names no place joins no other story', () => {
    for (const g of all.groups) if (documentsOf(g).includes('no-place')) expect(documentsOf(g)).toEqual(['no-place']);
  });

  it('a story naming no place does not join the only placed story when nothing else links them', () => {
    const two = compareStories(['quake', 'no-place']);
    expect(two.groups.filter((g) => documentsOf(g).length > 1)).toEqual([]);
  });
});
