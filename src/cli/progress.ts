// A one-line progress bar on stderr for long runs: documents, documents/s, MB, MB/s
// (and a bar when the total size is known). Shown only when both stderr and stdout
// are terminals (piped or redirected output means a script is reading, and it must
// not see control characters), never with --quiet. Redraws at most 10 times a second
// and erases itself at the end.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export interface ProgressOptions {
  stderr: ProgressStream;
  stdout: { isTTY?: boolean };
  quiet?: boolean;
  /** Total input bytes, when known up front (draws a bar and a percentage). */
  totalBytes?: number;
  /** Label before the counts, e.g. the command name. */
  label?: string;
  /** Injected clock for tests (milliseconds). */
  now?: () => number;
  /** Minimum milliseconds between two redraws. */
  intervalMs?: number;
}

export interface Progress {
  readonly enabled: boolean;
  /** Counts one finished document of `bytes` input bytes. */
  tick(bytes: number): void;
  /** Erases the line before other text goes to stderr; the next tick redraws it. */
  clear(): void;
  /** Erases the line for good. Safe to call more than once. */
  done(): void;
}

/** The CLI's stderr as a progress stream (width from the terminal when there is one). */
export function progressStream(io: { stderr: { write(chunk: string): unknown }; stderrIsTTY: boolean }): ProgressStream {
  return {
    isTTY: io.stderrIsTTY,
    get columns() {
      return (io.stderr as { columns?: number }).columns;
    },
    write: (chunk) => io.stderr.write(chunk),
  };
}

export function progressEnabled(options: Pick<ProgressOptions, 'stderr' | 'stdout' | 'quiet'>): boolean {
  return !options.quiet && options.stderr.isTTY === true && options.stdout.isTTY === true;
}

const MB = 1024 * 1024;
const BAR_WIDTH = 20;

export function formatProgress(docs: number, bytes: number, elapsedMs: number, totalBytes?: number, label = ''): string {
  const seconds = Math.max(elapsedMs / 1000, 1e-3);
  const parts = [
    `${docs} docs`,
    `${(docs / seconds).toFixed(docs / seconds >= 100 ? 0 : 1)} docs/s`,
    `${(bytes / MB).toFixed(1)} MB`,
    `${(bytes / MB / seconds).toFixed(2)} MB/s`,
  ];
  let bar = '';
  if (totalBytes && totalBytes > 0) {
    const ratio = Math.min(1, bytes / totalBytes);
    const filled = Math.round(ratio * BAR_WIDTH);
    bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% `;
  }
  return `${label ? label + ' ' : ''}${bar}${parts.join(' · ')}`;
}

export function createProgress(options: ProgressOptions): Progress {
  const enabled = progressEnabled(options);
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 100;
  const started = now();
  let docs = 0;
  let bytes = 0;
  let lastDraw = -Infinity;
  let drawn = false;
  let finished = false;

  const draw = (): void => {
    // Some pseudo-terminals report 0 columns: take 80 then.
    const width = Math.max(20, (options.stderr.columns || 80) - 1);
    const line = formatProgress(docs, bytes, now() - started, options.totalBytes, options.label).slice(0, width);
    options.stderr.write(`\r\x1b[2K${line}`);
    drawn = true;
  };

  return {
    enabled,
    tick(n: number): void {
      if (!enabled || finished) return;
      docs += 1;
      bytes += n;
      const t = now();
      if (t - lastDraw >= interval) {
        lastDraw = t;
        draw();
      }
    },
    clear(): void {
      if (!drawn) return;
      options.stderr.write('\r\x1b[2K');
      drawn = false;
    },
    done(): void {
      if (finished) return;
      finished = true;
      if (drawn) options.stderr.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
