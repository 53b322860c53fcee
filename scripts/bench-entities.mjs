// Throughput of entity extraction (with the outlet) on ../shared/bench/articles.ndjson:
//   node scripts/bench-entities.mjs [--mb N]   (reads the first N MiB, default all)
// Reports MB/s of input text (UTF-8 bytes of the article texts) in CPU time, with the views
// and segmentation (computed inside the timing as the pipeline does) and without them.
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
// CPU time, not wall time: the machine is shared. Views and segmentation are shared by all
// extractors, so they are timed alone too and the difference is what entities cost.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
let t0 = cpu();
for (const text of texts) new TextContext(text).segments();
const shared = cpu() - t0;
t0 = cpu();
let count = 0;
for (const text of texts) {
  const ctx = new TextContext(text);
  const entities = extractEntities(ctx);
  detectOutlet(ctx, entities);
  count += entities.length;
}
const s = cpu() - t0;
const mb = bytes / 1e6;
console.log(`${texts.length} articles, ${mb.toFixed(1)} MB, ${count} entities`);
console.log(`views + segmentation + entities: ${s.toFixed(2)} s CPU, ${(mb / s).toFixed(2)} MB/s`);
console.log(`entities alone (views + segmentation timed apart, ${shared.toFixed(2)} s): ${(mb / (s - shared)).toFixed(2)} MB/s`);
