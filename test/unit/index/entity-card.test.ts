import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../../lib/corpus/article';
import { buildEntityCard, buildTimeline } from '../../../lib/index/entity-card';
import { compile, seedCorpus } from '../helpers/engine';

describe('buildEntityCard on the seed corpus', () => {
  const { compiled } = seedCorpus();
  const textOf = (s: number) => compiled.texts[s]!;
  const card = (id: string) => buildEntityCard(compiled.index, id, textOf);

  test('Blinken: role, story count, dates and the story the role comes from', () => {
    const c = card('person:antony-blinken')!;
    expect(c).toMatchObject({
      id: 'person:antony-blinken',
      kind: 'person',
      name: 'Antony Blinken',
      role: 'US Secretary of State',
      storyCount: 1,
      firstDate: '2021-03-15',
      lastDate: '2021-03-15',
      timeline: [{ period: '2021-03', count: c.mentionCount }],
    });
    expect(c.roleStory?.title).toBe('Working with allies critical to push back Chinese aggression: US');
    expect(c.stories.map((s) => s.title)).toEqual(['Working with allies critical to push back Chinese aggression: US']);
    expect(c.mentionCount).toBeGreaterThanOrEqual(5);
  });

  test.each([
    ['person:antony-blinken', /Blinken/],
    ['person:lloyd-austin', /Austin/],
    ['place:xinjiang', /Xinjiang/],
    ['place:south-china-sea', /South China Sea/],
  ])('%s: every snippet is a sentence of the story that names it, highlight on the name', (id, name) => {
    const c = card(id)!;
    expect(c.snippets.length).toBeGreaterThan(0);
    for (const s of c.snippets) {
      expect(s.text).toMatch(name);
      expect(compiled.texts[0]).toContain(s.text);
      expect(s.highlight).not.toBeNull();
      expect(s.text.slice(s.highlight!.start, s.highlight!.end)).toMatch(name);
    }
  });

  test('the best snippet names the person in full', () => {
    const [best] = card('person:lloyd-austin')!.snippets;
    expect(best!.text.slice(best!.highlight!.start, best!.highlight!.end)).toBe('Lloyd Austin');
  });

  test('related entities are the other people and places of the shared story, with counts', () => {
    const c = card('person:antony-blinken')!;
    const related = c.related.map((r) => r.id);
    expect(related).toContain('person:lloyd-austin');
    expect(related).toContain('place:china');
    expect(related).not.toContain('person:antony-blinken');
    for (const r of c.related) expect(r.sharedStories).toBe(1);
    // At most 8 (relatedPerEntity), and on equal counts in entity order, so the list is stable.
    expect(c.related.length).toBe(8);
    expect([...related].sort()).toEqual(related);
  });

  test('a place card has no role', () => {
    expect(card('place:china')).toMatchObject({ kind: 'place', name: 'China', role: null, roleStory: null, storyCount: 1 });
  });

  test('an unknown entity id gives null', () => {
    expect(card('person:nobody')).toBeNull();
  });
});

