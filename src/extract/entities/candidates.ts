// What the entity parsers emit before refining: token ranges with a type, a source and
// (for gazetteer names) an actor. Spans into the original text are made at the end.

import type { EntityType } from '../../core/types.js';
import type { TextContext } from '../../core/context.js';
import type { Token } from '../../segment/index.js';
import type { TokenKeys } from './keys.js';

export type CandidateSource = 'gazetteer' | 'head' | 'cue' | 'name' | 'model' | 'propagated';

export interface Candidate {
  /** Tokens [first, end). */
  first: number;
  end: number;
  /** Search-view characters to skip at the first token (its clitics). */
  clitics: number;
  type: EntityType;
  subtype?: string;
  canonical?: string;
  /** The data alias matched, when it differs from the text. */
  alias?: string;
  source: CandidateSource;
  /** Higher wins an overlap; equal scores prefer the longer candidate. */
  priority: number;
}

/** Tokens of a document with their comparison keys, shared by every parser. */
export interface EntityInput {
  ctx: TextContext;
  tokens: Token[];
  keys: TokenKeys[];
  /** keys[i].id, in one array the model reads fast. */
  ids: Int32Array;
  /** keysGeneration() when the ids were given: ids of an older generation are stale. */
  generation: number;
}
