import { foldName } from '../text/normalize';
import { CALENDAR_WORDS, NAME_CONNECTORS } from './cue-words';
import type { Gazetteer } from './gazetteer';

/**
 * First names from a maintained list of the English-speaking world's ("Emma", "Darryl"), folded:
 * a page's clue that an unknown name is a person's where the corpus never met that first name (a
 * reader's archive of business news knows few "Glendas"). Not an everyday word of the dictionary
 * ("Red", "Shell", "Grace": as often a firm's or a thing's name), nor what the gazetteer has as a
 * place, a city, a people or a language ("Florence", "Georgia"), nor a month's or a day's ("June"), nor a
 * particle of names ("El", "Van"), nor two letters or fewer ("Al", "Ed" are as often something else).
 */
export function buildFirstNames(names: Iterable<string>, gazetteer: Gazetteer, dictionary: ReadonlySet<string>): string[] {
  return firstNamesWhere(names, gazetteer, dictionary, (key) => gazetteer.places[key] === undefined && gazetteer.cities[key] === undefined);
}

/** Above this many people, a city's name in a post is the city's ("Sydney", "Dallas", "Leicester"), a first name or not. */
export const MAX_CITY_FIRST_NAME_POPULATION = 120_000;

/**
 * The list's first names that are also towns, not countries nor their regions, and no big city
 * ("Taylor", "Carson", "Mary"): in a post, alone and after no preposition of place, as often
 * someone. `population`: the largest city of each folded name.
 */
export function buildCityFirstNames(names: Iterable<string>, gazetteer: Gazetteer, dictionary: ReadonlySet<string>, population: ReadonlyMap<string, number>): string[] {
  return firstNamesWhere(names, gazetteer, dictionary, (key) => gazetteer.places[key] === undefined && gazetteer.cities[key] !== undefined && (population.get(key) ?? 0) <= MAX_CITY_FIRST_NAME_POPULATION);
}

/**
 * The list's first names that are the gazetteer's places too, countries, regions or capitals
 * ("Jordan", "Israel", "Georgia", "Sofia", "Kingston"): before a surname, a person's ("Israel
 * Folau", "Georgia O'Keeffe").
 */
export function buildPlaceFirstNames(names: Iterable<string>, gazetteer: Gazetteer, dictionary: ReadonlySet<string>): string[] {
  return firstNamesWhere(names, gazetteer, dictionary, (key) => gazetteer.places[key] !== undefined);
}

/**
 * The list's first names that are everyday words ("John", "Tony", "Ted"): no clue on a
 * page, where the word is as often meant, but the compiler's, with a first name the corpus's own
 * people taught it ("Tom Cruise", "John Major"; not "Texaco Refining").
 */
export function buildEverydayFirstNames(names: Iterable<string>, gazetteer: Gazetteer, dictionary: ReadonlySet<string>): string[] {
  return firstNamesWhere(names, gazetteer, new Set(), (key) => dictionary.has(key) && gazetteer.places[key] === undefined && gazetteer.cities[key] === undefined);
}

function firstNamesWhere(names: Iterable<string>, gazetteer: Gazetteer, dictionary: ReadonlySet<string>, keep: (key: string) => boolean): string[] {
  const not = new Set([...gazetteer.demonyms, ...(gazetteer.languages ?? [])]);
  const out = new Set<string>();
  for (const name of names) {
    const key = foldName(name);
    if (key.length <= 2 || dictionary.has(key) || CALENDAR_WORDS.has(key) || NAME_CONNECTORS.has(key) || not.has(key) || !keep(key)) continue;
    out.add(key);
  }
  return [...out].sort();
}
