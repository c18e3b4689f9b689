import { describe, expect, test } from 'vitest';
import type { StoryMeta } from '../../../lib/index/compiled-index';
import { queryWords, searchStories } from '../../../lib/index/search-stories';
import { foldName } from '../../../lib/text/normalize';

const stories: StoryMeta[] = [
  { id: 'a', title: 'Blinken heads to Asia', source: 'Reuters', published: '2023-07-02', url: null },
  { id: 'b', title: 'Tariff talks stall', source: 'BBC', published: '2023-08-11', url: null },
  { id: 'c', title: 'Spain votes', source: 'Reuters', published: '2023-07-24', url: null },
  { id: 'd', title: 'Markets close higher', source: 'AP', published: '2021-01-05', url: null },
];
const texts = [
  'US Secretary of State Antony Blinken will visit Japan and South Korea this week.',
  'Officials said Blinken raised tariffs with Chinese counterparts in Beijing. Tariff talks will resume.',
  'Pedro Sánchez called the snap election after losses in May.',
  'Shares in Kraus Holdings rose while the Austrian index fell.',
];
const search = (q: string) => searchStories(stories, (i) => texts[i]!, (i) => foldName(texts[i]!), q);

describe('queryWords', () => {
  test.each([
    ['  Blinken  ', ['blinken']],
    ['SÁNCHEZ election', ['sanchez', 'election']],
    ["O'Neill's, Kyiv!", ["o'neill's", 'kyiv']],
    ['---', []],
  ])('%j → %j', (q, words) => expect(queryWords(q)).toEqual(words));
});

describe('searchStories', () => {
  test('title matches come first, then text matches', () => {
    expect(search('blinken').map((h) => h.story.id)).toEqual(['a', 'b']);
    expect(search('blinken')[0]!.inTitle).toBe(true);
    expect(search('blinken')[1]!.inTitle).toBe(false);
  });

  test('every word must be found, in title or text', () => {
    expect(search('blinken beijing').map((h) => h.story.id)).toEqual(['b']);
    expect(search('blinken madrid')).toEqual([]);
  });

  test('as you type: a word is matched at the start of a word only', () => {
    expect(search('aus').map((h) => h.story.id)).toEqual(['d']); // "Austrian", not "Kraus"
    expect(search('raus')).toEqual([]);
  });

  test('accents and case are ignored, and the excerpt emphasises the words found in the text', () => {
    const [hit] = search('sanchez');
    expect(hit!.story.id).toBe('c');
    expect(hit!.excerpt).toBe('Pedro Sánchez called the snap election after losses in May.');
    expect(hit!.excerpt.slice(hit!.highlight!.start, hit!.highlight!.end)).toBe('Sánchez');
  });

  test('a long text gives an excerpt cut at word boundaries around the match, with ellipses', () => {
    const long = `${'Earlier news about trade and weather in many places. '.repeat(4)}Then Blinken spoke in Tokyo about the alliance. ${'More words about other matters follow here. '.repeat(5)}`;
    const [hit] = searchStories([stories[1]!], () => long, () => foldName(long), 'tokyo');
    expect(hit!.excerpt.startsWith('…')).toBe(true);
    expect(hit!.excerpt.endsWith('…')).toBe(true);
    expect(hit!.excerpt.slice(hit!.highlight!.start, hit!.highlight!.end)).toBe('Tokyo');
    expect(hit!.excerpt).toContain('Then Blinken spoke in Tokyo about the alliance.');
  });

  test('more occurrences rank higher among text matches; the newest breaks ties', () => {
    const meta: StoryMeta[] = [
      { id: 'old', title: 'One', source: null, published: '2020-01-01', url: null },
      { id: 'new', title: 'Two', source: null, published: '2022-01-01', url: null },
      { id: 'many', title: 'Three', source: null, published: '2019-01-01', url: null },
    ];
    const t = ['Tariffs rose.', 'Tariffs fell.', 'Tariffs, tariffs and more tariffs.'];
    expect(searchStories(meta, (i) => t[i]!, (i) => foldName(t[i]!), 'tariffs').map((h) => h.story.id)).toEqual(['many', 'new', 'old']);
  });

  test('an empty query finds nothing; the limit is kept', () => {
    expect(search('  ')).toEqual([]);
    expect(searchStories(stories, (i) => texts[i]!, (i) => foldName(texts[i]!), 'the', 1)).toHaveLength(1);
  });
});

describe('searchStories excerpts of real story layouts', () => {
  test('paragraph breaks and runs of spaces collapse, and the emphasis still lands on the word', () => {
    const text = 'Tory leader Michael Howard has accused the prime minister.\n\nMr  Howard said the\tchancellor and Mr Blair were feuding.';
    const meta: StoryMeta[] = [{ id: 'x', title: 'Howard taunts Blair over splits', source: 'BBC News', published: null, url: null }];
    const [hit] = searchStories(meta, () => text, () => foldName(text), 'feuding');
    expect(hit!.excerpt).not.toMatch(/\s{2,}|\n|\t/);
    expect(hit!.excerpt.slice(hit!.highlight!.start, hit!.highlight!.end)).toBe('feuding');
  });
});
