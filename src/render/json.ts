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
      let tail = count === 0 ? openObject(presenter) + ']' : '\n]';
      for (const [key, value] of Object.entries(trailer)) tail += `,\n${JSON.stringify(key)}: ${JSON.stringify(value)}`;
      await sink.write(tail + '\n}\n');
    },
  };
}

function openObject<R>(presenter: Presenter<R>): string {
  let head = `{"schema": ${JSON.stringify(presenter.schema)}`;
  for (const [key, value] of Object.entries(presenter.jsonHeader ?? {})) head += `,\n${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  return head + ',\n"documents": [\n';
}
