// The seed fixtures re-encoded to Windows-1256 and to UTF-16LE/BE with a BOM (and
// UTF-8 with a BOM) give output identical to the UTF-8 files.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir } from './helpers.js';

const root = tempDir();
const names = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt'));
const ENCODED: Record<string, (text: string) => Buffer> = {
  'windows-1256': (t) => iconv.encode(t, 'windows-1256'),
  'utf-16le': (t) => iconv.encode(t, 'utf-16le', { addBOM: true }),
  'utf-16be': (t) => iconv.encode(t, 'utf-16be', { addBOM: true }),
  'utf-8-bom': (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
};
for (const [encoding, encode] of Object.entries(ENCODED)) {
  mkdirSync(join(root, encoding));
  for (const name of names) writeFileSync(join(root, encoding, name), encode(readFileSync(join(FIXTURES, name), 'utf8')));
}

const COMMANDS = [
  ['normalize', '--format', 'json'],
  ['normalize', '--view', 'numbers', '--format', 'json'],
  ['extract', '--format', 'json'],
  ['segment', '--format', 'ndjson'],
];

describe('re-encoded fixtures', () => {
  it('the Windows-1256 copies are really not UTF-8, and the UTF-16 copies have a BOM', () => {
    const cp = readFileSync(join(root, 'windows-1256', names[0]!));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(cp)).toThrow();
    expect([...readFileSync(join(root, 'utf-16le', names[0]!)).subarray(0, 2)]).toEqual([0xff, 0xfe]);
  });

  for (const argv of COMMANDS) {
    it(`${argv.join(' ')}: identical output for every encoding`, async () => {
      const expected = await runCli([...argv, '.'], { cwd: FIXTURES });
      expect(expected.code).toBe(0);
      expect(expected.stdout.split("\"id\"").length).toBeGreaterThan(names.length);
      for (const encoding of Object.keys(ENCODED)) {
        const got = await runCli([...argv, '.'], { cwd: join(root, encoding) });
        expect({ encoding, ...got }).toEqual({ encoding, ...expected });
      }
    });
  }

  it('a forced encoding is used even when the bytes would decode otherwise', async () => {
    const got = await runCli(['normalize', '--view', 'display', '--encoding', 'windows-1256', '--format', 'ndjson', '-'], { stdin: Buffer.from('قتل', 'utf8') });
    expect(got.code).toBe(0);
    expect(JSON.parse(got.stdout).text).toBe(new TextDecoder('windows-1256').decode(Buffer.from('قتل', 'utf8')));
  });

  it('a forced encoding that does not fit the bytes is an input error', async () => {
    const got = await runCli(['normalize', '--encoding', 'utf-8', 'windows-1256/' + names[0]], { cwd: root });
    expect(got).toEqual({ code: 3, stdout: '', stderr: `arqam: windows-1256/${names[0]}: not valid UTF-8\n` });
  });
});
