// Every kind of input through the CLI, and every kind of bad input: one stderr line
// naming it, exit 3, the other inputs still printed.
import { chmodSync, mkdirSync, openSync, writeFileSync, closeSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/errors.js';
import { runCli, tempDir } from './helpers.js';

const dir = tempDir();
const good = join(dir, 'good.txt');
writeFileSync(good, 'قتل خمسة أشخاص في الحسكة يوم الخميس.');

async function normalizeWith(bad: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(['normalize', bad, 'good.txt'], { cwd: dir });
}

describe('bad inputs', () => {
  it('a path that does not exist', async () => {
    const r = await normalizeWith('missing.txt');
    expect(r.stderr).toBe('arqam: missing.txt: no such file or directory\n');
    expect(r.code).toBe(EXIT.input);
    expect(r.stdout).toContain('قتل خمسه اشخاص');
  });

  it('an empty directory', async () => {
    mkdirSync(join(dir, 'empty'));
    const r = await normalizeWith('empty');
    expect(r.stderr).toBe('arqam: empty: no text (.txt, .text, .md) files in this directory\n');
    expect(r.code).toBe(EXIT.input);
    expect(r.stdout).toContain('قتل خمسه اشخاص');
  });

  it('a binary file', async () => {
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const r = await normalizeWith('image.txt');
    expect(r.stderr).toBe('arqam: image.txt: binary file (contains NUL bytes)\n');
    expect(r.code).toBe(EXIT.input);
    expect(r.stdout).toContain('قتل خمسه اشخاص');
  });

  it('an empty file, and one holding only whitespace', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\n');
    const r = await runCli(['normalize', 'empty.txt', 'blank.txt', 'good.txt'], { cwd: dir });
    expect(r.stderr).toBe('arqam: empty.txt: empty file\narqam: blank.txt: empty file (no text)\n');
    expect(r.code).toBe(EXIT.input);
    expect(r.stdout).toContain('قتل خمسه اشخاص');
  });

  it('bytes that are neither UTF-8 nor Windows-1256 text', async () => {
    // Deterministic pseudo-random bytes without NULs: invalid UTF-8, and full of controls as Windows-1256.
    const bytes = Buffer.alloc(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      bytes[i] = 1 + ((x >>> 16) % 255);
    }
    writeFileSync(join(dir, 'noise.txt'), bytes);
    const r = await normalizeWith('noise.txt');
    expect(r.stderr).toBe('arqam: noise.txt: cannot decode: the bytes are neither UTF-8 nor Windows-1256 text (use --encoding to force one)\n');
    expect(r.code).toBe(EXIT.input);
    expect(r.stdout).toContain('قتل خمسه اشخاص');
  });

  it('an unreadable file', async () => {
    const path = join(dir, 'locked.txt');
    writeFileSync(path, 'نص');
    chmodSync(path, 0o000);
    const r = await normalizeWith('locked.txt');
    // root reads anything: then the file is simply processed.
    if (process.getuid?.() === 0) {
      expect(r.code).toBe(EXIT.ok);
    } else {
      expect(r.stderr).toBe('arqam: locked.txt: permission denied\n');
      expect(r.code).toBe(EXIT.input);
    }
    expect(r.stdout).toContain('قتل خمسه اشخاص');
  });

  it('a path that goes through a file', async () => {
    const r = await normalizeWith('good.txt/inner.txt');
    expect(r.stderr).toBe('arqam: good.txt/inner.txt: not a directory\n');
    expect(r.code).toBe(EXIT.input);
  });

  it('a 100 MB single-line file fails clearly without being read', async () => {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 'ا ');
    for (let i = 0; i < 100; i++) writeSync(fd, chunk);
    closeSync(fd);
    const before = process.memoryUsage().rss;
    const r = await normalizeWith('huge.txt');
    expect(r.stderr).toBe(
      'arqam: huge.txt: too large (100.0 MB; at most 32.0 MB per document — split it, or give one article per line with --input-format ndjson)\n',
    );
    expect(r.code).toBe(EXIT.input);
    expect(r.stdout).toContain('قتل خمسه اشخاص');
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
  });
});

describe('directories', () => {
  it('are walked recursively in sorted order, text files only, hidden files skipped', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'b', 'c'), { recursive: true });
    writeFileSync(join(root, 'z.txt'), 'زاي');
    writeFileSync(join(root, 'a.txt'), 'ألف');
    writeFileSync(join(root, 'b', 'c', 'd.md'), 'دال');
    writeFileSync(join(root, 'b', 'photo.png'), Buffer.from([0x89, 0x50, 0, 0]));
    writeFileSync(join(root, '.hidden.txt'), 'مخفي');
    const r = await runCli(['normalize', 'tree', '--format', 'ndjson'], { cwd: dir });
    expect(r.code).toBe(0);
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['tree/a.txt', 'tree/b/c/d.md', 'tree/z.txt']);
  });
});

