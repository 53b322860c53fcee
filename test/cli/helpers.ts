// Runs the CLI in memory and returns what a user would see.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIO, type CliIO } from '../../src/cli/io.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  options: Partial<Omit<CliIO, 'stdin' | 'stdout' | 'stderr'>> & { stdin?: string | Uint8Array } = {},
): Promise<CliResult> {
  const mem = memoryIO(options);
  const code = await run(argv, mem.io);
  return { code, stdout: mem.stdout(), stderr: mem.stderr() };
}

/** A temporary folder removed after the test file. */
export function tempDir(prefix = 'arqam-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const REPO = new URL('../../', import.meta.url).pathname;
export const FIXTURES = join(REPO, 'fixtures');
