// One JSON value per line, each with a `type`, written as soon as a document is done
// (the shape map/reduce engines and `jq -c` expect).

import type { DocumentRenderer, Presenter, Sink } from './index.js';
import type { Style } from './color.js';

export function ndjsonRenderer<R>(presenter: Presenter<R>, sink: Sink, _style: Style): DocumentRenderer<R> {
  const write = async (lines: Iterable<Record<string, unknown>>): Promise<void> => {
    let chunk = '';
    for (const line of lines) chunk += JSON.stringify(line) + '\n';
    await sink.write(chunk);
  };
  return {
    document: (result) => write(presenter.ndjsonLines(result)),
    async end() {
      const trailer = await presenter.finish?.();
      if (trailer?.ndjson) await write(trailer.ndjson);
    },
  };
}
