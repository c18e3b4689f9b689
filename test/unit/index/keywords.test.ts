import { describe, expect, test } from 'vitest';
import { makeArticle, type Article } from '../../../lib/corpus/article';
import { compileIndex } from '../../../lib/index/compile-index';
import { buildKeywordIndex, contentTerms } from '../../../lib/index/keywords';
import { rankRelatedStories } from '../../../lib/index/related-stories';
import { loadDictionary, loadGazetteer } from '../../../scripts/corpus/engine-resources';

const story = (title: string, text: string, published: string): Article =>
  makeArticle({ title, text, source: 'Test Wire', published, url: null, datelinePlace: null });

const corpus = [
  story('Broadband speeds rise', 'Broadband providers said fibre broadband speeds rose again as fibre cables reached rural homes. Broadband prices fell.', '2005-01-10'),
  story('Fibre rollout reaches villages', 'A fibre rollout brought broadband to villages; engineers laid fibre cables along rural roads.', '2005-02-11'),
  story('Striker signs for club', 'The striker signed a contract with the club after scoring goals in the league. Fans cheered the goals.', '2005-03-12'),
  story('Goalkeeper saves penalty', 'The goalkeeper saved a penalty and the club stayed top of the league with more goals than rivals.', '2005-04-13'),
  story('Budget cuts taxes', 'The budget cut taxes for families while borrowing rose, the finance ministry said of the budget.', '2005-05-14'),
];

describe('contentTerms', () => {
  test('counts lower-case content words, leaves out function words and "said"', () => {
    const terms = contentTerms('The striker said the striker would score. Goals, goals, goals!');
    expect(terms.get('striker')).toBe(2);
    expect(terms.get('goals')).toBe(3);
    expect(terms.has('the')).toBe(false);
    expect(terms.has('said')).toBe(false);
  });
});

describe('buildKeywordIndex', () => {
  const k = buildKeywordIndex(corpus.map((a) => a.text));
  test('keeps each story its telling words, not words of one story only', () => {
    const words = (s: number) => k.stories[s]!.map((t) => k.terms[t]);
    expect(words(0)).toEqual(expect.arrayContaining(['broadband', 'fibre']));
    expect(words(2)).toEqual(expect.arrayContaining(['goals', 'league', 'club']));
    // "budget" occurs in one story only: it cannot relate two stories.
    expect(k.terms).not.toContain('budget');
    expect(k.idf.every((x) => x > 0)).toBe(true);
  });
});

describe('rankRelatedStories with topics', () => {
  const { index, texts } = compileIndex(corpus, { gazetteer: loadGazetteer(), dictionary: loadDictionary() });
  const titles = (pageText: string) => rankRelatedStories(index, [], { pageTerms: contentTerms(pageText) }).map((r) => r.story.title);

  test('a page about broadband finds the broadband stories first, and says why', () => {
    const ranked = rankRelatedStories(index, [], { pageTerms: contentTerms('New fibre broadband cables for rural homes: broadband for all.') });
    expect(ranked.slice(0, 2).map((r) => r.story.title).sort()).toEqual(['Broadband speeds rise', 'Fibre rollout reaches villages']);
    expect(ranked[0]!.why).toMatch(/^About .*(broadband|fibre)/);
  });

  test('a page about football finds the football stories first', () => {
    expect(titles('The club lost in the league; the striker missed and the goalkeeper conceded goals.').slice(0, 2).sort()).toEqual([
      'Goalkeeper saves penalty',
      'Striker signs for club',
    ]);
  });

  test('no topic shared, no story', () => {
    expect(titles('Quantum entanglement of photons')).toEqual([]);
    expect(texts).toHaveLength(5);
  });
});

describe('index files', () => {
  test('entities and stories survive the row encoding unchanged', async () => {
    const { decodeEntities, decodeStories, encodeEntities, encodeStories } = await import('../../../lib/index/index-files');
    const { index } = compileIndex(corpus, { gazetteer: loadGazetteer(), dictionary: loadDictionary() });
    const roundTrip = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
    expect(decodeEntities(roundTrip(encodeEntities(index.entities)))).toEqual(index.entities);
    expect(decodeStories(roundTrip(encodeStories(index.stories)))).toEqual(index.stories);
  });
});
