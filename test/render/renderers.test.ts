import { describe, expect, it } from 'vitest';
import { createStyle } from '../../src/render/color.js';
import { createRenderer, type Presenter } from '../../src/render/index.js';
import { columns } from '../../src/render/table.js';

interface Doc {
  id: string;
  n: number;
}

const presenter: Presenter<Doc> = {
  schema: 'arqam.test/1',
  jsonHeader: { note: 'x' },
  jsonDocument: (d) => ({ id: d.id, n: d.n }),
  ndjsonLines: (d) => [{ type: 'document', id: d.id }, { type: 'thing', document: d.id, n: d.n }],
  table: (d, style) => style.bold(d.id) + `\n${d.n}`,
};

async function render(format: 'json' | 'ndjson' | 'table', docs: Doc[], p: Presenter<Doc> = presenter): Promise<string> {
  let out = '';
  const renderer = await createRenderer(format, p, { write: async (chunk) => void (out += chunk) }, await createStyle(0));
  for (const d of docs) await renderer.document(d);
  await renderer.end();
  return out;
}

describe('json renderer', () => {
  it('streams one object with the schema, header fields and one document per line', async () => {
    const out = await render('json', [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ]);
    expect(out).toBe('{"schema": "arqam.test/1",\n"note": "x",\n"documents": [\n{"id":"a","n":1},\n{"id":"b","n":2}\n]\n}\n');
    expect(JSON.parse(out)).toEqual({ schema: 'arqam.test/1', note: 'x', documents: [{ id: 'a', n: 1 }, { id: 'b', n: 2 }] });
  });

  it('is valid with no documents and adds the trailer of aggregating commands', async () => {
    const out = await render('json', [], { ...presenter, finish: () => ({ json: { groups: [1], checks: [] } }) });
    expect(JSON.parse(out)).toEqual({ schema: 'arqam.test/1', note: 'x', documents: [], groups: [1], checks: [] });
  });
});

describe('ndjson renderer', () => {
  it('one typed line per value, then the trailer lines', async () => {
    const out = await render('ndjson', [{ id: 'a', n: 1 }], { ...presenter, finish: () => ({ ndjson: [{ type: 'group', id: 1 }] }) });
    expect(out.split('\n')).toEqual(['{"type":"document","id":"a"}', '{"type":"thing","document":"a","n":1}', '{"type":"group","id":1}', '']);
  });
});

describe('table renderer', () => {
  it('blocks separated by one blank line', async () => {
    const out = await render('table', [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ]);
    expect(out).toBe('a\n1\n\nb\n2\n');
  });

  it('harakat take no width when aligning', () => {
    expect(columns([['قُتِلَ', 'x'], ['قتل', 'y']])).toEqual(['قُتِلَ  x', 'قتل  y']);
  });

  it('columns pads all but the last cell, ignoring colour codes', () => {
    expect(columns([['\u001b[1mab\u001b[22m', 'x', 'end'], ['a', 'long', 'e']])).toEqual(['\u001b[1mab\u001b[22m  x     end', 'a   long  e']);
  });
});
