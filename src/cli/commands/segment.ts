// arqam segment: sentences and word tokens with spans into the original text, each
// token's search form and proclitics.

import type { Segmentation, Token } from '../../segment/index.js';
import type { Presenter } from '../../render/index.js';
import type { CommandSpec } from '../command.js';
import { documentHeading } from './heading.js';

interface SegmentResult {
  id: string;
  segmentation: Segmentation;
}

function tokenJson(t: Token): Record<string, unknown> {
  return { text: t.text, start: t.start, end: t.end, kind: t.kind, search: t.search, proclitics: t.proclitics, stem: t.stem, sentence: t.sentence };
}

function sentenceJson(s: Segmentation['sentences'][number], index: number): Record<string, unknown> {
  return { index, start: s.start, end: s.end, text: s.text, tokens: [s.firstToken, s.endToken] };
}

/** A token for people: proclitics joined to the stem with + (و+ال+قوات), else its search form. */
function tokenLabel(t: Token): string {
  return t.proclitics.length > 0 ? `${t.proclitics.join('+')}+${t.stem}` : t.search;
}

export const segmentCommand: CommandSpec = {
  name: 'segment',
  summary: 'split each document into sentences and word tokens (with spans, search forms, proclitics)',
  examples: [
    'arqam segment article.txt                       sentences, then tokens with proclitics marked (و+ال+قوات)',
    'arqam segment --format json article.txt         sentences and tokens with offsets',
    'echo "وقالت القوات إن…" | arqam segment --format ndjson',
  ],
  analysis: false,
  configure() {},
  async prepare() {
    const { TextContext } = await import('../../core/context.js');
    const presenter: Presenter<SegmentResult> = {
      schema: 'arqam.segment/1',
      jsonHeader: { offsets: 'start/end: UTF-16 code units (JavaScript string indices) of the decoded original text; sentence.tokens: [first, end) token indices' },
      jsonDocument: ({ id, segmentation }) => ({
        id,
        sentences: segmentation.sentences.map(sentenceJson),
        tokens: segmentation.tokens.map(tokenJson),
      }),
      *ndjsonLines({ id, segmentation }) {
        yield { type: 'document', id, sentences: segmentation.sentences.length, tokens: segmentation.tokens.length };
        for (const [i, s] of segmentation.sentences.entries()) yield { type: 'sentence', document: id, ...sentenceJson(s, i) };
        for (const t of segmentation.tokens) yield { type: 'token', document: id, ...tokenJson(t) };
      },
      table({ id, segmentation }, style) {
        const { sentences, tokens } = segmentation;
        const lines = [documentHeading(id, style, `${sentences.length} sentences, ${tokens.length} tokens`)];
        sentences.forEach((s, i) => {
          lines.push(`${style.cyan(`[${i + 1}]`)} ${style.dim(`${s.start}–${s.end}`)}  ${s.text.replace(/\s+/g, ' ')}`);
          const words = tokens.slice(s.firstToken, s.endToken).filter((t) => t.kind !== 'punct');
          lines.push(`    ${words.map(tokenLabel).join(style.dim(' · '))}`);
        });
        return lines.join('\n');
      },
    };
    return {
      presenter,
      process: (document) => ({ id: document.id, segmentation: new TextContext(document.text).segments() }),
    };
  },
};
