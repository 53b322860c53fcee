// Scale rows of `npm run bench`: the whole CLI end to end in a child process, as users
// run it — claims with 1 and 2 worker threads (the speed-up), compare with 2, peak RSS
// of each, and peak RSS when the corpus is fed twice through a pipe (flat memory means
// streaming works).
//
// Each run is `node bench/rss-child.mjs <arqam args>`; stdout goes to /dev/null (its
// bytes are counted), the corpus comes from the file or, doubled, through stdin.

import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHILD = join(ROOT, 'bench', 'rss-child.mjs');
const MB = 1024 * 1024;

/** Runs arqam with `args`; `feed` is a list of files written one after the other to stdin. */
function runArqam(args, feed) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [CHILD, ...args], { cwd: ROOT, stdio: [feed ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    let outBytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => (outBytes += chunk.length));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', () => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const tag = /@arqam-bench (\{.*\})/.exec(stderr);
      if (!tag) return reject(new Error(`arqam ${args.join(' ')} did not finish: ${stderr.slice(-500)}`));
      const usage = JSON.parse(tag[1]);
      if (usage.code !== 0 && usage.code !== 3) return reject(new Error(`arqam ${args.join(' ')} exited ${usage.code}: ${stderr.slice(-500)}`));
      resolve({ seconds, outBytes, rssMB: usage.maxRSS / 1024, cpuSeconds: (usage.user + usage.system) / 1e6 });
    });
    if (feed) {
      child.stdin.on('error', () => undefined); // a child that died early is reported by 'close'
      (async () => {
        for (const file of feed) {
          for await (const chunk of createReadStream(file)) {
            if (child.stdin.destroyed) return;
            if (!child.stdin.write(chunk)) await drained(child.stdin);
          }
        }
        child.stdin.end();
      })().catch(reject);
    }
  });
}

/** Resolves when a writable asks for more, or closes. */
function drained(stream) {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

function line(label, value, target) {
  return `${label.padEnd(46)} ${value.padStart(12)}${target ? `   ${target}` : ''}`;
}

/**
 * Prints the scale rows for `command` (claims, compare …) on `corpus`.
 * `extraArgs` are added to every run (e.g. --format ndjson).
 */
export async function runScale({ corpus, limit = Infinity, commands = ['claims', 'compare'], log = console.log, doubled = true }) {
  let temp;
  if (Number.isFinite(limit)) {
    // --limit N: the first N articles, as a file of their own.
    temp = mkdtempSync(join(tmpdir(), 'arqam-bench-'));
    const lines = readFileSync(corpus, 'utf8').split('\n').slice(0, limit);
    corpus = join(temp, 'corpus.ndjson');
    writeFileSync(corpus, lines.join('\n') + '\n');
  }
  try {
    return await scaleRows({ corpus, commands, log, doubled });
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

async function scaleRows({ corpus, commands, log, doubled }) {
  const mb = statSync(corpus).size / MB;
  const load = loadavg()[0];
  log(`\nend to end: the CLI in a child process, --input-format ndjson, stdout discarded (${mb.toFixed(1)} MiB corpus; ${cpus().length} cores; load average ${load.toFixed(1)}${load > 0.5 ? ' — other work on this machine slows these rows' : ''})`);
  const runs = [];
  const report = (label, r, factor = 1) => {
    const rate = (factor * mb) / r.seconds;
    log(line(label, `${rate.toFixed(2)} MB/s`, `${r.seconds.toFixed(1)} s · peak RSS ${r.rssMB.toFixed(0)} MB ${r.rssMB <= 300 ? 'ok' : 'OVER 300'} · CPU ${(r.cpuSeconds / r.seconds).toFixed(2)} cores`));
    return rate;
  };
  const attempt = async (label, fn) => {
    try {
      return await fn();
    } catch (error) {
      log(line(label, 'failed', error instanceof Error ? error.message.split('\n')[0] : String(error)));
      return undefined;
    }
  };
  const results = {};
  for (const command of commands) {
    const format = command === 'compare' ? 'json' : 'ndjson';
    const base = [command, '--input-format', 'ndjson', '--format', format, '--quiet'];
    // The speed-up is measured on the first command; the others run with 2 workers only.
    const jobsList = command === commands[0] ? [1, 2] : [2];
    for (const jobs of jobsList) {
      const r = await attempt(`${command} --jobs ${jobs}`, () => runArqam([...base, '--jobs', String(jobs), corpus]));
      if (!r) continue;
      results[`${command}/${jobs}`] = r;
      const rate = report(`${command} --jobs ${jobs}`, r);
      runs.push({ command, jobs, rate });
    }
    const one = results[`${command}/1`];
    const two = results[`${command}/2`];
    if (one && two) {
      const speedup = one.seconds / two.seconds;
      log(line(`${command} speed-up, 2 workers over 1`, `${speedup.toFixed(2)}x`, `target >= 1.7x ${speedup >= 1.7 ? 'ok' : 'UNDER'}`));
    }
  }
  for (const { command, jobs, rate } of runs) {
    const perCore = rate / jobs;
    log(line(`${command} per core (--jobs ${jobs})`, `${perCore.toFixed(2)} MB/s`, `target >= 5 MB/s per core ${perCore >= 5 ? 'ok' : 'UNDER'}`));
  }
  const once = results['claims/2'];
  if (doubled && once) {
    const twice = await attempt('claims, corpus fed twice', () => runArqam(['claims', '--input-format', 'ndjson', '--format', 'ndjson', '--quiet', '--jobs', '2', '-'], [corpus, corpus]));
    if (twice) {
      report('claims --jobs 2, corpus twice through stdin', twice, 2);
      const growth = twice.rssMB / once.rssMB;
      log(line('peak RSS, corpus twice / once', `${growth.toFixed(2)}x`, `${twice.rssMB.toFixed(0)} MB vs ${once.rssMB.toFixed(0)} MB: ${growth <= 1.15 ? 'flat' : 'GROWS'}`));
    }
  }
  return results;
}

// Run alone: node bench/scale.mjs [corpus] [command…]
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const corpus = process.argv[2] ?? join(ROOT, '..', 'shared', 'bench', 'articles.ndjson');
  const commands = process.argv.length > 3 ? process.argv.slice(3) : undefined;
  await runScale({ corpus, commands });
}
