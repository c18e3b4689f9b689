import { foldName } from '../text/normalize';
import type { EntityKind, EntityRecord } from './entity';
import type { Gazetteer } from './gazetteer';
import { mayBeOnePerson } from './same-first-name';

/** What page-side detection needs, as shipped in the index (plain JSON). */
export interface Lexicon {
  entities: { id: string; kind: EntityKind; name: string }[];
  /** Alias key -> indices into `entities`, most likely first. */
  aliases: Record<string, number[]>;
  /** Lower-case words whose capital at a sentence start proves nothing ("Citing", "Together"). */
  common: string[];
  gazetteer: Record<string, string>;
  /** Cities: weak evidence of a place. */
  cities: Record<string, string>;
  countries: string[];
  demonyms: string[];
  /** Languages' names of one word ("english"): no place or person alone. */
  languages?: string[];
  /** First names learned from the corpus: "Phil" in an unknown "Phil Mickelson" says person. */
  givenNames: string[];
  /** First names of a maintained list (`Gazetteer.firstNames`): weaker than those the corpus learned. */
  firstNames?: string[];
  /** First names of the maintained list that are towns (`Gazetteer.cityFirstNames`). */
  cityFirstNames?: string[];
  /** First names of the maintained list that are the gazetteer's places (`Gazetteer.placeFirstNames`). */
  placeFirstNames?: string[];
  /** First names of the list that are everyday words (`Gazetteer.everydayFirstNames`): "Mark", "Frank"; a page reads them only where a name's shape asks for a first name. */
  everydayFirstNames?: string[];
  /** Place names the corpus mostly uses for sports clubs: no place in sports copy. */
  teams: string[];
  /** Names shaped as people's that the corpus uses for organisations ("exxon", "morgan stanley"). */
  organisations?: string[];
  /** Words that open organisations' names only ("deutsche", "daiwa"). */
  organisationWords?: string[];
  /**
   * Surnames the corpus shares out, which alone name no one for sure: several people's, none
   * written far more often than the next ("smith", "knight"), or a person's the corpus writes
   * mostly in places' and firms' names ("phelps" beside "Phelps Dodge", "downing").
   */
  sharedSurnames?: string[];
  /** Names of one word that are everyday words the corpus writes in small letters, three times or more ("nice", a city's): see `KEY.everydayName`. */
  everydayNames?: string[];
}

/** Bits of `KeyFacts.flags`: what else the lexicon knows a key as, besides a name of entities. */
export const KEY = {
  /** An everyday word in lower case ("citing"): its capital at a sentence start proves nothing. */
  common: 1,
  /** A place of the gazetteer. */
  gazetteer: 2,
  /** A city: weak evidence of a place. */
  city: 4,
  country: 8,
  /** A people's adjective ("american"). */
  demonym: 16,
  /** A first name learned from the corpus. */
  givenName: 32,
  /** A language's name ("english"). */
  language: 64,
  /** A first name of the maintained list, learned or not. */
  firstName: 128,
  /** A first name of the maintained list that is a town too ("Taylor", "Carson"). */
  cityFirstName: 256,
  /** A first name of the maintained list that is a place of the gazetteer's too ("Jordan", "Israel", "Sofia"). */
  placeFirstName: 512,
  /** A name shaped as a person's that the corpus uses for an organisation ("Exxon", "Morgan Stanley"). */
  organisation: 1024,
  /** A word that opens organisations' names only ("Deutsche", "Daiwa"): a name opening with it is an organisation's. */
  organisationWord: 2048,
  /** The first word of an organisation's name of several words ("morgan" of "Morgan Stanley"): set by `createMatcher`. */
  opensOrganisation: 4096,
  /** A first name of the list that is an everyday word too ("mark", "frank", "will"): weak, read only where a name's shape asks. */
  everydayFirstName: 8192,
  /** A surname of `Lexicon.sharedSurnames`. */
  sharedSurname: 16384,
  /** A name of `Lexicon.everydayNames`: opening a sentence before a word in small letters that is no verb, the everyday word ("Nice job"). */
  everydayName: 32768,
} as const;

