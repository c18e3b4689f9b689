import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { readHighlights } from './page-probes';
import { SEED_TITLE } from './shared-paths';

/**
 * What both browsers must show on test/fixtures/pages/news.html: the people and places the seed
 * corpus knows, "The Washington Post" left alone, a name in a link with no tab stop, the text input
 * untouched, and the article's text unchanged.
 */
export async function expectNewsPageHighlights(page: Page): Promise<void> {
  const marks = await readHighlights(page);
  const blinken = marks.filter((m) => m.entity === 'person:antony-blinken');
  expect(blinken.map((m) => m.text)).toEqual(['Blinken', 'Blinken']); // "Secretary Blinken", "Blinken's"
  expect(marks.find((m) => m.text === 'Lloyd Austin')).toMatchObject({ entity: 'person:lloyd-austin', kind: 'person' });
  for (const place of ['Xinjiang', 'Hong Kong', 'Beijing', 'India']) {
    expect(marks.find((m) => m.text === place), place).toMatchObject({ kind: 'place' });
  }
  // "The Washington Post" is a newspaper, not a place.
  expect(marks.find((m) => m.text.includes('Washington') && m.context.includes('The Washington Post'))).toBeUndefined();
  // The name inside a link is highlighted but is no tab stop and keeps the link working.
  expect(marks.find((m) => m.inLink && m.entity === 'person:lloyd-austin')).toMatchObject({ tabIndex: -1, role: null });
  // The text input keeps its value and gets no highlight.
  expect(await page.$eval('#comment', (el) => (el as HTMLInputElement).value)).toBe('I think Blinken and Austin did well');
  expect(await page.$$eval('form backstory-mark', (els) => els.length)).toBe(0);
  const text = await page.$eval('article', (el) => el.textContent);
  expect(text).toContain('Secretary Blinken arrived in Tokyo');
  expect(text).toContain("Blinken's first stop abroad");
}

/** Antony Blinken's card on the seed corpus: name, role, story, date and source. */
export function expectBlinkenCard(card: { name: string; text: string }): void {
  expect(card.name).toBe('Antony Blinken');
  expect(card.text).toContain('US Secretary of State');
  expect(card.text).toContain(SEED_TITLE);
  expect(card.text).toContain('15 Mar 2021');
  expect(card.text).toContain('ANI');
  expect(card.text).toMatch(/Mentioned in 1 story/);
}
