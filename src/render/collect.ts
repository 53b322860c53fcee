// Collects a comparison command's output into the `arqam.compare/1` object (the same
// object the JSON renderer streams), for renderers that need all of it at once
// (csv and html of `compare`). Holds of each document only what those renderers read
// (DocumentLike: id, outlet, published, path, title), never texts or word lists.

import type { CompareLike, DocumentLike } from './model.js';
import type { Presenter } from './index.js';

export function comparisonCollector<R>(presenter: Presenter<R>): { add(result: R): void; finish(): Promise<CompareLike> } {
  const documents: DocumentLike[] = [];
  return {
    add(result) {
      documents.push(documentLike(presenter.jsonDocument(result) as DocumentLike));
    },
    async finish() {
      const trailer = (await presenter.finish?.())?.json ?? {};
      return { schema: presenter.schema, ...presenter.jsonHeader, documents, ...trailer } as unknown as CompareLike;
    },
  };
}

/** The fields of a document the comparison renderers read, in the order given. */
function documentLike(d: DocumentLike): DocumentLike {
  const out: Record<string, unknown> = {};
  for (const key of ['id', 'outlet', 'published', 'path', 'title'] as const) if (key in d) out[key] = d[key];
  return out as unknown as DocumentLike;
}
