import { describe, expect, test } from 'vitest';
import { makeArticle, type Article } from '../../../lib/corpus/article';
import { compileIndex } from '../../../lib/index/compile-index';
import { buildKeywordIndex, contentTerms, decodePostings, encodePostings, forEachContentTerm, MAX_STORED_COUNT, termOf, type KeywordIndex } from '../../../lib/index/keywords';
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

describe('termOf', () => {
  test('plurals meet their singular; words that only end in s stay', () => {
    expect(['tariffs', 'tariff', 'companies', 'company', 'taxes', 'prices', 'matches', 'goals'].map(termOf)).toEqual([
      'tariff', 'tariff', 'company', 'company', 'tax', 'price', 'match', 'goal',
    ]);
    expect(['news', 'business', 'status', 'crisis', 'series', 'gas', 'movies'].map(termOf)).toEqual(['news', 'business', 'status', 'crisis', 'series', 'gas', 'movy']);
  });

  test('a word that is a skipped one once singular is no term', () => {
    expect(termOf('years')).toBeNull();
    const terms: string[] = [];
    forEachContentTerm('Years of tariffs, and the tariff again.', (t) => terms.push(t));
    expect(terms).toEqual(['tariff', 'tariff']);
  });
});

describe('postings encoding', () => {
  test('round-trips story indices and capped counts, in JSON-safe characters', () => {
    const stories = [0, 1, 2, 59, 60, 1000, 1001, 19047, 250000, 250001];
    const counts = [1, 2, 3, 9, 1, 1, 2, 3, 1, 5];
    const text = encodePostings(stories, counts);
    expect(JSON.stringify(text)).toBe(`"${text}"`);
    const back = decodePostings(text);
    expect([...back.stories]).toEqual(stories);
    expect([...back.counts]).toEqual(counts.map((c) => Math.min(MAX_STORED_COUNT, c)));
    expect(decodePostings('').stories).toHaveLength(0);
  });
});

/** A story's keywords, decoded from the term-by-term postings. */
function keywordsOf(k: KeywordIndex, s: number): string[] {
  return k.terms.filter((_, t) => decodePostings(k.postings[t]!).stories.includes(s));
}

describe('buildKeywordIndex', () => {
  const k = buildKeywordIndex(corpus.map((a) => a.text));
  test('keeps each story its telling words, not words of one story only', () => {
    expect(keywordsOf(k, 0)).toEqual(expect.arrayContaining(['broadband', 'fibre']));
    expect(keywordsOf(k, 2)).toEqual(expect.arrayContaining(['goal', 'league', 'club']));
    // "budget" occurs in one story only: it cannot relate two stories.
    expect(k.terms).not.toContain('budget');
    expect(k.df).toHaveLength(k.terms.length);
    expect(k.df.every((x) => x >= 2)).toBe(true);
  });

  test('counts per story are kept, capped', () => {
    const t = k.terms.indexOf('broadband');
    const p = decodePostings(k.postings[t]!);
    expect([...p.stories]).toEqual([0, 1]);
    expect([...p.counts]).toEqual([3, 1]);
  });

  test('the same texts give the same index', () => {
    expect(JSON.stringify(buildKeywordIndex(corpus.map((a) => a.text)))).toBe(JSON.stringify(k));
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

  test('topics are shown as the page writes them, and only words the story keeps', () => {
    const ranked = rankRelatedStories(index, [], { pageTerms: contentTerms('Goals! The goals and the leagues.') });
    expect(ranked.slice(0, 2).map((r) => r.story.title).sort()).toEqual(['Goalkeeper saves penalty', 'Striker signs for club']);
    for (const r of ranked) {
      expect(r.topics.every((w) => ['goals', 'leagues'].includes(w))).toBe(true);
      expect(r.topics.length).toBeGreaterThan(0);
    }
    expect(ranked[0]!.topics[0]).toBe('goals');
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
