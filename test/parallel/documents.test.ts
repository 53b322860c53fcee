// The command step on worker threads gives exactly the single-threaded results, in input order.
import { readdirSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GlobalOptions } from '../../src/cli/command.js';
import { COMMANDS } from '../../src/cli/program.js';
import { memoryIO } from '../../src/cli/io.js';
import { readInputs } from '../../src/input/read.js';
import { detectLanguage } from '../../src/lang/index.js';
import { parseJobs, prerenders, processDocuments, type Outcome, type ProcessOptions } from '../../src/parallel/documents.js';
import { ndjsonRenderer } from '../../src/render/ndjson.js';
import { createStyle } from '../../src/render/color.js';
import { FIXTURES } from '../cli/helpers.js';

const SOME = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
const global = { format: 'json', inputFormat: 'text', encoding: 'auto', lang: 'auto' } as GlobalOptions;

type Extra = Partial<Pick<ProcessOptions<unknown>, 'warmupDocuments' | 'workerLimits' | 'retryLimits'>>;

// Five fixtures twice, with a missing file in between: failures keep their place too.
async function run(command: string, options: Record<string, unknown>, jobs: number, paths = [FIXTURES, 'no-such-file.txt', FIXTURES], extra: Extra = {}): Promise<Outcome<unknown>[]> {
  const spec = COMMANDS.find((c) => c.name === command)!;
  const handler = await spec.prepare(options, { io: memoryIO().io, global, warn: () => undefined });
  const items = readInputs(paths, { cwd: process.cwd() });
  const out: Outcome<unknown>[] = [];
  for await (const o of processDocuments(items, { handler, detectLanguage, job: { command, options, global }, jobs, warmupDocuments: 2, ...extra })) out.push(o);
  return out;
}

describe('processDocuments', () => {
  it('gives the same outcomes in the same order with 1 and 2 jobs', async () => {
    const options = { vague: 'range' };
    const one = await run('claims', options, 1);
    const two = await run('claims', options, 2);
    expect(one.map((o) => o.kind)).toEqual(['done', 'done', 'done', 'done', 'done', 'failed', 'done', 'done', 'done', 'done', 'done']);
    expect(two).toEqual(one);
    const figures = one.flatMap((o) => (o.kind === 'done' ? (o.result as { figures: unknown[] }).figures : []));
    expect(figures.length).toBeGreaterThan(10);
  }, 60_000);

  describe('a worker that dies of its heap limit', () => {
    // A heap too small to even load the lexicons: every document's worker dies.
    const tiny = { maxOldGenerationSizeMb: 4 };
    const paths = [join(FIXTURES, SOME[0]!), join(FIXTURES, SOME[1]!)];

    it('retries the document alone with bigger limits: the same outcomes as one thread', async () => {
      const options = { vague: 'range' };
      const two = await run('claims', options, 2, paths, { warmupDocuments: 0, workerLimits: tiny });
      expect(two.map((o) => o.kind)).toEqual(['done', 'done']);
      expect(two).toEqual(await run('claims', options, 1, paths));
    }, 60_000);

    it('reports the document as one failure when the retry dies too', async () => {
      const two = await run('claims', { vague: 'range' }, 2, paths, { warmupDocuments: 0, workerLimits: tiny, retryLimits: tiny });
      expect(two.map((o) => (o.kind === 'failed' ? o.failure.id : o.kind))).toEqual(paths);
      for (const o of two) if (o.kind === 'failed') expect(o.failure.message).toMatch(/^too large to analyse \(.*out of memory.*\) — split it into smaller documents$/);
    }, 60_000);
  });

  it('lets workers render NDJSON: the same text as rendering the results here, from raw NDJSON lines', async () => {
    const ndjson = { ...global, format: 'ndjson', inputFormat: 'ndjson' } as GlobalOptions;
    const spec = COMMANDS.find((c) => c.name === 'claims')!;
    const options = { vague: 'range' };
    const handler = await spec.prepare(options, { io: memoryIO().io, global: ndjson, warn: () => undefined });
    expect(prerenders(handler, ndjson)).toBe(true);
    expect(prerenders(handler, global)).toBe(false);
    const lines = SOME.slice(0, 3).map((f) => JSON.stringify({ id: f, text: readFileSync(join(FIXTURES, f), 'utf8') }));
    const outcomes = async (jobs: number) => {
      const stdin = () => Readable.from([Buffer.from([...lines, '{"id":"bad"}', ...lines].join('\n') + '\n')]);
      const items = readInputs(['-'], { cwd: process.cwd(), format: 'ndjson', stdin, rawLines: jobs > 1 });
      const job = { command: 'claims', options, global: ndjson, prerender: jobs > 1 };
      const out: Outcome<unknown>[] = [];
      for await (const o of processDocuments(items, { handler, detectLanguage, job, jobs, warmupDocuments: 2 })) out.push(o);
      return out;
    };
    const one = await outcomes(1);
    const two = await outcomes(2);
    expect(two.map((o) => o.kind)).toEqual(['rendered', 'rendered', 'rendered', 'failed', 'rendered', 'rendered', 'rendered']);
    const style = await createStyle(0);
    for (const [k, o] of one.entries()) {
      const t = two[k]!;
      if (o.kind !== 'done' || t.kind !== 'rendered') {
        expect(t).toEqual(o);
        continue;
      }
      let text = '';
      await ndjsonRenderer(handler.presenter, { write: async (chunk) => void (text += chunk) }, style).document(o.result);
      expect({ ...t, text: undefined, kind: 'done' }).toEqual({ ...o, result: undefined, text: undefined });
      expect(t.text).toBe(text);
    }
  }, 60_000);

  it('parses --jobs', () => {
    expect(parseJobs('3')).toBe(3);
    expect(parseJobs(undefined)).toBeGreaterThanOrEqual(1);
    expect(() => parseJobs('0')).toThrow('--jobs: expected a whole number of at least 1, got "0"');
    expect(() => parseJobs('two')).toThrow('--jobs');
  });
});
