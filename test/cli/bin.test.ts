// The built launcher (bin/arqam → dist/): exit codes, quiet EPIPE, Ctrl-C, and JSON
// that stays parseable with natural loaded. `npm test` builds first.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

const BIN = join(REPO, 'bin/arqam');

function arqam(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, input, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function sh(command: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('sh', ['-c', command], { cwd: REPO, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(REPO, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
});

describe('bin/arqam', () => {
  it('--version', () => {
    const version = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version;
    expect(arqam(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('sets the exit code without cutting output: 2 on usage, 3 on a missing input', () => {
    expect(arqam(['--frobnicate']).status).toBe(2);
    const r = arqam(['normalize', 'missing.txt', 'fixtures/000_0304d284e8e4dcf4.txt']);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe('arqam: missing.txt: no such file or directory\n');
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout).toContain('سجن الصناعه');
  });

  it('reads piped stdin', () => {
    const r = arqam(['normalize', '--format', 'ndjson'], 'أُصيبَ');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).text).toBe('اصيب');
  });

  it.each([
    'node bin/arqam normalize fixtures/ | head -c 10',
    'node bin/arqam segment fixtures/ --format ndjson | head -n 1',
    'node bin/arqam --help | head -c 5',
    'cat fixtures/*.txt fixtures/*.txt fixtures/*.txt | node bin/arqam segment | head -c 1',
  ])('ends quietly when piped into head: %s', (command) => {
    const r = sh(command);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('JSON output parses with natural loaded in the same process', () => {
    const script = [
      "await import('natural/lib/natural/distance/index.js');",
      "const { main } = await import('./dist/cli/main.js');",
      "process.exitCode = await main(['extract', 'fixtures/', '--format', 'json']);",
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const parsed = JSON.parse(r.stdout);
    expect(parsed.schema).toBe('arqam.extract/1');
    expect(parsed.documents).toHaveLength(5);
  });

  it('exits 130 on Ctrl-C while waiting for input', async () => {
    const child = spawn(process.execPath, [BIN, 'normalize', '-'], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.write('نص');
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(130);
    expect(stderr).toBe('');
  });
});
