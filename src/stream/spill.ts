// JSON values held outside the heap until they are needed again: a command that must see
// every document before it writes (compare lists its documents by id after the last one)
// keeps a handle per value instead of the value. Small runs stay in one memory buffer;
// past `memoryBytes` the values go to a temporary file (unlinked at once where the system
// allows, so nothing is left behind), so memory no longer grows with the corpus.
// Values must be plain JSON: what comes back is JSON.parse of what went in.

import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The spill's temporary file could not be written (a full disk): the run cannot go on. */
export class SpillError extends Error {
  override name = 'SpillError';
}

export interface SpillOptions {
  /** Bytes kept in memory before the values move to a file (default 4 MiB: 6,000 compared documents). */
  memoryBytes?: number;
  /** Folder of the temporary file (default: the system's). */
  dir?: string;
}

/** Writes to the file are batched in buffers of this size. */
const WRITE_BATCH = 256 * 1024;

export class JsonSpill {
  /** `memoryBytes` of spills made without one (tests lower it to reach the file). */
  static defaultMemoryBytes = 4 * 1024 * 1024;
  /** Start of each value; the value ends where the next one starts (or at `end`). */
  private readonly starts: number[] = [];
  private end = 0;
  /** Memory mode: all the bytes. File mode: the bytes not written yet, from `written`. */
  private buffer: Buffer;
  private used = 0;
  private fd: number | undefined;
  private written = 0;
  /** No temporary file could be made: everything stays in memory. */
  private noFile = false;
  /** A file the system would not unlink while open, removed on close. */
  private leftover: string | undefined;
  private readonly memoryBytes: number;
  private readonly dir: string | undefined;

  constructor(options: SpillOptions = {}) {
    this.memoryBytes = options.memoryBytes ?? JsonSpill.defaultMemoryBytes;
    this.dir = options.dir;
    this.buffer = Buffer.allocUnsafe(Math.min(64 * 1024, Math.max(1024, this.memoryBytes)));
  }

  /** Number of values added. */
  get size(): number {
    return this.starts.length;
  }

  /** Is the spill on disk (past `memoryBytes`)? */
  get onDisk(): boolean {
    return this.fd !== undefined;
  }

  /** Stores a value; returns its handle (0, 1, 2 … in the order of adding). */
  add(value: unknown): number {
    return this.addJson(JSON.stringify(value) ?? 'null');
  }

  /** Stores a value already written as JSON text (not checked: it must parse). */
  addJson(text: string): number {
    const bytes = Buffer.from(text, 'utf8');
    if (this.fd === undefined && !this.noFile && this.used + bytes.length > this.memoryBytes) this.toFile();
    if (this.fd !== undefined && this.used + bytes.length > WRITE_BATCH) this.flush();
    // Recorded only once its bytes are held: a failed write leaves no handle without bytes.
    this.append(bytes);
    this.starts.push(this.end);
    this.end += bytes.length;
    if (this.fd !== undefined && this.used >= WRITE_BATCH) this.flush();
    return this.starts.length - 1;
  }

  /** The value of a handle (parsed afresh at each call). */
  get(handle: number): unknown {
    const start = this.starts[handle];
    if (start === undefined) throw new RangeError(`no spilled value ${handle}`);
    const length = (this.starts[handle + 1] ?? this.end) - start;
    if (this.fd === undefined) return JSON.parse(this.buffer.toString('utf8', start, start + length));
    if (start + length > this.written) this.flush();
    const bytes = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd, bytes, read, length - read, start + read);
      if (n === 0) throw new Error('spill file ended early');
      read += n;
    }
    return JSON.parse(bytes.toString('utf8'));
  }

  /** Frees the memory and the file; the spill is empty afterwards. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.leftover) removeQuietly(this.leftover);
    this.fd = undefined;
    this.leftover = undefined;
    this.starts.length = 0;
    this.end = this.used = this.written = 0;
    this.buffer = Buffer.alloc(0);
  }

  private append(bytes: Buffer): void {
    if (this.used + bytes.length > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + bytes.length));
      this.buffer.copy(grown, 0, 0, this.used);
      this.buffer = grown;
    }
    bytes.copy(this.buffer, this.used);
    this.used += bytes.length;
  }

  /** Moves the bytes held so far to a new temporary file; stays in memory if none can be made. */
  private toFile(): void {
    const path = join(this.dir ?? tmpdir(), `arqam-spill-${process.pid}-${randomBytes(6).toString('hex')}`);
    let fd: number;
    try {
      fd = openSync(path, 'wx+', 0o600);
    } catch {
      this.noFile = true;
      return;
    }
    try {
      unlinkSync(path);
    } catch {
      // Some systems keep an open file: remove it when done, or when the process exits.
      this.leftover = path;
      process.once('exit', () => removeQuietly(path));
    }
    this.fd = fd;
    this.flush();
    if (this.buffer.length > WRITE_BATCH) this.buffer = Buffer.allocUnsafe(WRITE_BATCH);
  }

  /** Writes the held bytes; on failure they stay held (a later flush writes them again). */
  private flush(): void {
    let done = 0;
    try {
      while (done < this.used) done += writeSync(this.fd!, this.buffer, done, this.used - done, this.written + done);
    } catch (error) {
      throw new SpillError(`cannot write a temporary file in ${this.dir ?? tmpdir()} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); set TMPDIR to a folder with room`);
    }
    this.written += this.used;
    this.used = 0;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
