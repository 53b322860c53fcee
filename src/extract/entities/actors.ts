// The canonical actors: organizations, armed groups, government bodies, outlets, people,
// countries, places and peoples, each with an id, an English name and Arabic aliases.
// Built once from the entities-* data files and i18n-iso-countries (country names).

import { createRequire } from 'node:module';
import type { EntityType } from '../../core/types.js';
import { LexiconError, readLexiconFile, readTsv } from '../../lexicon/load.js';

export interface Actor {
  id: string;
  /** English name. */
  name: string;
  type: EntityType;
  /** country, province, city, district, region for places. */
  subtype?: string;
  /** Arabic (and Latin) names, as written in the data (brackets removed). */
  aliases: string[];
  /** Words of an alias that are matched but left out of the mention (alias → trim). */
  trims?: Map<string, AliasTrim>;
  /** Names that only count in a byline or after an outlet cue (الحرة، ناس). */
  creditOnly?: string[];
  /** Aliases that are also an adjective (تركية): no place right after a noun. */
  adjectives?: Set<string>;
  /** Actor this one belongs to (a ministry's country, a spokesman's office). */
  parent?: string;
  /** Country code (lowercase ISO 3166 alpha-2) for places. */
  country?: string;
  /** Generic words that refer back to the actor once it is named (التنظيم). */
  heads: string[];
  /**
   * state-body: ministries, armies, police, state agencies, named by what they are (وزارة
   * الخارجية الأمريكية); named-body: an organ of a state known by a proper name of its own
   * (الكرملين، الكونغرس، الكنيست), which news corpora tag as an organization.
   */
  kind?: 'state-body' | 'named-body';
}

/**
 * An alias written with words in brackets, "[قطاع] غزة" or "مكة [المكرمة]": the whole alias
 * is matched and decides the actor, the mention covers the name without them (غزة، مكة).
 */
export interface AliasTrim {
  before: string;
  after: string;
}

/** A name whose actor depends on what else the document names. */
export interface ContextAlias {
  alias: string;
  type: EntityType;
  id: string;
  context: string[];
}

/** Version of the gazetteer data (the "# version" line of entities-actors.tsv). */
export function gazetteerVersion(): number {
  return readVersion('entities-actors.tsv');
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const TYPES = new Set<EntityType>(['PER', 'ORG', 'LOC', 'FAC', 'NORP', 'MEDIA']);

interface Registry {
  byId: Map<string, Actor>;
  contextAliases: ContextAlias[];
}

let registry: Registry | undefined;

export function getActor(id: string): Actor | undefined {
  return load().byId.get(id);
}

/** The actor and its parents, nearest first (a city, its province, its country), at most 4 up. */
export function actorAncestors(id: string): string[] {
  const out = [id];
  let actor = getActor(id);
  for (let depth = 0; actor?.parent && depth < 4; depth++) {
    out.push(actor.parent);
    actor = getActor(actor.parent);
  }
  return out;
}

export function allActors(): Actor[] {
  return [...load().byId.values()];
}

export function contextAliases(): ContextAlias[] {
  return load().contextAliases;
}

function splitList(s: string | undefined): string[] {
  return (s ?? '')
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);
}

const BRACKETED = /^(?:\[([^\]]+)\]\s*)?([^[\]]+?)(?:\s*\[([^\]]+)\])?$/;

/** The aliases of a data cell, brackets removed, and the trims they mark. */
function readAliases(file: string, line: number, cell: string | undefined): Pick<Actor, 'aliases' | 'trims'> {
  const aliases: string[] = [];
  let trims: Map<string, AliasTrim> | undefined;
  for (const raw of splitList(cell)) {
    if (!raw.includes('[') && !raw.includes(']')) {
      aliases.push(raw);
      continue;
    }
    const m = BRACKETED.exec(raw);
    if (!m) throw new LexiconError(file, line, `bad brackets in "${raw}" (only words at the start or the end may be in brackets)`);
    const before = m[1]?.trim() ?? '';
    const after = m[3]?.trim() ?? '';
    const alias = [before, m[2]!.trim(), after].filter(Boolean).join(' ');
    aliases.push(alias);
    (trims ??= new Map()).set(alias, { before, after });
  }
  return trims ? { aliases, trims } : { aliases };
}

