// Bench rows for the dates extractor alone, on one core in this process: with the
// numbers view built inside the stage (as one extractor of a document pays it); the
// reference finder alone (what entities pay for `published`), and with extraction as
// extractDocument runs them.
import { dist } from '../dist.mjs';

const load = async () => ({ ...(await dist('core/context.js')), ...(await dist('extract/dates/index.js')) });

export const stages = [
  {
    name: 'dates: extractDates (numbers view included)',
    load,
    run: (docs, { TextContext, extractDates }) => {
      for (const d of docs) extractDates(new TextContext(d.text), { reference: { value: '2018-02-18', from: 'ref-date' } });
    },
  },
  {
    // What `extract --kinds entities` pays for `published`: only the regions that can give a reference.
    name: 'dates: findReferenceDate alone',
    load,
    run: (docs, { TextContext, findReferenceDate }) => {
      for (const d of docs) findReferenceDate(new TextContext(d.text), {});
    },
  },
  {
    name: 'dates: findReferenceDate + extractDates',
    load,
    run: (docs, { TextContext, extractDates, findReferenceDate }) => {
      for (const d of docs) {
        const ctx = new TextContext(d.text);
        extractDates(ctx, { reference: findReferenceDate(ctx, {}) });
      }
    },
  },
];
