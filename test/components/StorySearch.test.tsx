// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { StorySearch } from '../../components/StorySearch';
import type { SearchHit } from '../../lib/index/search-stories';
import { anchorageHits, searchHit, stories } from './fixtures';
import { accessibleName, allByRole, click, deferred, getByRole, isNativelyKeyboardOperable, mount, pending, queryByRole, settle, unmount, userAction } from './helpers';

// StorySearch searches as the reader types (after a pause). States: idle (nothing typed),
// loading ("Searching…", the search pending), error (it rejected), empty (no story found) and
// full (the stories found, each with an excerpt and the match marked).

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  unmount();
  vi.useRealTimers();
});

async function mountSearch(search: (query: string) => Promise<SearchHit[]>, debounceMs?: number) {
  const p = { search: vi.fn(search), onOpenStory: vi.fn((_id: string) => {}), onActiveChange: vi.fn((_active: boolean) => {}) };
  const root = await mount(<StorySearch {...p} debounceMs={debounceMs} />);
  const input = getByRole(root, 'searchbox') as HTMLInputElement;
  return { root, input, ...p };
}

/** Types `value` into the box (as one input event) without letting time pass. */
async function type(input: HTMLInputElement, value: string) {
  await userAction(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Lets the debounce run out (fake time), then lets the search answer. */
async function wait(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
  await settle();
}

const status = (root: ParentNode) => getByRole(root, 'status');
const results = (root: ParentNode) => root.querySelector('ol');

describe('StorySearch: idle', () => {
  test('a search box named for what it does, described by an empty status, with no results', async () => {
    const { root, input, search, onActiveChange } = await mountSearch(async () => anchorageHits);
    expect(input.type).toBe('search');
    expect(accessibleName(input)).toBe('Search stories');
    expect(input.placeholder).toBe('Search stories by word or name');
    expect(getByRole(root, 'region', { name: 'Search your corpus' })).toBeTruthy();
    expect(input.getAttribute('aria-describedby')).toBe(status(root).id);
    expect(status(root).textContent).toBe('');
    expect(results(root)).toBeNull();
    expect(search).not.toHaveBeenCalled();
    expect(onActiveChange).toHaveBeenLastCalledWith(false);
  });

  test('spaces alone are not a query', async () => {
    const { root, search, onActiveChange, input } = await mountSearch(async () => anchorageHits);
    await type(input, '   ');
    await wait(500);
    expect(search).not.toHaveBeenCalled();
    expect(onActiveChange).not.toHaveBeenCalledWith(true);
    expect(status(root).textContent).toBe('');
  });
});

describe('StorySearch: loading', () => {
  test('waits for a pause in typing, then searches once for the trimmed query and says it is searching', async () => {
    const { root, input, search, onActiveChange } = await mountSearch(() => pending());
    await type(input, 'Anch');
    expect(onActiveChange).toHaveBeenLastCalledWith(true);
    await wait(100);
    await type(input, 'Anchorage ');
    await wait(149);
    expect(search).not.toHaveBeenCalled();
    expect(status(root).textContent).toBe('');
    await wait(1);
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('Anchorage');
    expect(status(root).textContent).toBe('Searching…');
    expect(results(root)).toBeNull();
  });

  test('the pause can be set', async () => {
    const { input, search } = await mountSearch(() => pending(), 400);
    await type(input, 'Blinken');
    await wait(399);
    expect(search).not.toHaveBeenCalled();
    await wait(1);
    expect(search).toHaveBeenCalledWith('Blinken');
  });
});

describe('StorySearch: error', () => {
  test('says the search failed and why, and shows no results', async () => {
    const { root, input } = await mountSearch(() => Promise.reject(new Error('The index is still loading')));
    await type(input, 'Anchorage');
    await wait(150);
    expect(status(root).textContent).toBe('Search failed: The index is still loading');
    expect(results(root)).toBeNull();
  });
});

describe('StorySearch: empty', () => {
  test('says no story mentions the query, quoting it', async () => {
    const { root, input } = await mountSearch(async () => []);
    await type(input, 'Pompeo');
    await wait(150);
    expect(status(root).textContent).toBe('No story mentions “Pompeo”.');
    expect(results(root)).toBeNull();
  });
});

describe('StorySearch: full', () => {
  test('says how many stories were found and lists them in order, with source, date and excerpt', async () => {
    const { root, input } = await mountSearch(async () => anchorageHits);
    await type(input, 'Anchorage');
    await wait(150);
    expect(status(root).textContent).toBe('3 stories found');
    const items = allByRole(results(root)!, 'listitem');
    expect(items.map((li) => getByRole(li, 'link').textContent)).toEqual([
      'Tense opening as US and Chinese diplomats meet in Anchorage',
      'Blinken and Austin land in Tokyo for first cabinet-level talks',
      'Blinken visits Beijing in bid to steady relations',
    ]);
    expect(items.map((li) => li.querySelector('.bs-meta')!.textContent)).toEqual(['BBC News · 19 Mar 2021', 'Reuters · 15 Mar 2021', 'The Guardian · 19 Jun 2023']);
    expect(items.map((li) => li.querySelector('.bs-excerpt')!.textContent)).toEqual(anchorageHits.map((h) => h.excerpt));
  });

  test('marks the matched words in each excerpt at the given offsets, and nothing when they cannot be placed', async () => {
    const { root, input } = await mountSearch(async () => anchorageHits);
    await type(input, 'Anchorage');
    await wait(150);
    const excerpts = [...root.querySelectorAll('.bs-excerpt')];
    expect(excerpts.map((e) => [...e.querySelectorAll('mark')].map((m) => m.textContent))).toEqual([['Anchorage'], ['Anchorage'], []]);
    const second = excerpts[1]!;
    expect(second.firstChild!.textContent).toBe('…before Blinken meets Chinese officials in ');
    expect(second.lastChild!.textContent).toBe(' later in the week, the first high-level talks of the new administration…');
  });

  test('one story is "1 story"; a full page of twenty says there may be more', async () => {
    const { root, input, search } = await mountSearch(async () => [anchorageHits[0]!]);
    await type(input, 'Anchorage');
    await wait(150);
    expect(status(root).textContent).toBe('1 story found');
    const twenty = Array.from({ length: 20 }, (_, i) => searchHit({ ...stories.tokyo, id: `s-3${i}` }, `Blinken spoke on day ${i + 1} of the talks.`, 'Blinken'));
    search.mockImplementation(async () => twenty);
    await type(input, 'Blinken');
    await wait(150);
    expect(status(root).textContent).toBe('20+ stories found');
    expect(allByRole(results(root)!, 'listitem')).toHaveLength(20);
  });

  test('opening a result passes its story id and keeps the popup where it is', async () => {
    const { root, input, onOpenStory } = await mountSearch(async () => anchorageHits);
    await type(input, 'Anchorage');
    await wait(150);
    const link = getByRole(root, 'link', { name: 'Blinken and Austin land in Tokyo for first cabinet-level talks' });
    expect(link.getAttribute('href')).toBe('#story-s-0042');
    expect(isNativelyKeyboardOperable(link)).toBe(true);
    const event = click(link);
    expect(event.defaultPrevented).toBe(true);
    expect(onOpenStory).toHaveBeenCalledTimes(1);
    expect(onOpenStory).toHaveBeenCalledWith('s-0042');
  });
});

describe('StorySearch: the query changes', () => {
  test('an answer to an older query never replaces the newer one', async () => {
    const answers = new Map<string, ReturnType<typeof deferred<SearchHit[]>>>();
    const { root, input } = await mountSearch((q) => {
      const d = deferred<SearchHit[]>();
      answers.set(q, d);
      return d.promise;
    });
    await type(input, 'Anchorage');
    await wait(150);
    await type(input, 'Beijing');
    await wait(150);
    answers.get('Beijing')!.resolve([searchHit(stories.beijing, 'Blinken visits Beijing in bid to steady relations', 'Beijing', true)]);
    await settle();
    answers.get('Anchorage')!.resolve(anchorageHits);
    await settle();
    expect(status(root).textContent).toBe('1 story found');
    expect(allByRole(results(root)!, 'link').map((a) => a.textContent)).toEqual(['Blinken visits Beijing in bid to steady relations']);
  });

  test('an older query failing late shows no error', async () => {
    const anchorage = deferred<SearchHit[]>();
    const { root, input } = await mountSearch(async (q) => (q === 'Anchorage' ? anchorage.promise : []));
    await type(input, 'Anchorage');
    await wait(150);
    await type(input, 'Pompeo');
    await wait(150);
    anchorage.reject(new Error('timed out'));
    await settle();
    expect(status(root).textContent).toBe('No story mentions “Pompeo”.');
  });

  test('emptying the box clears the results and tells the parent the search is over', async () => {
    const { root, input, onActiveChange } = await mountSearch(async () => anchorageHits);
    await type(input, 'Anchorage');
    await wait(150);
    expect(results(root)).not.toBeNull();
    await type(input, '');
    expect(onActiveChange).toHaveBeenLastCalledWith(false);
    expect(status(root).textContent).toBe('');
    expect(results(root)).toBeNull();
  });

  test('Escape clears a query (and is consumed), but passes through when the box is already empty', async () => {
    const { root, input, onActiveChange } = await mountSearch(async () => anchorageHits);
    await type(input, 'Anchorage');
    await wait(150);
    let escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    await userAction(() => input.dispatchEvent(escape));
    expect(escape.defaultPrevented).toBe(true);
    expect(input.value).toBe('');
    expect(onActiveChange).toHaveBeenLastCalledWith(false);
    expect(queryByRole(root, 'link')).toBeNull();
    // Empty box: Escape is left to the browser (it closes the popup).
    escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    await userAction(() => input.dispatchEvent(escape));
    expect(escape.defaultPrevented).toBe(false);
  });

  test('other keys do not clear the query', async () => {
    const { input } = await mountSearch(async () => anchorageHits);
    await type(input, 'Anchorage');
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    await userAction(() => input.dispatchEvent(enter));
    expect(input.value).toBe('Anchorage');
    expect(enter.defaultPrevented).toBe(false);
  });
});
