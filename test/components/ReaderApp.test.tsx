// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { FullStory, PageEntity } from '../../browser/messages';
import { ReaderApp } from '../../components/ReaderApp';
import type { PageEntityCount, RelatedStory } from '../../lib/index/related-stories';
import { fullStory, pageEntities, related, relatedToTokyoVisit, stories } from './fixtures';
import { allByRole, click, deferred, getByRole, isNativelyKeyboardOperable, mount, pending, queryByRole, settle, unmount } from './helpers';

// ReaderApp loads its story itself, then the related stories once the article is annotated.
// States: loading (story pending), error (story rejected), empty (the story is no longer in the
// corpus; or a story with no related stories) and full (story with related stories).

beforeEach(() => {
  document.title = 'Backstory';
});
afterEach(unmount);

interface Loaders {
  loadStory?: (id: string) => Promise<FullStory | null>;
  loadRelated?: (entities: PageEntityCount[], text: string) => Promise<RelatedStory[]>;
  annotate?: (article: HTMLElement) => Promise<PageEntity[]>;
}

async function mountReader(storyId: string, loaders: Loaders = {}) {
  const loadStory = vi.fn(loaders.loadStory ?? (async (_id: string) => fullStory()));
  const loadRelated = vi.fn(loaders.loadRelated ?? (async (_entities: PageEntityCount[], _text: string) => relatedToTokyoVisit));
  const annotate = vi.fn(loaders.annotate ?? (async (_article: HTMLElement) => Object.values(pageEntities)));
  const openStory = vi.fn((_id: string) => {});
  const root = await mount(<ReaderApp storyId={storyId} loadStory={loadStory} loadRelated={loadRelated} openStory={openStory} annotate={annotate} />);
  await settle();
  return { root, loadStory, loadRelated, annotate, openStory };
}

describe('ReaderApp: loading', () => {
  test('asks for the story by id and says it is opening it', async () => {
    const { root, loadStory, annotate, loadRelated } = await mountReader('s-0042', { loadStory: () => pending() });
    expect(loadStory).toHaveBeenCalledTimes(1);
    expect(loadStory).toHaveBeenCalledWith('s-0042');
    expect(getByRole(root, 'status').textContent).toBe('Opening the story…');
    expect(queryByRole(root, 'heading', { level: 1 })).toBeNull();
    expect(annotate).not.toHaveBeenCalled();
    expect(loadRelated).not.toHaveBeenCalled();
    expect(document.title).toBe('Backstory');
  });

  test('shows the story when it arrives', async () => {
    const story = deferred<FullStory | null>();
    const { root } = await mountReader('s-0042', { loadStory: () => story.promise });
    expect(getByRole(root, 'status')).toBeTruthy();
    story.resolve(fullStory());
    await settle();
    expect(queryByRole(root, 'status')).toBeNull();
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Blinken and Austin land in Tokyo for first cabinet-level talks');
  });
});

describe('ReaderApp: error', () => {
  test('says the story could not be opened, with the reason as an alert', async () => {
    const { root, annotate } = await mountReader('s-0042', { loadStory: () => Promise.reject(new Error('The index could not be loaded.')) });
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Could not open the story');
    expect(getByRole(root, 'alert').textContent).toBe('The index could not be loaded.');
    expect(queryByRole(root, 'status')).toBeNull();
    expect(root.querySelector('article')).toBeNull();
    expect(annotate).not.toHaveBeenCalled();
  });

  test('a rejection that is not an Error is still shown as text', async () => {
    const { root } = await mountReader('s-0042', { loadStory: () => Promise.reject('Extension context invalidated.') });
    expect(getByRole(root, 'alert').textContent).toBe('Extension context invalidated.');
  });
});

describe('ReaderApp: empty', () => {
  test('a story no longer in the corpus: says so plainly, and does not annotate anything', async () => {
    const { root, annotate, loadRelated } = await mountReader('s-4040', { loadStory: async () => null });
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Story not found');
    expect(root.querySelector('main')!.textContent).toBe('Story not foundThis story is not in your corpus any more.');
    expect(queryByRole(root, 'alert')).toBeNull();
    expect(annotate).not.toHaveBeenCalled();
    expect(loadRelated).not.toHaveBeenCalled();
  });

  test('a story with no related stories: the story alone, with no empty "Related stories" section', async () => {
    const { root, loadRelated } = await mountReader('s-0042', { loadRelated: async () => [] });
    expect(loadRelated).toHaveBeenCalledTimes(1);
    expect(getByRole(root, 'article')).toBeTruthy();
    expect(queryByRole(root, 'complementary')).toBeNull();
    expect(queryByRole(root, 'heading', { name: 'Related stories' })).toBeNull();
  });

  test('related stories that are only this story itself count as none', async () => {
    const { root } = await mountReader('s-0042', { loadRelated: async () => [related(stories.tokyo, 'Shares Antony Blinken', 9)] });
    expect(queryByRole(root, 'complementary')).toBeNull();
  });

  test.each([
    ['the names cannot be read', { annotate: () => Promise.reject(new Error('the background is not answering')) }],
    ['related stories cannot be ranked', { loadRelated: () => Promise.reject(new Error('the background is not answering')) }],
  ])('when %s, the story stays readable and an alert says why', async (_, loaders) => {
    const { root } = await mountReader('s-0042', loaders);
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Blinken and Austin land in Tokyo for first cabinet-level talks');
    expect(getByRole(root, 'alert').textContent).toBe('Names and related stories could not be loaded: the background is not answering');
    expect(queryByRole(root, 'complementary')).toBeNull();
  });

  test('while related stories are still loading, the story is already readable', async () => {
    const { root } = await mountReader('s-0042', { loadRelated: () => pending() });
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Blinken and Austin land in Tokyo for first cabinet-level talks');
    expect(queryByRole(root, 'complementary')).toBeNull();
  });
});

