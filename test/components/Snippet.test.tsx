// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Snippet } from '../../components/Snippet';
import type { CardSnippet } from '../../lib/index/entity-card';
import { blinkenSnippets, snippet, stories } from './fixtures';
import { click, getByRole, isNativelyKeyboardOperable, mount, unmount } from './helpers';

// Snippet renders one sentence it is given, synchronously: there is no loading or error state,
// and no empty list (the card leaves the section out when it has no snippets, see
// EntityCardView.test.tsx). Its real variants: the mention emphasised at the start, middle or
// end of the sentence, no known mention, and a source/date that may be missing.

afterEach(unmount);

/** Snippet is a list item, as the card renders it: mount it inside a list. */
async function mountSnippet(s: CardSnippet, onOpenStory = vi.fn()) {
  const root = await mount(
    <ul>
      <Snippet snippet={s} onOpenStory={onOpenStory} />
    </ul>,
  );
  return { root, onOpenStory, item: getByRole(root, 'listitem') };
}

describe('Snippet: the sentence and its emphasised mention', () => {
  test('emphasises exactly the mention, in a <strong>, and keeps the sentence whole', async () => {
    const s = blinkenSnippets[0]!; // "…to confirm Antony Blinken, a longtime aide…"
    const { item } = await mountSnippet(s);
    const quote = item.querySelector('blockquote')!;
    expect(quote.textContent).toBe(s.text);
    const strong = quote.querySelectorAll('strong');
    expect(strong).toHaveLength(1);
    expect(strong[0]!.textContent).toBe('Antony Blinken');
    // The text either side of the emphasis is the rest of the sentence, at the given offsets.
    const [before, , after] = [...quote.childNodes].map((n) => n.textContent);
    expect(before).toBe('The Senate voted 78 to 22 on Tuesday to confirm ');
    expect(after).toBe(', a longtime aide to President Biden, as secretary of state.');
  });

  test('follows the offsets it is given, not the first occurrence of the name', async () => {
    const text = 'Blinken met Austin; later Blinken flew on to Seoul.';
    const second = text.lastIndexOf('Blinken');
    const s: CardSnippet = { story: stories.tokyo, text, highlight: { start: second, end: second + 'Blinken'.length } };
    const { item } = await mountSnippet(s);
    const quote = item.querySelector('blockquote')!;
    expect(quote.firstChild!.textContent).toBe('Blinken met Austin; later ');
    expect(quote.querySelector('strong')!.textContent).toBe('Blinken');
    expect(quote.lastChild!.textContent).toBe(' flew on to Seoul.');
  });

  test('a mention at the very start of the sentence', async () => {
    const s = blinkenSnippets[1]!; // "Blinken told his Japanese counterpart…"
    expect(s.highlight).toEqual({ start: 0, end: 7 });
    const { item } = await mountSnippet(s);
    const quote = item.querySelector('blockquote')!;
    expect(quote.textContent).toBe(s.text);
    expect(quote.querySelector('strong')!.textContent).toBe('Blinken');
    expect(quote.textContent!.indexOf(quote.querySelector('strong')!.textContent!)).toBe(0);
  });

  test('a mention at the very end of the sentence', async () => {
    const s = snippet(stories.anchorage, 'The talks were held in Anchorage', 'Anchorage');
    const { item } = await mountSnippet(s);
    const quote = item.querySelector('blockquote')!;
    expect(quote.textContent).toBe('The talks were held in Anchorage');
    expect(quote.querySelector('strong')!.textContent).toBe('Anchorage');
    expect(quote.firstChild!.textContent).toBe('The talks were held in ');
  });

  test('without a known mention, the sentence is shown plain, with no emphasis', async () => {
    const s = snippet(stories.tokyo, 'The secretary of state called the alliance the cornerstone of peace in the region.', null);
    const { item } = await mountSnippet(s);
    const quote = item.querySelector('blockquote')!;
    expect(quote.textContent).toBe(s.text);
    expect(quote.querySelector('strong')).toBeNull();
  });
});

describe('Snippet: where the sentence comes from', () => {
  test('cites the story by title, with its source and a readable date', async () => {
    const { item } = await mountSnippet(blinkenSnippets[0]!);
    const link = getByRole(item, 'link', { name: 'Senate confirms Blinken as Secretary of State' });
    expect(link.getAttribute('href')).toBe('#story-s-0007');
    expect(item.querySelector('.bs-snippet__cite')!.textContent).toBe('Senate confirms Blinken as Secretary of State — Associated Press · 26 Jan 2021');
  });

  test('says when the source or the date is unknown instead of leaving a gap', async () => {
    const s = snippet(stories.undated, 'Officials said Blinken would sign the statement if the allies agreed on its wording.', 'Blinken');
    const { item } = await mountSnippet(s);
    expect(item.querySelector('.bs-snippet__cite')!.textContent).toBe('Allies weigh a joint statement on the Indo-Pacific — Source and date unknown');
  });

  test('clicking the title opens that story in the reader, not the page link', async () => {
    const { item, onOpenStory } = await mountSnippet(blinkenSnippets[2]!);
    const link = getByRole(item, 'link', { name: 'Blinken visits Beijing in bid to steady relations' });
    const event = click(link);
    expect(onOpenStory).toHaveBeenCalledTimes(1);
    expect(onOpenStory).toHaveBeenCalledWith('s-1203');
    expect(event.defaultPrevented).toBe(true);
  });

  test('the title is a real link, so it is reached with Tab and opened with Enter', async () => {
    const { item } = await mountSnippet(blinkenSnippets[2]!);
    const link = getByRole(item, 'link');
    expect(isNativelyKeyboardOperable(link)).toBe(true);
    link.focus();
    expect(document.activeElement).toBe(link);
  });
});
