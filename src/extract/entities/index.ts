// Named entities and the document's outlet. Parsers emit token-range candidates; refiners
// resolve them; spans into the original text are made last.
import type { TextContext } from '../../core/context.js';
import type { EntityMention, MetaSource } from '../../core/types.js';
import type { Candidate, EntityInput } from './candidates.js';
import { tokenKeys } from './keys.js';
import { parseGazetteer, parseHeads } from './parsers/gazetteer.js';
import { resolveOverlaps } from './refiners/overlaps.js';

export { getActor, allActors, type Actor } from './actors.js';

export function entityInput(ctx: TextContext): EntityInput {
  const tokens = ctx.segments().tokens;
  return { ctx, tokens, keys: tokens.map(tokenKeys) };
}

export function extractEntities(ctx: TextContext): EntityMention[] {
  const input = entityInput(ctx);
  // Gazetteer names first: they carry actor ids, and heads refer back to them.
  const named = parseGazetteer(input);
  const candidates: Candidate[] = [...named, ...parseHeads(input, named)];
  return toMentions(input, resolveOverlaps(candidates, input.tokens.length));
}

/** Spans in the original text: from after the first word's clitics to the last word's end. */
export function toMentions(input: EntityInput, candidates: Candidate[]): EntityMention[] {
  const { ctx, tokens } = input;
  const out: EntityMention[] = [];
  for (const c of candidates) {
    const first = tokens[c.first]!;
    const span = ctx.toOriginal('search', first.vstart + c.clitics, tokens[c.end - 1]!.vend);
    const text = ctx.text.slice(span.start, span.end);
    const m: EntityMention = { text, start: span.start, end: span.end, type: c.type };
    if (c.subtype) m.subtype = c.subtype;
    if (c.canonical) m.canonical = c.canonical;
    if (c.alias && c.alias !== text) m.aliasOf = c.alias;
    out.push(m);
  }
  return out;
}

export interface OutletGuess {
  outlet: string | null;
  outletFrom: MetaSource;
}

/** The outlet that published the document, from bylines, datelines and credits. */
export function detectOutlet(_ctx: TextContext, _entities: EntityMention[]): OutletGuess {
  return { outlet: null, outletFrom: 'none' };
}
