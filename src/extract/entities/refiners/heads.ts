// Generic heads that are part of a fixed expression refer to no actor: "رئيس الوزراء
// بالوكالة" (acting) names no agency (entities-head-idioms.txt).

import { readWordList } from '../../../lexicon/load.js';
import { normalize } from '../../../normalize/index.js';
import type { Candidate, EntityInput } from '../candidates.js';

let idioms: Set<string> | undefined;
/** The idioms' search forms (tokens are compared by their search form, clitics included). */
function headIdioms(): Set<string> {
  return (idioms ??= new Set(readWordList('entities-head-idioms.txt').map((w) => normalize(w, 'search').text)));
}

export function dropHeadIdioms(input: EntityInput, heads: Candidate[]): Candidate[] {
  if (heads.length === 0) return heads;
  const words = headIdioms();
  return heads.filter((c) => !(c.end - c.first === 1 && words.has(input.tokens[c.first]!.search)));
}
