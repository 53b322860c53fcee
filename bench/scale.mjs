// Scale rows of `npm run bench`: the whole CLI end to end in a child process, as users
// run it — MB/s with 1 and 2 worker threads (the speed-up), peak RSS, and peak RSS
// when the corpus is fed twice through a pipe (flat memory means streaming works).
//
// Each run is `node bench/rss-child.mjs <arqam args>`; stdout goes to /dev/null (its
// bytes are counted), the corpus comes from the file or, doubled, through stdin.

import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
            if (!child.stdin.write(chunk)) await new Promise((r) => (child.stdin.once('drain', r), child.stdin.once('close', r)));
          }
        }
        child.stdin.end();
      })().catch(reject);
    }
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
  log(`\nend to end (CLI in a child process; stdout discarded; ${mb.toFixed(1)} MiB corpus; ${commandsNote(commands)})`);
  const results = {};
  for (const command of commands) {
    const format = command === 'compare' ? 'json' : 'ndjson';
    const base = [command, '--input-format', 'ndjson', '--format', format, '--quiet'];
    try {
      const one = await runArqam([...base, '--jobs', '1', corpus]);
      const two = await runArqam([...base, '--jobs', '2', corpus]);
      const speedup = one.seconds / two.seconds;
      results[command] = { one, two, speedup };
      log(line(`${command} --jobs 1`, `${(mb / one.seconds).toFixed(2)} MB/s`, `${one.seconds.toFixed(1)} s · peak RSS ${one.rssMB.toFixed(0)} MB ${one.rssMB <= 300 ? 'ok' : 'OVER 300'} · target >= 5 MB/s per core ${mb / one.seconds >= 5 ? 'ok' : 'UNDER'}`));
      log(line(`${command} --jobs 2`, `${(mb / two.seconds).toFixed(2)} MB/s`, `${two.seconds.toFixed(1)} s · peak RSS ${two.rssMB.toFixed(0)} MB ${two.rssMB <= 300 ? 'ok' : 'OVER 300'} · CPU ${(two.cpuSeconds / two.seconds).toFixed(2)} cores`));
      log(line(`${command} speed-up 2 workers / 1`, `${speedup.toFixed(2)}x`, `target >= 1.7x ${speedup >= 1.7 ? 'ok' : 'UNDER'}`));
    } catch (error) {
      log(line(command, 'failed', error instanceof Error ? error.message.split('\n')[0] : String(error)));
    }
  }
  if (doubled && commands.includes('claims') && results.claims) {
    try {
      const args = ['claims', '--input-format', 'ndjson', '--format', 'ndjson', '--quiet', '--jobs', '2', '-'];
      const twice = await runArqam(args, [corpus, corpus]);
      const once = results.claims.two;
      const growth = twice.rssMB / once.rssMB;
      log(line('claims --jobs 2, corpus fed twice on stdin', `${(2 * mb / twice.seconds).toFixed(2)} MB/s`, `peak RSS ${twice.rssMB.toFixed(0)} MB vs ${once.rssMB.toFixed(0)} MB once: ${growth.toFixed(2)}x ${growth <= 1.15 ? 'flat' : 'GROWS'}`));
    } catch (error) {
      log(line('claims, corpus fed twice', 'failed', error instanceof Error ? error.message.split('\n')[0] : String(error)));
    }
  }
  return results;
}

function commandsNote(commands) {
  return `${commands.join(', ')}: --input-format ndjson, --jobs 1 and 2`;
}

// Run alone: node bench/scale.mjs [corpus] [command…]
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const corpus = process.argv[2] ?? join(ROOT, '..', 'shared', 'bench', 'articles.ndjson');
  const commands = process.argv.length > 3 ? process.argv.slice(3) : undefined;
  await runScale({ corpus, commands });
}
