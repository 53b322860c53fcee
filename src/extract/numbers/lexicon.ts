// The numbers lexicon: every data file of the numbers extractor, loaded once, folded
// like the search view and indexed by word so the scanner does one Map lookup per word.

import { LexiconError, readTsv, readWordList } from '../../lexicon/load.js';
import { normalize } from '../../normalize/index.js';
import type { NumberKind, NumberQualifier } from '../../core/types.js';

export type AtomType = 'zero' | 'unit' | 'teenhead' | 'ten' | 'teen' | 'decade' | 'hundred' | 'hundreds' | 'scale' | 'scaledual' | 'scaleplural' | 'point' | 'alone';

export interface VagueInfo {
  min: number;
  max: number;
  acled: number;
  scales: boolean;
}

export interface DualInfo {
  kind: NumberKind;
  /** The singular, for reports. */
  singular: string;
  /** A construct form (حالتي، حالتا): a count only before an indefinite noun (حالتي وفاه). */
  construct?: boolean;
}

/** Everything a folded word can be for the numbers extractor. */
export interface WordInfo {
  /** `weak`: also a common word or name (متين، مية); read alone only where no word precedes it. */
  cardinal?: { value: number; type: AtomType; weak?: boolean };
  ordinal?: { value: number; bare: boolean };
  vague?: VagueInfo;
  fraction?: number;
  /** The fraction word is read only after a number (خمسة أثمان), never alone. */
  fractionAfterNumberOnly?: boolean;
  dual?: DualInfo;
}

export interface QualifierPhrase {
  phrase: string;
  qualifier: Exclude<NumberQualifier, 'exact' | 'range' | 'vague'>;
}

export type CueType = 'year-before' | 'year-after' | 'time-before' | 'time-after' | 'age-before' | 'age-after' | 'years' | 'date-before' | 'id-before' | 'phone-before' | 'count-before' | 'year-next' | 'change';
const CUE_TYPES = new Set<string>(['year-before', 'year-after', 'time-before', 'time-after', 'age-before', 'age-after', 'years', 'date-before', 'id-before', 'phone-before', 'count-before', 'year-next', 'change']);
const ATOM_TYPES = new Set<string>(['zero', 'unit', 'teenhead', 'ten', 'teen', 'decade', 'hundred', 'hundreds', 'scale', 'scaledual', 'scaleplural', 'point', 'alone']);
const QUALIFIERS = new Set<string>(['approx', 'moreThan', 'atLeast', 'lessThan', 'atMost']);
const UNIT_KINDS = new Set<string>(['money', 'percent', 'temperature', 'measure']);
const DUAL_KINDS = new Set<string>(['count', 'measure', 'money']);

export interface NumbersLexicon {
  words: Map<string, WordInfo>;
  /** Last three letters of every word in `words` (the whole word when shorter): proclitics
   * never change a word's end, so a word whose ending is not here cannot be a number word. */
  endings: Set<number>;
  /** `endings` hashed into a bit table (see hasEnding): most words are told apart by one load. */
  endingTable: Uint8Array;
  /** Folded words that are never numbers (الاثنين = Monday). */
  exceptions: Set<string>;
  /** Folded words that make the next number negative (سالب، ناقص), and their last letters. */
  negative: Set<string>;
  negativeEnds: Set<number>;
  /** Qualifier phrases before a number, by their last letter; after a number, by their first; longest first. */
  before: Map<number, QualifierPhrase[]>;
  after: Map<number, QualifierPhrase[]>;
  /** Unit phrase (folded, single spaces) → kind; `unitMaxWords` bounds the lookahead. */
  units: Map<string, NumberKind>;
  unitMaxWords: number;
  /** Proper word-prefixes of unit phrases: reading more words after one that is not here finds nothing. */
  unitPrefixes: Set<string>;
  cues: Map<string, Set<CueType>>;
  cueMaxWords: number;
  /** Proper word-prefixes and word-suffixes of cue phrases, to stop reading words early. */
  cuePrefixes: Set<string>;
  cueSuffixes: Set<string>;
  months: Set<string>;
}

/** Folds a data entry like the search view (hamzas, ة, ى, harakat). */
export function fold(word: string): string {
  return normalize(word.trim(), 'search').text.replace(/ +/g, ' ');
}

let cached: NumbersLexicon | undefined;

export function numbersLexicon(): NumbersLexicon {
  return (cached ??= loadLexicon());
}

