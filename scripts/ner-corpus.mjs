// ANERcorp reading shared by train-ner.mjs and eval-ner.mjs (development only: the
// corpus lives in ../shared/ner and is never read at run time).
import { readFileSync } from 'node:fs';

export const SHARED_NER = new URL('../../shared/ner/', import.meta.url);

/**
 * Sentences of a CoNLL-style file ("token TAG" lines, blank line between sentences):
 * [{ tokens: string[], tags: string[] }].
 */
export function readConll(path) {
  const sentences = [];
  let cur = { tokens: [], tags: [] };
  for (const raw of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      if (cur.tokens.length) sentences.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const sp = line.lastIndexOf(' ');
    const token = sp > 0 ? line.slice(0, sp) : line;
    const tag = sp > 0 ? line.slice(sp + 1) : 'O';
    cur.tokens.push(token);
    cur.tags.push(/^[BI]-(PERS|ORG|LOC|MISC)$/.test(tag) ? tag : 'O');
  }
  if (cur.tokens.length) sentences.push(cur);
  return sentences;
}

/** Entity spans [type, first, end) of a BIO tag sequence (conlleval rules). */
export function bioSpans(tags) {
  const out = [];
  let cur = null;
  tags.forEach((tag, i) => {
    const [bi, type] = tag === 'O' ? ['O', null] : tag.split('-');
    if (cur && (bi !== 'I' || type !== cur.type)) {
      out.push(cur);
      cur = null;
    }
    if (bi === 'B' || (bi === 'I' && !cur)) cur = { type, first: i, end: i + 1 };
    else if (bi === 'I') cur.end = i + 1;
  });
  if (cur) out.push(cur);
  return out;
}

/**
 * Text and the character span of each corpus token: tokens joined by a space, sentences
 * (when `breaks` gives the index of each sentence's first token) by a line break.
 */
export function sentenceText(tokens, breaks = new Set()) {
  const spans = [];
  let text = '';
  tokens.forEach((t, i) => {
    if (text) text += breaks.has(i) ? '\n' : ' ';
    spans.push([text.length, text.length + t.length]);
    text += t;
  });
  return { text, spans };
}

/**
 * Consecutive sentences joined into documents of `size` sentences (ANERcorp keeps an
 * article's sentences together but does not mark where articles end): names repeat within
 * a document, as in the articles arqam reads.
 */
export function documents(sentences, size) {
  const out = [];
  for (let i = 0; i < sentences.length; i += size) {
    const part = sentences.slice(i, i + size);
    const tokens = [];
    const tags = [];
    const breaks = new Set();
    for (const s of part) {
      breaks.add(tokens.length);
      tokens.push(...s.tokens);
      tags.push(...s.tags);
    }
    out.push({ tokens, tags, breaks });
  }
  return out;
}

/**
 * k folds of sentence indices in contiguous blocks: sentences of one article stay in one
 * fold, so names repeated within an article do not leak from training into testing.
 */
export function folds(n, k) {
  const out = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) out[Math.min(k - 1, Math.floor((i * k) / n))].push(i);
  return out;
}