function load(): Registry {
  if (registry) return registry;
  const byId = new Map<string, Actor>();
  const add = (file: string, line: number, actor: Actor): void => {
    if (!ID.test(actor.id)) throw new LexiconError(file, line, `bad id "${actor.id}" (lowercase latin letters, digits and dashes)`);
    if (!TYPES.has(actor.type)) throw new LexiconError(file, line, `bad type "${actor.type}"`);
    if (byId.has(actor.id)) throw new LexiconError(file, line, `duplicate id "${actor.id}"`);
    byId.set(actor.id, actor);
  };

  for (const r of readTsv('entities-actors.tsv', ['id', 'type', 'name', 'aliases'])) {
    add('entities-actors.tsv', r.line, {
      id: r.id,
      type: r.type as EntityType,
      name: r.name,
      ...readAliases('entities-actors.tsv', r.line, r.aliases),
      parent: r.parent || undefined,
      kind: actorKind(r.kind, r.line),
      heads: [],
    });
  }
  for (const r of readTsv('entities-outlets.tsv', ['id', 'name'])) {
    const named = readAliases('entities-outlets.tsv', r.line, r.aliases);
    const creditOnly = splitList(r.credit_only);
    if (!named.aliases.length && !creditOnly.length) throw new LexiconError('entities-outlets.tsv', r.line, 'no alias');
    add('entities-outlets.tsv', r.line, { id: r.id, type: 'MEDIA', name: r.name, ...named, creditOnly, heads: [] });
  }
  loadCountries(add);
  for (const r of readTsv('entities-places.tsv', ['id', 'subtype', 'name', 'aliases'])) {
    add('entities-places.tsv', r.line, {
      id: r.id,
      type: 'LOC',
      subtype: r.subtype,
      name: r.name,
      ...readAliases('entities-places.tsv', r.line, r.aliases),
      country: r.country || undefined,
      parent: r.country || undefined,
      heads: [],
    });
  }
  for (const r of readTsv('entities-norp.tsv', ['id', 'name', 'aliases'])) {
    add('entities-norp.tsv', r.line, { id: r.id, type: 'NORP', name: r.name, aliases: splitList(r.aliases), heads: [] });
  }
  loadNationalities(byId, add);
  for (const r of readTsv('entities-heads.tsv', ['id', 'heads'])) {
    const actor = byId.get(r.id);
    if (!actor) throw new LexiconError('entities-heads.tsv', r.line, `unknown actor id "${r.id}"`);
    actor.heads.push(...splitList(r.heads));
  }
  const contextAliases: ContextAlias[] = readTsv('entities-alias-context.tsv', ['alias', 'type', 'id', 'context']).map((r) => {
    if (!byId.has(r.id)) throw new LexiconError('entities-alias-context.tsv', r.line, `unknown actor id "${r.id}"`);
    return { alias: r.alias, type: r.type as EntityType, id: r.id, context: splitList(r.context) };
  });
  registry = { byId, contextAliases };
  return registry;
}

function actorKind(kind: string | undefined, line: number): Actor['kind'] {
  if (!kind) return undefined;
  if (kind === 'state-body' || kind === 'named-body') return kind;
  throw new LexiconError('entities-actors.tsv', line, `bad kind "${kind}" (state-body or named-body; a position is a cue in entities-roles.tsv)`);
}

/** The version sits in a comment line: "# version<TAB>1". */
function readVersion(file: string): number {
  const m = /^#\s*version\s+(\d+)/m.exec(readLexiconFile(file));
  return m ? Number(m[1]) : 0;
}

type Add = (file: string, line: number, actor: Actor) => void;

