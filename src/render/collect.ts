// Collects a comparison command's output into the `arqam.compare/1` object (the same
// object the JSON renderer streams), for renderers that need all of it at once
// (csv and html of `compare`). Holds the small per-document JSON only, never texts.

import type { CompareLike } from './model.js';
import type { Presenter } from './index.js';

export function comparisonCollector<R>(presenter: Presenter<R>): { add(result: R): void; finish(): Promise<CompareLike> } {
  const documents: unknown[] = [];
  return {
    add(result) {
      documents.push(presenter.jsonDocument(result));
    },
    async finish() {
      const trailer = (await presenter.finish?.())?.json ?? {};
      return { schema: presenter.schema, ...presenter.jsonHeader, documents, ...trailer } as unknown as CompareLike;
    },
  };
}
