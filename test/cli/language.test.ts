// Analysis skips documents that are not Arabic (warning on stderr, flagged in JSON)
// unless --lang ar forces them.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

const records = [
  { id: 'en', text: 'The Syrian Democratic Forces said Islamic State fighters attacked a prison in the city of Hasakah on Thursday.' },
  { id: 'ar', text: 'قالت قوات سوريا الديمقراطية إن عناصر التنظيم هاجموا السجن يوم الخميس.' },
]
  .map((r) => JSON.stringify(r))
  .join('\n');

describe('language check', () => {
  it('warns, flags and skips a non-Arabic document', async () => {
    const r = await runCli(['extract', '--input-format', 'ndjson', '--format', 'json'], { stdin: records });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('arqam: warning: en: does not look Arabic (English); skipped — use --lang ar to analyse it anyway\n');
    const docs = JSON.parse(r.stdout).documents;
    expect(docs[0]).toEqual({ id: 'en', published: null, publishedFrom: 'none', language: 'en', skipped: 'language', numbers: [], dates: [], entities: [] });
    expect(docs[1]).toMatchObject({ id: 'ar', language: 'ar' });
    expect(docs[1].skipped).toBeUndefined();
  });

  it('--quiet silences the warning; --lang ar analyses the document', async () => {
    const quiet = await runCli(['extract', '--input-format', 'ndjson', '--format', 'json', '-q'], { stdin: records });
    expect(quiet.stderr).toBe('');
    const forced = await runCli(['extract', '--input-format', 'ndjson', '--format', 'json', '--lang', 'ar'], { stdin: records });
    expect(forced.stderr).toBe('');
    expect(JSON.parse(forced.stdout).documents[0]).toMatchObject({ id: 'en', language: 'en' });
    expect(JSON.parse(forced.stdout).documents[0].skipped).toBeUndefined();
  });

  it('normalize and segment work on any language without a warning', async () => {
    const r = await runCli(['normalize', '--input-format', 'ndjson'], { stdin: records });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