describe('ReaderApp: full', () => {
  test('the story: title as the page heading and document title, source and date, paragraphs', async () => {
    const { root } = await mountReader('s-0042');
    const article = getByRole(root, 'article');
    expect(getByRole(article, 'heading', { level: 1 }).textContent).toBe('Blinken and Austin land in Tokyo for first cabinet-level talks');
    expect(document.title).toBe('Blinken and Austin land in Tokyo for first cabinet-level talks — Backstory');
    expect(article.querySelector('.bs-reader__meta')!.textContent).toBe('Reuters · 15 Mar 2021 · Original');
    const paragraphs = [...article.querySelectorAll('p:not(.bs-reader__meta)')].map((p) => p.textContent);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^TOKYO — Secretary of State Antony Blinken/);
    expect(paragraphs[2]).toMatch(/Blinken meets Chinese officials in Anchorage later in the week\.$/);
  });

  test('links to the original, without passing on where the reader came from', async () => {
    const { root } = await mountReader('s-0042');
    const original = getByRole(root, 'link', { name: 'Original' });
    expect(original.getAttribute('href')).toBe('https://news.example.com/2021/03/15/blinken-austin-tokyo');
    expect(original.getAttribute('rel')!.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  });

  test('a story without an address has no "Original" link', async () => {
    const { root } = await mountReader('s-0051', { loadStory: async () => fullStory({ ...stories.anchorage }) });
    expect(queryByRole(root, 'link', { name: 'Original' })).toBeNull();
    expect(root.querySelector('.bs-reader__meta')!.textContent).toBe('BBC News · 19 Mar 2021');
  });

  test('annotates the rendered article, then asks for related stories with the known names and the text', async () => {
    const { root, annotate, loadRelated } = await mountReader('s-0042');
    expect(annotate).toHaveBeenCalledTimes(1);
    const article = annotate.mock.calls[0]![0];
    expect(article).toBe(root.querySelector('article'));
    expect(article.isConnected).toBe(true);
    expect(article.querySelector('h1')!.textContent).toBe('Blinken and Austin land in Tokyo for first cabinet-level talks');
    // Marise Payne is not in the corpus (id null): she is left out; counts are kept.
    expect(loadRelated).toHaveBeenCalledTimes(1);
    expect(loadRelated).toHaveBeenCalledWith(
      [
        { id: 'person:antony-blinken', count: 6 },
        { id: 'person:lloyd-austin', count: 2 },
        { id: 'place:tokyo', count: 3 },
      ],
      fullStory().text,
    );
  });

  test('related stories under their own heading, this story left out, each with source, date and why', async () => {
    const { root } = await mountReader('s-0042');
    const aside = getByRole(root, 'complementary', { name: 'Related stories' });
    expect(getByRole(aside, 'heading', { level: 2 }).textContent).toBe('Related stories');
    const items = allByRole(aside, 'listitem');
    // relatedToTokyoVisit starts with this very story (s-0042): it is not offered again.
    expect(items.map((li) => getByRole(li, 'link').textContent)).toEqual([
      'Senate confirms Blinken as Secretary of State',
      'Allies weigh a joint statement on the Indo-Pacific',
    ]);
    expect(items.map((li) => li.querySelector('.bs-reader__meta')!.textContent)).toEqual([
      'Associated Press · 26 Jan 2021 — Shares Antony Blinken',
      'Source and date unknown — About alliance',
    ]);
  });

  test('at most five related stories, in the order given', async () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      related({ id: `s-2${i}`, title: `Briefing ${i + 1} on the US–Japan alliance`, source: 'Kyodo', published: `2022-0${i + 1}-10`, url: null }, 'Shares Antony Blinken', 8 - i),
    );
    const { root } = await mountReader('s-0042', { loadRelated: async () => many });
    const titles = allByRole(getByRole(root, 'complementary'), 'link').map((a) => a.textContent);
    expect(titles).toEqual([1, 2, 3, 4, 5].map((n) => `Briefing ${n} on the US–Japan alliance`));
  });

  test('opening a related story passes its id, and the link address is the reader\'s own, encoded', async () => {
    const odd = related({ id: 'wire/2021 03#7', title: 'Quad leaders to meet virtually', source: 'Kyodo', published: '2021-03-12', url: null }, 'Shares Antony Blinken', 3);
    const { root, openStory } = await mountReader('s-0042', { loadRelated: async () => [odd] });
    const link = getByRole(root, 'link', { name: 'Quad leaders to meet virtually' });
    expect(link.getAttribute('href')).toBe('?story=wire%2F2021%2003%237');
    expect(isNativelyKeyboardOperable(link)).toBe(true);
    const event = click(link);
    expect(event.defaultPrevented).toBe(true);
    expect(openStory).toHaveBeenCalledTimes(1);
    expect(openStory).toHaveBeenCalledWith('wire/2021 03#7');
  });
});
