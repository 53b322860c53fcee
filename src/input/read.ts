// Inputs → SourceDocuments, one at a time (an async iterator, so NDJSON streams with
// bounded memory). Paths are read in the order given; directories are walked
// recursively in sorted order. A problem with one input becomes a failure item naming
// it, and the other inputs go on.

import { open, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { InputFailure, SourceDocument } from '../core/types.js';
import { DecodeError, decodeBytes, type EncodingOption } from './decode.js';
import { TextDecoder } from 'node:util';
import { splitLines } from './lines.js';
import { describeFsError, isObject, type MetaIndex } from './meta.js';

export type InputFormat = 'text' | 'ndjson';
export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'ndjson'];

/** Largest document (a file, stdin, or one NDJSON line) read into memory. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

/** Files a directory walk picks up, by input format (explicit file paths are always read). */
const TEXT_EXTENSIONS: Record<InputFormat, ReadonlySet<string>> = {
  text: new Set(['.txt', '.text', '.md', '']),
  ndjson: new Set(['.ndjson', '.jsonl', '.json']),
};

export interface ReadOptions {
  cwd: string;
  format?: InputFormat;
  encoding?: EncodingOption;
  meta?: MetaIndex;
  /** Opens standard input (for `-`). */
  stdin?: () => Readable;
  maxBytes?: number;
  signal?: AbortSignal;
  /**
   * NDJSON records come as undecoded lines (RawLine), to be decoded by `decodeLine` where
   * they are analysed: a worker thread, so the reading thread only splits lines.
   * Ignored with `meta` (the index lives in the reading thread).
   */
  rawLines?: boolean;
}

/** One NDJSON line read but not decoded yet: its bytes (an own buffer) and where it was read. */
export interface RawLine {
  bytes: Uint8Array;
  where: string;
  encoding?: 'windows-1256';
}

/** A document read, or why it could not be. */
export type DecodedItem = { ok: true; document: SourceDocument } | { ok: false; failure: InputFailure };
export type InputItem = DecodedItem | { ok: 'line'; line: RawLine };

export async function* readInputs(paths: readonly string[], options: ReadOptions): AsyncGenerator<InputItem> {
  for (const given of paths) {
    if (options.signal?.aborted) return;
    if (given === '-') {
      yield* readStdin(options);
      continue;
    }
    const absolute = resolve(options.cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      yield failure(given, describeFsError(error));
      continue;
    }
    if (info.isDirectory()) {
      let files: string[];
      try {
        files = await walk(given, absolute, TEXT_EXTENSIONS[options.format ?? 'text']);
      } catch (error) {
        yield failure(given, describeFsError(error));
        continue;
      }
      if (files.length === 0) {
        yield failure(given, `no ${options.format === 'ndjson' ? 'NDJSON (.ndjson, .jsonl, .json)' : 'text (.txt, .text, .md)'} files in this directory`);
        continue;
      }
      for (const file of files) {
        if (options.signal?.aborted) return;
        yield* readFile(file, resolve(options.cwd, file), options);
      }
    } else {
      yield* readFile(given, absolute, options);
    }
  }
}

/** Files under a directory, recursively, sorted by name (code-unit order) for stable ids. */
async function walk(given: string, absolute: string, extensions: ReadonlySet<string>): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(absolute, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const id = join(given, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(id, join(absolute, entry.name), extensions)));
    else if (extensions.has(extname(entry.name).toLowerCase()) && (entry.isFile() || (entry.isSymbolicLink() && (await isFileLink(join(absolute, entry.name)))))) out.push(id);
  }
  return out;
}

/** A symbolic link to a file is read; links to folders are not followed (no cycles). */
async function isFileLink(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function* readFile(id: string, absolute: string, options: ReadOptions): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  let handle;
  try {
    handle = await open(absolute, 'r');
  } catch (error) {
    yield failure(id, describeFsError(error));
    return;
  }
  try {
    if (options.format === 'ndjson') {
      yield* readNdjson(id, handle.createReadStream({ autoClose: false }), options);
      return;
    }
    const { size } = await handle.stat();
    if (size > maxBytes) {
      yield failure(id, `too large (${megabytes(size)}; at most ${megabytes(maxBytes)} per document — split it, or give one article per line with --input-format ndjson)`);
      return;
    }
    const bytes = await handle.readFile();
    yield toDocument(id, bytes, options, absolute);
  } catch (error) {
    yield failure(id, describeFsError(error));
  } finally {
    await handle.close();
  }
}

async function* readStdin(options: ReadOptions): AsyncGenerator<InputItem> {
  if (!options.stdin) {
    yield failure('-', 'standard input is not available');
    return;
  }
  const stream = options.stdin();
  if (options.format === 'ndjson') {
    yield* readNdjson('-', stream, options);
    return;
  }
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > maxBytes) {
        stream.destroy();
        yield failure('-', `too large (more than ${megabytes(maxBytes)} on standard input — give one article per line with --input-format ndjson)`);
        return;
      }
      chunks.push(buffer);
    }
  } catch (error) {
    yield failure('-', describeFsError(error));
    return;
  }
  yield toDocument('-', Buffer.concat(chunks, size), options);
}

