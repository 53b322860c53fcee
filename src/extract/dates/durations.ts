// Durations ("3 أيام", "سنتين", "خمس ساعات") as spans with a count and a unit. Not date
// mentions: they say how long, not when. Read on demand (the Duckling duration suite);
// extractDates does not return them.

import type { TextContext } from '../../core/context.js';
import type { Span } from '../../core/types.js';
import type { Unit } from './lexicon.js';
import { RegionParser } from './parser.js';
import { tokenize } from './scan.js';

export interface DurationMention extends Span {
  text: string;
  value: number;
  unit: Unit;
}

/** Every duration in a text, longest first at each position, without overlaps. */
export function extractDurations(ctx: TextContext): DurationMention[] {
  const v = ctx.view('numbers').text;
  const tokens = tokenize(v, { start: 0, end: v.length, triggers: [] });
  const parser = new RegionParser(v, tokens, { ref: null, refSeconds: null, orientation: 'past' });
  const out: DurationMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const d = tokens[i]!.kind === 'word' || tokens[i]!.kind === 'digits' ? parser.duration(i) : null;
    if (!d) {
      i++;
      continue;
    }
    const span = ctx.toOriginal('numbers', tokens[i]!.start, tokens[d.end - 1]!.end);
    out.push({ text: ctx.text.slice(span.start, span.end), start: span.start, end: span.end, value: d.n, unit: d.unit });
    i = d.end;
  }
  return out;
}
