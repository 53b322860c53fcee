// The figures lexicon: measures, trigger words, roles, attribution words, cues and
// periods (src/lexicon/data/ar/figures-*.tsv), loaded and validated once.

import { LexiconError, readLines, readTsv } from '../lexicon/load.js';
import type { Token } from '../segment/index.js';
import { MEASURES, ROLES, type Measure, type Role } from './types.js';

export type TriggerPosition = 'before' | 'next' | 'own' | 'after' | 'both' | 'toll';
export interface Trigger {
  form: string;
  measure: Measure;
  position: TriggerPosition;
  /** The trigger counts only when one of these words is in the sentence. */
  needs: string[];
  /** Measure to use when the counted people are civilians. */
  civilians: Measure | null;
  /** Measure to use when the counted are the party's own (فقدت 27 من عناصرها = killed). */
  own: Measure | null;
}

export interface RoleWord {
  role: Role;
  specific: boolean;
}

export type SourceKind = 'verb' | 'phrase' | 'quoting' | 'relay' | 'continue' | 'same' | 'head';
export type CueKind = 'negation' | 'hypothetical' | 'maybe' | 'still' | 'combined' | 'breakdown' | 'stop';
export type PeriodKind = 'since' | 'window' | 'partial' | 'unit' | 'short';
export type EarlierKind = 'earlier' | 'preliminary' | 'frame' | 'opener' | 'revised' | 'current';

/** A phrase saying a count is an earlier value of a toll (figures-earlier.tsv). */
export interface EarlierPhrase {
  words: string[];
  kind: EarlierKind;
}

export interface MeasureInfo {
  id: Measure;
  label: string;
  cumulative: boolean;
}

export interface FiguresLexicon {
  measures: Map<Measure, MeasureInfo>;
  triggers: Map<string, Trigger>;
  roles: Map<string, RoleWord>;
  sources: Map<string, SourceKind>;
  cues: Map<string, CueKind>;
  periods: Map<string, PeriodKind>;
  /** Headline words naming the kind of event (flood, quake, violence …). */
  eventKinds: Map<string, string>;
  /** Earlier-toll phrases by their first word. */
  earlier: Map<string, EarlierPhrase[]>;
  /** Nouns that count things or animals, never people (figures-things.txt). */
  things: Set<string>;
  /** Statements a source issues (بيان، تصريح), from figures-words.tsv. */
  statementNouns: Set<string>;
  /** Messages that report without being a speaker: the statement nouns and بلاغ، اتصال. */
  reportNouns: Set<string>;
  /** Nouns heading a running total (عدد، حصيلة). */
  tollHeads: Set<string>;
  /** Words saying who issued a statement (اصدره، صادر). */
  issuedBy: Set<string>;
  /** The role of an actor's members (figures-party-roles.tsv); an actor ending in - is a prefix of ids. */
  partyRoles: Array<{ actor: string; role: Role }>;
}

const SOURCE_KINDS: readonly SourceKind[] = ['verb', 'phrase', 'quoting', 'relay', 'continue', 'same', 'head'];
const CUE_KINDS: readonly CueKind[] = ['negation', 'hypothetical', 'maybe', 'still', 'combined', 'breakdown', 'stop'];
const PERIOD_KINDS: readonly PeriodKind[] = ['since', 'window', 'partial', 'unit', 'short'];
const EARLIER_KINDS: readonly EarlierKind[] = ['earlier', 'preliminary', 'frame', 'opener', 'revised', 'current'];
const POSITIONS: readonly TriggerPosition[] = ['before', 'next', 'own', 'after', 'both', 'toll'];
const WORD_KINDS = ['statement', 'report', 'toll-head', 'issued-by'] as const;
const EVENT_KINDS = ['quake', 'flood', 'fire', 'aircrash', 'shipwreck', 'road', 'epidemic', 'collapse', 'violence'] as const;

