// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { KindLabel } from '../../components/KindLabel';
import { mount, readableText, unmount } from './helpers';

// KindLabel is a pure, synchronous label: it has no loading, error or empty state. Its real
// variants are the two kinds, person and place, and what matters is that each is said with a
// word (not only an icon or a colour).

afterEach(unmount);

describe('KindLabel', () => {
  test.each([
    ['person', 'Person'],
    ['place', 'Place'],
  ] as const)('%s is said with the word "%s"', async (kind, word) => {
    const root = await mount(<KindLabel kind={kind} />);
    const label = root.firstElementChild as HTMLElement;
    expect(label.tagName).toBe('SPAN');
    // What a screen reader reads, and what is printed next to the icon.
    expect(readableText(label)).toBe(word);
    expect(label.textContent).toBe(word);
    // The colour class is an addition to the word, keyed on the kind.
    expect(label.classList.contains(`bs-kind--${kind}`)).toBe(true);
  });

  test('the icon is decorative and hidden from assistive technology', async () => {
    const root = await mount(<KindLabel kind="person" />);
    const icons = root.querySelectorAll('svg');
    expect(icons).toHaveLength(1);
    expect(icons[0]!.getAttribute('aria-hidden')).toBe('true');
  });

  test('person and place draw different icons, so the shape tells them apart as well as the word', async () => {
    const person = (await mount(<KindLabel kind="person" />)).querySelector('svg')!.innerHTML;
    const place = (await mount(<KindLabel kind="place" />)).querySelector('svg')!.innerHTML;
    expect(person).not.toBe('');
    expect(place).not.toBe('');
    expect(person).not.toBe(place);
  });

  test('the two kinds never share a class or a word', async () => {
    const person = (await mount(<KindLabel kind="person" />)).firstElementChild!;
    expect(person.className).not.toMatch(/place/);
    expect(person.textContent).not.toMatch(/Place/);
    const place = (await mount(<KindLabel kind="place" />)).firstElementChild!;
    expect(place.className).not.toMatch(/person/);
    expect(place.textContent).not.toMatch(/Person/);
  });
});