function entry(words: Map<string, WordInfo>, key: string): WordInfo {
  let info = words.get(key);
  if (!info) {
    // Every field present (undefined until set), in one order: one hidden class for all words.
    info = { cardinal: undefined, ordinal: undefined, vague: undefined, fraction: undefined, fractionAfterNumberOnly: undefined, dual: undefined };
    words.set(key, info);
  }
  return info;
}

function num(file: string, line: number, raw: string): number {
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new LexiconError(file, line, `not a number: "${raw}"`);
  return n;
}

function loadLexicon(): NumbersLexicon {
  const words = new Map<string, WordInfo>();

  for (const r of readTsv('numbers-words.tsv', ['word', 'value', 'type'])) {
    if (!ATOM_TYPES.has(r.type)) throw new LexiconError('numbers-words.tsv', r.line, `unknown type "${r.type}"`);
    entry(words, fold(r.word)).cardinal = { value: num('numbers-words.tsv', r.line, r.value), type: r.type as AtomType, weak: r.weak === 'yes' };
  }
  for (const r of readTsv('numbers-ordinals.tsv', ['word', 'value', 'bare'])) {
    entry(words, fold(r.word)).ordinal = { value: num('numbers-ordinals.tsv', r.line, r.value), bare: r.bare === 'yes' };
  }
  for (const r of readTsv('numbers-vague.tsv', ['word', 'min', 'max', 'acled', 'scales'])) {
    const f = 'numbers-vague.tsv';
    entry(words, fold(r.word)).vague = {
      min: num(f, r.line, r.min),
      max: num(f, r.line, r.max),
      acled: num(f, r.line, r.acled),
      scales: r.scales === 'yes',
    };
  }
  for (const r of readTsv('numbers-fractions.tsv', ['word', 'value'])) {
    const info = entry(words, fold(r.word));
    info.fraction = num('numbers-fractions.tsv', r.line, r.value);
    if (r.alone === 'no') info.fractionAfterNumberOnly = true;
  }
  for (const r of readTsv('numbers-dual-nouns.tsv', ['singular', 'kind', 'yn'])) {
    if (!DUAL_KINDS.has(r.kind)) throw new LexiconError('numbers-dual-nouns.tsv', r.line, `unknown kind "${r.kind}"`);
    const dual: DualInfo = { kind: r.kind as NumberKind, singular: r.singular };
    for (const form of dualForms(fold(r.singular), r.yn === 'yes')) entry(words, form).dual ??= dual;
    for (const form of (r.extra ?? '').split(',').filter(Boolean)) entry(words, fold(form)).dual ??= dual;
    if (r.construct === 'yes') {
      const construct: DualInfo = { ...dual, construct: true };
      for (const form of constructForms(fold(r.singular))) entry(words, form).dual ??= construct;
    }
  }

  const before: QualifierPhrase[] = [];
  const after: QualifierPhrase[] = [];
  for (const r of readTsv('numbers-qualifiers.tsv', ['phrase', 'qualifier', 'position'])) {
    if (!QUALIFIERS.has(r.qualifier)) throw new LexiconError('numbers-qualifiers.tsv', r.line, `unknown qualifier "${r.qualifier}"`);
    const q: QualifierPhrase = { phrase: fold(r.phrase), qualifier: r.qualifier as QualifierPhrase['qualifier'] };
    if (r.position === 'before') before.push(q);
    else if (r.position === 'after') after.push(q);
    else throw new LexiconError('numbers-qualifiers.tsv', r.line, `position must be before or after, got "${r.position}"`);
  }

  const units = new Map<string, NumberKind>();
  let unitMaxWords = 1;
  for (const r of readTsv('numbers-units.tsv', ['phrase', 'kind'])) {
    if (!UNIT_KINDS.has(r.kind)) throw new LexiconError('numbers-units.tsv', r.line, `unknown kind "${r.kind}"`);
    const key = fold(r.phrase);
    units.set(key, r.kind as NumberKind);
    unitMaxWords = Math.max(unitMaxWords, key.split(' ').length);
  }

  const cues = new Map<string, Set<CueType>>();
  let cueMaxWords = 1;
  for (const r of readTsv('numbers-cues.tsv', ['phrase', 'cue'])) {
    if (!CUE_TYPES.has(r.cue)) throw new LexiconError('numbers-cues.tsv', r.line, `unknown cue "${r.cue}"`);
    const key = fold(r.phrase);
    let set = cues.get(key);
    if (!set) cues.set(key, (set = new Set()));
    set.add(r.cue as CueType);
    cueMaxWords = Math.max(cueMaxWords, key.split(' ').length);
  }

  const negative = new Set(readWordList('numbers-negative.txt').map(fold));

  const endings = new Set<number>();
  for (const w of words.keys()) endings.add(ending(w, w.length, Math.min(3, w.length)));

  const endingTable = new Uint8Array(ENDING_TABLE_SIZE);
  for (const code of endings) endingTable[endingSlot(code)] = 1;

  return {
    words,
    endings,
    endingTable,
    exceptions: new Set(readWordList('numbers-exceptions.txt').map(fold)),
    negative,
    negativeEnds: new Set([...negative].map((w) => w.charCodeAt(w.length - 1))),
    before: byLetter(before, (p) => p.charCodeAt(p.length - 1)),
    after: byLetter(after, (p) => p.charCodeAt(0)),
    units,
    unitMaxWords,
    unitPrefixes: partialPhrases([...units.keys()], 'prefix'),
    cues,
    cueMaxWords,
    cuePrefixes: partialPhrases([...cues.keys()], 'prefix'),
    cueSuffixes: partialPhrases([...cues.keys()], 'suffix'),
    months: loadMonths(),
  };
}

