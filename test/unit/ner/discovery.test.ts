import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../../lib/corpus/article';
import { compile } from '../helpers/engine';

/** Compiles one story per text and lists its entities as "name=kind" (role after a slash). */
function entitiesOf(texts: string[]): string[] {
  const articles = texts.map((text, i) => makeArticle({ title: `Story ${i}`, source: 'Reuters', published: '1996-08-30', url: null, datelinePlace: null, text }));
  return compile(articles).index.entities.map((e) => `${e.name}=${e.kind}${e.role ? `/${e.role}` : ''}`);
}

describe('discovery: what the corpus teaches about people', () => {
  test('an occupation written with a capital is part of a name ("Singer Cup"), in lower case it is a role', () => {
    const found = entitiesOf([
      'Sri Lanka beat Australia in the final of the Singer World Series in Colombo on Sunday.',
      'India will play in the Singer Cup next month. The Singer Cup is played in Singapore.',
      'The pop singer Madonna said on Tuesday she would tour Europe. Madonna said the tour starts in Paris.',
    ]);
    expect(found.filter((e) => e.endsWith('=person') || e.includes('=person/'))).toEqual(['Madonna=person/pop singer']);
  });

  test('a word that had a title once and is an adjective everywhere else is no person ("two rival Kurdish factions")', () => {
    const found = entitiesOf([
      'Fighting broke out between two rival Kurdish factions in northern Iraq on Saturday.',
      'Troops said Kurdish rebels attacked a post near the border, and Kurdish leaders met in Ankara.',
      'The Kurdish guerrillas said they had taken the town, which Kurdish officials denied.',
      'Turkish President Suleyman Demirel said Kurdish groups must talk. Demirel spoke in Ankara.',
    ]);
    expect(found.some((e) => e.startsWith('Kurdish='))).toBe(false);
    expect(found).toContain('Suleyman Demirel=person/Turkish President');
  });

  test('a club named after a city of two words is no person, and the city stays a place', () => {
    const found = entitiesOf([
      'The Los Angeles Dodgers said on Monday they had signed a new pitcher.',
      'Los Angeles Dodgers said the pitcher would start on Friday in Los Angeles.',
      'Police in Los Angeles said the fire was out. Los Angeles mayor Richard Riordan said so too.',
    ]);
    expect(found.some((e) => e.startsWith('Los Angeles Dodgers='))).toBe(false);
    expect(found.filter((e) => e.startsWith('Los Angeles='))).toEqual(['Los Angeles=place']);
  });
});
