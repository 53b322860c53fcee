// The command loop with a stand-in command: a failed check is exit 1, and an input
// error (3) outranks it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandSpec, GlobalOptions } from '../../src/cli/command.js';
import { EXIT } from '../../src/cli/errors.js';
import { memoryIO } from '../../src/cli/io.js';
import { runDocumentCommand } from '../../src/cli/run-command.js';
import { tempDir } from './helpers.js';

const dir = tempDir();
writeFileSync(join(dir, 'a.txt'), 'نص أول');

const checking: CommandSpec = {
  name: 'check',
  summary: 'fails its check when a document mentions نص',
  examples: [],
  analysis: false,
  configure() {},
  async prepare() {
    let failed = false;
    return {
      presenter: {
        schema: 'arqam.check/1',
        jsonDocument: (r: { id: string }) => r,
        ndjsonLines: (r: { id: string }) => [{ type: 'document', ...r }],
        table: (r: { id: string }) => r.id,
      },
      process(document) {
        failed ||= document.text.includes('نص');
        return { id: document.id };
      },
      exitCode: () => (failed ? EXIT.checkFailed : EXIT.ok),
    };
  },
};

const global: GlobalOptions = { format: 'ndjson', inputFormat: 'text', encoding: 'auto', lang: 'auto', jobs: '1' };

describe('runDocumentCommand', () => {
  it('returns the command exit code (1: a requested check failed) after printing everything', async () => {
    const mem = memoryIO({ cwd: dir });
    expect(await runDocumentCommand(checking, ['a.txt'], {}, global, mem.io)).toBe(EXIT.checkFailed);
    expect(mem.stdout()).toBe('{"type":"document","id":"a.txt"}\n');
  });

  it('an input error outranks a failed check', async () => {
    const mem = memoryIO({ cwd: dir });
    expect(await runDocumentCommand(checking, ['a.txt', 'missing.txt'], {}, global, mem.io)).toBe(EXIT.input);
    expect(mem.stderr()).toBe('arqam: missing.txt: no such file or directory\n');
  });
});
