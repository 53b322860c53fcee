// Throughput of entity extraction (with the outlet) on ../shared/bench/articles.ndjson:
//   node scripts/bench-entities.mjs [--mb N]   (reads the first N MiB, default all)
// Reports MB/s of input text (UTF-8 bytes of the article texts) for entities alone, the
// views and segmentation being computed inside the timing as the pipeline does.
import { readFileSync } from 'node:fs';
import { TextContext } from '../dist/core/context.js';
import { detectOutlet, extractEntities } from '../dist/extract/entities/index.js';

const args = process.argv.slice(2);
const mbArg = args.indexOf('--mb');
const limit = mbArg >= 0 ? Number(args[mbArg + 1]) * 1024 * 1024 : Infinity;
const path = new URL('../../shared/bench/articles.ndjson', import.meta.url);
const texts = [];
let bytes = 0;
for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (!line) continue;
  const { text } = JSON.parse(line);
  texts.push(text);
  bytes += Buffer.byteLength(text);
  if (bytes >= limit) break;
}
// Warm up the lexicon and the model outside the timing.
extractEntities(new TextContext(texts[0]));
const t0 = process.hrtime.bigint();
let count = 0;
for (const text of texts) {
  const ctx = new TextContext(text);
  const entities = extractEntities(ctx);
  detectOutlet(ctx, entities);
  count += entities.length;
}
const s = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`${texts.length} articles, ${(bytes / 1e6).toFixed(1)} MB, ${count} entities, ${s.toFixed(2)} s, ${(bytes / 1e6 / s).toFixed(2)} MB/s`);