describe('buildEntityCard across stories', () => {
  const stories = [
    makeArticle({
      title: 'Ruto hosts Somalia talks', source: 'Reuters', published: '2022-06-02', url: 'https://example.com/1', datelinePlace: 'NAIROBI',
      text: 'NAIROBI (Reuters) - Kenyan President William Ruto said on Thursday that Kenya would host talks on Somalia.\n\nRuto told reporters in Nairobi the talks would start soon.',
    }),
    makeArticle({
      title: 'Ruto visits Ethiopia', source: 'AFP', published: '2023-01-15', url: null, datelinePlace: 'ADDIS ABABA',
      text: 'ADDIS ABABA (AFP) - Kenyan President William Ruto arrived in Addis Ababa on Sunday for talks with Ethiopian leaders.',
    }),
    makeArticle({
      title: 'Drought in Somalia', source: 'AP', published: '2020-11-01', url: null, datelinePlace: 'MOGADISHU',
      text: 'MOGADISHU (AP) - Aid agencies warned on Sunday that drought in Somalia was getting worse.',
    }),
  ];
  const { index, texts } = compile(stories);
  const c = buildEntityCard(index, 'person:william-ruto', (s) => texts[s]!)!;

  test('counts stories and mentions, newest story first, dates span the corpus', () => {
    expect(c.storyCount).toBe(2);
    expect(c.stories.map((s) => s.title)).toEqual(['Ruto visits Ethiopia', 'Ruto hosts Somalia talks']);
    expect(c.firstDate).toBe('2022-06-02');
    expect(c.lastDate).toBe('2023-01-15');
    expect(c.mentionCount).toBe(c.timeline.reduce((n, p) => n + p.count, 0));
  });

  test('related places are ranked by stories shared', () => {
    const related = Object.fromEntries(c.related.map((r) => [r.id, r.sharedStories]));
    expect(related['place:somalia']).toBe(1);
    expect(related['place:addis-ababa']).toBe(1);
    expect(related['place:mogadishu']).toBeUndefined();
  });
});

describe('a card shows sentences that tell something', () => {
  const story = (text: string, published: string) => makeArticle({ title: 'Story', source: 'Reuters', published, url: null, datelinePlace: null, text });
  const { index, texts } = compile([
    story('Tarek Vollan\nLONDON, May 3 - Shares in Kelby Mining rose on Monday after the firm said output would double, Vollan said.', '2020-05-03'),
    story('LONDON, May 4 - Mining analyst Tarek Vollan said on Tuesday that copper prices would rise further this year.', '2020-05-04'),
    story('NEW YORK, May 5 - Chairman Osric J.P. Pryce said on Wednesday the company would buy back shares. Pryce spoke in New York.', '2020-05-05'),
    story('Scorers: Tomas Kelby 12, Jo Reed 23, Sam Okafor 45, Tomas Kelby 67 (pen), Jo Reed 88.', '2020-05-06'),
    story('Striker Tomas Kelby scored twice on Saturday as his side won the derby in front of a full house.', '2020-05-01'),
  ]);
  const card = (id: string) => buildEntityCard(index, id, (s) => texts[s]!)!;
  const shown = (id: string) => card(id).snippets.map((x) => x.text.slice(x.highlight!.start, x.highlight!.end));

  test('of a story, the sentence that names the person is shown, not its byline', () => {
    const snippets = card('person:tarek-vollan').snippets.map((x) => x.text);
    expect(snippets).toHaveLength(2);
    expect(snippets).not.toContain('Tarek Vollan');
    expect(snippets.some((x) => x.includes('Kelby Mining'))).toBe(true);
  });
  test('a sentence comes before a list of scorers', () => {
    expect(card('person:tomas-kelby').snippets[0]!.text).toMatch(/^Striker Tomas Kelby scored twice/);
  });
  test('initials with dots do not cut a name short: "Osric J.P. Pryce"', () => {
    expect(shown('person:osric-j-p-pryce')[0]).toBe('Osric J.P. Pryce');
  });
});

describe('buildTimeline', () => {
  test.each([
    [[], [], []],
    [[null, null], [1, 2], []],
    [['2021-03-15', '2021-03-20', '2021-05-01'], [2, 1, 4], [{ period: '2021-03', count: 3 }, { period: '2021-05', count: 4 }]],
    [['2022-12-31', '2021-01-01'], [1, 1], [{ period: '2021-01', count: 1 }, { period: '2022-12', count: 1 }]],
    [['2019-06-01', '2021-03-15', null, '2021-07-01'], [1, 2, 9, 3], [{ period: '2019', count: 1 }, { period: '2021', count: 5 }]],
  ])('%j x %j -> %j', (dates, counts, expected) => {
    expect(buildTimeline(dates, counts)).toEqual(expected);
  });
});
