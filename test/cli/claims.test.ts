// arqam claims through the CLI: formats, schema, spans, --explain.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, REPO, runCli } from './helpers.js';

const SEED = join(FIXTURES, '002_ee5b84b101fbfd16.txt');

describe('arqam claims', () => {
  it('prints JSON with the arqam.claims/1 schema and spans into the original text', async () => {
    const r = await runCli(['claims', '--format', 'json', '--jobs', '1', SEED], { cwd: REPO });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.schema).toBe('arqam.claims/1');
    const [document] = out.documents;
    const text = readFileSync(SEED, 'utf8');
    expect(document.figures.length).toBeGreaterThanOrEqual(8);
    for (const f of document.figures) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(text.slice(f.quoteStart, f.quoteStart + f.quote.length)).toBe(f.quote);
    }
    const total = document.figures.find((f: { value: number }) => f.value === 67);
    expect(total).toMatchObject({ measure: 'killed', subject: { role: 'all' }, source: { canonical: 'sohr' } });
  });

  it('streams one figure per line with its document id (the map step)', async () => {
    const r = await runCli(['claims', '--format', 'ndjson', '--jobs', '1', SEED], { cwd: REPO });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].type).toBe('document');
    expect(lines.slice(1).every((l: { type: string; document: string }) => l.type === 'figure' && l.document === lines[0].id)).toBe(true);
  });

  it('shows English labels and the Arabic words around each number, without colour off a terminal', async () => {
    const r = await runCli(['claims', '--jobs', '1', SEED], { cwd: REPO });
    expect(r.stdout).toContain('killed');
    expect(r.stdout).toContain('sohr');
    expect(r.stdout).toContain('«');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('--explain adds file:line:col and the whole sentence', async () => {
    const r = await runCli(['claims', '--explain', '--jobs', '1', SEED], { cwd: REPO });
    expect(r.stdout).toMatch(/002_ee5b84b101fbfd16\.txt:5:\d+ {2}وقال إن حصيلة القتلى ارتفعت لتصل إلى 67/);
  });
});
