// The only place colour is decided. Precedence: --color/--no-color flag > NO_COLOR >
// FORCE_COLOR > whether the output is a terminal. chalk alone ignores NO_COLOR, so
// renderers get a Chalk built with an explicit level.

import type { ChalkInstance } from 'chalk';

export type Style = ChalkInstance;
export type ColorLevel = 0 | 1 | 2 | 3;

export interface ColorInput {
  /** true for --color, false for --no-color, undefined when neither was given. */
  flag: boolean | undefined;
  env: Record<string, string | undefined>;
  /** Whether the data output is a terminal (false when writing to -o FILE or a pipe). */
  isTTY: boolean;
}

export function resolveColorLevel({ flag, env, isTTY }: ColorInput): ColorLevel {
  if (flag === false) return 0;
  if (flag === true) return Math.max(1, forcedLevel(env) ?? terminalLevel(env)) as ColorLevel;
  // https://no-color.org: present and not empty disables colour.
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const forced = forcedLevel(env);
  if (forced !== undefined) return forced;
  if (!isTTY || env.TERM === 'dumb') return 0;
  return terminalLevel(env);
}

/** FORCE_COLOR: 0/false disables; 1–3 set the level; empty or true means 1. */
function forcedLevel(env: Record<string, string | undefined>): ColorLevel | undefined {
  const value = env.FORCE_COLOR;
  if (value === undefined) return undefined;
  if (value === '' || value === 'true') return 1;
  if (value === 'false') return 0;
  const n = Number.parseInt(value, 10);
  if (Number.isNaN(n)) return 1;
  return Math.min(3, Math.max(0, n)) as ColorLevel;
}

function terminalLevel(env: Record<string, string | undefined>): ColorLevel {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256')) return 2;
  return 1;
}

export async function createStyle(level: ColorLevel): Promise<Style> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}
