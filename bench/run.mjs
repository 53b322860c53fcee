#!/usr/bin/env node
// Throughput benchmark (a script, not a test): `npm run bench` builds, then runs every
// stage on ../shared/bench/articles.ndjson and prints MB/s next to the read+decode
// baseline of the same run, plus `arqam --version` start-up time next to bare node.
//
// Stages are a list of named rows. To add one (claims, compare, workers …), either
// append to STAGES below or drop a module in bench/stages/ exporting
//   export const stages = [{ name, load?: async () => ctx, run: (docs, ctx) => void }]
// `docs` are {id, text, bytes} records already read and decoded; a stage's MB/s is the
// corpus bytes divided by the time of run() (which may be async). Options:
//   --limit N      only the first N articles        --only TEXT   only stages whose name contains TEXT
//   --corpus FILE  another NDJSON file               --skip-startup  no start-up timing
//   --skip-scale   no end-to-end rows (bench/scale.mjs: CLI MB/s with 1 and 2 workers, peak RSS)
//   --only scale   only the end-to-end rows

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { DIST, dist } from './dist.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs(process.argv.slice(2));
const CORPUS = args.corpus ?? join(ROOT, '..', 'shared', 'bench', 'articles.ndjson');

/** Reads and decodes the corpus the way arqam does: bytes → lines → UTF-8 → JSON records. */
function readCorpus(limit) {
  const bytes = readFileSync(CORPUS);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const docs = [];
  let start = 0;
  while (start < bytes.length && docs.length < limit) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    if (end > start) {
      const line = decoder.decode(bytes.subarray(start, end));
      const record = JSON.parse(line);
      docs.push({ id: String(record.id), text: record.text, bytes: end - start + 1, encoding: 'utf-8' });
    }
    start = end + 1;
  }
  return docs;
}

/** The rows of the table, in order. The first is the baseline the others are compared to. */
const STAGES = [
  {
    name: 'read + decode (baseline)',
    baseline: true,
    run: () => void readCorpus(args.limit),
  },
  ...['display', 'search', 'numbers'].map((view) => ({
    name: `normalize ${view}`,
    load: async () => (await dist('normalize/index.js')).normalize,
    run: (docs, normalize) => {
      for (const d of docs) normalize(d.text, view);
    },
  })),
  {
    // What the analysis commands build: the search view, and the numbers view derived from it.
    name: 'normalize search + numbers (TextContext)',
    load: async () => (await dist('core/context.js')).TextContext,
    run: (docs, TextContext) => {
      for (const d of docs) new TextContext(d.text).view('numbers');
    },
  },
  {
    name: 'segment (search view + sentences + tokens)',
    load: async () => (await dist('segment/index.js')).segment,
    run: (docs, segment) => {
      for (const d of docs) segment(d.text);
    },
  },
  {
    name: 'language check',
    load: async () => (await dist('lang/index.js')).detectLanguage,
    run: async (docs, detect) => {
      for (const d of docs) await detect(d.text);
    },
  },
  {
    // The whole command in this process: NDJSON read record by record, JSON lines out.
    name: 'CLI normalize --input-format ndjson (1 job)',
    noWarmup: true,
    load: async () => (await dist('cli/main.js')).run,
    run: async (docs, run) => {
      const file = args.limit === Infinity ? CORPUS : writeLimitedCorpus(docs);
      const code = await run(['normalize', '--input-format', 'ndjson', '--format', 'ndjson', '--jobs', '1', file], nullIO());
      if (code !== 0) throw new Error(`exit code ${code}`);
    },
  },
  ...[
    ['extract numbers+dates', ['numbers', 'dates']],
    ['extract entities', ['entities']],
    ['extract all kinds', ['numbers', 'dates', 'entities']],
  ].map(([name, kinds]) => ({
    name,
    load: async () => (await dist('extract/index.js')).extractDocument,
    run: (docs, extractDocument) => {
      for (const d of docs) extractDocument(d, { kinds });
    },
  })),
];

/** An io that discards output (the CLI stages measure work, not the terminal). */
function nullIO() {
  const sink = () => new Writable({ write: (_chunk, _enc, done) => done() });
  return { stdin: () => Readable.from([]), stdout: sink(), stderr: sink(), env: {}, stdinIsTTY: true, stdoutIsTTY: false, stderrIsTTY: false, cwd: ROOT };
}

