import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeLine, readInputs, type InputItem } from '../../src/input/read.js';
import { loadMeta } from '../../src/input/meta.js';
import { tempDir } from '../cli/helpers.js';

const dir = tempDir();
mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
writeFileSync(join(dir, 'in', 'b.txt'), 'باء');
writeFileSync(join(dir, 'in', 'a.txt'), 'ألف');
writeFileSync(join(dir, 'in', 'sub', 'c.txt'), 'جيم');
writeFileSync(join(dir, 'in', 'notes.pdf'), '%PDF');

async function all(iter: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of iter) out.push(item);
  return out;
}

describe('readInputs', () => {
  it('yields documents in a stable order with ids as given', async () => {
    const items = await all(readInputs(['in', 'in/a.txt'], { cwd: dir }));
    expect(items.map((i) => (i.ok ? i.document.id : i.failure.id))).toEqual(['in/a.txt', 'in/b.txt', 'in/sub/c.txt', 'in/a.txt']);
    const first = items[0]!;
    expect(first.ok && first.document).toMatchObject({ text: 'ألف', encoding: 'utf-8', bytes: 6, path: join(dir, 'in/a.txt') });
  });

  it('follows links to files but not links to folders', async () => {
    const { symlinkSync } = await import('node:fs');
    mkdirSync(join(dir, 'linked'));
    symlinkSync(join(dir, 'in', 'a.txt'), join(dir, 'linked', 'to-a.txt'));
    symlinkSync(join(dir, 'in'), join(dir, 'linked', 'to-in'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'linked', 'dangling.txt'));
    const items = await all(readInputs(['linked'], { cwd: dir }));
    expect(items.map((i) => (i.ok ? i.document.id : i.failure.id))).toEqual(['linked/to-a.txt']);
  });

  it('applies --meta by path, resolved or by unique file name', async () => {
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ 'in/a.txt': { published: '2022-01-26', outlet: 'A' }, 'c.txt': { outlet: 'C', url: 'https://c' } }));
    const meta = await loadMeta('meta.json', dir);
    const items = await all(readInputs(['in'], { cwd: dir, meta }));
    const docs = items.flatMap((i) => (i.ok ? [i.document] : []));
    expect(docs[0]).toMatchObject({ id: 'in/a.txt', published: '2022-01-26', publishedFrom: 'meta', outlet: 'A', outletFrom: 'meta' });
    expect(docs[1]!.published).toBeUndefined();
    expect(docs[2]).toMatchObject({ id: 'in/sub/c.txt', outlet: 'C', url: 'https://c' });
  });

  it('streams NDJSON records from stdin one at a time', async () => {
    let pulled = 0;
    const lines = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ id: `r${i}`, text: 'نص' }) + '\n');
    const stdin = Readable.from(
      (function* () {
        for (const line of lines) {
          pulled++;
          yield Buffer.from(line);
        }
      })(),
    );
    const iter = readInputs(['-'], { cwd: dir, format: 'ndjson', stdin: () => stdin });
    const first = await iter.next();
    expect(first.value).toMatchObject({ ok: true, document: { id: 'r0', text: 'نص' } });
    // Only what the stream buffered ahead was read, not the whole input.
    expect(pulled).toBeLessThan(1000);
    await iter.return(undefined);
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await all(readInputs(['in'], { cwd: dir, signal: controller.signal }))).toEqual([]);
  });

  describe('rawLines: records left undecoded for the thread that analyses them', () => {
    // A BOM, blank lines (one of U+00A0 only), a bad record, invalid UTF-8, a record led by
    // spaces, a record led by a non-ASCII space, Windows-1256 bytes.
    const bytes = Buffer.concat([
      Buffer.from('\uFEFF{"id":"a","text":"ألف"}\n\n   \n\u00A0\n'),
      Buffer.from('{"id":"b"}\n{"id":"c","text":"'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}\n  {"id":7,"text":"باء","outlet":"x"}\r\n\u00A0{"id":"d","text":"جيم"}\n'),
    ]);
    const read = (rawLines: boolean, encoding?: 'windows-1256') =>
      all(readInputs(['-'], { cwd: dir, format: 'ndjson', stdin: () => Readable.from([bytes]), rawLines, ...(encoding ? { encoding } : {}) }));

    for (const encoding of [undefined, 'windows-1256'] as const) {
      it(`decodes to the same items as a direct read (${encoding ?? 'utf-8'})`, async () => {
        const direct = await read(false, encoding);
        const raw = await read(true, encoding);
        // Windows-1256 reads the UTF-8 BOM and U+00A0 as letters: those lines are bad JSON.
        expect(raw.map((i) => i.ok)).toEqual(encoding ? [false, false, 'line', 'line', 'line', false] : [true, 'line', 'line', 'line', false]);
        expect(raw.map((i) => (i.ok === 'line' ? decodeLine(i.line) : i))).toEqual(direct);
      });
    }

    it('gives each line its own buffer (it is copied to another thread)', async () => {
      const raw = await read(true);
      for (const item of raw) if (item.ok === 'line') expect(item.line.bytes.byteLength).toBe(item.line.bytes.buffer.byteLength);
    });

    it('is not used with --meta (the index is in the reading thread)', async () => {
      writeFileSync(join(dir, 'meta-b.json'), JSON.stringify({ b: { outlet: 'y' } }));
      const meta = await loadMeta('meta-b.json', dir);
      const items = await all(readInputs(['-'], { cwd: dir, format: 'ndjson', stdin: () => Readable.from([bytes]), rawLines: true, meta }));
      expect(items.every((i) => i.ok !== 'line')).toBe(true);
    });
  });
});
