// npm run eval:ner — entity-level precision, recall and F1 per type (conlleval exact match)
// on ANERcorp. Without arguments: k-fold cross-validation on ../shared/ner/anercorp-train.txt
// (contiguous folds; a model is trained on k-1 folds and scored on the one left out), for the
// whole pipeline (gazetteer + rules + model) and for rules alone.
// With a file argument: the shipped model and pipeline scored on that file (e.g. a test split).
// Options: --folds K (default 5), --epochs N (default 8), --min-weight W and --jackknife J
// (as train:ner),
// --bias B (default 0: added to the name tags' scores when tagging, as the shipped model's
// bias is), --doc N (default 10: consecutive
// sentences read as one document, since ANERcorp keeps an article's sentences together
// without marking where articles end; names found once then recur as in a real article).
// The word lists built from ANERcorp (build-ner-lists.mjs: common words, person names, words
// of place and organization names) are rebuilt per fold from the training folds only, into
// dist/, and each fold runs in a child process that loads them (the shipped lists restored
// at the end): the test fold's words never reach the features. --shipped-lists keeps the
// shipped lists (built from the whole split: the test folds leak into them).
// Type mapping (see SCORED in ner-train-lib.mjs): PER→PERS, ORG→ORG, MEDIA→ORG, LOC→LOC;
// FAC and NORP are not scored (ANERcorp tags neither facility cue words nor peoples).
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documents, readConll, SHARED_NER, folds } from './ner-corpus.mjs';
import { JACKKNIFE, MIN_WEIGHT, addFeatures, evaluate, evaluateModelOnly, newCounts, prepare, report, train } from './ner-train-lib.mjs';
import { shippedModel } from '../dist/extract/entities/model.js';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const file = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));

const docSize = opt('--doc', 10);
/** The lists build-ner-lists.mjs writes. */
const LIST_FILES = ['entities-common-words.txt', 'entities-person-names.txt', 'entities-feature-places.txt', 'entities-feature-orgs.txt'];
const add = (into, part) => {
  for (const t of Object.keys(into)) for (const c of ['tp', 'fp', 'fn']) into[t][c] += part[t][c];
};

if (file) {
  const docs = documents(readConll(file), docSize).map(prepare);
  const model = shippedModel();
  console.log(report(evaluate(docs, model), `pipeline (gazetteer + rules + shipped model) on ${file}`));
  console.log();
  console.log(report(evaluateModelOnly(docs, model), `shipped model alone on ${file}`));
  console.log();
  console.log(report(evaluate(docs, null), `rules and gazetteers only on ${file}`));
} else {
  const k = opt('--folds', 5);
  const epochs = opt('--epochs', 8);
  const bias = opt('--bias', 0);
  const minWeight = opt('--min-weight', MIN_WEIGHT);
  const sentences = readConll(new URL('anercorp-train.txt', SHARED_NER));
  const child = opt('--fold-child', 0);
  const jackknife = opt('--jackknife', JACKKNIFE);
  /** Trains on the prepared sentences outside `fold` (null where not prepared) and scores the fold. */
  const runFold = (fold, prepared) => {
    const test = new Set(fold);
    const training = addFeatures(prepared.filter((p, i) => p && !test.has(i)), jackknife);
    const model = train(training, epochs, minWeight);
    model.bias = bias;
    const docs = documents(fold.map((i) => sentences[i]), docSize).map(prepare);
    return { pipeline: evaluate(docs, model), alone: evaluateModelOnly(docs, model), rules: evaluate(docs, null) };
  };
  const parts = [];
  if (child) {
    // One fold, with the lists the parent built for it: counts as JSON on stdout.
    const fold = folds(sentences.length, k)[child - 1];
    const test = new Set(fold);
    const prepared = sentences.map((s, i) => (test.has(i) ? null : prepare(s)));
    console.log(JSON.stringify(runFold(fold, prepared)));
    process.exit(0);
  } else if (args.includes('--shipped-lists')) {
    // Training sentences are prepared once for all folds.
    const prepared = sentences.map(prepare);
    for (const fold of folds(sentences.length, k)) parts.push(runFold(fold, prepared));
  } else {
    const { buildLists } = await import('./build-ner-lists.mjs');
    const dist = new URL('../dist/lexicon/data/ar/', import.meta.url);
    try {
      for (const [n, fold] of folds(sentences.length, k).entries()) {
        const test = new Set(fold);
        buildLists(sentences.filter((_, i) => !test.has(i)), dist);
        const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), ...args, '--fold-child', String(n + 1)], { encoding: 'utf8', maxBuffer: 1 << 26 });
        parts.push(JSON.parse(out));
      }
    } finally {
      for (const name of LIST_FILES) copyFileSync(new URL('../src/lexicon/data/ar/' + name, import.meta.url), new URL(name, dist));
    }
  }
  const pipeline = newCounts();
  const alone = newCounts();
  const rules = newCounts();
  parts.forEach((part, n) => {
    console.error(report(part.pipeline, `fold ${n + 1}/${k}`));
    add(pipeline, part.pipeline);
    add(alone, part.alone);
    add(rules, part.rules);
  });
  const lists = args.includes('--shipped-lists') ? 'shipped word lists' : 'word lists built per fold';
  const what = `${k}-fold cross-validation on anercorp-train.txt (${sentences.length} sentences, documents of ${docSize}, ${lists})`;
  console.log(report(pipeline, `${what}: pipeline (gazetteer + rules + model)`));
  console.log();
  console.log(report(alone, `${what}: model alone`));
  console.log();
  console.log(report(rules, `${what}: rules and gazetteers only`));
}
