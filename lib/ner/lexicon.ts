import { foldName } from '../text/normalize';
import type { EntityKind, EntityRecord } from './entity';
import type { Gazetteer } from './gazetteer';

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
  /** First names learned from the corpus: "Phil" in an unknown "Phil Mickelson" says person. */
  givenNames: string[];
  /** Place names the corpus mostly uses for sports clubs: no place in sports copy. */
  teams: string[];
}

/** The lexicon ready for fast look-ups. */
export interface Matcher {
  entities: Lexicon['entities'];
  /** Entity id -> index into `entities`. */
  indexOf: Map<string, number>;
  aliases: Map<string, number[]>;
  common: Set<string>;
  gazetteer: Map<string, string>;
  cities: Map<string, string>;
  countries: Set<string>;
  demonyms: Set<string>;
  givenNames: Set<string>;
  teams: Set<string>;
  /**
   * First word of every known name of several words (aliases and gazetteer) -> the most words such
   * a name has: a span of words can be a known name only if its first word is here. Null: every
   * span is looked up (the compiler's recording matcher, which must see each look-up it depends on).
   */
  longestFrom: Map<string, number> | null;
}

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
  const common = [...commonWords].filter((w) => !aliases[w] && gazetteer.places[w] === undefined).sort();
  return {
    entities: entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name })),
    aliases,
    common,
    gazetteer: gazetteer.places,
    cities: gazetteer.cities,
    countries: gazetteer.countries,
    demonyms: gazetteer.demonyms,
    givenNames: [...givenNames],
    teams: [...teams],
  };
}

export function createMatcher(lexicon: Lexicon): Matcher {
  const longestFrom = new Map<string, number>();
  for (const key of [...Object.keys(lexicon.aliases), ...Object.keys(lexicon.gazetteer)]) {
    const space = key.indexOf(' ');
    if (space < 0) continue;
    const first = key.slice(0, space);
    longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, key.split(' ').length));
  }
  return {
    longestFrom,
    entities: lexicon.entities,
    indexOf: new Map(lexicon.entities.map((e, i) => [e.id, i])),
    aliases: new Map(Object.entries(lexicon.aliases)),
    common: new Set(lexicon.common),
    gazetteer: new Map(Object.entries(lexicon.gazetteer)),
    cities: new Map(Object.entries(lexicon.cities ?? {})),
    countries: new Set(lexicon.countries ?? []),
    demonyms: new Set(lexicon.demonyms),
    givenNames: new Set(lexicon.givenNames ?? []),
    teams: new Set(lexicon.teams ?? []),
  };
}
