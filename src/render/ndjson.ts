// One JSON value per line, each with a `type`, written as soon as a document is done
// (the shape map/reduce engines and `jq -c` expect).

import type { DocumentRenderer, Presenter, Sink } from './index.js';
import type { Style } from './color.js';
import { batched } from './json.js';

/** The text of some NDJSON lines, one JSON value and a newline each. */
export function ndjsonChunk(lines: Iterable<Record<string, unknown>>): string {
  let chunk = '';
  for (const line of lines) chunk += JSON.stringify(line) + '\n';
  return chunk;
}

export function ndjsonRenderer<R>(presenter: Presenter<R>, sink: Sink, _style: Style): DocumentRenderer<R> {
  const write = (lines: Iterable<Record<string, unknown>>): Promise<void> => sink.write(ndjsonChunk(lines));
  return {
    document: (result) => write(presenter.ndjsonLines(result)),
    async end() {
      const trailer = await presenter.finish?.();
      if (!trailer?.ndjson) return;
      // An aggregate's lines (compare: every group) are made and written a batch at a time.
      const out = batched(sink);
      for (const line of trailer.ndjson) await out.write(JSON.stringify(line) + '\n');
      await out.flush();
    },
  };
}
