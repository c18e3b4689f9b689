import type { FullStory, PageEntity, PageReport } from '../../browser/messages';
import type { PopupData } from '../../browser/popup-data';
import type { CardSnippet, EntityCard, StoryRef, TimelinePoint } from '../../lib/index/entity-card';
import type { RelatedStory } from '../../lib/index/related-stories';
import type { SearchHit } from '../../lib/index/search-stories';

/**
 * Test data for the component tests, built from the real types. The stories, sentences and
 * figures are written for these tests (invented, but in the shape the index produces).
 */

export const stories = {
  confirmed: {
    id: 's-0007',
    title: 'Senate confirms Blinken as Secretary of State',
    source: 'Associated Press',
    published: '2021-01-26',
    url: 'https://news.example.com/2021/01/26/senate-confirms-blinken',
  },
  tokyo: {
    id: 's-0042',
    title: 'Blinken and Austin land in Tokyo for first cabinet-level talks',
    source: 'Reuters',
    published: '2021-03-15',
    url: 'https://news.example.com/2021/03/15/blinken-austin-tokyo',
  },
  anchorage: {
    id: 's-0051',
    title: 'Tense opening as US and Chinese diplomats meet in Anchorage',
    source: 'BBC News',
    published: '2021-03-19',
    url: null,
  },
  beijing: {
    id: 's-1203',
    title: 'Blinken visits Beijing in bid to steady relations',
    source: 'The Guardian',
    published: '2023-06-19',
    url: 'https://news.example.com/2023/06/19/blinken-beijing',
  },
  undated: {
    id: 's-0999',
    title: 'Allies weigh a joint statement on the Indo-Pacific',
    source: null,
    published: null,
    url: null,
  },
} satisfies Record<string, StoryRef>;

/** A sentence with the first occurrence of `name` marked as the emphasised mention. */
export function snippet(story: StoryRef, text: string, name: string | null): CardSnippet {
  if (name === null) return { story, text, highlight: null };
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`"${name}" is not in "${text}"`);
  return { story, text, highlight: { start, end: start + name.length } };
}

export const blinkenSnippets: CardSnippet[] = [
  snippet(
    stories.confirmed,
    'The Senate voted 78 to 22 on Tuesday to confirm Antony Blinken, a longtime aide to President Biden, as secretary of state.',
    'Antony Blinken',
  ),
  snippet(stories.tokyo, 'Blinken told his Japanese counterpart that the alliance was the cornerstone of peace in the region.', 'Blinken'),
  snippet(stories.beijing, 'After two days of meetings, Mr Blinken said both sides had agreed to keep talking.', 'Blinken'),
];

export const blinkenTimeline: TimelinePoint[] = [
  { period: '2021', count: 9 },
  { period: '2022', count: 3 },
  { period: '2023', count: 2 },
];

/** A full card: role with its source, coverage over years, timeline, snippets, co-mentions, stories. */
export function blinkenCard(overrides: Partial<EntityCard> = {}): EntityCard {
  return {
    id: 'person:antony-blinken',
    kind: 'person',
    name: 'Antony Blinken',
    role: 'US Secretary of State',
    roleStory: stories.confirmed,
    storyCount: 14,
    mentionCount: 41,
    firstDate: '2021-01-26',
    lastDate: '2023-06-19',
    timeline: blinkenTimeline,
    snippets: blinkenSnippets,
    related: [
      { id: 'person:lloyd-austin', kind: 'person', name: 'Lloyd Austin', sharedStories: 6 },
      { id: 'place:tokyo', kind: 'place', name: 'Tokyo', sharedStories: 3 },
      { id: 'place:anchorage', kind: 'place', name: 'Anchorage', sharedStories: 1 },
    ],
    stories: [stories.beijing, stories.tokyo, stories.confirmed],
    ...overrides,
  };
}

/** A sparse card: a place named in one story, with nothing else the corpus can say about it. */
export function anchorageCard(overrides: Partial<EntityCard> = {}): EntityCard {
  return {
    id: 'place:anchorage',
    kind: 'place',
    name: 'Anchorage',
    role: null,
    roleStory: null,
    storyCount: 1,
    mentionCount: 2,
    firstDate: '2021-03-19',
    lastDate: '2021-03-19',
    timeline: [{ period: '2021-03', count: 2 }],
    snippets: [],
    related: [],
    stories: [stories.anchorage],
    ...overrides,
  };
}

