import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/input/lines.js';

async function collect(chunks: string[], max = 100): Promise<Array<string | number>> {
  const out: Array<string | number> = [];
  for await (const line of splitLines(chunks.map((c) => Buffer.from(c)), max)) out.push(line.bytes ? `${line.number}:${line.bytes}` : -line.tooLong!);
  return out;
}

describe('splitLines', () => {
  it('splits across chunk boundaries, drops CR, keeps the last line without newline', async () => {
    expect(await collect(['ab', 'c\r\nde', 'f\n\ng'])).toEqual(['1:abc', '2:def', '3:', '4:g']);
  });
  it('reports an over-long line by its size and goes on', async () => {
    expect(await collect(['x'.repeat(60), 'x'.repeat(60), '\nok\n'])).toEqual([-120, '2:ok']);
  });
  it('no trailing empty line after a final newline', async () => {
    expect(await collect(['a\n'])).toEqual(['1:a']);
  });
});

describe('splitLines (property)', () => {
  it('any chunking of any text gives the lines of text.split("\\n")', async () => {
    const fc = await import('fast-check');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('a', 'ب', '\n', '\r\n', 'xyz', '٣'), { maxLength: 40 }), fc.array(fc.nat(12), { maxLength: 10 }), async (pieces, cuts) => {
        const text = pieces.join('');
        const bytes = Buffer.from(text);
        const chunks: Buffer[] = [];
        let pos = 0;
        for (const cut of cuts) {
          chunks.push(bytes.subarray(pos, Math.min(bytes.length, pos + cut)));
          pos = Math.min(bytes.length, pos + cut);
        }
        chunks.push(bytes.subarray(pos));
        const got: string[] = [];
        for await (const line of splitLines(chunks, 1000)) got.push(line.bytes!.toString());
        const expected = text.split('\n').map((l) => l.replace(/\r$/, ''));
        if (text.endsWith('\n') || text === '') expected.pop();
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
