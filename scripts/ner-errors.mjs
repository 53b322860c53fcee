// Most frequent entity errors of the pipeline in cross-validation on ANERcorp (development
// only): node scripts/ner-errors.mjs [--folds K] [--only F] [--top N]
// Prints false positives and false negatives (exact-match spans) by type and text, the
// mention's source (the candidate's parser) beside each false positive.
import { bioSpans, documents, folds, readConll, SHARED_NER } from './ner-corpus.mjs';
import { addFeatures, predictedTags, prepare, train } from './ner-train-lib.mjs';
import { extractEntitiesWith } from '../dist/extract/entities/index.js';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const k = opt('--folds', 5);
const only = opt('--only', 0);
const top = opt('--top', 40);
const sentences = readConll(new URL('anercorp-train.txt', SHARED_NER));
const fp = new Map();
const fn = new Map();
const bump = (m, key) => m.set(key, (m.get(key) ?? 0) + 1);
const overlapping = (spans, s) => spans.find((x) => x.first < s.end && s.first < x.end);
// Training sentences are prepared once for all folds.
const prepared = sentences.map(prepare);
for (const [n, fold] of folds(sentences.length, k).entries()) {
  if (only && n + 1 !== only) continue;
  const test = new Set(fold);
  const model = train(addFeatures(prepared.filter((_, i) => !test.has(i))));
  for (const p of documents(fold.map((i) => sentences[i]), 10).map(prepare)) {
    const pred = predictedTags(p, extractEntitiesWith(p.input.ctx, model));
    const text = (s) => p.sentence.tokens.slice(s.first, s.end).join(' ');
    const key = (s) => `${s.type}:${s.first}:${s.end}`;
    const goldSpans = bioSpans(p.sentence.tags);
    const predSpans = bioSpans(pred);
    const gold = new Map(goldSpans.map((s) => [key(s), s]));
    const got = new Map(predSpans.map((s) => [key(s), s]));
    for (const [kk, s] of got) {
      if (gold.has(kk)) continue;
      const g = overlapping(goldSpans, s);
      bump(fp, `${s.type}\t${text(s)}\t(gold: ${g ? g.type + ' ' + text(g) : 'O'})`);
    }
    for (const [kk, s] of gold) {
      if (got.has(kk)) continue;
      const g = overlapping(predSpans, s);
      bump(fn, `${s.type}\t${text(s)}\t(got: ${g ? g.type + ' ' + text(g) : 'O'})`);
    }
  }
}
const show = (title, m) => {
  console.log(`${title} (${[...m.values()].reduce((a, b) => a + b, 0)})`);
  for (const [key, c] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${c}\t${key}`);
};
show('false positives', fp);
show('false negatives', fn);
