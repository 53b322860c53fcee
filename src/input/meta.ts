// --meta FILE.json: publication metadata for inputs that carry none, as an object
// mapping an input path (or NDJSON id) to {published, outlet, url}:
//   {"fixtures/000.txt": {"published": "2022-01-26", "outlet": "Al Arabiya", "url": "https://…"}}
// A key matches the input as given, the same file reached through another relative path
// (keys are resolved against the working folder and against the meta file's folder),
// or, when no key matches so, a file name that only one key ends with.

import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';

export interface DocumentMeta {
  published?: string;
  outlet?: string;
  url?: string;
}

export class MetaError extends Error {
  override name = 'MetaError';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export class MetaIndex {
  private readonly byKey = new Map<string, DocumentMeta>();
  private readonly byBase = new Map<string, DocumentMeta | null>();

  constructor(entries: Record<string, DocumentMeta>, cwd: string, metaDir: string) {
    for (const [key, meta] of Object.entries(entries)) {
      this.byKey.set(key, meta);
      this.byKey.set(resolve(cwd, key), meta);
      this.byKey.set(resolve(metaDir, key), meta);
      const base = basename(key);
      this.byBase.set(base, this.byBase.has(base) ? null : meta);
    }
  }

  /** Metadata for an input id (and its absolute path when it is a file). */
  lookup(id: string, absolutePath?: string): DocumentMeta | undefined {
    return this.byKey.get(id) ?? (absolutePath ? this.byKey.get(absolutePath) : undefined) ?? this.byBase.get(basename(id)) ?? undefined;
  }
}

export async function loadMeta(file: string, cwd: string): Promise<MetaIndex> {
  const path = resolve(cwd, file);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new MetaError(`${file}: cannot read metadata file: ${describeFsError(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new MetaError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(data)) throw new MetaError(`${file}: expected an object mapping input paths to {published, outlet, url}`);
  const entries: Record<string, DocumentMeta> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!isObject(value)) throw new MetaError(`${file}: "${key}": expected an object {published, outlet, url}`);
    const meta: DocumentMeta = {};
    for (const field of ['published', 'outlet', 'url'] as const) {
      const v = value[field];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string') throw new MetaError(`${file}: "${key}".${field}: expected a string`);
      meta[field] = v;
    }
    if (meta.published !== undefined && !ISO_DATE.test(meta.published)) {
      throw new MetaError(`${file}: "${key}".published: expected an ISO date (YYYY-MM-DD), got "${meta.published}"`);
    }
    entries[key] = meta;
  }
  return new MetaIndex(entries, cwd, dirname(path));
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A file-system error as a short phrase (no errno prefix, no path). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return (error as Error)?.message ?? String(error);
  }
}