/** The proper word-prefixes (or word-suffixes) of phrases: "ما يزيد" and "ما" of "ما يزيد على". */
function partialPhrases(phrases: string[], side: 'prefix' | 'suffix'): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) {
    const words = p.split(' ');
    for (let k = 1; k < words.length; k++) out.add((side === 'prefix' ? words.slice(0, k) : words.slice(words.length - k)).join(' '));
  }
  return out;
}

/** Phrases grouped by one of their letters, longest first in each group: "ما يزيد على" before "يزيد على". */
function byLetter(phrases: QualifierPhrase[], letter: (phrase: string) => number): Map<number, QualifierPhrase[]> {
  const out = new Map<number, QualifierPhrase[]>();
  for (const q of [...phrases].sort((a, b) => b.phrase.length - a.phrase.length)) {
    const key = letter(q.phrase);
    const list = out.get(key);
    if (list) list.push(q);
    else out.set(key, [q]);
  }
  return out;
}

// Small enough to stay in the L1 cache (it is read for every word of every text); the
// few endings (~120) leave most slots empty, and a slot hit is confirmed in the set.
const ENDING_TABLE_BITS = 12;
const ENDING_TABLE_SIZE = 1 << ENDING_TABLE_BITS;

function endingSlot(code: number): number {
  return Math.imul(code, 0x9e3779b1) >>> (32 - ENDING_TABLE_BITS);
}

/** Is `code` (from `ending`) the ending of a number word? The table rules out almost every other word. */
export function hasEnding(lex: NumbersLexicon, code: number): boolean {
  return lex.endingTable[endingSlot(code)] === 1 && lex.endings.has(code);
}

/** The last `n` (≤ 3) letters of s[0, end) as one number (Arabic letters are U+06xx: a byte each). */
export function ending(s: string, end: number, n: number): number {
  let code = n;
  for (let k = end - n; k < end; k++) code = (code << 8) | (s.charCodeAt(k) & 0xff);
  return code;
}

/** Dual forms of a folded singular: غاره → غارتين، غارتان; طفل → طفلين، طفلان. */
function dualForms(singular: string, ynIsDual: boolean): string[] {
  const stem = singular.endsWith('ه') ? singular.slice(0, -1) + 'ت' : singular;
  return ynIsDual ? [stem + 'ين', stem + 'ان'] : [stem + 'ان'];
}

/** Construct duals of a folded singular ending in ة: حاله → حالتي، حالتا (حالتي وفاه). */
function constructForms(singular: string): string[] {
  if (!singular.endsWith('ه')) return [];
  const stem = singular.slice(0, -1) + 'ت';
  return [stem + 'ي', stem + 'ا'];
}

/** First words of month names: the dates lexicon's `name` column when it exists, plus our own list. */
function loadMonths(): Set<string> {
  const months = new Set<string>();
  let dates: Array<{ name: string }> = [];
  try {
    dates = readTsv('dates-months.tsv', ['name']);
  } catch (err) {
    // Only a missing file is expected (the dates lexicon is optional here); a bad one is an error.
    if (err instanceof LexiconError || (err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  for (const r of dates) months.add(fold(r.name).split(' ')[0]!);
  for (const m of readWordList('numbers-months.txt')) months.add(fold(m).split(' ')[0]!);
  return months;
}
