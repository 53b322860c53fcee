// The output contracts of normalize, segment and extract in every format.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { runCli } from './helpers.js';

const TEXT = 'وقالت القوّات إنّ ٢٦٬٠١٣ شخصاً نزحوا.\nوأُصيب 5 آخرون!';

function expandOffsets(runs: number[][]): Array<[number, number]> {
  // [viewStart, viewLength, origStart, origLength] → per view char [origStart, origEnd)
  const out: Array<[number, number]> = [];
  for (const [vs, vl, os, ol] of runs) {
    for (let k = 0; k < vl!; k++) out[vs! + k] = vl === ol ? [os! + k, os! + k + 1] : [os!, os! + ol!];
  }
  return out;
}

describe('normalize', () => {
  it('table prints each document heading and its normalized text (default view: search)', async () => {
    const r = await runCli(['normalize'], { stdin: TEXT });
    expect(r).toEqual({ code: 0, stdout: `── - ──\n${normalize(TEXT, 'search').text}\n`, stderr: '' });
  });

  it('json: schema, documented offsets, and a map that leads back to the original', async () => {
    for (const view of ['display', 'search', 'numbers'] as const) {
      const r = await runCli(['normalize', '--view', view, '--format', 'json'], { stdin: TEXT });
      const out = JSON.parse(r.stdout);
      expect(out.schema).toBe('arqam.normalize/1');
      expect(out.offsets).toMatch(/UTF-16 code units/);
      const [doc] = out.documents;
      expect(doc.id).toBe('-');
      expect(doc.view).toBe(view);
      expect(doc.text).toBe(normalize(TEXT, view).text);
      const map = expandOffsets(doc.offsets);
      expect(map).toHaveLength(doc.text.length);
      // Every view char comes from original text that normalizes to it.
      for (const [i, [s, e]] of map.entries()) expect(normalize(TEXT.slice(s, e), view).text).toContain(doc.text[i]);
    }
    const numbers = JSON.parse((await runCli(['normalize', '--view', 'numbers', '--format', 'json'], { stdin: TEXT })).stdout).documents[0];
    expect(numbers.text).toContain('26,013');
  });

  it('ndjson: one typed line per document', async () => {
    const r = await runCli(['normalize', '--format', 'ndjson'], { stdin: TEXT });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ type: 'document', id: '-', view: 'search' });
  });
});

describe('segment', () => {
  it('json: sentences and tokens with spans into the original, search forms and proclitics', async () => {
    const r = await runCli(['segment', '--format', 'json'], { stdin: TEXT });
    const out = JSON.parse(r.stdout);
    expect(out.schema).toBe('arqam.segment/1');
    const [doc] = out.documents;
    expect(doc.sentences.map((s: { text: string }) => s.text)).toEqual(['وقالت القوّات إنّ ٢٦٬٠١٣ شخصاً نزحوا.', 'وأُصيب 5 آخرون!']);
    for (const s of doc.sentences) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
    for (const t of doc.tokens) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
    const forces = doc.tokens.find((t: { text: string }) => t.text === 'القوّات');
    expect(forces).toMatchObject({ search: 'القوات', proclitics: ['ال'], stem: 'قوات', sentence: 0 });
  });

  it('ndjson: a document line, then sentence and token lines naming the document', async () => {
    const r = await runCli(['segment', '--format', 'ndjson'], { stdin: TEXT });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ type: 'document', id: '-', sentences: 2, tokens: expect.any(Number) });
    expect(lines.filter((l) => l.type === 'sentence')).toHaveLength(2);
    expect(lines.filter((l) => l.type === 'token').every((l) => l.document === '-')).toBe(true);
  });

  it('table: each sentence with its span, then its tokens with proclitics marked', async () => {
    const r = await runCli(['segment'], { stdin: TEXT });
    expect(r.stdout).toContain('[1] 0–37  وقالت القوّات');
    expect(r.stdout).toContain('ال+قوات');
  });
});

describe('extract', () => {
  it('json follows arqam.extract/1 with only the requested kinds', async () => {
    const r = await runCli(['extract', '--format', 'json', '--kinds', 'dates,numbers', '--ref-date', '2022-01-26'], { stdin: TEXT });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.schema).toBe('arqam.extract/1');
    const [doc] = out.documents;
    expect(Object.keys(doc)).toEqual(['id', 'published', 'publishedFrom', 'language', 'numbers', 'dates']);
    expect(doc).toMatchObject({ id: '-', language: 'ar', published: '2022-01-26', publishedFrom: 'ref-date' });
    for (const m of [...doc.numbers, ...doc.dates]) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
  });

  it('ndjson: a document line first, then one line per mention naming its document', async () => {
    const r = await runCli(['extract', '--format', 'ndjson'], { stdin: TEXT });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: 'document', id: '-', language: 'ar' });
    for (const line of lines.slice(1)) {
      expect(['number', 'date', 'entity']).toContain(line.type);
      expect(line.document).toBe('-');
      expect(TEXT.slice(line.start, line.end)).toBe(line.text);
    }
  });

  it('table: a heading per document with its metadata and counts', async () => {
    const r = await runCli(['extract', '--kinds', 'numbers'], { stdin: TEXT });
    expect(r.stdout.split('\n')[0]).toMatch(/^── - ── published \? \(none\) · \d+ numbers$/);
  });
});
