import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readFigureStream, type FigureStreamItem } from '../../src/stream/figures.js';
import { tempDir } from '../cli/helpers.js';

function doc(id: string) {
  return { type: 'document', id, outlet: null, published: '2022-01-22', publishedFrom: 'text', title: 't', places: [], actors: [], bytes: 10, figures: 2 };
}
function fig(document: string, n: number, start: number) {
  return { type: 'figure', id: `${document}#${n}`, document, measure: 'killed', value: n, start, end: start + 2, quote: 'q' };
}

async function collect(paths: string[], stdin?: string): Promise<FigureStreamItem[]> {
  const out: FigureStreamItem[] = [];
  for await (const item of readFigureStream(paths, { cwd: '/', stdin: stdin === undefined ? undefined : () => Readable.from([Buffer.from(stdin)]) })) out.push(item);
  return out;
}

const lines = [doc('b.txt'), fig('b.txt', 1, 5), fig('b.txt', 2, 3), fig('b.txt', 10, 50), doc('a.txt'), fig('a.txt', 1, 9)].map((l) => JSON.stringify(l));

describe('readFigureStream', () => {
  it('orders documents by id and figures by their index, whatever the line order', async () => {
    const sorted = await collect(['-'], lines.join('\n') + '\n');
    // Hadoop sorts lines as text: the same result.
    const hadoop = await collect(['-'], [...lines].sort().join('\n'));
    const reversed = await collect(['-'], [...lines].reverse().join('\r\n'));
    for (const items of [sorted, hadoop, reversed]) {
      expect(items.map((i) => (i.ok ? i.value.document.id : 'failure'))).toEqual(['a.txt', 'b.txt']);
      const b = items[1]!;
      expect(b.ok && b.value.figures.map((f) => f.id)).toEqual(['b.txt#1', 'b.txt#2', 'b.txt#10']);
      expect(b.ok && Object.keys(b.value.document)).not.toContain('type');
    }
    expect(hadoop).toEqual(sorted);
    expect(reversed).toEqual(sorted);
  });

  it('reads several map outputs and keeps a document mapped twice once', async () => {
    const dir = tempDir('arqam-reduce-');
    writeFileSync(join(dir, 'part-0'), lines.slice(0, 4).join('\n') + '\n');
    writeFileSync(join(dir, 'part-1'), lines.slice(4).join('\n') + '\n' + lines.slice(0, 2).join('\n') + '\n');
    const items = await collect([join(dir, 'part-1'), join(dir, 'part-0')]);
    expect(items).toEqual(await collect(['-'], lines.join('\n')));
  });

  it('names bad lines and figures whose document line is missing, and goes on', async () => {
    const input = ['{"type":"figure"', JSON.stringify(fig('c.txt', 1, 0)), JSON.stringify({ type: 'group', measure: 'killed' }), ...lines].join('\n');
    const items = await collect(['-'], input);
    const failures = items.filter((i) => !i.ok).map((i) => (!i.ok ? `${i.failure.id}: ${i.failure.message}` : ''));
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/^-:1: not valid JSON/);
    expect(failures[1]).toBe('c.txt: 1 figure line(s) but no document line — was the map output cut?');
    expect(items.filter((i) => i.ok)).toHaveLength(2);
  });
});