interface CountryNames {
  countries: Record<string, string | string[]>;
}

let englishNames: Record<string, string | string[]> | undefined;
/** English country name from i18n-iso-countries. */
export function countryName(code: string): string {
  const en = (englishNames ??= (createRequire(import.meta.url)('i18n-iso-countries/langs/en.json') as CountryNames).countries);
  const n = en[code.toUpperCase()];
  return (Array.isArray(n) ? n[0] : n) ?? code.toUpperCase();
}

/** Arabic country names from i18n-iso-countries, with the variants of entities-country-variants.tsv. */
function loadCountries(add: Add): void {
  const ar = (createRequire(import.meta.url)('i18n-iso-countries/langs/ar.json') as CountryNames).countries;
  const extra = new Map<string, { aliases: string[]; drop: Set<string>; adjectives: Set<string>; line: number }>();
  for (const r of readTsv('entities-country-variants.tsv', ['country'])) {
    if (!ar[r.country.toUpperCase()]) throw new LexiconError('entities-country-variants.tsv', r.line, `unknown country "${r.country}"`);
    const adjectives = new Set(splitList(r.adjective));
    extra.set(r.country, { aliases: splitList(r.aliases), drop: new Set(splitList(r.drop)), adjectives, line: r.line });
  }
  for (const [code, names] of Object.entries(ar)) {
    const cc = code.toLowerCase();
    const more = extra.get(cc);
    const aliases = (Array.isArray(names) ? names : [names]).filter((n) => !more?.drop.has(n));
    if (more) aliases.push(...more.aliases);
    for (const adj of more?.adjectives ?? []) {
      if (!aliases.includes(adj)) throw new LexiconError('entities-country-variants.tsv', more!.line, `adjective "${adj}" is not a name of ${cc}`);
    }
    const adjectives = more?.adjectives.size ? more.adjectives : undefined;
    add('i18n-iso-countries/langs/ar.json', 1, { id: cc, type: 'LOC', subtype: 'country', name: countryName(cc), aliases, adjectives, country: cc, heads: [] });
  }
}

/** Peoples (السوريون → NORP) and the per-country bodies of entities-templates.tsv. */
function loadNationalities(byId: Map<string, Actor>, add: Add): void {
  const nats = readTsv('entities-nationalities.tsv', ['country', 'masc', 'fem', 'people']);
  const templates = readTsv('entities-templates.tsv', ['id', 'type', 'name', 'aliases']);
  // Aliases already owned by an actor keep it (وزارة الخارجية الأمريكية stays us-state-dept).
  const owned = new Set<string>();
  for (const a of byId.values()) for (const al of a.aliases) owned.add(al);
  for (const n of nats) {
    const country = byId.get(n.country);
    if (!country) throw new LexiconError('entities-nationalities.tsv', n.line, `unknown country "${n.country}"`);
    add('entities-nationalities.tsv', n.line, {
      id: `people-${n.country}`,
      type: 'NORP',
      name: `People of ${country.name}`,
      aliases: splitList(n.people),
      country: n.country,
      heads: [],
    });
    const arabicName = country.aliases[0] ?? '';
    for (const t of templates) {
      const id = t.id.replace('{cc}', n.country);
      const aliases = splitList(t.aliases)
        .map((a) => a.replace('{fem}', n.fem).replace('{masc}', n.masc).replace('{country}', arabicName))
        .filter((a) => !owned.has(a));
      const heads = splitList(t.heads);
      const existing = byId.get(id);
      if (existing) {
        existing.aliases.push(...aliases);
        existing.heads.push(...heads.filter((h) => !existing.heads.includes(h)));
        continue;
      }
      if (!aliases.length) continue;
      add('entities-templates.tsv', t.line, {
        id,
        type: t.type as EntityType,
        name: t.name.replace('{country}', country.name),
        aliases,
        parent: n.country,
        kind: t.kind ? actorKind(t.kind, t.line) : undefined,
        heads,
      });
    }
  }
}
