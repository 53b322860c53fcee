// Exit codes of arqam and the errors that carry them. The CLI maps every failure to
// one of these codes; nothing else calls process.exit().

import type { CliIO } from './io.js';

export const EXIT = {
  ok: 0,
  /** A requested check failed (e.g. compare --fail-on). */
  checkFailed: 1,
  /** Bad usage: unknown option, bad value, missing input (every commander error too). */
  usage: 2,
  /** An input could not be read or decoded; the other inputs were still processed. */
  input: 3,
  /** A bug in arqam. */
  internal: 4,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit-code table shown in --help and the README. */
export const EXIT_CODE_HELP = `Exit codes:
  0    ok
  1    a requested check failed (compare --fail-on)
  2    usage error (unknown option, bad value, no input)
  3    an input could not be read or decoded (the others are still processed),
       or the output could not be written
  4    internal error (run again with --debug for the stack trace)
  130  interrupted`;

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** An input/data error that stops the whole run (e.g. an unreadable --meta file): exit 3. */
export class InputError extends Error {
  override name = 'InputError';
}

/** One line naming the failure; the stack only with --debug. */
export function reportInternalError(io: CliIO, error: unknown, debug: boolean, subject?: string): void {
  const where = subject ? `${subject}: ` : '';
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`arqam: ${where}internal error: ${message}${debug ? '' : ' (run with --debug for the stack trace)'}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
}
