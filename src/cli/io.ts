// The world a CLI run sees. `run(argv, io)` takes it as a value so tests can run the
// whole CLI in memory; `nodeIO()` wires it to the real process.

import { PassThrough, Readable, Writable } from 'node:stream';

export interface CliIO {
  /** Standard input, read only when a command needs it (`-` or piped input). */
  stdin: () => Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  cwd: string;
  /** Aborted on Ctrl-C: the run stops between documents and exits 130. */
  signal?: AbortSignal;
}

export function nodeIO(signal?: AbortSignal): CliIO {
  return {
    stdin: () => process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    signal,
  };
}

export interface MemoryIO {
  io: CliIO;
  stdout(): string;
  stderr(): string;
}

/** An in-memory io for tests: stdin from a string or bytes (or a TTY when absent). */
export function memoryIO(options: Partial<Omit<CliIO, 'stdin' | 'stdout' | 'stderr'>> & { stdin?: string | Uint8Array } = {}): MemoryIO {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const sink = (chunks: Buffer[]): Writable =>
    new Writable({
      write(chunk: Buffer | string, _enc, done) {
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
        done();
      },
    });
  const { stdin, ...rest } = options;
  const io: CliIO = {
    stdin: () => {
      if (stdin === undefined) return new PassThrough();
      return Readable.from([Buffer.from(stdin)]);
    },
    stdout: sink(out),
    stderr: sink(err),
    env: {},
    stdinIsTTY: stdin === undefined,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd: process.cwd(),
    ...rest,
  };
  return { io, stdout: () => Buffer.concat(out).toString('utf8'), stderr: () => Buffer.concat(err).toString('utf8') };
}
