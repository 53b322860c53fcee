// Entry points. `main` is what bin/arqam calls (real process, Ctrl-C → 130);
// `run(argv, io)` is the same CLI over any io, for tests.

import { setFlagsFromString } from 'node:v8';
import { EXIT } from './errors.js';
import { nodeIO, type CliIO } from './io.js';
import { readVersion } from './version.js';

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  // Fast path: the version needs neither commander nor any command.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout.write(`${readVersion()}\n`);
    return EXIT.ok;
  }
  const { runProgram } = await import('./program.js');
  return runProgram(argv, io);
}

/**
 * V8 optimises a function after 8x more work than by default: fewer functions reach the
 * optimising compiler, which otherwise costs every fresh thread (each worker of --jobs)
 * a third of its CPU on a short run. claims on 10 MiB of the corpus, CPU time, best of
 * 3: --jobs 1 8.82 -> 7.58 s, --jobs 2 11.99 -> 10.48 s; the whole corpus unchanged.
 * Set before any analysis module loads; worker threads inherit it.
 */
const V8_FLAGS = '--interrupt-budget=540672';

export async function main(argv: readonly string[]): Promise<number> {
  setFlagsFromString(V8_FLAGS);
  const controller = new AbortController();
  // The first Ctrl-C stops between documents; a second one kills the process as usual.
  const interrupt = (): void => {
    process.off('SIGINT', interrupt);
    controller.abort();
  };
  process.on('SIGINT', interrupt);
  // A reader that went away (`arqam --help | head`) is not an error: drop the rest quietly.
  const ignoreEpipe = (error: NodeJS.ErrnoException): void => {
    if (error.code !== 'EPIPE') throw error;
  };
  process.stdout.on('error', ignoreEpipe);
  // Standard input is closed on Ctrl-C so a pending read ends.
  controller.signal.addEventListener('abort', () => {
    if (process.stdin.readable && !process.stdin.isTTY) process.stdin.destroy();
  });
  try {
    const code = await run(argv, nodeIO(controller.signal));
    return controller.signal.aborted ? EXIT.interrupted : code;
  } finally {
    process.off('SIGINT', interrupt);
  }
}