describe('standard input', () => {
  it('is read when no path is given and stdin is not a terminal', async () => {
    const r = await runCli(['normalize', '--format', 'ndjson'], { stdin: 'أَهْلاً' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ type: 'document', id: '-', text: 'اهلا' });
  });

  it('is read for - among other paths', async () => {
    const r = await runCli(['normalize', '--format', 'ndjson', 'good.txt', '-'], { stdin: 'إلى', cwd: dir });
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['good.txt', '-']);
  });

  it('empty stdin is an input error', async () => {
    expect(await runCli(['normalize'], { stdin: '' })).toEqual({ code: EXIT.input, stdout: '', stderr: 'arqam: -: standard input is empty\n' });
  });

  it('bad bytes on stdin are an input error named -', async () => {
    const r = await runCli(['normalize'], { stdin: new Uint8Array([0x41, 0, 0x42]) });
    expect(r).toEqual({ code: EXIT.input, stdout: '', stderr: 'arqam: -: binary file (contains NUL bytes)\n' });
  });
});

describe('NDJSON input', () => {
  const records = [
    JSON.stringify({ id: 'a', text: 'قتل ثلاثة', published: '2022-01-22', outlet: 'Outlet A', url: 'https://a.example/1' }),
    '{"id": "b", "text": ',
    '',
    JSON.stringify({ id: 'c' }),
    JSON.stringify({ id: 'd', text: 'أصيب اثنان' }),
    '[1, 2]',
  ].join('\n');

  it('one document per line; a bad line is one error naming its line number, the others go on', async () => {
    const r = await runCli(['extract', '--input-format', 'ndjson', '--format', 'ndjson', '--kinds', 'numbers'], { stdin: records });
    expect(r.code).toBe(EXIT.input);
    expect(r.stderr.split('\n')).toEqual([
      expect.stringMatching(/^arqam: -:2: not valid JSON: /),
      'arqam: -:4: missing "text" (a string)',
      'arqam: -:6: expected a JSON object {"id", "text", …}',
      '',
    ]);
    const docs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((l) => l.type === 'document');
    expect(docs).toEqual([
      { type: 'document', id: 'a', published: '2022-01-22', publishedFrom: 'ndjson', language: 'ar' },
      { type: 'document', id: 'd', published: null, publishedFrom: 'none', language: 'ar' },
    ]);
  });

  it('reads NDJSON files and directories of .ndjson files', async () => {
    mkdirSync(join(dir, 'corpus'));
    writeFileSync(join(dir, 'corpus', 'part-1.ndjson'), records);
    const r = await runCli(['normalize', '--input-format', 'ndjson', '--format', 'ndjson', 'corpus'], { cwd: dir });
    expect(r.stderr).toContain('arqam: corpus/part-1.ndjson:4: missing "text" (a string)\n');
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'd']);
  });

  it('a 100 MB line is skipped without being buffered, the next records go on', async () => {
    const path = join(dir, 'huge.ndjson');
    const fd = openSync(path, 'w');
    writeSync(fd, '{"id": "big", "text": "');
    const chunk = Buffer.alloc(1024 * 1024, 'ب ');
    for (let i = 0; i < 100; i++) writeSync(fd, chunk);
    writeSync(fd, '"}\n' + JSON.stringify({ id: 'small', text: 'نص قصير' }) + '\n');
    closeSync(fd);
    const r = await runCli(['normalize', '--input-format', 'ndjson', '--format', 'ndjson', 'huge.ndjson'], { cwd: dir });
    expect(r.code).toBe(EXIT.input);
    expect(r.stderr).toBe('arqam: huge.ndjson:1: line too long (100.0 MB; at most 32.0 MB per record)\n');
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'small', text: 'نص قصير' });
  });
});

describe('--meta', () => {
  it('gives documents their publication date and outlet', async () => {
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ 'good.txt': { published: '2022-01-23', outlet: 'Example News', url: 'https://example.com/x' } }));
    const r = await runCli(['extract', '--meta', 'meta.json', '--format', 'json', '--kinds', 'numbers', 'good.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc).toMatchObject({ id: 'good.txt', published: '2022-01-23', publishedFrom: 'meta' });
  });

  it('a metadata file that cannot be read or is not valid stops the run with exit 3', async () => {
    writeFileSync(join(dir, 'bad-meta.json'), '{"good.txt": {"published": 2022}}');
    expect(await runCli(['extract', '--meta', 'nope.json', 'good.txt'], { cwd: dir })).toEqual({
      code: EXIT.input,
      stdout: '',
      stderr: 'arqam: nope.json: cannot read metadata file: no such file or directory\n',
    });
    expect(await runCli(['extract', '--meta', 'bad-meta.json', 'good.txt'], { cwd: dir })).toEqual({
      code: EXIT.input,
      stdout: '',
      stderr: 'arqam: bad-meta.json: "good.txt".published: expected a string\n',
    });
  });
});

describe('-o FILE', () => {
  it('writes data to the file and nothing to stdout', async () => {
    const r = await runCli(['normalize', 'good.txt', '--format', 'json', '-o', 'out.json'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).documents[0].id).toBe('good.txt');
  });
});

