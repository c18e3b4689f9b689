import { foldName } from '../text/normalize';

/** The part of a country record (npm package `world-countries`) the gazetteer reads. */
export interface CountryRecord {
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: Record<string, { m?: string; f?: string }>;
}

/** Place names from a maintained package: folded key -> canonical display name. */
export interface Gazetteer {
  places: Record<string, string>;
  /** Folded demonyms ("chinese", "american"): adjectives, never a place or person on their own. */
  demonyms: string[];
}

/**
 * Builds the gazetteer from country records: common and official names, alternative spellings
 * of two letters or more ("US", "USA", "United States of America"), and capitals.
 */
export function buildGazetteer(countries: readonly CountryRecord[]): Gazetteer {
  const places: Record<string, string> = {};
  const demonyms = new Set<string>();
  const add = (name: string, canonical: string) => {
    const key = foldName(name.trim());
    if (key.length < 2 || places[key]) return;
    places[key] = canonical;
  };
  for (const c of countries) {
    const canonical = c.name.common;
    add(canonical, canonical);
    add(c.name.official, canonical);
    for (const alt of c.altSpellings ?? []) {
      // Two-letter codes only when they are in common use as words (US, UK); skip "ER", "IO" etc.
      if (alt.length === 2 && !['US', 'UK'].includes(alt)) continue;
      if (/^[A-Z]{3}$/.test(alt) && alt !== 'USA') continue;
      add(alt, canonical);
    }
    for (const capital of c.capital ?? []) {
      const name = capital.replace(/,\s*D\.C\.$/, '');
      add(name, name);
    }
    for (const d of Object.values(c.demonyms ?? {})) {
      if (d.m) demonyms.add(foldName(d.m));
      if (d.f) demonyms.add(foldName(d.f));
    }
  }
  if (places['u.s.'] === undefined && places['us']) places['u.s.'] = places['us'];
  for (const key of Object.keys(places)) demonyms.delete(key);
  return { places, demonyms: [...demonyms].sort() };
}
