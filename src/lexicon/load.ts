// Loading of the lexicon data files (src/lexicon/data/ar). Files are read once and
// validated at load: a bad line throws a LexiconError naming file:line.

import { readFileSync } from 'node:fs';

export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`lexicon ${file}:${line}: ${message}`);
    this.name = 'LexiconError';
  }
}

const DATA_DIR = new URL('./data/ar/', import.meta.url);
const cache = new Map<string, string>();

/** Raw text of a data file, e.g. readLexiconFile('months.tsv'). */
export function readLexiconFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(name, DATA_DIR), 'utf8');
    cache.set(name, text);
  }
  return text;
}

export interface LexiconLine {
  /** 1-based line number in the file. */
  line: number;
  fields: string[];
}

/** Non-empty, non-comment (#) lines of a data file, split on tabs. */
export function readLines(name: string): LexiconLine[] {
  const out: LexiconLine[] = [];
  const lines = readLexiconFile(name).split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    out.push({ line: i + 1, fields: raw.split('\t').map((f) => f.trim()) });
  }
  return out;
}

/**
 * A TSV file whose first non-comment line names the columns. Rows become records;
 * a row with a missing required column is an error.
 */
export function readTsv<K extends string>(name: string, required: readonly K[]): Array<Record<K, string> & Record<string, string> & { line: number }> {
  const lines = readLines(name);
  if (lines.length === 0) throw new LexiconError(name, 1, 'empty file: expected a header line');
  const header = lines[0]!.fields;
  for (const col of required) {
    if (!header.includes(col)) throw new LexiconError(name, lines[0]!.line, `missing column "${col}" in header`);
  }
  return lines.slice(1).map(({ line, fields }) => {
    if (fields.length > header.length) throw new LexiconError(name, line, `${fields.length} fields, header has ${header.length}`);
    const rec: Record<string, string> & { line: number } = { line } as Record<string, string> & { line: number };
    header.forEach((col, k) => {
      rec[col] = fields[k] ?? '';
    });
    for (const col of required) {
      if (!rec[col]) throw new LexiconError(name, line, `empty required field "${col}"`);
    }
    return rec as Record<K, string> & Record<string, string> & { line: number };
  });
}

/** A word list: one entry per line (first field), comments allowed. */
export function readWordList(name: string): string[] {
  return readLines(name).map((l) => l.fields[0]!);
}

/** A JSON data file. */
export function readJson<T>(name: string): T {
  try {
    return JSON.parse(readLexiconFile(name)) as T;
  } catch (err) {
    throw new LexiconError(name, 1, `invalid JSON: ${(err as Error).message}`);
  }
}
