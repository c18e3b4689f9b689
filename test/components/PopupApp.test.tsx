// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PageEntity } from '../../browser/messages';
import type { PopupData } from '../../browser/popup-data';
import { PopupApp } from '../../components/PopupApp';
import type { SearchHit } from '../../lib/index/search-stories';
import { anchorageHits, pageEntities, pageReport, popupData } from './fixtures';
import {
  accessibleName,
  allByRole,
  click,
  deferred,
  getByRole,
  isNativelyKeyboardOperable,
  mount,
  pending,
  queryByRole,
  readableText,
  settle,
  unmount,
  userAction,
} from './helpers';

// PopupApp loads its data itself. States: loading (the loader has not answered), error (it
// rejected), empty (no web page, site turned off, page not readable, no article, nothing found,
// nothing related) and full (related stories, people and places). The corpus search at the top
// has its own states, tested in StorySearch.test.tsx; here, how it takes the popup's room.

afterEach(() => {
  unmount();
  vi.useRealTimers();
});

function props(load: () => Promise<PopupData>, search: (query: string) => Promise<SearchHit[]>) {
  return {
    load: vi.fn(load),
    onToggleSite: vi.fn(async (_host: string, _enabled: boolean) => {}),
    onOpenStory: vi.fn((_id: string) => {}),
    onReveal: vi.fn(async (_tabId: number, _entity: PageEntity) => true),
    search: vi.fn(search),
    onOpenSettings: vi.fn(() => {}),
  };
}

async function mountPopup(load: () => Promise<PopupData>, search: (query: string) => Promise<SearchHit[]> = async () => anchorageHits) {
  const p = props(load, search);
  const root = await mount(<PopupApp {...p} />);
  await settle();
  return { root, ...p };
}

/** The popup's own part, below the search box. */
const body = (root: ParentNode) => root.querySelector<HTMLElement>('.bs-popup__body');
const LOADING = 'Reading this page…';

describe('PopupApp: loading', () => {
  test('asks for the data once and says it is reading the page', async () => {
    const { root, load } = await mountPopup(() => pending());
    expect(load).toHaveBeenCalledTimes(1);
    expect(getByRole(root, 'heading', { level: 1 }).textContent).toBe('Backstory');
    expect(getByRole(body(root)!, 'status').textContent).toBe(LOADING);
    expect(queryByRole(root, 'alert')).toBeNull();
    expect(queryByRole(root, 'checkbox')).toBeNull(); // no switch before the host is known
    expect(allByRole(root, 'heading', { level: 2 })).toHaveLength(0);
    // Search and settings do not wait for the page.
    expect(getByRole(root, 'searchbox', { name: 'Search stories' })).toBeTruthy();
    expect(getByRole(root, 'button', { name: 'Settings' })).toBeTruthy();
    const footer = root.querySelector('footer')!;
    expect(footer.querySelector('span')!.textContent).toBe('Private by design: nothing leaves your browser.');
    expect(getByRole(footer, 'button').textContent).toBe('Settings');
  });

  test('replaces the loading message with the data once it arrives', async () => {
    const data = deferred<PopupData>();
    const { root } = await mountPopup(() => data.promise);
    expect(getByRole(root, 'status', { name: LOADING })).toBeTruthy();
    data.resolve(popupData());
    await settle();
    expect(queryByRole(root, 'status', { name: LOADING })).toBeNull();
    expect(getByRole(root, 'heading', { name: 'Related stories' })).toBeTruthy();
  });
});

