import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFsError, loadMeta } from '../../src/input/meta.js';
import { tempDir } from '../cli/helpers.js';

const dir = tempDir();

describe('loadMeta', () => {
  it('matches keys as given, resolved, and by a file name only one key has', async () => {
    writeFileSync(
      join(dir, 'meta.json'),
      JSON.stringify({ 'a/x.txt': { published: '2022-01-26' }, 'b/x.txt': { outlet: 'B' }, 'c/y.txt': { url: 'https://y', published: '2022-01-27T19:04:00+03:00' } }),
    );
    const meta = await loadMeta('meta.json', dir);
    expect(meta.lookup('a/x.txt')).toEqual({ published: '2022-01-26' });
    expect(meta.lookup('./a/x.txt', join(dir, 'a/x.txt'))).toEqual({ published: '2022-01-26' });
    expect(meta.lookup('elsewhere/y.txt')).toEqual({ url: 'https://y', published: '2022-01-27T19:04:00+03:00' });
    // x.txt is ambiguous: no match by file name alone.
    expect(meta.lookup('elsewhere/x.txt')).toBeUndefined();
  });

  it('rejects what is not a map of {published, outlet, url} with the key at fault', async () => {
    const cases: Array<[string, string]> = [
      ['[1]', 'expected an object mapping input paths to {published, outlet, url}'],
      ['{"a": 3}', '"a": expected an object {published, outlet, url}'],
      ['{"a": {"published": "26/1/2022"}}', '"a".published: expected an ISO date (YYYY-MM-DD), got "26/1/2022"'],
      ['{"a": {"outlet": ["x"]}}', '"a".outlet: expected a string'],
    ];
    for (const [json, message] of cases) {
      writeFileSync(join(dir, 'bad.json'), json);
      await expect(loadMeta('bad.json', dir)).rejects.toThrow(`bad.json: ${message}`);
    }
    writeFileSync(join(dir, 'broken.json'), '{');
    await expect(loadMeta('broken.json', dir)).rejects.toThrow(/^broken.json: not valid JSON: /);
  });
});

describe('describeFsError', () => {
  it('turns errno codes into short phrases', () => {
    expect(describeFsError({ code: 'EACCES' })).toBe('permission denied');
    expect(describeFsError({ code: 'EPERM' })).toBe('permission denied');
    expect(describeFsError({ code: 'ENOENT' })).toBe('no such file or directory');
    expect(describeFsError({ code: 'EISDIR' })).toBe('is a directory');
    expect(describeFsError(new Error('disk on fire'))).toBe('disk on fire');
  });
});
