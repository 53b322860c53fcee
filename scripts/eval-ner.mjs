// npm run eval:ner — entity-level precision, recall and F1 per type (conlleval exact match)
// on ANERcorp. Without arguments: k-fold cross-validation on ../shared/ner/anercorp-train.txt
// (contiguous folds; a model is trained on k-1 folds and scored on the one left out), for the
// whole pipeline (gazetteer + rules + model) and for rules alone.
// With a file argument: the shipped model and pipeline scored on that file (e.g. a test split).
// Options: --folds K (default 5), --epochs N (default 8), --min-weight W (as train:ner),
// --bias B (default 0: added to the name tags' scores when tagging, as the shipped model's
// bias is), --doc N (default 10: consecutive
// sentences read as one document, since ANERcorp keeps an article's sentences together
// without marking where articles end; names found once then recur as in a real article).
// Type mapping (see SCORED in ner-train-lib.mjs): PER→PERS, ORG→ORG, MEDIA→ORG, LOC→LOC;
// FAC and NORP are not scored (ANERcorp tags neither facility cue words nor peoples).
import { documents, readConll, SHARED_NER, folds } from './ner-corpus.mjs';
import { MIN_WEIGHT, evaluate, evaluateModelOnly, newCounts, prepare, prepareForTraining, report, train } from './ner-train-lib.mjs';
import { shippedModel } from '../dist/extract/entities/model.js';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const file = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));

const docSize = opt('--doc', 10);
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
  const pipeline = newCounts();
  const alone = newCounts();
  const rules = newCounts();
  // Training sentences are prepared once for all folds.
  const prepared = sentences.map(prepareForTraining);
  for (const [n, fold] of folds(sentences.length, k).entries()) {
    const test = new Set(fold);
    const model = train(prepared.filter((_, i) => !test.has(i)), epochs, minWeight);
    model.bias = bias;
    const docs = documents(fold.map((i) => sentences[i]), docSize).map(prepare);
    const part = evaluate(docs, model);
    console.error(report(part, `fold ${n + 1}/${k}`));
    add(pipeline, part);
    add(alone, evaluateModelOnly(docs, model));
    add(rules, evaluate(docs, null));
  }
  const what = `${k}-fold cross-validation on anercorp-train.txt (${sentences.length} sentences, documents of ${docSize})`;
  console.log(report(pipeline, `${what}: pipeline (gazetteer + rules + model)`));
  console.log();
  console.log(report(alone, `${what}: model alone`));
  console.log();
  console.log(report(rules, `${what}: rules and gazetteers only`));
}
