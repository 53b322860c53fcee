// Bench rows for figures (claims) and the comparison, on one core in this process.
// `compare` times the whole pipeline: figures of every article, then the comparison.
import { dist } from '../dist.mjs';

export const stages = [
  {
    name: 'claims (extract + figures)',
    load: async () => (await dist('figures/build.js')).figuresOfDocument,
    run: (docs, figuresOfDocument) => {
      for (const d of docs) figuresOfDocument(d);
    },
  },
  {
    name: 'compare (claims + comparison)',
    load: async () => ({ figuresOfDocument: (await dist('figures/build.js')).figuresOfDocument, compare: await dist('compare/index.js') }),
    run: (docs, { figuresOfDocument, compare }) => {
      const results = docs.map((d) => figuresOfDocument(d));
      compare.compareFigures(results.map((r) => r.document), results.flatMap((r) => r.figures));
    },
  },
];