/** With --limit, the CLI stages read a temporary file holding just those articles. */
function writeLimitedCorpus(docs) {
  const file = join(tmpdir(), `arqam-bench-${process.pid}.ndjson`);
  writeFileSync(file, docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n');
  return file;
}

async function loadExtraStages() {
  const dir = join(ROOT, 'bench', 'stages');
  if (!existsSync(dir)) return [];
  const extra = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
    const mod = await import(pathToFileURL(join(dir, file)).href);
    extra.push(...(mod.stages ?? []));
  }
  return extra;
}

async function timeStage(stage, docs) {
  const ctx = stage.load ? await stage.load() : undefined;
  if (!stage.noWarmup) await stage.run(docs.slice(0, Math.min(200, docs.length)), ctx); // warm-up: JIT and lazy lexicon loading
  const t0 = process.hrtime.bigint();
  await stage.run(docs, ctx);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function medianWallTime(command, argv, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(command, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(`${[command, ...argv].join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function parseArgs(argv) {
  const out = { limit: Infinity, only: undefined, corpus: undefined, skipStartup: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--limit') out.limit = Number(argv[++i]);
    else if (argv[i] === '--only') out.only = argv[++i];
    else if (argv[i] === '--corpus') out.corpus = argv[++i];
    else if (argv[i] === '--skip-startup') out.skipStartup = true;
    else if (argv[i] === '--skip-scale') out.skipScale = true;
  }
  return out;
}

function row(cells, widths) {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
}

async function main() {
  console.log(`arqam bench — node ${process.version}, one core`);
  if (!existsSync(join(DIST, 'cli', 'main.js'))) {
    console.error('bench: dist/ is missing; run `npm run build` first (npm run bench does)');
    process.exitCode = 1;
    return;
  }

  if (!args.skipStartup) {
    const node = medianWallTime(process.execPath, ['-e', '0'], 10);
    const arqam = medianWallTime(process.execPath, [join(ROOT, 'bin', 'arqam'), '--version'], 10);
    const ratio = arqam / node;
    console.log(`\nstart-up (median of 10): node -e 0 ${node.toFixed(1)} ms · arqam --version ${arqam.toFixed(1)} ms · ${ratio.toFixed(2)}x (target <= 2.5x) ${ratio <= 2.5 ? 'ok' : 'OVER'}`);
  }

  if (!existsSync(CORPUS)) {
    console.log(`\nbench: corpus not found at ${CORPUS}; throughput skipped (it lives in ../shared/bench/ next to the repository)`);
    return;
  }
  const runScale = async () => (await import('./scale.mjs')).runScale({ corpus: CORPUS, limit: args.limit });
  if (args.only === 'scale') return runScale();
  const docs = readCorpus(args.limit);
  const totalBytes = docs.reduce((sum, d) => sum + d.bytes, 0);
  const mb = totalBytes / (1024 * 1024);
  console.log(`\ncorpus: ${CORPUS}\n        ${docs.length} articles, ${mb.toFixed(1)} MiB`);

  const stages = [...STAGES, ...(await loadExtraStages())].filter((s) => s.baseline || !args.only || s.name.includes(args.only));
  const widths = [44, 9, 9, 13];
  console.log('\n' + row(['stage', 'seconds', 'MB/s', 'vs baseline'], widths));
  console.log(row(['-'.repeat(44), '-'.repeat(9), '-'.repeat(9), '-'.repeat(13)], widths));
  let baseline;
  for (const stage of stages) {
    try {
      const seconds = await timeStage(stage, docs);
      const rate = mb / seconds;
      baseline ??= rate;
      console.log(row([stage.name, seconds.toFixed(2), rate.toFixed(1), stage.baseline ? '1.00x' : `${(rate / baseline).toFixed(2)}x`], widths));
    } catch (error) {
      console.log(row([stage.name, '-', '-', 'failed'], widths) + `  ${error instanceof Error ? error.message : error}`);
    }
  }
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`\npeak RSS of this process: ${peak.toFixed(0)} MB (the corpus is held in memory for the stages)`);
  console.log('MB = MiB of NDJSON input per second on one core; "vs baseline" = stage MB/s ÷ read + decode MB/s.');

  if (!args.skipScale && !args.only) await runScale();
}

await main();
