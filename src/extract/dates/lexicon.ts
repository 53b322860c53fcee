// The date lexicon: month, weekday, number and date words from the dates-*.tsv data
// files, folded to the search view and indexed by phrase, loaded once.

import { LexiconError, readTsv } from '../../lexicon/load.js';
import { normalize } from '../../normalize/index.js';

export type Calendar = 'gregorian' | 'hijri';
export type WordRole =
  | 'relday' | 'now' | 'past' | 'future' | 'current' | 'this' | 'unit' | 'ago' | 'within' | 'part' | 'period'
  | 'lead' | 'join' | 'hour' | 'minutes' | 'minus' | 'zone' | 'era' | 'yearword' | 'dayword' | 'monthword'
  | 'from' | 'between' | 'to' | 'until' | 'of' | 'first' | 'last' | 'agree';
export type NumberKind = 'cardinal' | 'ordinal' | 'teen' | 'teenonly' | 'tens' | 'hundreds' | 'thousands';
export type Unit = 'day' | 'week' | 'month' | 'year' | 'hour' | 'minute' | 'second';

export type LexEntry =
  | { type: 'month'; month: number; calendar: Calendar; alone: boolean }
  | { type: 'weekday'; weekday: number; article: boolean }
  | { type: 'word'; role: WordRole; value: string }
  | { type: 'num'; value: number; kind: NumberKind }
  | { type: 'holiday'; calendar: Calendar | 'easter'; month: number; day: number };

export interface TrieNode {
  entries: LexEntry[] | null;
  next: Map<string, TrieNode> | null;
}

export interface DateLexicon {
  /** The phrases as a word trie (folded words), so matching builds no strings. */
  trie: Map<string, TrieNode>;
  /** Folded words whose presence makes a text worth parsing (besides digits). */
  triggers: Set<string>;
  /** Words that end a day of the month said in words (العشرين، عشر), with their article. */
  dayEndWords: Set<string>;
  /** Weekday names without their article (خميس، احد): every form of a name holds one. */
  weekdayStems: string[];
}

export const WORD_ROLES: readonly WordRole[] = ['relday', 'now', 'past', 'future', 'current', 'this', 'unit', 'ago', 'within', 'part', 'period', 'lead', 'join', 'hour', 'minutes', 'minus', 'zone', 'era', 'yearword', 'dayword', 'monthword', 'from', 'between', 'to', 'until', 'of', 'first', 'last', 'agree'];
const ROLES = new Set<string>(WORD_ROLES);
const NUMBER_KINDS = new Set<string>(['cardinal', 'ordinal', 'teen', 'teenonly', 'tens', 'hundreds', 'thousands']);
/** Common words that are date words only next to another date word (ظهر "appeared"). */
const NOT_TRIGGERS = ['ظهر', 'ليل'];
/** Word roles that can carry a date on their own, so they trigger parsing. */
const TRIGGER_ROLES = new Set<WordRole>(['relday', 'now', 'hour', 'era', 'part']);

/**
 * The entry with the fields of every type (undefined where not its own), in one order:
 * the readers test `e.type` on entries of all types, and one hidden class keeps those
 * tests monomorphic instead of deoptimising as each new type shows up.
 */
function uniform(e: LexEntry): LexEntry {
  const f = e as Partial<Record<string, unknown>>;
  const all = { type: e.type, month: f.month, calendar: f.calendar, alone: f.alone, weekday: f.weekday, article: f.article, role: f.role, value: f.value, kind: f.kind, day: f.day };
  return all as LexEntry;
}

export function fold(s: string): string {
  return normalize(s, 'search').text.replace(/\s+/g, ' ').trim();
}

let lexicon: DateLexicon | undefined;

