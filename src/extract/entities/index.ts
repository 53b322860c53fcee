// Named entities and the document's outlet. Parsers emit token-range candidates; refiners
// resolve them; spans into the original text are made last.
import type { TextContext } from '../../core/context.js';
import type { EntityMention } from '../../core/types.js';
import type { Candidate, EntityInput } from './candidates.js';
import { entityInput } from './input.js';
import { parseModel, shippedModel, type Perceptron } from './model.js';
import { parsePersonCues, parsePlaceCues } from './parsers/cues.js';
import { parseGazetteer, parseHeads } from './parsers/gazetteer.js';
import { dropHeadIdioms } from './refiners/heads.js';
import { resolveOverlaps } from './refiners/overlaps.js';
import { propagateNames } from './refiners/propagate.js';

export { getActor, allActors, type Actor } from './actors.js';
export { entityInput } from './input.js';

export function extractEntities(ctx: TextContext): EntityMention[] {
  return extractEntitiesWith(ctx, shippedModel());
}

/** extractEntities with a given model (null: rules and gazetteers only), for evaluation. */
export function extractEntitiesWith(ctx: TextContext, model: Perceptron | null): EntityMention[] {
  const input = entityInput(ctx);
  // Gazetteer names first: they carry actor ids, and heads refer back to them.
  const named = parseGazetteer(input);
  const candidates: Candidate[] = [
    ...named,
    ...dropHeadIdioms(input, parseHeads(input, named)),
    // Places, facilities, clubs and papers by their cue word (حي، سجن، نادي); a facility outranks a place inside it.
    ...parsePlaceCues(input),
    // People by a title or role; the organization after a role is skipped using the names above.
    ...parsePersonCues(input, named),
    // The model last and lowest: it finds names no list or cue knows, and loses every overlap.
    ...parseModel(input, named, model),
  ];
  const kept = resolveOverlaps(candidates, input.tokens.length);
  // Names found by a cue recur without it (ودعا برايس): one more pass over what is left.
  const more = propagateNames(input, kept);
  return toMentions(input, more.length ? resolveOverlaps([...kept, ...more], input.tokens.length) : kept);
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

export { detectOutlet, type OutletGuess } from './outlet.js';
