// Who was counted: the noun phrase after the number (17 عنصرا من قواتها · 5 مدنيين ·
// 39 من عناصر التنظيم), its role (the most precise role word in it) and its party (the
// organisation or people named in it, or the speaker for "قواتها / عناصره").

import type { EntityMention, NumberMention } from '../core/types.js';
import type { Token } from '../segment/index.js';
import { figuresLexicon } from './lexicon.js';
import { isComplementizer, isConjunction, isQuote, TRAILING_BOUNDS, type Meanings } from './tokens.js';
import type { FigureSubject, Role } from './types.js';

export interface SubjectPhrase {
  text: string;
  role: Role;
  party: string | null;
  partyFrom?: FigureSubject['partyFrom'];
  /** The phrase has a possessive pronoun on a forces word (قواتها): the party is the speaker. */
  pronounParty: boolean;
  /** Nothing was said about who was counted. */
  empty: boolean;
  /** Last token of the phrase (or the token before it when empty). */
  endToken: number;
}

export interface SubjectInput {
  tokens: readonly Token[];
  meanings: Meanings;
  /** Sorted by start. */
  entities: readonly EntityMention[];
  numberTokens: ReadonlyMap<number, NumberMention>;
  /** First token after the number (and its tamyiz). */
  from: number;
  /** End of the sentence (exclusive). */
  limit: number;
  text: string;
  /** The number's own counted noun (a dual: شخصين). */
  noun?: string;
  /** Token of a tamyiz trigger that may name a role too (3500 سجين), or -1. */
  hint: number;
  /** Tokens between a trigger and the number, which may name the people (حصيله قتلي الحوثيين). */
  tollFrom: number;
  tollTo: number;
}

const MAX_TOKENS = 10;
const ENCLITIC = /(ها|هم|ه|نا|هما)$/u;

