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