/** Everything the lexicon says of one folded key, found with one look-up. */
export interface KeyFacts {
  /** Indices into `entities` of the entities the key names, most likely first; null when none. */
  entities: number[] | null;
  /** `KEY` bits. */
  flags: number;
  /** The most words a known name (alias or gazetteer place) opening with this key has: 1 when none has several. */
  longest: number;
}

/**
 * The lexicon ready for fast look-ups. Its tables are merged into one map by key: a page asks
 * several things of each name and word (a name of whom? a place? an everyday word?), and in
 * separate tables of tens of thousands of keys each question was a trip to memory of its own.
 */
export interface Matcher {
  entities: Lexicon['entities'];
  /** Entity id -> index into `entities`. */
  indexOf: Map<string, number>;
  /** Folded key -> what the lexicon knows of it; absent when nothing. */
  keys: Map<string, KeyFacts>;
  /**
   * The maintained list's first names (`Lexicon.firstNames`), apart: posts are read word by word
   * for names in small letters, and a set of a few thousand answers faster than the keys.
   */
  firstNames: ReadonlySet<string>;
}

/** The facts of a key the lexicon does not hold. */
export const NO_FACTS: Readonly<KeyFacts> = Object.freeze({ entities: null, flags: 0, longest: 1 });

/** Folded aliases that cannot stand for a name alone: single letters and Roman numerals. */
const NOT_A_NAME_ALONE = /^(?:\p{L}|x{0,3}(?:ix|iv|v?i{0,3}))\.?$/u;

/**
 * Makes the lexicon: every alias of every entity, ordered by how much of the corpus it covers,
 * and the common words (dictionary words the corpus does not mostly capitalise, minus known names).
 */
export function buildLexicon(
  entities: readonly EntityRecord[],
  weights: ReadonlyMap<string, number>,
  commonWords: Iterable<string>,
  gazetteer: Gazetteer,
  givenNames: readonly string[] = [],
  teams: readonly string[] = [],
  organisations: readonly string[] = [],
  organisationWords: readonly string[] = [],
  surnamesOfOthers: readonly string[] = [],
  everydayWords: Iterable<string> = [],
): Lexicon {
  const aliases: Record<string, number[]> = {};
  entities.forEach((e, index) => {
    const full = foldName(e.name);
    for (const alias of new Set(e.aliases)) {
      // The "I" of "Charles I" is the pronoun on every page: a regnal number or a lone letter
      // names no one by itself.
      if (NOT_A_NAME_ALONE.test(alias) && alias !== full) continue;
      (aliases[alias] ??= []).push(index);
    }
  });
  for (const list of Object.values(aliases)) {
    list.sort((a, b) => (weights.get(entities[b]!.id) ?? 0) - (weights.get(entities[a]!.id) ?? 0) || a - b);
  }
  const ofOthers = new Set(surnamesOfOthers);
  const sharedSurnames = Object.keys(aliases)
    .filter((key) => !key.includes(' ') && (ofOthers.has(key) || isSharedSurname(aliases[key]!, entities, weights)))
    .sort();
  const common = [...commonWords].filter((w) => !aliases[w] && gazetteer.places[w] === undefined).sort();
  const everydayNames = [...everydayWords].filter((w) => !w.includes(' ') && (Object.hasOwn(aliases, w) || Object.hasOwn(gazetteer.places, w))).sort();
  return {
    entities: entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name })),
    aliases,
    common,
    gazetteer: gazetteer.places,
    cities: gazetteer.cities,
    countries: gazetteer.countries,
    demonyms: gazetteer.demonyms,
    languages: gazetteer.languages ?? [],
    firstNames: gazetteer.firstNames ?? [],
    cityFirstNames: gazetteer.cityFirstNames ?? [],
    placeFirstNames: gazetteer.placeFirstNames ?? [],
    everydayFirstNames: gazetteer.everydayFirstNames ?? [],
    givenNames: [...givenNames],
    teams: [...teams],
    organisations: [...organisations],
    organisationWords: [...organisationWords],
    sharedSurnames,
    everydayNames,
  };
}