function toDocument(id: string, bytes: Uint8Array, options: ReadOptions, absolute?: string): InputItem {
  try {
    const { text, encoding } = decodeBytes(bytes, options.encoding);
    const document: SourceDocument = { id, text, encoding, bytes: bytes.length };
    if (absolute) document.path = absolute;
    applyMeta(document, options.meta, absolute);
    return { ok: true, document };
  } catch (error) {
    if (error instanceof DecodeError) return failure(id, id === '-' ? error.message.replace(/^empty file/, 'standard input is empty') : error.message);
    throw error;
  }
}

function applyMeta(document: SourceDocument, meta: MetaIndex | undefined, absolute?: string): void {
  const found = meta?.lookup(document.id, absolute);
  if (!found) return;
  if (found.published && !document.published) {
    document.published = found.published;
    document.publishedFrom = 'meta';
  }
  if (found.outlet && !document.outlet) {
    document.outlet = found.outlet;
    document.outletFrom = 'meta';
  }
  if (found.url && !document.url) document.url = found.url;
}

/**
 * One record per line: {"id", "text", "published"?, "outlet"?, "url"?}. Blank lines are
 * skipped; a bad line is one failure named source:line, and the next lines go on.
 */
async function* readNdjson(source: string, stream: AsyncIterable<Buffer | string>, options: ReadOptions): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  const where = (line: number): string => `${source}:${line}`;
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const cp1256 = options.encoding === 'windows-1256' ? new TextDecoder('windows-1256') : undefined;
  const rawLines = options.rawLines === true && options.meta === undefined;
  try {
    for await (const line of splitLines(stream, maxBytes)) {
      if (options.signal?.aborted) return;
      if (line.tooLong !== undefined) {
        yield failure(where(line.number), `line too long (${megabytes(line.tooLong)}; at most ${megabytes(maxBytes)} per record)`);
        continue;
      }
      // A line that starts with an ASCII character other than a space (a record's "{")
      // is neither blank nor BOM-led: it can be decoded anywhere, to the same result.
      if (rawLines && startsPlain(line.bytes)) {
        yield { ok: 'line', line: { bytes: new Uint8Array(line.bytes), where: where(line.number), ...(cp1256 ? { encoding: 'windows-1256' as const } : {}) } };
        continue;
      }
      const item = decodeRecord(line.bytes, where(line.number), line.number === 1, cp1256 ?? utf8, options);
      if (item) yield item;
    }
  } catch (error) {
    yield failure(source, describeFsError(error));
  }
}

/** Blank lines (undefined) are skipped; `first`: line 1, whose BOM is dropped. */
function decodeRecord(bytes: Uint8Array, where: string, first: boolean, decoder: TextDecoder, options: ReadOptions): DecodedItem | undefined {
  let raw: string;
  try {
    raw = decoder.decode(bytes);
  } catch {
    return failure(where, 'not valid UTF-8 (NDJSON input must be UTF-8)');
  }
  if (first && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  if (raw.trim() === '') return undefined;
  return parseRecord(raw, where, bytes.length, options);
}

/** The first byte that is not an ASCII space is an ASCII character. */
function startsPlain(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    return b < 0x80;
  }
  return false;
}

let lineDecoders: { utf8: TextDecoder; cp1256?: TextDecoder } | undefined;

/** The item of a RawLine: the same document or failure readNdjson would have given. */
export function decodeLine(line: RawLine): DecodedItem {
  lineDecoders ??= { utf8: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }) };
  const decoder = line.encoding === 'windows-1256' ? (lineDecoders.cp1256 ??= new TextDecoder('windows-1256')) : lineDecoders.utf8;
  const encoding = line.encoding ?? 'utf-8';
  // A RawLine starts with a printable ASCII character: never blank, never a BOM.
  return decodeRecord(line.bytes, line.where, false, decoder, { cwd: '', encoding })!;
}

function parseRecord(raw: string, where: string, bytes: number, options: ReadOptions): DecodedItem {
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch (error) {
    return failure(where, `not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(record)) return failure(where, 'expected a JSON object {"id", "text", …}');
  if (typeof record.text !== 'string') return failure(where, 'missing "text" (a string)');
  if (record.text.trim() === '') return failure(where, 'empty "text"');
  const rawId = record.id;
  if (rawId !== undefined && typeof rawId !== 'string' && typeof rawId !== 'number') return failure(where, '"id" must be a string or a number');
  const document: SourceDocument = {
    id: rawId === undefined ? where : String(rawId),
    text: record.text.charCodeAt(0) === 0xfeff ? record.text.slice(1) : record.text,
    encoding: options.encoding === 'windows-1256' ? 'windows-1256' : 'utf-8',
    bytes,
  };
  for (const field of ['published', 'outlet', 'url'] as const) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return failure(where, `"${field}" must be a string`);
    document[field] = value;
  }
  if (document.published) document.publishedFrom = 'ndjson';
  if (document.outlet) document.outletFrom = 'ndjson';
  applyMeta(document, options.meta);
  return { ok: true, document };
}

function failure(id: string, message: string): DecodedItem {
  return { ok: false, failure: { id, message } };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
