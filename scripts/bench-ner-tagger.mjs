// CPU time of the entity model alone (feature context + tagging) on articles of
// ../shared/bench/articles.ndjson (development only):
//   node scripts/bench-ner-tagger.mjs [--articles N] [--dist DIR] [--runs R]
// Each article's input and gazetteer names are made outside the timing; the model's part is
// timed per article with process.cpuUsage (the machine is shared: CPU time, best of R runs).
// --dist reads another build (e.g. a copy of dist/ made before a change) to compare.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const limit = Number(opt('--articles', 3000));
const runs = Number(opt('--runs', 3));
const dist = pathToFileURL(resolve(opt('--dist', new URL('../dist', import.meta.url).pathname)) + '/');
const { TextContext } = await import(new URL('core/context.js', dist));
const { entityInput } = await import(new URL('extract/entities/index.js', dist));
const { parseModel, shippedModel } = await import(new URL('extract/entities/model.js', dist));
const { parseGazetteer } = await import(new URL('extract/entities/parsers/gazetteer.js', dist));

const texts = [];
for (const line of readFileSync(new URL('../../shared/bench/articles.ndjson', import.meta.url), 'utf8').split('\n')) {
  if (!line) continue;
  texts.push(JSON.parse(line).text);
  if (texts.length >= limit) break;
}
const model = shippedModel();
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
let best = Infinity;
let names = 0;
for (let r = 0; r < runs; r++) {
  let spent = 0;
  names = 0;
  for (const text of texts) {
    const input = entityInput(new TextContext(text));
    const named = parseGazetteer(input);
    const t0 = cpu();
    names += parseModel(input, named, model).length;
    spent += cpu() - t0;
  }
  best = Math.min(best, spent);
}
console.log(`${texts.length} articles, ${names} model names, tagger ${(best / 1e6).toFixed(2)} s CPU (best of ${runs})`);