/** How many times the corpus must write its most written person of a surname more than the next, for the surname alone to be theirs. */
const SURNAME_LEAD = 3;

/**
 * The people of an alias (`list`, most written first) are several, and the corpus does not write
 * its most written one `SURNAME_LEAD` times as often as the next: "Blair" is Tony Blair's in a
 * corpus that writes him 176 times and the next Blair 5, while "Smith" of nine Michael Smiths and
 * nine Will Smiths is no one's alone. Entities that may be one person count as one, their weights
 * added (see `mayBeOnePerson`: "Glen" and "Glenn Hoddle", "Sen Tarek Vollan" and "Tarek Vollan").
 */
function isSharedSurname(list: readonly number[], entities: readonly EntityRecord[], weights: ReadonlyMap<string, number>): boolean {
  const people = list.filter((i) => entities[i]!.kind === 'person');
  if (people.length < 2) return false;
  // Each group: the folded name of its most written entity, and the weight of all.
  const groups: { name: string; weight: number }[] = [];
  for (const i of people) {
    const name = foldName(entities[i]!.name);
    const weight = weights.get(entities[i]!.id) ?? 0;
    const group = groups.find((g) => mayBeOnePerson(g.name, name));
    if (group) group.weight += weight;
    else groups.push({ name, weight });
  }
  if (groups.length < 2) return false;
  const [lead, next] = groups.map((g) => g.weight).sort((a, b) => b - a) as [number, number];
  return next > 0 && lead < SURNAME_LEAD * next;
}

export function createMatcher(lexicon: Lexicon): Matcher {
  const keys = new Map<string, KeyFacts>();
  const factsOf = (key: string) => {
    let facts = keys.get(key);
    if (!facts) keys.set(key, (facts = { entities: null, flags: 0, longest: 1 }));
    return facts;
  };
  const flag = (list: Iterable<string>, bit: number) => {
    for (const key of list) factsOf(key).flags |= bit;
  };
  for (const [key, entities] of Object.entries(lexicon.aliases)) factsOf(key).entities = entities;
  flag(lexicon.common, KEY.common);
  flag(Object.keys(lexicon.gazetteer), KEY.gazetteer);
  flag(Object.keys(lexicon.cities ?? {}), KEY.city);
  flag(lexicon.countries ?? [], KEY.country);
  flag(lexicon.demonyms, KEY.demonym);
  flag(lexicon.givenNames ?? [], KEY.givenName);
  flag(lexicon.languages ?? [], KEY.language);
  flag(lexicon.firstNames ?? [], KEY.firstName);
  flag(lexicon.cityFirstNames ?? [], KEY.cityFirstName);
  flag(lexicon.placeFirstNames ?? [], KEY.placeFirstName);
  flag(lexicon.organisations ?? [], KEY.organisation);
  flag(lexicon.organisationWords ?? [], KEY.organisationWord);
  flag(lexicon.everydayFirstNames ?? [], KEY.everydayFirstName);
  flag(lexicon.sharedSurnames ?? [], KEY.sharedSurname);
  flag(lexicon.everydayNames ?? [], KEY.everydayName);
  flag((lexicon.organisations ?? []).filter((key) => key.includes(' ')).map(firstWordOf), KEY.opensOrganisation);
  // A span of several words can be a known name only if its first word opens one that long.
  for (const key of [...Object.keys(lexicon.aliases), ...Object.keys(lexicon.gazetteer), ...(lexicon.organisations ?? [])]) {
    const space = key.indexOf(' ');
    if (space < 0) continue;
    const first = factsOf(key.slice(0, space));
    first.longest = Math.max(first.longest, key.split(' ').length);
  }
  return { entities: lexicon.entities, indexOf: new Map(lexicon.entities.map((e, i) => [e.id, i])), keys, firstNames: new Set(lexicon.firstNames) };
}

/** The first word of a key of several words (the key itself when it has one): what `KeyFacts.longest` is kept under. */
export function firstWordOf(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}
