// npm run eval:ner — entity-level precision, recall and F1 per type (conlleval exact match)
// on ANERcorp. Without arguments: k-fold cross-validation on ../shared/ner/anercorp-train.txt
// (contiguous folds; a model is trained on k-1 folds and scored on the one left out), for the
// whole pipeline (gazetteer + rules + model) and for rules alone.
// With a file argument: the shipped model and pipeline scored on that file (e.g. a test split).
// Options: --folds K (default 5), --epochs N (default 8).
// Type mapping (see SCORED in ner-train-lib.mjs): PER→PERS, ORG→ORG, MEDIA→ORG, LOC→LOC;
// FAC and NORP are not scored (ANERcorp tags neither facility cue words nor peoples).
import { readConll, SHARED_NER, folds } from './ner-corpus.mjs';
import { evaluate, newCounts, prepare, report, train } from './ner-train-lib.mjs';
import { shippedModel } from '../dist/extract/entities/model.js';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const file = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));

if (file) {
  const prepared = readConll(file).map(prepare);
  console.log(report(evaluate(prepared, shippedModel()), `shipped model + rules on ${file}`));
  console.log();
  console.log(report(evaluate(prepared, null), `rules and gazetteers only on ${file}`));
} else {
  const k = opt('--folds', 5);
  const epochs = opt('--epochs', 8);
  const sentences = readConll(new URL('anercorp-train.txt', SHARED_NER));
  const prepared = sentences.map(prepare);
  const all = newCounts();
  const rules = newCounts();
  for (const [n, fold] of folds(prepared.length, k).entries()) {
    const test = new Set(fold);
    const model = train(prepared.filter((_, i) => !test.has(i)), epochs);
    const part = evaluate(fold.map((i) => prepared[i]), model);
    console.error(report(part, `fold ${n + 1}/${k}`));
    for (const t of Object.keys(all)) for (const c of ['tp', 'fp', 'fn']) all[t][c] += part[t][c];
  }
  evaluate(prepared, null, rules);
  console.log(report(all, `${k}-fold cross-validation on anercorp-train.txt (${sentences.length} sentences), pipeline with model`));
  console.log();
  console.log(report(rules, 'rules and gazetteers only (no model), whole anercorp-train.txt'));
}
