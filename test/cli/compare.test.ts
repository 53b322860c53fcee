// arqam compare through the CLI: the table for people, JSON/NDJSON, --fail-on exit codes.
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/compare/compare.js';
import type { DocumentInfo, Figure } from '../../src/figures/types.js';
import { JsonSpill } from '../../src/stream/spill.js';
import { FIXTURES, REPO, runCli, tempDir } from './helpers.js';

describe('arqam compare', () => {
  it('prints one block per group with the status in words', async () => {
    const r = await runCli(['compare', '--jobs', '1', 'fixtures/'], { cwd: REPO });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/killed · SDF side {2}CONFLICT — /);
    expect(r.stdout).toMatch(/killed · all people {2}UPDATE — the count moved over time/);
    expect(r.stdout).toMatch(/killed · civilians {2}AGREE/);
    expect(r.stdout).toContain('partial: مساء أمس السبت وحدها');
    expect(r.stdout).toContain('OK  breakdown: killed 67 = 39 + 5 + 23');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colours only when asked or on a terminal, and keeps the words', async () => {
    const r = await runCli(['compare', '--color', '--jobs', '1', 'fixtures/'], { cwd: REPO });
    expect(r.stdout).toContain('\u001b[');
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toContain('CONFLICT');
  });

  it('--explain adds file:line:col and the whole sentence', async () => {
    const r = await runCli(['compare', '--explain', '--jobs', '1', 'fixtures/'], { cwd: REPO });
    expect(r.stdout).toMatch(/fixtures\/004_62fccf27a8b5f28f\.txt:\d+:\d+ {2}واستمرت أمس السبت لليوم الثالث/);
  });

  it('writes NDJSON lines with types', async () => {
    const r = await runCli(['compare', '--format', 'ndjson', '--jobs', '1', 'fixtures/'], { cwd: REPO });
    const types = new Set(r.stdout.trim().split('\n').map((l) => JSON.parse(l).type));
    expect([...types].sort()).toEqual(['check', 'document', 'event', 'group']);
  });

  it('--fail-on conflict exits 1 when sources contradict each other', async () => {
    expect((await runCli(['compare', '--fail-on', 'conflict', '--format', 'json', '--jobs', '1', 'fixtures/'], { cwd: REPO })).code).toBe(1);
    expect((await runCli(['compare', '--fail-on', 'update', '--format', 'json', '--jobs', '1', 'fixtures/'], { cwd: REPO })).code).toBe(1);
  });

  it('--fail-on any exits 0 when every source agrees', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'قتل 5 أشخاص في انفجار في مدينة حلب، بحسب المرصد السوري لحقوق الإنسان.\n', 'utf8');
    writeFileSync(join(dir, 'b.txt'), 'أعلنت الأمم المتحدة مقتل 5 أشخاص في انفجار هز مدينة حلب.\n', 'utf8');
    const r = await runCli(['compare', '--fail-on', 'any', '--format', 'json', '--jobs', '1', dir], { cwd: REPO });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.groups.map((g: { status: string }) => g.status)).toEqual(['agree']);
  });

  it('refuses an unknown --fail-on value as a usage error', async () => {
    const r = await runCli(['compare', '--fail-on', 'sometimes', 'fixtures/'], { cwd: REPO });
    expect(r.code).toBe(2);
  });
});

describe('arqam compare holds only what the comparison needs', () => {
  // The fixtures and two documents without figures, read in an order other than their ids'.
  const dir = tempDir('arqam-compact-');
  for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))) copyFileSync(join(FIXTURES, f), join(dir, f));
  writeFileSync(join(dir, 'aaa-nothing.txt'), 'افتتح وزير الثقافة معرض الكتاب في القاهرة صباح اليوم.\n', 'utf8');
  writeFileSync(join(dir, 'zzz-nothing.txt'), 'هطلت أمطار غزيرة على مدينة جدة دون أن تسجل أي أضرار.\n', 'utf8');

  /** The JSON the comparison of every document and figure, held whole, was written as. */
  async function wholeComparisonJson(): Promise<string> {
    const claims = await runCli(['claims', '--format', 'ndjson', '--jobs', '1', '.'], { cwd: dir });
    const documents: DocumentInfo[] = [];
    const figures: Figure[] = [];
    for (const line of claims.stdout.trim().split('\n')) {
      const { type, ...rest } = JSON.parse(line) as { type: string };
      if (type === 'document') documents.push(rest as DocumentInfo);
      if (type === 'figure') figures.push(rest as Figure);
    }
    expect(documents.filter((d) => d.figures === 0).map((d) => d.id)).toEqual(['aaa-nothing.txt', 'zzz-nothing.txt']);
    const c = compareFigures(documents, figures);
    const trailer = (['events', 'groups', 'checks'] as const).map((k) => `,\n"${k}": ${JSON.stringify(c[k])}`).join('');
    return `{"schema": "arqam.compare/1",\n"documents": [\n${c.documents.map((d) => JSON.stringify(d)).join(',\n')}\n]${trailer}\n}\n`;
  }

  it('prints byte for byte the JSON of the whole comparison, in memory, through a spill file and from claims', async () => {
    const expected = await wholeComparisonJson();
    const single = await runCli(['compare', '--format', 'json', '--jobs', '1', '.'], { cwd: dir });
    expect(single.stdout).toBe(expected);
    const claims = await runCli(['claims', '--format', 'ndjson', '--jobs', '1', '.'], { cwd: dir });
    const reduced = await runCli(['compare', '--input-format', 'claims', '--format', 'json', '-'], { cwd: dir, stdin: claims.stdout.split('\n').reverse().join('\n') });
    expect(reduced.stdout).toBe(expected);
    const saved = JsonSpill.defaultMemoryBytes;
    JsonSpill.defaultMemoryBytes = 0;
    try {
      expect((await runCli(['compare', '--format', 'json', '--jobs', '1', '.'], { cwd: dir })).stdout).toBe(expected);
      expect((await runCli(['compare', '--input-format', 'claims', '--format', 'json', '-'], { cwd: dir, stdin: claims.stdout })).stdout).toBe(expected);
    } finally {
      JsonSpill.defaultMemoryBytes = saved;
    }
  });

  it('counts the documents without figures in the table and lists them in every format', async () => {
    const table = await runCli(['compare', '--jobs', '1', '.'], { cwd: dir });
    expect(table.stdout).toMatch(/^Comparison of 7 documents: \d+ groups/m);
    expect(table.stdout).toContain('── zzz-nothing.txt ── 0 figures');
    const ndjson = await runCli(['compare', '--format', 'ndjson', '--jobs', '1', '.'], { cwd: dir });
    const ids = ndjson.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; id?: string }).filter((l) => l.type === 'document').map((l) => l.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toHaveLength(7);
    const html = await runCli(['compare', '--format', 'html', '--jobs', '1', '.'], { cwd: dir });
    expect(html.stdout).toContain('<h2>Documents (7)</h2>');
  });
});
