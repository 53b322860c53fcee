// npm run train:ner — trains the entity model on ANERcorp (../shared/ner/anercorp-train.txt)
// and writes src/lexicon/data/ar/entities-model.json (and its copy in dist/).
// Options: --epochs N (default 8), --min-weight W (prune smaller weights, default 0.02),
//          --jackknife J (default 5: each of J parts of the corpus gets the common-word
//          feature from the list built from the other parts; 1 = the shipped list for all),
//          --lists (rebuild the common-word and person-name lists first).
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { readConll, SHARED_NER } from './ner-corpus.mjs';
import { JACKKNIFE, MIN_WEIGHT, addFeatures, prepare, train } from './ner-train-lib.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const epochs = opt('--epochs', 8);
const minWeight = opt('--min-weight', MIN_WEIGHT);

if (args.includes('--lists')) {
  const { buildLists } = await import('./build-ner-lists.mjs');
  console.error('lists', buildLists());
}
const t0 = Date.now();
const sentences = readConll(new URL('anercorp-train.txt', SHARED_NER));
const prepared = addFeatures(sentences.map(prepare), opt('--jackknife', JACKKNIFE));
const model = train(prepared, epochs, minWeight);
const file = model.toFile(minWeight);
const json = JSON.stringify(file);
for (const dir of ['../src/lexicon/data/ar/', '../dist/lexicon/data/ar/']) {
  const url = new URL(dir, import.meta.url);
  mkdirSync(url, { recursive: true });
  writeFileSync(new URL('entities-model.json', url), json);
}
const size = statSync(new URL('../src/lexicon/data/ar/entities-model.json', import.meta.url)).size;
console.log(
  `trained on ${sentences.length} sentences, ${epochs} epochs, ${Object.keys(file.weights).length} features kept ` +
    `(|w| >= ${minWeight}), ${(size / 1e6).toFixed(2)} MB, ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
