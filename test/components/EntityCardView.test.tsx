// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EntityCardView, type CardState } from '../../components/EntityCardView';
import type { EntityCard } from '../../lib/index/entity-card';
import { anchorageCard, blinkenCard } from './fixtures';
import { accessibleName, allByRole, click, getByRole, isNativelyKeyboardOperable, mount, queryByRole, readableText, unmount } from './helpers';

// EntityCardView is told its state by the card controller (it loads nothing itself):
// loading and error carry the name the reader pointed at; ready carries the card. The "empty"
// state is a ready card the corpus knows little about (no role, snippets, co-mentions or
// timeline); "full" is a card with all of them.

afterEach(unmount);

const HEADING_ID = 'backstory-card-name';

/** Mounts the view inside a dialog named by its heading, as the card controller does. */
async function mountCard(state: CardState) {
  const onOpenStory = vi.fn();
  const onOpenEntity = vi.fn();
  const onClose = vi.fn();
  const root = await mount(
    <div role="dialog" aria-labelledby={HEADING_ID}>
      <EntityCardView state={state} headingId={HEADING_ID} onOpenStory={onOpenStory} onOpenEntity={onOpenEntity} onClose={onClose} />
    </div>,
  );
  return { root, dialog: getByRole(root, 'dialog'), onOpenStory, onOpenEntity, onClose };
}

const ready = (card: EntityCard): CardState => ({ status: 'ready', card });

