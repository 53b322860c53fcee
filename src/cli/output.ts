// Where data goes: stdout or the -o file. A reader that goes away (`arqam … | head`)
// closes the output quietly: later writes are dropped and the run stops early.

import { once } from 'node:events';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from './errors.js';

export class Output {
  /** True once the reader has gone away (EPIPE) or the stream failed. */
  closed = false;
  private failure: Error | undefined;

  constructor(
    private readonly stream: Writable,
    private readonly ownsStream: boolean,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.closed = true;
      if (error.code !== 'EPIPE') this.failure = error;
    });
  }

  /** Writes a chunk, waiting when the stream asks for it (bounded memory on big outputs). */
  async write(chunk: string): Promise<void> {
    if (this.closed || chunk === '') return;
    if (!this.stream.write(chunk) && !this.closed) await this.drained();
  }

  /** Resolves on 'drain', 'close' or 'error', whichever comes first, and removes all three listeners. */
  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.stream.on('error', done);
    });
  }

  /** Flushes and, for -o files, closes. Throws when writing failed for a reason other than EPIPE. */
  async close(): Promise<void> {
    if (this.ownsStream && !this.stream.destroyed) {
      this.stream.end();
      await Promise.race([once(this.stream, 'finish'), once(this.stream, 'close')]).catch(() => undefined);
    }
    if (this.failure) throw this.failure;
  }
}

/** The -o file (opened before any work so a bad path fails at once) or the given stdout. */
export async function openOutput(file: string | undefined, stdout: Writable, cwd: string): Promise<Output> {
  if (file === undefined || file === '-') return new Output(stdout, false);
  try {
    const handle = await open(resolve(cwd, file), 'w');
    return new Output(handle.createWriteStream(), true);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as Error).message}`);
  }
}