describe('PopupApp: error', () => {
  test('says what failed, as an alert, with the loader\'s message', async () => {
    const { root } = await mountPopup(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    expect(getByRole(root, 'alert').textContent).toBe(
      'Backstory could not read this tab: Could not establish connection. Receiving end does not exist.',
    );
    expect(queryByRole(root, 'status', { name: LOADING })).toBeNull();
    expect(body(root)!.textContent).toBe('Backstory could not read this tab: Could not establish connection. Receiving end does not exist.');
    expect(queryByRole(root, 'checkbox')).toBeNull();
  });

  test('a rejection that is not an Error is still shown as text', async () => {
    const { root } = await mountPopup(() => Promise.reject('tab closed'));
    expect(getByRole(root, 'alert').textContent).toBe('Backstory could not read this tab: tab closed');
  });
});

describe('PopupApp: empty', () => {
  test('not a web page: explains where Backstory works, and offers no site switch', async () => {
    const { root } = await mountPopup(async () => popupData({ tabId: 3, host: null, siteEnabled: false, report: null, related: [] }));
    expect(body(root)!.textContent).toBe('Backstory works on web pages. Open a news story to see its backstory.');
    expect(queryByRole(root, 'checkbox')).toBeNull();
    expect(allByRole(root, 'heading', { level: 2 })).toHaveLength(0);
  });

  test('turned off for this site: says so by name and how to turn it back on', async () => {
    const { root } = await mountPopup(async () => popupData({ siteEnabled: false, report: pageReport({ enabled: false, scanned: false, entities: [] }), related: [] }));
    expect(body(root)!.textContent).toBe('Backstory is off for news.example.com. Turn it on above to highlight people and places here.');
    const toggle = getByRole(root, 'checkbox', { name: 'On for news.example.com' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
  });

  test('page not readable yet: suggests reloading', async () => {
    const { root } = await mountPopup(async () => popupData({ report: null, related: [] }));
    expect(body(root)!.textContent).toBe('This page is not ready yet, or Backstory cannot read it. Reload the page and try again.');
  });

  test('no people or places in the article: says so under "Related stories", with no empty lists', async () => {
    const { root } = await mountPopup(async () => popupData({ report: pageReport({ entities: [] }), related: [] }));
    const section = getByRole(root, 'region', { name: 'Related stories' });
    expect(section.querySelector('.bs-empty')!.textContent).toBe('No people or places found on this page.');
    expect(allByRole(body(root)!, 'list')).toHaveLength(0);
    expect(body(root)!.querySelector('.bs-note')).toBeNull();
    expect(queryByRole(root, 'heading', { name: 'People on this page' })).toBeNull();
    expect(queryByRole(root, 'heading', { name: 'Places on this page' })).toBeNull();
  });

  test('no article and no names: says what kind of page this is and what to open instead', async () => {
    const { root } = await mountPopup(async () => popupData({ report: pageReport({ entities: [], hasArticle: false }), related: [] }));
    expect(getByRole(root, 'region', { name: 'Related stories' }).querySelector('.bs-empty')!.textContent).toBe(
      'This page has no article and names no one Backstory can find. Open a news story to see its backstory.',
    );
    expect(body(root)!.querySelector('.bs-note')).toBeNull();
  });

  test('people found but no related story: says the corpus has none, and still lists who is on the page', async () => {
    const { root } = await mountPopup(async () => popupData({ related: [] }));
    const section = getByRole(root, 'region', { name: 'Related stories' });
    expect(section.querySelector('.bs-empty')!.textContent).toBe('Your corpus has no story about the people and places on this page.');
    expect(section.querySelector('ol')).toBeNull();
    expect(getByRole(root, 'heading', { name: 'People on this page' })).toBeTruthy();
  });

  test('names the corpus does not know: explains why nothing is highlighted, counting them', async () => {
    const { root } = await mountPopup(async () => popupData({ report: pageReport({ entities: [pageEntities.payne] }), related: [] }));
    expect([...body(root)!.querySelectorAll('.bs-note')].map((n) => n.textContent)).toEqual([
      'Your corpus knows none of the 1 name on this page, so none is highlighted. They are listed below.',
    ]);
    const two = await mountPopup(async () =>
      popupData({ report: pageReport({ entities: [pageEntities.payne, { id: null, kind: 'place', name: 'Canberra', count: 2 }] }), related: [] }),
    );
    expect(body(two.root)!.querySelector('.bs-note')!.textContent).toBe(
      'Your corpus knows none of the 2 names on this page, so none is highlighted. They are listed below.',
    );
    expect(allByRole(two.root, 'button').map(accessibleName)).toEqual(['Settings']);
  });

  test('only places on the page: no "People" section at all', async () => {
    const { root } = await mountPopup(async () => popupData({ report: pageReport({ entities: [pageEntities.tokyo] }) }));
    expect(queryByRole(root, 'heading', { name: 'People on this page' })).toBeNull();
    expect(getByRole(root, 'heading', { name: 'Places on this page' })).toBeTruthy();
  });
});

describe('PopupApp: full', () => {
  test('ranks related stories in an ordered list: title link, source and date, and why', async () => {
    const { root } = await mountPopup(async () => popupData());
    expect(body(root)!.querySelector('.bs-note')).toBeNull();
    const section = getByRole(root, 'region', { name: 'Related stories' });
    const list = section.querySelector('ol')!;
    const items = allByRole(list, 'listitem');
    expect(items.map((li) => getByRole(li, 'link').textContent)).toEqual([
      'Blinken and Austin land in Tokyo for first cabinet-level talks',
      'Senate confirms Blinken as Secretary of State',
      'Allies weigh a joint statement on the Indo-Pacific',
    ]);
    expect(items.map((li) => li.querySelector('.bs-meta')!.textContent)).toEqual([
      'Reuters · 15 Mar 2021',
      'Associated Press · 26 Jan 2021',
      'Source and date unknown',
    ]);
    expect(items.map((li) => li.querySelector('.bs-why')!.textContent)).toEqual([
      'Shares Antony Blinken, Lloyd Austin, Tokyo; about alliance, security',
      'Shares Antony Blinken',
      'About alliance',
    ]);
  });

  test('opening a related story passes its id and keeps the popup where it is', async () => {
    const { root, onOpenStory } = await mountPopup(async () => popupData());
    const link = getByRole(root, 'link', { name: 'Senate confirms Blinken as Secretary of State' });
    expect(link.getAttribute('href')).toBe('#story-s-0007');
    expect(isNativelyKeyboardOperable(link)).toBe(true);
    const event = click(link);
    expect(event.defaultPrevented).toBe(true);
    expect(onOpenStory).toHaveBeenCalledTimes(1);
    expect(onOpenStory).toHaveBeenCalledWith('s-0007');
  });

  test('people and places are listed apart, each said with a word and a count', async () => {
    const { root } = await mountPopup(async () => popupData());
    const people = getByRole(root, 'heading', { name: 'People on this page' }).closest('section')!;
    const places = getByRole(root, 'heading', { name: 'Places on this page' }).closest('section')!;
    expect(allByRole(people, 'listitem').map((li) => readableText(li))).toEqual([
      'Person Antony Blinken ×6',
      'Person Lloyd Austin ×2',
      'Person Marise Payne ×1 · not in corpus',
    ]);
    expect(allByRole(places, 'listitem').map((li) => readableText(li))).toEqual(['Place Tokyo ×3']);
  });

  test('a page without an article: says the names come from the whole page, and still lists them', async () => {
    const { root } = await mountPopup(async () => popupData({ report: pageReport({ hasArticle: false }) }));
    expect([...body(root)!.querySelectorAll('.bs-note')].map((n) => n.textContent)).toEqual([
      'No article found on this page, so nothing in its menus and footers is highlighted. The names below come from the whole page.',
    ]);
    expect(getByRole(root, 'heading', { name: 'People on this page' })).toBeTruthy();
  });

  test('a known person is a button that reveals it on the tab; onReveal gets the tab and the entity', async () => {
    const { root, onReveal } = await mountPopup(async () => popupData());
    const blinken = getByRole(root, 'button', { name: 'Person Antony Blinken ×6' });
    expect(blinken.getAttribute('title')).toBe('Show on the page');
    expect(isNativelyKeyboardOperable(blinken)).toBe(true);
    click(blinken);
    expect(onReveal).toHaveBeenCalledTimes(1);
    expect(onReveal).toHaveBeenCalledWith(17, pageEntities.blinken);
    click(getByRole(root, 'button', { name: 'Place Tokyo ×3' }));
    expect(onReveal).toHaveBeenLastCalledWith(17, pageEntities.tokyo);
  });

  test('a name the corpus does not know is not a button, and says why', async () => {
    const { root } = await mountPopup(async () => popupData());
    expect(queryByRole(root, 'button', { name: /Marise Payne/ })).toBeNull();
    expect(allByRole(body(root)!, 'button').map(accessibleName)).toEqual(['Person Antony Blinken ×6', 'Person Lloyd Austin ×2', 'Place Tokyo ×3']);
  });

  test('without a tab to talk to, names are listed but not revealable', async () => {
    const { root } = await mountPopup(async () => popupData({ tabId: null }));
    expect(allByRole(body(root)!, 'button')).toHaveLength(0);
    expect(getByRole(root, 'heading', { name: 'People on this page' })).toBeTruthy();
  });

  test('the Settings button opens the settings', async () => {
    const { root, onOpenSettings } = await mountPopup(async () => popupData());
    const settings = getByRole(root, 'button', { name: 'Settings' });
    expect(isNativelyKeyboardOperable(settings)).toBe(true);
    click(settings);
    expect(onOpenSettings).toHaveBeenCalledTimes(1);
  });
});

describe('PopupApp: the site switch', () => {
  test('is a labelled checkbox, checked when Backstory is on', async () => {
    const { root } = await mountPopup(async () => popupData());
    const toggle = getByRole(root, 'checkbox', { name: 'On for news.example.com' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(isNativelyKeyboardOperable(toggle)).toBe(true);
  });

  test('when the switch cannot be saved, an alert says so', async () => {
    const { root, onToggleSite } = await mountPopup(async () => popupData());
    onToggleSite.mockImplementation(async () => Promise.reject(new Error('storage is full')));
    const toggle = getByRole(root, 'checkbox', { name: 'On for news.example.com' }) as HTMLInputElement;
    await userAction(() => {
      toggle.checked = false;
      toggle.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(getByRole(root, 'alert').textContent).toBe('Could not turn Backstory off for news.example.com: storage is full');
  });

  test('turning the site off calls onToggleSite(host, false), then reloads the data after a moment', async () => {
    vi.useFakeTimers();
    let call = 0;
    const { root, load, onToggleSite } = await mountPopup(async () =>
      ++call === 1 ? popupData() : popupData({ siteEnabled: false, report: pageReport({ enabled: false, entities: [] }), related: [] }),
    );
    expect(load).toHaveBeenCalledTimes(1);
    const toggle = getByRole(root, 'checkbox', { name: 'On for news.example.com' }) as HTMLInputElement;
    await userAction(() => {
      toggle.checked = false;
      toggle.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onToggleSite).toHaveBeenCalledTimes(1);
    expect(onToggleSite).toHaveBeenCalledWith('news.example.com', false);
    // The content script needs a moment to take the highlights off: not reloaded yet.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(299);
    });
    expect(load).toHaveBeenCalledTimes(1);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    expect(body(root)!.textContent).toBe('Backstory is off for news.example.com. Turn it on above to highlight people and places here.');
    expect((getByRole(root, 'checkbox') as HTMLInputElement).checked).toBe(false);
  });

  test('turning the site back on calls onToggleSite(host, true)', async () => {
    const { root, onToggleSite } = await mountPopup(async () => popupData({ siteEnabled: false, report: pageReport({ enabled: false, entities: [] }), related: [] }));
    const toggle = getByRole(root, 'checkbox') as HTMLInputElement;
    await userAction(() => {
      toggle.checked = true;
      toggle.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onToggleSite).toHaveBeenCalledWith('news.example.com', true);
  });
});

describe('PopupApp: searching the corpus', () => {
  async function typeQuery(root: HTMLElement, value: string) {
    const input = getByRole(root, 'searchbox', { name: 'Search stories' }) as HTMLInputElement;
    await userAction(() => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(150);
    });
    await settle();
  }

  test('a query gives the popup to the results; the page\'s part comes back when the box is emptied', async () => {
    vi.useFakeTimers();
    const { root, search, onOpenStory } = await mountPopup(async () => popupData());
    expect(getByRole(root, 'region', { name: 'Related stories' })).toBeTruthy();
    await typeQuery(root, 'Anchorage');
    expect(search).toHaveBeenCalledWith('Anchorage');
    expect(body(root)).toBeNull();
    expect(queryByRole(root, 'region', { name: 'Related stories' })).toBeNull();
    const found = getByRole(root, 'region', { name: 'Search your corpus' });
    expect(allByRole(found, 'link').map((a) => a.textContent)).toEqual(anchorageHits.map((h) => h.story.title));
    // Results open in the reader through the same callback as related stories.
    click(getByRole(found, 'link', { name: 'Tense opening as US and Chinese diplomats meet in Anchorage' }));
    expect(onOpenStory).toHaveBeenCalledWith('s-0051');
    await typeQuery(root, '');
    expect(getByRole(root, 'region', { name: 'Related stories' })).toBeTruthy();
    expect(getByRole(root, 'checkbox', { name: 'On for news.example.com' })).toBeTruthy();
  });
});
