// Bench rows for the entity extractor alone, on one core in this process: the search view
// and segmentation it starts from, then the same with the entities and the outlet (the
// difference is what entities cost). "extract entities" above adds the reference date.
import { dist } from '../dist.mjs';

const load = async () => ({ ...(await dist('core/context.js')), ...(await dist('extract/entities/index.js')) });

export const stages = [
  {
    name: 'entities: segments only',
    load,
    run: (docs, { TextContext }) => {
      for (const d of docs) new TextContext(d.text).segments();
    },
  },
  {
    name: 'entities: segments + entities + outlet',
    load,
    run: (docs, { TextContext, extractEntities, detectOutlet }) => {
      for (const d of docs) {
        const ctx = new TextContext(d.text);
        detectOutlet(ctx, extractEntities(ctx));
      }
    },
  },
];
