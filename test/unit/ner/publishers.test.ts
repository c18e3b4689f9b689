import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../../lib/corpus/article';
import { indexPublishers, isPublishersName, publishersOf } from '../../../lib/ner/publishers';
import { compile } from '../helpers/engine';

const everyday = new Set(['times', 'independent', 'guardian', 'news', 'the', 'daily']);
const isEveryday = (w: string) => everyday.has(w);
const places = new Set(['taiwan', 'boston', 'atlantic', 'iran']);
const isPlace = (key: string) => places.has(key);

describe('the names publishers go by, from the stories\' sources', () => {
  test.each([
    ['BBC News', ['bbc'], true],
    ['Reuters (Reuters-21578)', ['reuters'], false],
    ['Reuters (CoNLL-2003 / RCV1)', ['reuters'], false],
    ['The New York Times', ['new', 'york', 'times'], false],
    ['ANI', ['ani'], true],
    ['CNN.com', ['cnn'], true],
    ['CNN International', ['cnn'], true],
    ['Agence France-Presse', ['agence', 'france-presse'], false],
    ['BBC News | World', ['bbc'], true],
    ['Reuters - Business News', ['reuters'], false],
    ['Yahoo! News', ['yahoo'], false],
    ['www.bbc.co.uk', ['bbc'], false],
    ['abc.net.au', ['abc'], false],
    ['smh.com.au', ['smh'], false],
    ['https://www.nytimes.com/2024/01/02/world/story.html', ['nytimes'], false],
    // A place with a generic word keeps the word: "Taiwan News" is no reason to forget Taiwan.
    ['Taiwan News', ['taiwan', 'news'], false],
    ['Iran International', ['iran', 'international'], false],
  ])('%s is called %j', (source, words, acronym) => {
    expect(publishersOf([source], isEveryday, isPlace)).toEqual([{ words, acronym }]);
  });

  test('a name of everyday words only, of one letter, a place\'s, or no source at all gives none', () => {
    expect(publishersOf(['The Times', 'The Independent', 'Daily News', 'X', null, '', '  ', '()', 'The Atlantic', 'Boston.com'], isEveryday, isPlace)).toEqual([]);
  });

  test('each publisher once, however many stories name it', () => {
    expect(publishersOf(['Reuters', 'Reuters (Reuters-21578)', 'BBC News', 'BBC'], isEveryday, isPlace)).toHaveLength(2);
  });
});

describe('a name that is a publisher\'s or opens with one', () => {
  const index = indexPublishers(publishersOf(['Reuters', 'ANI', 'The New York Times'], isEveryday, isPlace));
  test.each([
    [['reuters'], 'Reuters', true],
    [['reuters', 'sanchez'], 'Reuters Sanchez', true],
    [['new', 'york', 'times', 'co'], 'New York Times Co', true],
    [['ani'], 'ANI', true],
    // A first name spelled as the agency's letters is no agency.
    [['ani', 'difranco'], 'Ani DiFranco', false],
    [['new', 'york'], 'New York', false],
    [['tarek', 'reuters'], 'Tarek Reuters', false],
  ])('%j (%s): %s', (words, spelling, expected) => {
    expect(isPublishersName(index, words, spelling)).toBe(expected);
  });
});

describe('the compiler learns no person or place from the corpus\'s own publisher', () => {
  // Read as any other words, these teach a person "Reuters Tarvosh" and a person "Reuters".
  const stories = [
    'Finance Minister Clara Okafor told Reuters on Monday that taxes would fall. Okafor spoke in Lagos.',
    'Reuters Tarvosh said on Tuesday that the talks had failed. Clara Okafor said so in Lagos.',
    'Reuters said the minister would resign, and Reuters Tarvosh said the same.',
  ];
  const entitiesFrom = (source: string) =>
    compile(stories.map((text, i) => makeArticle({ title: `Story ${i}`, source, published: '1996-08-30', url: null, datelinePlace: null, text }))).index.entities.map((e) => e.name);

  test('stories from Reuters teach no "Reuters", nor any name opening with it', () => {
    const names = entitiesFrom('Reuters');
    expect(names).toContain('Clara Okafor');
    expect(names.filter((n) => n.startsWith('Reuters'))).toEqual([]);
  });

  test('a publisher named after a place keeps the place ("Taiwan News")', () => {
    const taiwan = ['Officials in Taiwan said on Monday that talks would resume. Taiwan News reported the same.', 'Trade with Taiwan rose, officials in Taipei said.'];
    const names = compile(taiwan.map((text, i) => makeArticle({ title: `Story ${i}`, source: 'Taiwan News', published: '1996-08-30', url: null, datelinePlace: null, text }))).index.entities.map((e) => `${e.name}=${e.kind}`);
    expect(names).toContain('Taiwan=place');
  });

  test('a newsletter under its author\'s name keeps the author a person', () => {
    const letters = [
      'The columnist Glenda Vollan said on Monday that the vote was near. Vollan spoke in Boston.',
      '"It will pass," Glenda Vollan said in Boston on Tuesday.',
    ];
    const names = compile(letters.map((text, i) => makeArticle({ title: `Letter ${i}`, source: 'Glenda Vollan', published: '2024-08-30', url: null, datelinePlace: null, text }))).index.entities.map((e) => `${e.name}=${e.kind}`);
    expect(names).toContain('Glenda Vollan=person');
  });

  test('the same stories from another publisher still read "Reuters" as the corpus does', () => {
    expect(entitiesFrom('Tarvosh Gazette').filter((n) => n.startsWith('Reuters'))).not.toEqual([]);
  });
});
