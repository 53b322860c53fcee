// Map/reduce as Hadoop Streaming or Spark's RDD.pipe run it: the fixtures split into
// NDJSON shards, each shard mapped by its own `arqam claims` process (in parallel),
// the map outputs concatenated in shuffled order (and sorted line by line, as Hadoop's
// shuffle does), then reduced by `arqam compare --input-format claims`.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, REPO } from '../cli/helpers.js';

const BIN = join(REPO, 'bin/arqam');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the built arqam with `input` on stdin (asynchronously, so shards run side by side). */
function arqam(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(input ?? '');
  });
}

/** A fixed shuffle (seeded), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
// Records carry the ids a run over the folder gives its files.
const records = files.map((f) => JSON.stringify({ id: `fixtures/${f}`, text: readFileSync(join(FIXTURES, f), 'utf8') }));

beforeAll(() => {
  if (!existsSync(join(REPO, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
});

describe('map (claims) and reduce (compare --input-format claims)', () => {
  let mapped: Run[];
  let single: Run;

  beforeAll(async () => {
    const shards: string[][] = [[], [], []];
    records.forEach((r, i) => shards[i % shards.length]!.push(r));
    [single, ...mapped] = await Promise.all([
      // The single run reads the records in another order than the shards: documents are listed by id.
      arqam(['compare', '--input-format', 'ndjson', '--format', 'json', '-'], shuffled(records, 5).join('\n') + '\n'),
      ...shards.map((shard) => arqam(['claims', '--input-format', 'ndjson', '--format', 'ndjson', '--jobs', '1', '-'], shard.join('\n') + '\n')),
    ]);
  }, 60_000);

  it('maps every shard, each output line carrying its document id', () => {
    expect(single.code).toBe(0);
    const ids = new Set(files.map((f) => `fixtures/${f}`));
    const seen = new Set<string>();
    for (const run of mapped) {
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      for (const line of run.stdout.split('\n').filter(Boolean)) {
        const record = JSON.parse(line) as { type: string; id?: string; document?: string };
        const id = record.type === 'document' ? record.id! : record.document!;
        expect(ids.has(id)).toBe(true);
        seen.add(id);
      }
    }
    expect(seen).toEqual(ids);
    expect(mapped.some((r) => r.stdout.includes('"type":"figure"'))).toBe(true);
  });

  it('reduces shuffled map outputs to byte-identical JSON', async () => {
    const outputs = mapped.map((r) => r.stdout);
    const byShard = shuffled(outputs, 7).join('');
    const byLine = outputs.join('').split('\n').filter(Boolean).sort().join('\n'); // Hadoop's sorted shuffle
    const reversedLines = outputs.join('').split('\n').filter(Boolean).reverse().join('\n') + '\n';
    const reduced = await Promise.all(
      [byShard, byLine, reversedLines].map((input) => arqam(['compare', '--input-format', 'claims', '--format', 'json', '-'], input)),
    );
    for (const r of reduced) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(single.stdout);
    }
  }, 60_000);

  it('gives the comparison of a run over the folder', async () => {
    const folder = await arqam(['compare', 'fixtures/', '--format', 'json']);
    const reduced = await arqam(['compare', '--input-format', 'claims', '--format', 'json', '-'], shuffled(mapped.map((r) => r.stdout), 3).join(''));
    const a = JSON.parse(folder.stdout) as Record<string, unknown> & { documents: Record<string, unknown>[] };
    const b = JSON.parse(reduced.stdout) as typeof a;
    // Everything but the fields that describe the input container (a file's path and size vs an NDJSON line).
    const { documents: da, ...restA } = a;
    const { documents: db, ...restB } = b;
    expect(JSON.stringify(restB)).toBe(JSON.stringify(restA));
    const strip = (d: Record<string, unknown>) => {
      const { path: _path, bytes: _bytes, ...rest } = d;
      return rest;
    };
    expect(db.map(strip)).toEqual(da.map(strip));
  }, 60_000);

  it('refuses claims input for a command that does not read figures', async () => {
    const r = await arqam(['extract', '--input-format', 'claims', '-'], mapped[0]!.stdout);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--input-format claims: extract does not read figures');
  }, 60_000);
});