describe('EntityCardView: loading', () => {
  test('names the card after the highlighted name and says it is looking it up, politely', async () => {
    const { root, dialog } = await mountCard({ status: 'loading', name: 'Blinken' });
    expect(getByRole(root, 'heading', { level: 2 }).textContent).toBe('Blinken');
    expect(accessibleName(dialog)).toBe('Blinken');
    expect(getByRole(root, 'status').textContent).toBe('Looking it up in your corpus…');
  });

  test('shows nothing of a card yet: no kind, no stories, no error', async () => {
    const { root } = await mountCard({ status: 'loading', name: 'Blinken' });
    expect(root.querySelector('.bs-kind')).toBeNull();
    expect(allByRole(root, 'link')).toHaveLength(0);
    expect(root.textContent).not.toMatch(/could not/i);
  });

  test('can be closed while loading', async () => {
    const { root, onClose } = await mountCard({ status: 'loading', name: 'Blinken' });
    click(getByRole(root, 'button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('EntityCardView: error', () => {
  test('keeps the name and tells the reader what went wrong and what to do', async () => {
    const { root, dialog } = await mountCard({ status: 'error', name: 'Antony Blinken' });
    expect(accessibleName(dialog)).toBe('Antony Blinken');
    expect(getByRole(root, 'status').textContent).toBe('Backstory could not load this card. Reload the page to try again.');
    expect(root.textContent).not.toMatch(/Looking it up/);
  });

  test('the close button is a labelled native button that calls onClose', async () => {
    const { root, onClose, onOpenStory, onOpenEntity } = await mountCard({ status: 'error', name: 'Antony Blinken' });
    const close = getByRole(root, 'button', { name: 'Close' });
    expect(isNativelyKeyboardOperable(close)).toBe(true);
    click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onOpenStory).not.toHaveBeenCalled();
    expect(onOpenEntity).not.toHaveBeenCalled();
  });
});

describe('EntityCardView: full card', () => {
  test('heading with the name names the dialog; the kind is said with a word', async () => {
    const { root, dialog } = await mountCard(ready(blinkenCard()));
    const heading = getByRole(root, 'heading', { level: 2 });
    expect(heading.id).toBe(HEADING_ID);
    expect(heading.textContent).toBe('Antony Blinken');
    expect(accessibleName(dialog)).toBe('Antony Blinken');
    expect(readableText(root.querySelector('.bs-kind'))).toBe('Person');
    expect(allByRole(root, 'status')).toHaveLength(0);
  });

  test('says the role the corpus gives and which story it comes from, with its date', async () => {
    const { root } = await mountCard(ready(blinkenCard()));
    expect(root.querySelector('.bs-card__role')!.textContent).toBe('US Secretary of State — per Associated Press · 26 Jan 2021');
  });

  test('says how many stories mention it and over which dates', async () => {
    const { root } = await mountCard(ready(blinkenCard()));
    expect(root.querySelector('.bs-card__coverage')!.textContent).toBe('Mentioned in 14 stories, 26 Jan 2021 – 19 Jun 2023');
  });

  test('draws the timeline with its text equivalent', async () => {
    const { root } = await mountCard(ready(blinkenCard()));
    expect(getByRole(root, 'img').getAttribute('aria-label')).toBe('Mentions over time: 2021: 9, 2022: 3, 2023: 2');
  });

  test('lists the telling sentences in a named region, each with its mention emphasised', async () => {
    const { root } = await mountCard(ready(blinkenCard()));
    const region = getByRole(root, 'region', { name: 'From the stories' });
    const items = allByRole(region, 'listitem');
    expect(items).toHaveLength(3);
    expect([...region.querySelectorAll('strong')].map((s) => s.textContent)).toEqual(['Antony Blinken', 'Blinken', 'Blinken']);
    expect(items[0]!.querySelector('blockquote')!.textContent).toMatch(/^The Senate voted 78 to 22/);
  });

  test('opening a snippet\'s story passes that story\'s id', async () => {
    const { root, onOpenStory } = await mountCard(ready(blinkenCard()));
    const region = getByRole(root, 'region', { name: 'From the stories' });
    click(getByRole(region, 'link', { name: 'Blinken and Austin land in Tokyo for first cabinet-level talks' }));
    expect(onOpenStory).toHaveBeenCalledTimes(1);
    expect(onOpenStory).toHaveBeenCalledWith('s-0042');
  });

  test('co-mentions sit under the heading "Often mentioned with", each kind and count said in words', async () => {
    const { root } = await mountCard(ready(blinkenCard()));
    const region = getByRole(root, 'region', { name: 'Often mentioned with' });
    expect(getByRole(region, 'heading', { level: 3 }).textContent).toBe('Often mentioned with');
    expect(allByRole(region, 'button').map(accessibleName)).toEqual([
      'Lloyd Austin, person, 6 shared stories',
      'Tokyo, place, 3 shared stories',
      'Anchorage, place, 1 shared story',
    ]);
    // The visible text is the name; the icon in front of it is decorative.
    expect(allByRole(region, 'button').map((b) => readableText(b))).toEqual(['Lloyd Austin', 'Tokyo', 'Anchorage']);
  });

  test('a co-mention opens its own card: onOpenEntity gets that entity\'s id', async () => {
    const { root, onOpenEntity, onOpenStory } = await mountCard(ready(blinkenCard()));
    const tokyo = getByRole(root, 'button', { name: /^Tokyo, place/ });
    expect(isNativelyKeyboardOperable(tokyo)).toBe(true);
    click(tokyo);
    expect(onOpenEntity).toHaveBeenCalledTimes(1);
    expect(onOpenEntity).toHaveBeenCalledWith('place:tokyo');
    expect(onOpenStory).not.toHaveBeenCalled();
  });

  test('the footer opens the first story, by title, and keeps the page where it is', async () => {
    const { root, onOpenStory } = await mountCard(ready(blinkenCard()));
    const open = getByRole(root, 'link', { name: 'Open story: Blinken visits Beijing in bid to steady relations' });
    expect(open.closest('footer')).not.toBeNull();
    expect(open.getAttribute('href')).toBe('#story-s-1203');
    expect(isNativelyKeyboardOperable(open)).toBe(true);
    const event = click(open);
    expect(event.defaultPrevented).toBe(true);
    expect(onOpenStory).toHaveBeenCalledWith('s-1203');
  });

  test('every control is a native button or link a keyboard can reach', async () => {
    const { root } = await mountCard(ready(blinkenCard()));
    const controls = [...allByRole(root, 'button'), ...allByRole(root, 'link')];
    expect(controls.length).toBe(1 + 3 + 3 + 1); // close, 3 co-mentions, 3 snippet links, open story
    for (const c of controls) expect(isNativelyKeyboardOperable(c), accessibleName(c)).toBe(true);
  });
});

describe('EntityCardView: sparse card (the corpus knows little)', () => {
  test('a place in one story: kind, name and coverage on a single date, nothing invented', async () => {
    const { root } = await mountCard(ready(anchorageCard()));
    expect(readableText(root.querySelector('.bs-kind'))).toBe('Place');
    expect(getByRole(root, 'heading', { level: 2 }).textContent).toBe('Anchorage');
    expect(root.querySelector('.bs-card__coverage')!.textContent).toBe('Mentioned in 1 story, 19 Mar 2021');
    expect(root.querySelector('.bs-card__role')).toBeNull();
    expect(queryByRole(root, 'img')).toBeNull(); // one point is no timeline
    expect(queryByRole(root, 'region', { name: 'From the stories' })).toBeNull();
    expect(queryByRole(root, 'region', { name: 'Often mentioned with' })).toBeNull();
    expect(allByRole(root, 'heading', { level: 3 })).toHaveLength(0);
  });

  test('still offers its one story', async () => {
    const { root, onOpenStory } = await mountCard(ready(anchorageCard()));
    click(getByRole(root, 'link', { name: 'Open story: Tense opening as US and Chinese diplomats meet in Anchorage' }));
    expect(onOpenStory).toHaveBeenCalledWith('s-0051');
  });

  test('undated stories: coverage gives the count alone', async () => {
    const { root } = await mountCard(ready(anchorageCard({ storyCount: 2, firstDate: null, lastDate: null, timeline: [] })));
    expect(root.querySelector('.bs-card__coverage')!.textContent).toBe('Mentioned in 2 stories');
  });

  test('a role without its story is shown without a source', async () => {
    const { root } = await mountCard(ready(blinkenCard({ roleStory: null })));
    const role = root.querySelector('.bs-card__role')!;
    expect(role.textContent).toBe('US Secretary of State');
  });

  test('no stories at all: no footer and no link to open', async () => {
    const { root } = await mountCard(ready(anchorageCard({ stories: [] })));
    expect(root.querySelector('footer')).toBeNull();
    expect(allByRole(root, 'link')).toHaveLength(0);
    expect(allByRole(root, 'button').map(accessibleName)).toEqual(['Close']);
  });
});
