// The command step on worker threads gives exactly the single-threaded results, in input order.
import { describe, expect, it } from 'vitest';
import type { GlobalOptions } from '../../src/cli/command.js';
import { COMMANDS } from '../../src/cli/program.js';
import { memoryIO } from '../../src/cli/io.js';
import { readInputs } from '../../src/input/read.js';
import { detectLanguage } from '../../src/lang/index.js';
import { parseJobs, processDocuments, type Outcome } from '../../src/parallel/documents.js';
import { FIXTURES } from '../cli/helpers.js';

const global = { format: 'json', inputFormat: 'text', encoding: 'auto', lang: 'auto' } as GlobalOptions;

async function run(command: string, options: Record<string, unknown>, jobs: number): Promise<Outcome<unknown>[]> {
  const spec = COMMANDS.find((c) => c.name === command)!;
  const handler = await spec.prepare(options, { io: memoryIO().io, global, warn: () => undefined });
  // Five fixtures twice, with a missing file in between: failures keep their place too.
  const items = readInputs([FIXTURES, 'no-such-file.txt', FIXTURES], { cwd: process.cwd() });
  const out: Outcome<unknown>[] = [];
  for await (const o of processDocuments(items, { handler, detectLanguage, job: { command, options, global }, jobs, warmupDocuments: 2 })) out.push(o);
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

  it('parses --jobs', () => {
    expect(parseJobs('3')).toBe(3);
    expect(parseJobs(undefined)).toBeGreaterThanOrEqual(1);
    expect(() => parseJobs('0')).toThrow('--jobs: expected a whole number of at least 1, got "0"');
    expect(() => parseJobs('two')).toThrow('--jobs');
  });
});
