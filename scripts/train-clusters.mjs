// npm run train:clusters — distributional word classes for the entity model (development only):
// words that occur in the same contexts of unlabeled news share a class, so the model
// learns of a name it never saw in training from the class of words it belongs to.
//   node scripts/train-clusters.mjs [--input FILE] [--words N] [--min-count C]
// Reads ../shared/bench/articles.ndjson (Arabic news, unlabeled), keys every word as the
// entity model does, describes each of the N most frequent words (default 100k, seen at
// least C = 3 times) by the words one and two to its left and right (positive PMI over the
// most frequent context words, reduced to DIM dimensions by a randomized SVD), and groups
// them with spherical k-means: 512 classes, grouped into 64, each split into 4.
// Writes src/lexicon/data/ar/entities-word-classes.tsv (and its copy in dist/).
// Deterministic: the same input gives the same file.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { TextContext } from '../dist/core/context.js';
import { entityInput } from '../dist/extract/entities/index.js';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const input = opt('--input', new URL('../../shared/bench/articles.ndjson', import.meta.url).pathname);
const MAX_WORDS = Number(opt('--words', 100_000));
const MIN_COUNT = Number(opt('--min-count', 3));
/** Context words: the most frequent tokens (words, punctuation, number, sentence edges). */
const CONTEXTS = 1500;
const DIM = 96;
const t0 = Date.now();

// Deterministic random numbers (mulberry32).
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- token stream: ids of keys, -1 between sentences -----------------------------------
const idOf = new Map();
const names = [];
const counts = [];
let stream = new Int32Array(1 << 22);
let len = 0;
const push = (id) => {
  if (len === stream.length) {
    const s = new Int32Array(stream.length * 2);
    s.set(stream);
    stream = s;
  }
  stream[len++] = id;
};
const intern = (s) => {
  let id = idOf.get(s);
  if (id === undefined) {
    id = names.length;
    idOf.set(s, id);
    names.push(s);
    counts.push(0);
  }
  counts[id]++;
  return id;
};
const isWord = [];
for (const line of readFileSync(input, 'utf8').split('\n')) {
  if (!line) continue;
  const ctx = new TextContext(JSON.parse(line).text);
  const { tokens, keys } = entityInput(ctx);
  let sentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.sentence !== sentence) {
      push(-1);
      sentence = tok.sentence;
    }
    const form = tok.kind === 'word' ? keys[i].key : tok.kind === 'number' ? '<num>' : tok.kind === 'punct' ? tok.search : '<' + tok.kind + '>';
    const id = intern(form);
    isWord[id] = tok.kind === 'word';
    push(id);
  }
}
push(-1);
console.error(`${len} tokens, ${names.length} forms, ${((Date.now() - t0) / 1000).toFixed(1)} s`);

// ---- vocabulary and contexts -----------------------------------------------------------
const byCount = names.map((_, i) => i).sort((a, b) => counts[b] - counts[a] || (names[a] < names[b] ? -1 : 1));
const row = new Int32Array(names.length).fill(-1);
const vocab = [];
for (const id of byCount) {
  if (vocab.length >= MAX_WORDS || counts[id] < MIN_COUNT) break;
  if (!isWord[id]) continue;
  row[id] = vocab.length;
  vocab.push(id);
}
const ctxOf = new Int32Array(names.length + 1).fill(-1);
// Context index 0 is the sentence edge (-1 in the stream, stored at names.length).
ctxOf[names.length] = 0;
for (let k = 0; k < Math.min(CONTEXTS - 1, byCount.length); k++) ctxOf[byCount[k]] = k + 1;
const D = 4 * CONTEXTS; // left, right, second left, second right
const ctxAt = (p) => (p < 0 || p >= len || stream[p] < 0 ? 0 : ctxOf[stream[p]]);

// Co-occurrences as row * D + dimension, one per event, sorted: equal ones then lie together
// (a Map would hold tens of millions of entries).
let events = new Int32Array(1 << 24);
let nEvents = 0;
const dimTotal = new Float64Array(D);
const rowTotal = new Float64Array(vocab.length);
for (let p = 0; p < len; p++) {
  const id = stream[p];
  if (id < 0) continue;
  const r = row[id];
  if (r < 0) continue;
  const edgeL = stream[p - 1] < 0;
  const edgeR = stream[p + 1] < 0;
  const ctxs = [ctxAt(p - 1), ctxAt(p + 1), edgeL ? 0 : ctxAt(p - 2), edgeR ? 0 : ctxAt(p + 2)];
  for (let s = 0; s < 4; s++) {
    const c = ctxs[s];
    if (c < 0) continue;
    const d = s * CONTEXTS + c;
    if (nEvents === events.length) {
      const e = new Int32Array(events.length * 2);
      e.set(events);
      events = e;
    }
    events[nEvents++] = r * D + d;
    dimTotal[d]++;
    rowTotal[r]++;
  }
}
events = events.subarray(0, nEvents).sort();
console.error(`${vocab.length} words, ${nEvents} co-occurrences, ${((Date.now() - t0) / 1000).toFixed(1)} s`);