function oneOf<T extends string>(file: string, line: number, column: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new LexiconError(file, line, `${column} "${value}" is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

function addUnique<V>(map: Map<string, V>, file: string, line: number, form: string, value: V): void {
  if (/\s/.test(form)) throw new LexiconError(file, line, `"${form}": one word per line`);
  if (map.has(form)) throw new LexiconError(file, line, `"${form}" is listed twice`);
  map.set(form, value);
}

function load(): FiguresLexicon {
  const measures = new Map<Measure, MeasureInfo>();
  for (const r of readTsv('figures-measures.tsv', ['id', 'label', 'cumulative'])) {
    const id = oneOf('figures-measures.tsv', r.line, 'id', r.id, MEASURES);
    measures.set(id, { id, label: r.label, cumulative: oneOf('figures-measures.tsv', r.line, 'cumulative', r.cumulative, ['yes', 'no']) === 'yes' });
  }
  for (const m of MEASURES) if (!measures.has(m)) throw new LexiconError('figures-measures.tsv', 1, `measure "${m}" is missing`);

  const file = 'figures-triggers.tsv';
  const triggers = new Map<string, Trigger>();
  for (const r of readTsv(file, ['form', 'measure', 'position'])) {
    const civilians = r.civilians ? oneOf(file, r.line, 'civilians', r.civilians, MEASURES) : null;
    const own = r.own ? oneOf(file, r.line, 'own', r.own, MEASURES) : null;
    addUnique(triggers, file, r.line, r.form, {
      form: r.form,
      measure: oneOf(file, r.line, 'measure', r.measure, MEASURES),
      position: oneOf(file, r.line, 'position', r.position, POSITIONS),
      needs: r.needs ? r.needs.split('|').map((w) => w.trim()).filter(Boolean) : [],
      civilians,
      own,
    });
  }

  const roles = new Map<string, RoleWord>();
  for (const r of readTsv('figures-roles.tsv', ['form', 'role', 'strength'])) {
    addUnique(roles, 'figures-roles.tsv', r.line, r.form, {
      role: oneOf('figures-roles.tsv', r.line, 'role', r.role, ROLES),
      specific: oneOf('figures-roles.tsv', r.line, 'strength', r.strength, ['general', 'specific']) === 'specific',
    });
  }

  const sources = new Map<string, SourceKind>();
  for (const r of readTsv('figures-sources.tsv', ['form', 'kind'])) {
    addUnique(sources, 'figures-sources.tsv', r.line, r.form, oneOf('figures-sources.tsv', r.line, 'kind', r.kind, SOURCE_KINDS));
  }
  const cues = new Map<string, CueKind>();
  for (const r of readTsv('figures-cues.tsv', ['form', 'kind'])) {
    addUnique(cues, 'figures-cues.tsv', r.line, r.form, oneOf('figures-cues.tsv', r.line, 'kind', r.kind, CUE_KINDS));
  }
  const periods = new Map<string, PeriodKind>();
  for (const r of readTsv('figures-periods.tsv', ['form', 'kind'])) {
    addUnique(periods, 'figures-periods.tsv', r.line, r.form, oneOf('figures-periods.tsv', r.line, 'kind', r.kind, PERIOD_KINDS));
  }
  const eventKinds = new Map<string, string>();
  for (const r of readTsv('figures-event-kinds.tsv', ['form', 'kind'])) {
    addUnique(eventKinds, 'figures-event-kinds.tsv', r.line, r.form, oneOf('figures-event-kinds.tsv', r.line, 'kind', r.kind, EVENT_KINDS));
  }
  const earlier = new Map<string, EarlierPhrase[]>();
  const seen = new Set<string>();
  for (const r of readTsv('figures-earlier.tsv', ['phrase', 'kind'])) {
    const words = r.phrase.split(/\s+/).filter(Boolean);
    if (seen.has(words.join(' '))) throw new LexiconError('figures-earlier.tsv', r.line, `"${r.phrase}" is listed twice`);
    seen.add(words.join(' '));
    const list = earlier.get(words[0]!) ?? [];
    list.push({ words, kind: oneOf('figures-earlier.tsv', r.line, 'kind', r.kind, EARLIER_KINDS) });
    earlier.set(words[0]!, list);
  }
  const things = new Set<string>();
  for (const l of readLines('figures-things.txt')) {
    const word = l.fields[0]!;
    if (l.fields.length > 1 || /\s/.test(word) || things.has(word)) throw new LexiconError('figures-things.txt', l.line, `"${word}": one word per line, listed once`);
    things.add(word);
  }
  const wordKinds = new Map<string, string>();
  for (const r of readTsv('figures-words.tsv', ['word', 'kind'])) {
    addUnique(wordKinds, 'figures-words.tsv', r.line, r.word, oneOf('figures-words.tsv', r.line, 'kind', r.kind, WORD_KINDS));
  }
  const wordsOf = (...kinds: string[]): Set<string> => new Set([...wordKinds].filter(([, k]) => kinds.includes(k)).map(([w]) => w));
  const partyRoles = readTsv('figures-party-roles.tsv', ['actor', 'role']).map((r) => ({
    actor: r.actor,
    role: oneOf('figures-party-roles.tsv', r.line, 'role', r.role, ROLES),
  }));
  return {
    measures, triggers, roles, sources, cues, periods, eventKinds, earlier, things, partyRoles,
    statementNouns: wordsOf('statement'),
    reportNouns: wordsOf('statement', 'report'),
    tollHeads: wordsOf('toll-head'),
    issuedBy: wordsOf('issued-by'),
  };
}

let lexicon: FiguresLexicon | undefined;
export function figuresLexicon(): FiguresLexicon {
  return (lexicon ??= load());
}

const ENCLITICS = ['هما', 'هم', 'هن', 'ها', 'ه', 'نا'];

/** The forms under which a word token is looked up, most literal first. */
export function lookupKeys(token: Token): string[] {
  if (token.kind !== 'word') return [];
  const s = token.search;
  const keys = [s];
  const first = s.charCodeAt(0);
  const conj = first === 0x0648 || first === 0x0641; // و ف
  if (conj && s.length >= 3) keys.push(s.slice(1));
  const stem = token.stem;
  if (stem !== s) keys.push(stem);
  // A preposition glued to a word without the article: بمقتل، لاجلاء، وبمقتل.
  let bare = stem;
  if (conj && bare === s && bare.length > 4) bare = bare.slice(1);
  const p = bare.charCodeAt(0);
  if ((p === 0x0628 || p === 0x0644 || p === 0x0643) && bare.length > 3) keys.push(bare.slice(1));
  // A final ه written as ة is the feminine ending, not a pronoun (الاسرة is not اسر + ه).
  const teh = token.text.replace(/[\u064B-\u065F\u0640]+$/u, '').endsWith('ة');
  for (const e of ENCLITICS) {
    if (e === 'ه' && teh) continue;
    if (stem.length - e.length >= 2 && stem.endsWith(e)) keys.push(stem.slice(0, -e.length));
  }
  return keys;
}

/**
 * Looks a word token up in a lexicon map: as written (search view), without a leading
 * conjunction, without all proclitics, without a leading preposition (بمقتل، لاجلاء),
 * then without a suffix pronoun.
 */
export function lookup<V>(map: ReadonlyMap<string, V>, token: Token): V | undefined {
  for (const key of lookupKeys(token)) {
    const v = map.get(key);
    if (v !== undefined) return v;
  }
  return undefined;
}