export const pageEntities = {
  blinken: { id: 'person:antony-blinken', kind: 'person', name: 'Antony Blinken', count: 6 },
  austin: { id: 'person:lloyd-austin', kind: 'person', name: 'Lloyd Austin', count: 2 },
  /** A person the page names but the corpus does not know. */
  payne: { id: null, kind: 'person', name: 'Marise Payne', count: 1 },
  tokyo: { id: 'place:tokyo', kind: 'place', name: 'Tokyo', count: 3 },
} satisfies Record<string, PageEntity>;

export function related(story: StoryRef, why: string, score: number, shared: RelatedStory['shared'] = [], topics: string[] = []): RelatedStory {
  return { story, score, shared, topics, why };
}

export const relatedToTokyoVisit: RelatedStory[] = [
  related(
    stories.tokyo,
    'Shares Antony Blinken, Lloyd Austin, Tokyo; about alliance, security',
    11.4,
    [
      { id: 'person:antony-blinken', name: 'Antony Blinken', kind: 'person' },
      { id: 'person:lloyd-austin', name: 'Lloyd Austin', kind: 'person' },
      { id: 'place:tokyo', name: 'Tokyo', kind: 'place' },
    ],
    ['alliance', 'security'],
  ),
  related(stories.confirmed, 'Shares Antony Blinken', 4.2, [{ id: 'person:antony-blinken', name: 'Antony Blinken', kind: 'person' }]),
  related(stories.undated, 'About alliance', 1.3, [], ['alliance']),
];

export function pageReport(overrides: Partial<PageReport> = {}): PageReport {
  return {
    host: 'news.example.com',
    url: 'https://news.example.com/2021/03/16/us-japan-security-talks',
    enabled: true,
    scanned: true,
    entities: [pageEntities.blinken, pageEntities.austin, pageEntities.payne, pageEntities.tokyo],
    hasArticle: true,
    terms: [
      ['alliance', 5],
      ['security', 4],
      ['talks', 3],
    ],
    ...overrides,
  };
}

export function popupData(overrides: Partial<PopupData> = {}): PopupData {
  return {
    tabId: 17,
    host: 'news.example.com',
    siteEnabled: true,
    report: pageReport(),
    related: relatedToTokyoVisit,
    ...overrides,
  };
}

export function fullStory(overrides: Partial<FullStory> = {}): FullStory {
  return {
    ...stories.tokyo,
    text: [
      'TOKYO — Secretary of State Antony Blinken and Defense Secretary Lloyd Austin arrived in Tokyo on Monday for their first overseas trip in office.',
      'Blinken said the United States and Japan would push back against coercion in the region, while Austin spoke of a stronger alliance.',
      'The two men are due to fly on to Seoul before Blinken meets Chinese officials in Anchorage later in the week.',
    ].join('\n\n'),
    ...overrides,
  };
}

/** A search hit whose excerpt has the first occurrence of `match` marked (or no mark when null). */
export function searchHit(story: StoryRef, excerpt: string, match: string | null, inTitle = false): SearchHit {
  if (match === null) return { story, inTitle, excerpt, highlight: null };
  const start = excerpt.indexOf(match);
  if (start < 0) throw new Error(`"${match}" is not in "${excerpt}"`);
  return { story, inTitle, excerpt, highlight: { start, end: start + match.length } };
}

/** What a search for "Anchorage" finds. */
export const anchorageHits: SearchHit[] = [
  searchHit(
    stories.anchorage,
    'Tense opening as US and Chinese diplomats meet in Anchorage',
    'Anchorage',
    true,
  ),
  searchHit(
    stories.tokyo,
    '…before Blinken meets Chinese officials in Anchorage later in the week, the first high-level talks of the new administration…',
    'Anchorage',
  ),
  searchHit(stories.beijing, '…two years after the sharp exchanges in Alaska, both sides spoke of keeping channels open…', null),
];
