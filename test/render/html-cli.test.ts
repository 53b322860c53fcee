// `arqam compare --format html` through the command line, on the seed articles and on hostile text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir } from '../cli/helpers.js';

const dir = tempDir('arqam-html-');

describe('arqam compare --format html', () => {
  it('writes one self-contained report with a section per group', async () => {
    const out = join(dir, 'report.html');
    const r = await runCli(['compare', FIXTURES, '--format', 'html', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    const json = JSON.parse((await runCli(['compare', FIXTURES, '--format', 'json'])).stdout) as { groups: { status: string }[] };
    const statuses = [...html.matchAll(/<section class="group [^"]*" id="group-\d+" data-status="(\w+)">/g)].map((m) => m[1]);
    expect(statuses).toEqual(json.groups.map((g) => g.status));
    expect(html).not.toMatch(/<script|<link|<img|<iframe/i);
    expect(html).toContain('<blockquote class="quote" dir="rtl" lang="ar">');
    expect(html).toContain('<mark>');
  });

  it('shows hostile article text as text', async () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, 'الحسكة - 23 كانون الثاني 2022\nقتل 12 شخصا في هجوم على السجن <script>alert(1)</script>، بحسب المرصد السوري.\n');
    writeFileSync(b, 'الحسكة - 24 كانون الثاني 2022\nقتل 40 شخصا في هجوم على السجن <img src=x onerror="alert(2)">، بحسب المرصد السوري.\n');
    const r = await runCli(['compare', a, b, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/<script>alert|<img src=x/);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.stdout).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  });

  it('is refused for other commands', async () => {
    const r = await runCli(['claims', FIXTURES, '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format html is not available for claims (it is the report of compare)');
  });
});
