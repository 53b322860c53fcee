import { describe, expect, it } from 'vitest';
import { createProgress, formatProgress, progressEnabled } from '../../src/cli/progress.js';

function fakeStderr(isTTY = true) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 100, write: (s: string) => writes.push(s) } };
}

describe('progress', () => {
  it('shows only when stderr and stdout are terminals and --quiet is not given', () => {
    expect(progressEnabled({ stderr: { isTTY: true, write: () => 0 }, stdout: { isTTY: true } })).toBe(true);
    expect(progressEnabled({ stderr: { isTTY: true, write: () => 0 }, stdout: { isTTY: false } })).toBe(false);
    expect(progressEnabled({ stderr: { isTTY: false, write: () => 0 }, stdout: { isTTY: true } })).toBe(false);
    expect(progressEnabled({ stderr: { isTTY: true, write: () => 0 }, stdout: { isTTY: true }, quiet: true })).toBe(false);
  });

  it('writes nothing when disabled', () => {
    const err = fakeStderr(false);
    const p = createProgress({ stderr: err.stream, stdout: { isTTY: true } });
    p.tick(100);
    p.done();
    expect(err.writes).toEqual([]);
  });

  it('formats documents/s and MB/s, with a bar when the total is known', () => {
    expect(formatProgress(50, 2 * 1024 * 1024, 2000)).toBe('50 docs · 25.0 docs/s · 2.0 MB · 1.00 MB/s');
    expect(formatProgress(500, 1024 * 1024, 1000, 4 * 1024 * 1024, 'claims')).toBe(
      'claims [#####---------------]  25% 500 docs · 500 docs/s · 1.0 MB · 1.00 MB/s',
    );
  });

  it('redraws at most 10 times a second and erases itself at the end', () => {
    const err = fakeStderr();
    let now = 0;
    const p = createProgress({ stderr: err.stream, stdout: { isTTY: true }, now: () => now });
    for (let i = 0; i < 1000; i++) {
      now += 1; // 1000 documents over one second
      p.tick(1024);
    }
    expect(err.writes.length).toBeLessThanOrEqual(11);
    expect(err.writes.length).toBeGreaterThanOrEqual(9);
    expect(err.writes.every((w) => w.startsWith('\r\x1b[2K'))).toBe(true);
    p.done();
    p.done();
    expect(err.writes.at(-1)).toBe('\r\x1b[2K');
    expect(err.writes.filter((w) => w === '\r\x1b[2K')).toHaveLength(1);
    p.tick(1);
    expect(err.writes.at(-1)).toBe('\r\x1b[2K');
  });

  it('clears the line for a warning and draws it again later', () => {
    const err = fakeStderr();
    let now = 0;
    const p = createProgress({ stderr: err.stream, stdout: { isTTY: true }, now: () => now });
    p.tick(1);
    p.clear();
    p.clear();
    expect(err.writes.filter((w) => w === '\r\x1b[2K')).toHaveLength(1);
    now += 200;
    p.tick(1);
    expect(err.writes.at(-1)).toMatch(/^\r\x1b\[2K2 docs/);
  });
});
