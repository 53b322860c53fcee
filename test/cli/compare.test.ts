// arqam compare through the CLI: the table for people, JSON/NDJSON, --fail-on exit codes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, tempDir } from './helpers.js';

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