export function readSubject(input: SubjectInput): SubjectPhrase {
  const { tokens, meanings, numberTokens, limit } = input;
  // "مقتل 2927 على الاقل من تنظيم داعش": the people follow a bound left after the number.
  const from = tokens[input.from]?.search === 'علي' && TRAILING_BOUNDS.has(tokens[input.from + 1]?.search ?? '') && input.from + 2 < limit ? input.from + 2 : input.from;
  let end = from; // exclusive
  let words = 0;
  for (let t = from; t < limit && words < MAX_TOKENS; t++) {
    const tok = tokens[t]!;
    const m = meanings.of(t);
    if (numberTokens.has(t)) break;
    if (tok.kind === 'punct') {
      if (isQuote(tok)) continue; // quoted names: 200 عنصر من “قوات سوريا الديمقراطية”
      break;
    }
    if (isConjunction(tok) && numberTokens.has(t + 1)) break;
    // "20 منهم من المدنيين": the part's own people follow its cue.
    if (t === from && m.cue === 'breakdown' && tokens[t + 1]?.search === 'من') continue;
    if (m.trigger && !m.role) break;
    // "14 قتيلا في صفوف المحتجين": the ranks of whom.
    if (tok.search === 'في' && tokens[t + 1]?.search === 'صفوف' && t + 1 < limit) {
      t++;
      continue;
    }
    if (m.cue === 'stop' || m.cue === 'breakdown' || m.cue === 'negation' || m.cue === 'hypothetical' || m.period) break;
    if ((m.source && m.source !== 'head' && m.source !== 'same') || isComplementizer(tok)) break;
    // "عشرات الفلسطينيين بايدي جنود ...": a phrase with ب says by whom or where, not who.
    if (t > from && tok.search.startsWith('ب') && tok.search.length > 3 && !m.role && !entityStartsAt(input.entities, tok.start)) break;
    // "... وعناصر قوى الامن" goes on; "... ويعد اكبر سجن" starts a new clause.
    if (t > from && tok.proclitics[0] === 'و' && !m.role && !entityStartsAt(input.entities, tok.start)) break;
    if (t === from && input.hint >= 0 && tok.search !== 'من' && !m.role && !entityStartsAt(input.entities, tok.start)) break;
    end = t + 1;
    words++;
  }

  // "25 من الجرحى": a bare "من" before the trigger names nobody.
  if (end === from + 1 && tokens[from]!.search === 'من') end = from;

  let role: Role | undefined;
  let general: Role | undefined;
  let pronounParty = false;
  let pronounAt = -1;
  const consider = (t: number): void => {
    const r = meanings.of(t).role;
    if (!r) return;
    // "3 من عائله واحده": members of one family are people, not a count of families.
    if (r.role === 'families' && tokens[t - 1]?.search === 'من' && tokens[t]!.stem.endsWith('ه')) return;
    if (r.specific) role ??= r.role;
    else general ??= r.role;
    if (pronounAt < 0 && hasPossessive(tokens[t]!)) {
      pronounParty = true;
      pronounAt = t;
    }
  };
  // A dual names its own people (امراتين وطفلا: women); otherwise the phrase after the number
  // says most; then the tamyiz, the toll.
  if (input.noun) consider(Math.max(0, from - 1));
  for (let t = from; t < end; t++) consider(t);
  if (input.hint >= 0) consider(input.hint);
  const sawRoleWord = role !== undefined || general !== undefined;
  if (input.tollFrom >= 0) for (let t = input.tollFrom; t < input.tollTo; t++) consider(t);

  // The party: an organisation or people named in the phrase (or between trigger and number).
  const spans: Array<[number, number]> = [];
  if (end > from) spans.push([tokens[from]!.start, tokens[end - 1]!.end]);
  if (input.tollFrom >= 0 && input.tollTo > input.tollFrom) spans.push([tokens[input.tollFrom]!.start, tokens[input.tollTo - 1]!.end]);
  let party: string | null = null;
  for (const [s, e] of spans) {
    const entity = firstParty(input.entities, s, e);
    if (entity) {
      // "عنصرا من قواتها وعناصر قوى الامن": the pronoun comes first, the party is the speaker's.
      if (pronounAt >= 0 && tokens[pronounAt]!.start < entity.start) break;
      party = entity.canonical ?? null;
      break;
    }
  }
  const text = end > from ? input.text.slice(tokens[from]!.start, tokens[end - 1]!.end) : input.hint >= 0 ? tokens[input.hint]!.text : '';
  // "4 من عناصر القوات المسلحة": members of an army are soldiers.
  if (!role && party) role = partyRole(party);
  return {
    text,
    role: role ?? general ?? 'all',
    party,
    ...(party ? { partyFrom: 'text' as const } : {}),
    pronounParty: pronounParty && !party,
    empty: !sawRoleWord && party === null && end === from,
    endToken: end > from ? end - 1 : from - 1,
  };
}

/**
 * A people word with a possessive suffix naming its owner (قواتها، عناصرها، جنوده، مقاتليهم),
 * not a listed form that ends like one.
 */
export function hasPossessive(tok: Token): boolean {
  const roles = figuresLexicon().roles;
  if (roles.has(tok.stem) || roles.has(tok.search)) return false;
  const m = ENCLITIC.exec(tok.stem);
  return m !== null && roles.has(tok.stem.slice(0, -m[0].length));
}

function firstParty(entities: readonly EntityMention[], start: number, end: number): EntityMention | undefined {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < entities.length && entities[k]!.start < end; k++) {
    const e = entities[k]!;
    if ((e.type === 'ORG' || e.type === 'NORP') && e.canonical) return e;
  }
  return undefined;
}

function entityStartsAt(entities: readonly EntityMention[], offset: number): boolean {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < entities.length && entities[lo]!.start === offset;
}

/** The role of an actor's members (figures-party-roles.tsv), or undefined. */
function partyRole(party: string): Role | undefined {
  return figuresLexicon().partyRoles.find((p) => (p.actor.endsWith('-') ? party.startsWith(p.actor) : party === p.actor))?.role;
}
