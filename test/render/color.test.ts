import { describe, expect, it } from 'vitest';
import { createStyle, resolveColorLevel } from '../../src/render/color.js';

describe('resolveColorLevel', () => {
  it.each([
    [{ flag: undefined, env: {}, isTTY: true }, 1],
    [{ flag: undefined, env: {}, isTTY: false }, 0],
    [{ flag: undefined, env: { TERM: 'xterm-256color' }, isTTY: true }, 2],
    [{ flag: undefined, env: { COLORTERM: 'truecolor' }, isTTY: true }, 3],
    [{ flag: undefined, env: { TERM: 'dumb' }, isTTY: true }, 0],
    [{ flag: undefined, env: { NO_COLOR: '1' }, isTTY: true }, 0],
    [{ flag: undefined, env: { NO_COLOR: '' }, isTTY: true }, 1],
    [{ flag: undefined, env: { NO_COLOR: '1', FORCE_COLOR: '3' }, isTTY: false }, 0],
    [{ flag: undefined, env: { FORCE_COLOR: '' }, isTTY: false }, 1],
    [{ flag: undefined, env: { FORCE_COLOR: '2' }, isTTY: false }, 2],
    [{ flag: undefined, env: { FORCE_COLOR: '0' }, isTTY: true }, 0],
    [{ flag: undefined, env: { FORCE_COLOR: 'false' }, isTTY: true }, 0],
    [{ flag: true, env: { NO_COLOR: '1' }, isTTY: false }, 1],
    [{ flag: true, env: { FORCE_COLOR: '3' }, isTTY: false }, 3],
    [{ flag: false, env: { FORCE_COLOR: '3' }, isTTY: true }, 0],
  ] as const)('%j → %i', (input, level) => {
    expect(resolveColorLevel({ ...input, env: { ...input.env } })).toBe(level);
  });

  it('a level-0 style leaves text untouched even when chalk would detect colour', async () => {
    const style = await createStyle(0);
    expect(style.bold.red('x')).toBe('x');
    expect((await createStyle(1)).bold('x')).toBe('\u001b[1mx\u001b[22m');
  });
});
