import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Output } from '../../src/cli/output.js';

function slowSink(): { stream: Writable; data: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      setImmediate(done);
    },
  });
  return { stream, data: () => chunks.join('') };
}

describe('Output', () => {
  it('waits for drain without piling up listeners, and loses nothing', async () => {
    const { stream, data } = slowSink();
    const output = new Output(stream, false);
    for (let i = 0; i < 200; i++) await output.write(`line ${i}\n`);
    expect(stream.listenerCount('drain')).toBe(0);
    expect(stream.listenerCount('close')).toBe(0);
    expect(stream.listenerCount('error')).toBe(1);
    await new Promise((r) => setImmediate(r));
    expect(data().split('\n')).toHaveLength(201);
  });

  it('a reader that goes away (EPIPE) closes the output quietly', async () => {
    const stream = new Writable({
      write(_chunk, _enc, done) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const output = new Output(stream, false);
    await output.write('a');
    await new Promise((r) => setImmediate(r));
    expect(output.closed).toBe(true);
    await output.write('b');
    await expect(output.close()).resolves.toBeUndefined();
  });

  it('other write errors are reported at close', async () => {
    const stream = new Writable({
      write(_chunk, _enc, done) {
        done(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
      },
    });
    const output = new Output(stream, false);
    await output.write('a');
    await new Promise((r) => setImmediate(r));
    await expect(output.close()).rejects.toThrow('no space left on device');
  });
});
