// The reduce side of map/reduce: reads figure NDJSON (the output of `arqam claims
// --format ndjson`, from any number of map tasks, concatenated in any order — Hadoop
// even sorts the lines) and rebuilds each document's figures in the order a single
// run would have produced them, so `compare` prints the same comparison.
//
// Line types: {"type":"document", …DocumentInfo} and {"type":"figure", …Figure}; other
// types are ignored (a `compare` output piped back in is not figures). Documents come
// out sorted by id (code-unit order, the order of a directory walk), figures by their
// index within the document (the number after the last '#' of the figure id). A
// document or figure seen twice (a map task that ran twice) is kept once.
// Memory: all figures are held (the comparison needs them), never any article text;
// document lines wait in a spill (memory, then a temporary file) until their turn.

import type { Readable } from 'node:stream';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { InputFailure } from '../core/types.js';
import { splitLines } from '../input/lines.js';
import type { Outcome } from '../parallel/documents.js';
import { JsonSpill } from './spill.js';

/** A `document` line of claims NDJSON (the figures' DocumentInfo), without its `type`. */
export interface DocumentRecord {
  id: string;
  bytes?: number;
  [field: string]: unknown;
}

/** A `figure` line of claims NDJSON, without its `type`. */
export interface FigureRecord {
  id: string;
  document: string;
  start: number;
  end: number;
  measure?: string;
  [field: string]: unknown;
}

/** One document's figures as `claims` produced them (DocumentFigures of src/figures). */
export interface ClaimsDocument {
  document: DocumentRecord;
  figures: FigureRecord[];
}

export type FigureStreamItem = { ok: true; value: ClaimsDocument } | { ok: false; failure: InputFailure };

export interface FigureStreamOptions {
  cwd: string;
  stdin?: () => Readable;
  signal?: AbortSignal;
  /** Longest line accepted (a figure line is small; a huge line is not figure NDJSON). */
  maxLineBytes?: number;
}


/** Index of a figure within its document, from its id ("doc#12" → 12). */
function figureIndex(f: FigureRecord): number {
  const hash = f.id?.lastIndexOf('#') ?? -1;
  const n = hash >= 0 ? Number(f.id.slice(hash + 1)) : NaN;
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareFiguresInDocument(a: FigureRecord, b: FigureRecord): number {
  return figureIndex(a) - figureIndex(b) || a.start - b.start || a.end - b.end || byCodeUnits(a.id ?? '', b.id ?? '');
}

export async function* readFigureStream(paths: readonly string[], options: FigureStreamOptions): AsyncGenerator<FigureStreamItem> {
  const spill = new JsonSpill();
  try {
    yield* readAndSort(paths, options, spill);
  } finally {
    spill.close();
  }
}

async function* readAndSort(paths: readonly string[], options: FigureStreamOptions, spill: JsonSpill): AsyncGenerator<FigureStreamItem> {
  // Each document's line as a handle into the spill; figures by document, then by id.
  const infos = new Map<string, number>();
  const figuresOf = new Map<string, Map<string, FigureRecord>>();
  const failures: InputFailure[] = [];
  for (const given of paths) {
    if (options.signal?.aborted) return;
    let stream: AsyncIterable<Buffer | string>;
    let close = async (): Promise<void> => undefined;
    try {
      if (given === '-') {
        if (!options.stdin) throw new Error('standard input is not available');
        stream = options.stdin();
      } else {
        const handle = await open(resolve(options.cwd, given), 'r');
        stream = handle.createReadStream({ autoClose: false });
        close = () => handle.close();
      }
    } catch (error) {
      yield { ok: false, failure: { id: given, message: (error as Error).message } };
      continue;
    }
    try {
      for await (const line of splitLines(stream, options.maxLineBytes ?? 16 * 1024 * 1024)) {
        const where = `${given}:${line.number}`;
        if (line.tooLong !== undefined) {
          failures.push({ id: where, message: 'line too long for a figure record' });
          continue;
        }
        const raw = line.bytes.toString('utf8').replace(/^\uFEFF/, '');
        if (raw.trim() === '') continue;
        let record: Record<string, unknown>;
        try {
          record = JSON.parse(raw) as Record<string, unknown>;
        } catch (error) {
          failures.push({ id: where, message: `not valid JSON: ${(error as Error).message}` });
          continue;
        }
        if (record === null || typeof record !== 'object') {
          failures.push({ id: where, message: 'expected a JSON object with a "type"' });
          continue;
        }
        const { type, ...rest } = record;
        if (type === 'document') {
          if (typeof rest.id !== 'string') {
            failures.push({ id: where, message: 'document line without an "id"' });
            continue;
          }
          // The line as read: parsed again, without its type, when its turn comes.
          if (!infos.has(rest.id)) infos.set(rest.id, spill.addJson(raw));
        } else if (type === 'figure') {
          const f = rest as FigureRecord;
          if (typeof f.document !== 'string' || typeof f.start !== 'number' || typeof f.end !== 'number') {
            failures.push({ id: where, message: 'figure line without "document", "start" and "end"' });
            continue;
          }
          const key = typeof f.id === 'string' ? f.id : `${f.start}:${f.end}:${String(f.measure)}`;
          let figures = figuresOf.get(f.document);
          if (!figures) figuresOf.set(f.document, (figures = new Map()));
          if (!figures.has(key)) figures.set(key, f);
        }
        // Other line types (a compare output, comments of other tools) are not figures.
      }
    } catch (error) {
      failures.push({ id: given, message: (error as Error).message });
    } finally {
      await close();
    }
  }
  for (const failure of failures) yield { ok: false, failure };
  const ids = [...infos.keys()];
  for (const id of figuresOf.keys()) if (!infos.has(id)) ids.push(id);
  for (const id of ids.sort(byCodeUnits)) {
    const handle = infos.get(id);
    const figures = figuresOf.get(id);
    figuresOf.delete(id);
    if (handle === undefined) {
      yield { ok: false, failure: { id, message: `${figures!.size} figure line(s) but no document line — was the map output cut?` } };
      continue;
    }
    const { type: _type, ...document } = spill.get(handle) as DocumentRecord & { type: string };
    yield { ok: true, value: { document, figures: figures ? [...figures.values()].sort(compareFiguresInDocument) : [] } };
  }
}

/** The reduce step as command outcomes: each document's figures handed to the command. */
export async function* claimsOutcomes<R>(
  paths: readonly string[],
  fromClaims: (value: ClaimsDocument) => R,
  options: FigureStreamOptions,
): AsyncGenerator<Outcome<R>> {
  for await (const item of readFigureStream(paths, options)) {
    if (!item.ok) {
      yield { kind: 'failed', failure: item.failure };
      continue;
    }
    const { document } = item.value;
    yield { kind: 'done', id: document.id, bytes: typeof document.bytes === 'number' ? document.bytes : 0, info: { skipped: false }, result: fromClaims(item.value) };
  }
}
