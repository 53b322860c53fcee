// Training and scoring of the entity model on ANERcorp-style sentences (development only).
// Imports the compiled code from dist/ (npm run train:ner and eval:ner build first).
import { TextContext } from '../dist/core/context.js';
import { entityInput, extractEntitiesWith, getActor } from '../dist/extract/entities/index.js';
import { nameKeys } from '../dist/extract/entities/keys.js';
import { Perceptron, TAGS, featureContext, overrideCommonWords, sentenceFeatures, trainSentence } from '../dist/extract/entities/model.js';
import { parseGazetteer } from '../dist/extract/entities/parsers/gazetteer.js';
import { normalize } from '../dist/normalize/index.js';
import { commonWordsOf } from './build-ner-lists.mjs';
import { bioSpans, folds, sentenceText } from './ner-corpus.mjs';

const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

/** Index of the corpus token holding character `at`, or -1. */
function corpusToken(spans, at) {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < spans[mid][0]) hi = mid - 1;
    else if (at >= spans[mid][1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * A corpus sentence in our tokenization: the corpus tokens joined by spaces, segmented by
 * arqam, each of our tokens tagged like the corpus token that holds it (B only for the
 * first of our tokens inside a B- corpus token).
 */
export function prepare(sentence) {
  const { text, spans } = sentenceText(sentence.tokens, sentence.breaks);
  const ctx = new TextContext(text);
  const input = entityInput(ctx);
  const named = parseGazetteer(input);
  const fc = featureContext(input, named);
  const gold = [];
  let lastCorpus = -1;
  for (const tok of input.tokens) {
    const k = corpusToken(spans, tok.start);
    const tag = k < 0 ? 'O' : sentence.tags[k];
    let ours = tag;
    if (tag !== 'O' && tag.startsWith('B-') && k === lastCorpus) ours = 'I-' + tag.slice(2);
    // An I- that continues no name of its type (a corpus slip) begins one.
    const prev = gold.length ? TAGS[gold[gold.length - 1]] : 'O';
    if (ours.startsWith('I-') && prev.slice(2) !== ours.slice(2)) ours = 'B-' + ours.slice(2);
    gold.push(TAG_INDEX.get(ours) ?? 0);
    lastCorpus = k;
  }
  return { sentence, text, spans, input, fc, gold };
}

/** Parts the training sentences are cut into for their common-word lists (see addFeatures). */
export const JACKKNIFE = 5;

/**
 * Feature hashes of prepared training sentences (p.features). With parts > 1 the sentences
 * are cut into that many contiguous parts and each part's features read the common-word
 * list built from the other parts only: at run time the list (built from all of ANERcorp)
 * does not know the ordinary words of new text, and the model must learn that too.
 */
export function addFeatures(prepared, parts = JACKKNIFE) {
  const blocks = parts > 1 ? folds(prepared.length, parts) : [prepared.map((_, i) => i)];
  for (const block of blocks) {
    if (parts > 1) {
      const inBlock = new Set(block);
      const common = new Set();
      for (const w of commonWordsOf(prepared.filter((_, i) => !inBlock.has(i)).map((p) => p.sentence))) {
        const keys = nameKeys(w);
        if (keys.length === 1) common.add(keys[0]);
      }
      overrideCommonWords(common);
    }
    for (const i of block) {
      const p = prepared[i];
      p.features = sentenceFeatures(p.input, p.fc, 0, p.input.tokens.length);
    }
  }
  overrideCommonWords(null);
  return prepared;
}

/** Deterministic shuffling (mulberry32). */
function shuffled(items, seed) {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Weights below this are dropped from the shipped model (and from cross-validated ones). */
export const MIN_WEIGHT = 0.02;

export function train(prepared, epochs = 8, minWeight = MIN_WEIGHT) {
  const model = new Perceptron();
  for (let e = 0; e < epochs; e++) {
    for (const p of shuffled(prepared, 17 + e)) trainSentence(model, p.features, p.gold);
  }
  model.average();
  model.prune(minWeight);
  return model;
}

// How our types are scored against ANERcorp's PERS/ORG/LOC/MISC:
//   PER → PERS, ORG → ORG, MEDIA → ORG (outlets and agencies are organizations in ANERcorp:
//   رويترز B-ORG), LOC → LOC. Not scored, because ANERcorp leaves them untagged: FAC (the cue
//   word of a facility: سجن، مطار O), NORP (الفلسطينيين، الأكراد O), and actors of kind
//   state-body (ministries, armies, governments: الخارجية الأميركية O O, الجيش
//   الإسرائيلي O O, الحكومة اللبنانية O O; organs with a proper name of their own, kind
//   named-body, are scored: الكرملين B-ORG, الكونغرس B-ORG), and generic heads that refer back to an actor
//   (التنظيم، المرصد، الحزب: common nouns, O in ANERcorp).
const SCORED = { PER: 'PERS', ORG: 'ORG', MEDIA: 'ORG', LOC: 'LOC' };
const UNSCORED_KINDS = new Set(['state-body']);
const searchForm = (s) => normalize(s, 'search').text.replace(/^[وفبلك]?(ال|ل(?=ل))?/, '');

function unscored(m) {
  const actor = getActor(m.canonical);
  if (!actor) return false;
  if (UNSCORED_KINDS.has(actor.kind)) return true;
  const bare = searchForm(m.text);
  return actor.heads.some((h) => searchForm(h) === bare);
}
export const TYPES = ['PERS', 'ORG', 'LOC', 'MISC'];

/** Corpus-token tags of our mentions. */
export function predictedTags(p, mentions) {
  const tags = new Array(p.spans.length).fill('O');
  for (const m of mentions) {
    const type = SCORED[m.type];
    if (!type || (m.canonical && unscored(m))) continue;
    let first = true;
    for (let k = 0; k < p.spans.length; k++) {
      const [s, e] = p.spans[k];
      if (e <= m.start || s >= m.end) continue;
      if (tags[k] !== 'O') continue;
      tags[k] = (first ? 'B-' : 'I-') + type;
      first = false;
    }
  }
  return tags;
}

export function newCounts() {
  return Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
}

/** Entity-level exact-match counts (conlleval). */
export function score(counts, goldTags, predTags) {
  const key = (s) => `${s.type}:${s.first}:${s.end}`;
  const gold = new Map(bioSpans(goldTags).map((s) => [key(s), s]));
  const pred = new Map(bioSpans(predTags).map((s) => [key(s), s]));
  for (const [k, s] of pred) {
    if (gold.has(k)) counts[s.type].tp++;
    else counts[s.type].fp++;
  }
  for (const [k, s] of gold) if (!pred.has(k)) counts[s.type].fn++;
}

export function evaluate(prepared, model, counts = newCounts()) {
  for (const p of prepared) {
    const mentions = extractEntitiesWith(p.input.ctx, model);
    score(counts, p.sentence.tags, predictedTags(p, mentions));
  }
  return counts;
}

export function prf({ tp, fp, fn }) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function report(counts, title) {
  const lines = [title, 'type    P       R       F1      (tp/fp/fn)'];
  const fmt = (x) => x.toFixed(4);
  for (const t of TYPES) {
    const c = counts[t];
    const s = prf(c);
    lines.push(`${t.padEnd(7)} ${fmt(s.p)}  ${fmt(s.r)}  ${fmt(s.f)}  (${c.tp}/${c.fp}/${c.fn})`);
  }
  const micro = (types) => prf(types.reduce((a, t) => ({ tp: a.tp + counts[t].tp, fp: a.fp + counts[t].fp, fn: a.fn + counts[t].fn }), { tp: 0, fp: 0, fn: 0 }));
  const m3 = micro(['PERS', 'ORG', 'LOC']);
  lines.push(`micro PERS/ORG/LOC  P ${fmt(m3.p)}  R ${fmt(m3.r)}  F1 ${fmt(m3.f)}`);
  return lines.join('\n');
}

/** The model's own tags, without the gazetteer and rule mentions on top (for diagnosis). */
export function evaluateModelOnly(prepared, model, counts = newCounts()) {
  for (const p of prepared) {
    const tags = new Array(p.input.tokens.length).fill(0);
    for (const s of p.input.ctx.segments().sentences) tags.splice(s.firstToken, s.endToken - s.firstToken, ...model.compiled().tag(p.input, p.fc, s.firstToken, s.endToken));
    const corpus = new Array(p.spans.length).fill('O');
    p.input.tokens.forEach((tok, i) => {
      const tag = TAGS[tags[i]];
      if (tag === 'O') return;
      const k = corpusToken(p.spans, tok.start);
      if (k < 0 || corpus[k] !== 'O') return;
      const prev = k > 0 ? corpus[k - 1] : 'O';
      corpus[k] = tag.startsWith('I-') && prev.slice(2) === tag.slice(2) ? tag : tag.startsWith('I-') ? 'B-' + tag.slice(2) : tag;
    });
    score(counts, p.sentence.tags, corpus);
  }
  return counts;
}
