import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/errors.js';
import { FIXTURES, REPO, runCli } from './helpers.js';

const version = JSON.parse(readFileSync(`${REPO}package.json`, 'utf8')).version as string;

describe('help and version', () => {
  it('--version prints the package version and nothing else', async () => {
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect(await runCli(['-V'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help lists the commands, examples and the exit-code table on stdout', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const command of ['normalize', 'segment', 'extract']) expect(stdout).toContain(command);
    expect(stdout).toContain('Examples:');
    expect(stdout).toMatch(/Exit codes:\n\s+0\s+ok/);
    expect(stdout).toMatch(/130\s+interrupted/);
  });

  it('a command --help shows its examples and the global options', async () => {
    const { code, stdout } = await runCli(['extract', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--kinds <list>');
    expect(stdout).toContain('Global Options:');
    expect(stdout).toContain('arqam extract fixtures/');
  });
});

describe('exit codes', () => {
  it('0 when every input is processed', async () => {
    const { code, stderr } = await runCli(['normalize', FIXTURES]);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe('');
  });

  it.each([
    [['--bogus']],
    [['normalize', '--view', 'bogus', FIXTURES]],
    [['normalize', '--format', 'xml', FIXTURES]],
    [['frobnicate']],
    [[]],
    [['extract', '--kinds', 'numbers,planets', FIXTURES]],
    [['extract', '--ref-date', '2022-02-30', FIXTURES]],
    [['extract', '--encoding', 'latin1', FIXTURES]],
    [['extract', '--input-format', 'ndjson', '--encoding', 'utf-16le', FIXTURES]],
  ])('2 on usage errors: %j', async (argv) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^arqam: |^Usage: arqam/);
  });

  it('2 when no input is given and stdin is a terminal', async () => {
    const { code, stderr } = await runCli(['normalize']);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toBe('arqam: normalize: no input — give files or directories, or pipe text on standard input\n(run arqam --help for usage)\n');
  });

  it('2 when the -o file cannot be created', async () => {
    const { code, stderr } = await runCli(['normalize', FIXTURES, '-o', '/nonexistent-dir/out.txt']);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(/^arqam: cannot write \/nonexistent-dir\/out.txt: /);
  });

  it('3 when an input cannot be read, and the others are still printed', async () => {
    const { code, stdout, stderr } = await runCli(['normalize', 'no-such-file.txt', `${FIXTURES}/000_0304d284e8e4dcf4.txt`], { cwd: REPO });
    expect(code).toBe(EXIT.input);
    expect(stderr).toBe('arqam: no-such-file.txt: no such file or directory\n');
    expect(stdout).toContain('سجن الصناعه');
  });

  it('130 when interrupted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { code, stdout } = await runCli(['normalize', FIXTURES], { signal: controller.signal });
    expect(code).toBe(EXIT.interrupted);
    expect(stdout).toBe('');
  });
});