export function dateLexicon(): DateLexicon {
  if (lexicon) return lexicon;
  const phrases = new Map<string, LexEntry[]>();
  const trie = new Map<string, TrieNode>();
  const triggers = new Set<string>();
  const pending: Array<{ words: string[]; entry: LexEntry }> = [];
  const weekdayStems: string[] = [];
  const add = (phrase: string, given: LexEntry, trigger: boolean): void => {
    const entry = uniform(given);
    const key = fold(phrase);
    const words = key.split(' ');
    const list = phrases.get(key);
    if (list) list.push(entry);
    else phrases.set(key, [entry]);
    let level = trie;
    let node: TrieNode | undefined;
    for (const w of words) {
      node = level.get(w);
      if (!node) level.set(w, (node = { entries: null, next: null }));
      level = node.next ??= new Map();
    }
    (node!.entries ??= []).push(entry);
    if (trigger) pending.push({ words, entry });
  };

  for (const r of readTsv('dates-months.tsv', ['month', 'calendar', 'name', 'alone'])) {
    const month = Number(r.month);
    if (!(month >= 1 && month <= 12)) throw new LexiconError('dates-months.tsv', r.line, `month must be 1-12, got "${r.month}"`);
    if (r.calendar !== 'gregorian' && r.calendar !== 'hijri') throw new LexiconError('dates-months.tsv', r.line, `calendar must be gregorian or hijri`);
    if (r.alone !== 'yes' && r.alone !== 'no') throw new LexiconError('dates-months.tsv', r.line, `alone must be yes or no`);
    add(r.name, { type: 'month', month, calendar: r.calendar, alone: r.alone === 'yes' }, true);
  }
  for (const r of readTsv('dates-weekdays.tsv', ['weekday', 'name'])) {
    const weekday = Number(r.weekday);
    if (!(weekday >= 0 && weekday <= 6)) throw new LexiconError('dates-weekdays.tsv', r.line, 'weekday must be 0-6');
    const name = fold(r.name);
    if (!name.startsWith('ال')) throw new LexiconError('dates-weekdays.tsv', r.line, 'write the name with its article (الخميس)');
    add(name, { type: 'weekday', weekday, article: true }, true);
    add(name.slice(2), { type: 'weekday', weekday, article: false }, false);
    weekdayStems.push(name.slice(2));
  }
  for (const r of readTsv('dates-words.tsv', ['phrase', 'role'])) {
    if (!ROLES.has(r.role)) throw new LexiconError('dates-words.tsv', r.line, `unknown role "${r.role}"`);
    const role = r.role as WordRole;
    if ((role === 'relday' || role === 'minutes' || role === 'zone') && !Number.isFinite(Number(r.value))) throw new LexiconError('dates-words.tsv', r.line, 'value must be a number');
    if (role === 'unit' && !/^(day|week|month|year|hour|minute|second):\d$/.test(r.value ?? '')) throw new LexiconError('dates-words.tsv', r.line, 'unit value must look like day:1');
    add(r.phrase, { type: 'word', role, value: r.value ?? '' }, TRIGGER_ROLES.has(role));
  }
  const dayEndWords = new Set<string>();
  for (const r of readTsv('dates-numbers.tsv', ['word', 'value', 'kind'])) {
    if (!NUMBER_KINDS.has(r.kind)) throw new LexiconError('dates-numbers.tsv', r.line, `unknown kind "${r.kind}"`);
    const w = fold(r.word);
    if ((r.kind === 'teen' && !w.endsWith('ه')) || (r.kind === 'tens' && Number(r.value) <= 30 && w.startsWith('ال'))) dayEndWords.add(w);
    add(r.word, { type: 'num', value: Number(r.value), kind: r.kind as NumberKind }, false);
  }
  for (const r of readTsv('dates-holidays.tsv', ['name', 'calendar'])) {
    const cal = r.calendar;
    if (cal !== 'gregorian' && cal !== 'hijri' && cal !== 'easter') throw new LexiconError('dates-holidays.tsv', r.line, 'calendar must be gregorian, hijri or easter');
    const month = Number(r.month || 0);
    const day = Number(r.day || 0);
    if (cal !== 'easter' && !(month >= 1 && month <= 12 && day >= 1 && day <= 31)) throw new LexiconError('dates-holidays.tsv', r.line, 'month and day required');
    add(r.name, { type: 'holiday', calendar: cal, month, day }, true);
  }
  // One distinctive word per phrase starts parsing, never في/من/الذي: a month's first word
  // (كانون، ربيع), a word that is a date word alone (أول أمس → أمس), else the last word
  // (بعد غد → غد، عيد الفطر → الفطر).
  const single = new Set(pending.filter((p) => p.words.length === 1).map((p) => p.words[0]!));
  for (const { words, entry } of pending) {
    if (words.length === 1 || entry.type === 'month') triggers.add(words[0]!);
    else triggers.add(words.find((w) => single.has(w)) ?? words[words.length - 1]!);
  }
  for (const w of NOT_TRIGGERS) triggers.delete(w);
  // Plural and defined period words start relative dates (منذ ثلاثة أيام، الأسبوع الماضي).
  for (const [key, entries] of phrases) {
    for (const e of entries) {
      if (e.type === 'word' && e.role === 'unit' && (e.value.endsWith(':0') || e.value.endsWith(':2'))) triggers.add(key);
    }
  }
  for (const w of ['الاسبوع', 'الشهر', 'السنه', 'العام', 'شهر', 'الليله', 'الفين', 'الفان', 'اسبوع', 'سنه']) triggers.add(w);
  return (lexicon = { trie, triggers, dayEndWords, weekdayStems });
}
