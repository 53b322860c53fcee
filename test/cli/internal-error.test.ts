// A crash inside the pipeline is exit 4: one line naming the document, the stack only
// with --debug, and the other documents are still printed.
import { describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../src/cli/errors.js';
import { FIXTURES, REPO, runCli } from './helpers.js';

vi.mock('../../src/extract/index.js', () => ({
  EXTRACT_KINDS: ['numbers', 'dates', 'entities'],
  extractDocument: (doc: { id: string }) => {
    if (doc.id.includes('001_')) throw new Error('boom');
    return { id: doc.id, published: null, publishedFrom: 'none', numbers: [], dates: [], entities: [] };
  },
}));

describe('internal errors', () => {
  it('exit 4, one line without a stack, other documents printed', async () => {
    const { code, stdout, stderr } = await runCli(['extract', 'fixtures', '--format', 'ndjson'], { cwd: REPO });
    expect(code).toBe(EXIT.internal);
    expect(stderr).toBe('arqam: fixtures/001_c0c2ce5c68c2b4f1.txt: internal error: boom (run with --debug for the stack trace)\n');
    expect(stdout.trim().split('\n')).toHaveLength(4);
  });

  it('--debug adds the stack trace', async () => {
    const { code, stderr } = await runCli(['extract', `${FIXTURES}/001_c0c2ce5c68c2b4f1.txt`, '--debug']);
    expect(code).toBe(EXIT.internal);
    expect(stderr).toMatch(/internal error: boom\nError: boom\n\s+at /);
  });
});
