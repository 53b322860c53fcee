import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';

const file = `${FIXTURES}/000_0304d284e8e4dcf4.txt`;
const ESC = '\u001b[';

async function colored(argv: string[], env: Record<string, string>, stdoutIsTTY: boolean): Promise<boolean> {
  const { code, stdout } = await runCli(['normalize', file, ...argv], { env, stdoutIsTTY });
  expect(code).toBe(0);
  return stdout.includes(ESC);
}

describe('colour: flag > NO_COLOR > FORCE_COLOR > TTY', () => {
  it('follows the terminal when nothing is said', async () => {
    expect(await colored([], {}, true)).toBe(true);
    expect(await colored([], {}, false)).toBe(false);
  });
  it('NO_COLOR turns it off on a terminal, and wins over FORCE_COLOR', async () => {
    expect(await colored([], { NO_COLOR: '1' }, true)).toBe(false);
    expect(await colored([], { NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
  });
  it('an empty NO_COLOR is ignored', async () => {
    expect(await colored([], { NO_COLOR: '' }, true)).toBe(true);
  });
  it('FORCE_COLOR colours a pipe; FORCE_COLOR=0 silences a terminal', async () => {
    expect(await colored([], { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await colored([], { FORCE_COLOR: '0' }, true)).toBe(false);
  });
  it('--color and --no-color win over everything', async () => {
    expect(await colored(['--color'], { NO_COLOR: '1' }, false)).toBe(true);
    expect(await colored(['--no-color'], { FORCE_COLOR: '3' }, true)).toBe(false);
  });
  it('machine formats never carry colour', async () => {
    const { stdout } = await runCli(['normalize', file, '--format', 'json', '--color']);
    expect(stdout.includes(ESC)).toBe(false);
  });
});
