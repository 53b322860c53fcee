// Entry points. `main` is what bin/arqam calls (real process, Ctrl-C → 130);
// `run(argv, io)` is the same CLI over any io, for tests.

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

export async function main(argv: readonly string[]): Promise<number> {
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
