// A document's tokens with their comparison keys and word ids, made once per document and
// shared by the entity parsers and the outlet detector.

import type { TextContext } from '../../core/context.js';
import type { EntityInput } from './candidates.js';
import { documentRoots } from './gazetteer.js';
import { documentTokenKeys, keysGeneration, trimKeys } from './keys.js';

// The last document's input only: a WeakMap's entries would keep each document's tokens
// alive through young collections.
let last: EntityInput | undefined;

export function entityInput(ctx: TextContext): EntityInput {
  const tokens = ctx.segments().tokens;
  trimKeys();
  const ids = new Int32Array(tokens.length);
  const keys = documentTokenKeys(tokens, ids);
  documentRoots(keys, ids);
  const input = { ctx, tokens, keys, ids, generation: keysGeneration() };
  last = input;
  return input;
}

/** The input made last for this text, or a new one when there is none or its ids are stale. */
export function documentInput(ctx: TextContext): EntityInput {
  return last && last.ctx === ctx && last.generation === keysGeneration() ? last : entityInput(ctx);
}
