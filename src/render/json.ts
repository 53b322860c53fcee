// One JSON object per run: {"schema", …header, "documents": [...], …trailer}. Documents
// are streamed one per line inside the array, so memory does not grow with the output.

import type { DocumentRenderer, Presenter, Sink } from './index.js';
import type { Style } from './color.js';

export function jsonRenderer<R>(presenter: Presenter<R>, sink: Sink, _style: Style): DocumentRenderer<R> {
  let count = 0;
  return {
    async document(result) {
      const head = count === 0 ? openObject(presenter) : ',\n';
      count++;
      await sink.write(head + JSON.stringify(presenter.jsonDocument(result)));
    },
    async end() {
      const trailer = (await presenter.finish?.())?.json ?? {};
      const out = batched(sink);
      await out.write(count === 0 ? openObject(presenter) + ']' : '\n]');
      for (const [key, value] of Object.entries(trailer)) {
        await out.write(`,\n${JSON.stringify(key)}: `);
        for (const piece of jsonPieces(value)) await out.write(piece);
      }
      await out.write('\n}\n');
      await out.flush();
    },
  };
}

function openObject<R>(presenter: Presenter<R>): string {
  let head = `{"schema": ${JSON.stringify(presenter.schema)}`;
  for (const [key, value] of Object.entries(presenter.jsonHeader ?? {})) head += `,\n${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  return head + ',\n"documents": [\n';
}

/**
 * The text of JSON.stringify(value) in pieces, an array one element at a time (the same
 * bytes), so a comparison's thousands of groups are never one string in memory.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  if (!Array.isArray(value)) {
    yield JSON.stringify(value);
    return;
  }
  yield '[';
  for (let i = 0; i < value.length; i++) yield (i > 0 ? ',' : '') + (JSON.stringify(value[i]) ?? 'null');
  yield ']';
}

/** Small pieces gathered into writes of about 64 KiB. */
export function batched(sink: Sink, size = 64 * 1024): { write(piece: string): Promise<void>; flush(): Promise<void> } {
  let pending = '';
  const flush = async (): Promise<void> => {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    await sink.write(chunk);
  };
  return {
    async write(piece) {
      pending += piece;
      if (pending.length >= size) await flush();
    },
    flush,
  };
}