// ---- PPMI rows (sparse), reduced by a truncated SVD to DIM dimensions, rows of unit length --
// Context distribution smoothed (power 0.75), as in word2vec's PPMI reading.
let total = 0;
const smoothed = dimTotal.map((v) => Math.pow(v, 0.75));
for (const v of smoothed) total += v;
// Rows in compressed form: the events are sorted by row, then dimension.
const rowStart = new Int32Array(vocab.length + 1);
const cols = [];
const vals = [];
for (let a = 0; a < nEvents; ) {
  const key = events[a];
  let b = a + 1;
  while (b < nEvents && events[b] === key) b++;
  const c = b - a;
  a = b;
  const r = Math.floor(key / D);
  const d = key - r * D;
  const pmi = Math.log((c * total) / (rowTotal[r] * smoothed[d]));
  if (pmi <= 0) continue;
  rowStart[r + 1]++;
  cols.push(d);
  vals.push(pmi);
}
for (let r = 0; r < vocab.length; r++) rowStart[r + 1] += rowStart[r];
events = null;
const colIdx = Int32Array.from(cols);
const val = Float32Array.from(vals);
const V = vocab.length;
const L = DIM + 16; // oversampled rank

/** M X: X is D × L (row-major), out V × L. */
function times(X) {
  const out = new Float64Array(V * L);
  for (let r = 0; r < V; r++) {
    const o = r * L;
    for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
      const x = colIdx[e] * L;
      const v = val[e];
      for (let k = 0; k < L; k++) out[o + k] += v * X[x + k];
    }
  }
  return out;
}
/** Mᵀ Y: Y is V × L, out D × L. */
function timesT(Y) {
  const out = new Float64Array(D * L);
  for (let r = 0; r < V; r++) {
    const y = r * L;
    for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
      const o = colIdx[e] * L;
      const v = val[e];
      for (let k = 0; k < L; k++) out[o + k] += v * Y[y + k];
    }
  }
  return out;
}
/** Orthonormal columns (modified Gram-Schmidt) of an n × L matrix, in place. */
function orthonormalize(A, n) {
  for (let j = 0; j < L; j++) {
    for (let i = 0; i < j; i++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += A[r * L + i] * A[r * L + j];
      for (let r = 0; r < n; r++) A[r * L + j] -= dot * A[r * L + i];
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += A[r * L + j] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) A[r * L + j] /= norm;
  }
  return A;
}
/** Eigenvalues and eigenvectors (columns) of a symmetric L × L matrix (cyclic Jacobi). */
function symmetricEigen(G) {
  const A = Float64Array.from(G);
  const E = new Float64Array(L * L);
  for (let i = 0; i < L; i++) E[i * L + i] = 1;
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < L; p++) for (let q = p + 1; q < L; q++) off += A[p * L + q] ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < L; p++) {
      for (let q = p + 1; q < L; q++) {
        const apq = A[p * L + q];
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (A[q * L + q] - A[p * L + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < L; k++) {
          const akp = A[k * L + p];
          const akq = A[k * L + q];
          A[k * L + p] = c * akp - s * akq;
          A[k * L + q] = s * akp + c * akq;
        }
        for (let k = 0; k < L; k++) {
          const apk = A[p * L + k];
          const aqk = A[q * L + k];
          A[p * L + k] = c * apk - s * aqk;
          A[q * L + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < L; k++) {
          const ekp = E[k * L + p];
          const ekq = E[k * L + q];
          E[k * L + p] = c * ekp - s * ekq;
          E[k * L + q] = s * ekp + c * ekq;
        }
      }
    }
  }
  return { values: Array.from({ length: L }, (_, i) => A[i * L + i]), vectors: E };
}

const rand = random(7);
const gauss = () => {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
};
const omega = new Float64Array(D * L);
for (let k = 0; k < omega.length; k++) omega[k] = gauss();
// Randomized range finder with two power iterations (Halko, Martinsson & Tropp 2011).
let Q = orthonormalize(times(omega), V);
for (let it = 0; it < 2; it++) Q = orthonormalize(times(orthonormalize(timesT(Q), D)), V);
// B = Qᵀ M; the SVD of M is Q U_B Σ V_Bᵀ where B Bᵀ = U_B Σ² U_Bᵀ.
const Bt = timesT(Q); // D × L
const G = new Float64Array(L * L);
for (let d = 0; d < D; d++) {
  const b = d * L;
  for (let i = 0; i < L; i++) {
    const bi = Bt[b + i];
    if (bi === 0) continue;
    for (let j = 0; j < L; j++) G[i * L + j] += bi * Bt[b + j];
  }
}
const { values, vectors } = symmetricEigen(G);
const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a]).slice(0, DIM);
// Word vectors U Σ^½ (the square root damps the first, frequency-like dimensions).
const vec = new Float32Array(V * DIM);
for (let r = 0; r < V; r++) {
  for (let k = 0; k < DIM; k++) {
    const e = order[k];
    const scale = Math.pow(Math.max(values[e], 0), 0.25);
    let s = 0;
    for (let j = 0; j < L; j++) s += Q[r * L + j] * vectors[j * L + e];
    vec[r * DIM + k] = s * scale;
  }
}
const unit = (v, at) => {
  let n = 0;
  for (let k = 0; k < DIM; k++) n += v[at + k] * v[at + k];
  n = Math.sqrt(n) || 1;
  for (let k = 0; k < DIM; k++) v[at + k] /= n;
};
for (let r = 0; r < V; r++) unit(vec, r * DIM);
console.error(`vectors, ${((Date.now() - t0) / 1000).toFixed(1)} s`);

