// Named entities and the document's outlet (placeholder until the recognizers land).
import type { TextContext } from '../../core/context.js';
import type { EntityMention, MetaSource } from '../../core/types.js';

export function extractEntities(_ctx: TextContext): EntityMention[] {
  return [];
}

export interface OutletGuess {
  outlet: string | null;
  outletFrom: MetaSource;
}

/** The outlet that published the document, from bylines, datelines and credits. */
export function detectOutlet(_ctx: TextContext, _entities: EntityMention[]): OutletGuess {
  return { outlet: null, outletFrom: 'none' };
}