// ---- spherical k-means: 512 classes, grouped into 64, each split into 4 ------------------
/** Splits rows `members` of `data` (unit vectors) into k classes; each member's class. */
function kmeans(data, members, k, seed, iterations = 15) {
  const n = members.length;
  const out = new Int32Array(n);
  if (n <= k) {
    for (let m = 0; m < n; m++) out[m] = m;
    return { classes: out, centroids: null };
  }
  const rnd = random(seed);
  const cent = new Float32Array(k * DIM);
  const dot = (at, ca) => {
    let s = 0;
    for (let d = 0; d < DIM; d++) s += data[at + d] * cent[ca + d];
    return s;
  };
  // k-means++ seeding: each next seed far (in cosine) from those chosen.
  const far = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(rnd() * n);
  for (let c = 0; c < k; c++) {
    cent.set(data.subarray(members[pick] * DIM, members[pick] * DIM + DIM), c * DIM);
    let sum = 0;
    for (let m = 0; m < n; m++) {
      const dist = Math.max(0, 1 - dot(members[m] * DIM, c * DIM));
      if (dist < far[m]) far[m] = dist;
      sum += far[m] * far[m];
    }
    let x = rnd() * sum;
    pick = n - 1;
    for (let m = 0; m < n; m++) {
      x -= far[m] * far[m];
      if (x <= 0) {
        pick = m;
        break;
      }
    }
  }
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let m = 0; m < n; m++) {
      const at = members[m] * DIM;
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        const s = dot(at, c * DIM);
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      if (out[m] !== arg) moved++;
      out[m] = arg;
    }
    cent.fill(0);
    const size = new Int32Array(k);
    for (let m = 0; m < n; m++) {
      const at = members[m] * DIM;
      const ca = out[m] * DIM;
      size[out[m]]++;
      for (let d = 0; d < DIM; d++) cent[ca + d] += data[at + d];
    }
    for (let c = 0; c < k; c++) {
      if (size[c] === 0) {
        const m = Math.floor(rnd() * n);
        cent.set(data.subarray(members[m] * DIM, members[m] * DIM + DIM), c * DIM);
      }
      unit(cent, c * DIM);
    }
    if (it > 0 && moved < n / 1000) break;
  }
  return { classes: out, centroids: cent };
}

const MID = 512;
const TOP = 64;
const SPLIT = 4;
const all = Int32Array.from(vocab.keys());
const mid = kmeans(vec, all, MID, 1);
console.error(`${MID} classes: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const top = kmeans(mid.centroids, Int32Array.from({ length: MID }, (_, c) => c), TOP, 2).classes;
const leaf = new Int32Array(V);
const byMid = Array.from({ length: MID }, () => []);
mid.classes.forEach((c, r) => byMid[c].push(r));
byMid.forEach((rows, c) => {
  const sub = kmeans(vec, Int32Array.from(rows), SPLIT, 3 + c, 10).classes;
  rows.forEach((r, m) => (leaf[r] = c * SPLIT + sub[m]));
});
console.error(`classes: ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const lines = vocab.map((id, r) => `${names[id]}\t${top[mid.classes[r]]}\t${leaf[r]}`);
const text =
  '# entities-word-classes.tsv — word classes of the entity model (generated by npm run train:clusters)\n' +
  `# Words of Arabic news (search view, as the model keys them) grouped by the words around them\n` +
  `# (${V} most frequent words of ${len} tokens of unlabeled news). Columns: word, group (0-${TOP - 1}),\n` +
  `# class (0-${MID * SPLIT - 1}; class ÷ ${SPLIT} is one of ${MID} wider classes). Most frequent first: the\n` +
  '# model also reads how frequent a word is from its line. Rebuild rather than edit.\n' +
  lines.join('\n') +
  '\n';
for (const dir of ['../src/lexicon/data/ar/', '../dist/lexicon/data/ar/']) {
  const url = new URL(dir, import.meta.url);
  mkdirSync(url, { recursive: true });
  writeFileSync(new URL('entities-word-classes.tsv', url), text);
}
const size = statSync(new URL('../src/lexicon/data/ar/entities-word-classes.tsv', import.meta.url)).size;
console.log(`${V} words in ${TOP} groups, ${MID * SPLIT} classes, ${(size / 1e6).toFixed(2)} MB, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
