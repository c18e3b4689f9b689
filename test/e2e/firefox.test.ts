import { readIndexFolder } from '../../scripts/corpus/read-index-folder';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { expectBlinkenCard, expectNewsPageHighlights } from './support/news-page-checks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_HOST, startRecordingProxy, type RecordingProxy } from './support/recording-proxy';
import { FIREFOX_BUILD, PAGES_DIR, SEED_TITLE, browserSkipReason, screenshotPath } from './support/shared-paths';
import { FIREFOX, FIREFOX_ORIGIN, gotoExtensionPage, launchFirefox } from './support/firefox-launch';
import { readHighlights, readOpenCard, tabToMark, waitForScan } from './support/page-probes';
import { cardDialog } from './support/card-root';
import { closeToolbarPopup, openToolbarPopup, readToolbarPopup, screenshotToolbarPopup } from './support/firefox-popup';

const skip = browserSkipReason(FIREFOX, FIREFOX_BUILD);

/**
 * Hosts Firefox itself still calls with every preference in support/firefox-launch.ts set. Each
 * entry needs a comment saying what calls it and why no preference stops it; never a wildcard.
 * Backstory itself has no host permission and makes no request at all.
 */
const FIREFOX_OWN_HOSTS: readonly string[] = [];

const cardClosed = () => !document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]');

/** Before a screenshot: the card is placed (visible) and its fade-in animation has run. */
async function cardSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    return !!card && getComputedStyle(card).visibility === 'visible' && card.getAnimations().every((a) => a.playState === 'finished');
  });
}

describe.skipIf(skip !== null)('Backstory in real Firefox ESR (MV2, temporary add-on)', () => {
  let proxy: RecordingProxy;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  /** The story the card's "Open story" link points at (`#story-<id>`). */
  let storyId = '';

  beforeAll(async () => {
    proxy = await startRecordingProxy(PAGES_DIR);
    browser = await launchFirefox(proxy.port);
    page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://${NEWS_HOST}/news.html`, { waitUntil: 'domcontentloaded' });
    await waitForScan(page);
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
  });

  it('highlights the people and places the corpus knows, with the page text untouched', async () => {
    await expectNewsPageHighlights(page);
  });

  it('shows the card on hover with role, story, date and source', async () => {
    await page.hover('backstory-mark[data-backstory-entity="person:antony-blinken"]');
    const card = await readOpenCard(page);
    expectBlinkenCard(card);
    const href = await page.evaluate(
      () => document.querySelector('backstory-card')!.shadowRoot!.querySelector<HTMLAnchorElement>('a.bs-button[href^="#story-"]')?.getAttribute('href') ?? '',
    );
    storyId = href.replace(/^#story-/, '');
    // The link names the seed story of the built corpus.
    const { stories } = await readIndexFolder(join(FIREFOX_BUILD, 'corpus'));
    expect(stories.find((s) => s.id === storyId)?.title).toBe(SEED_TITLE);
    await cardSettled(page);
    await page.screenshot({ path: screenshotPath('firefox-card-light') });
    // Hoverable: moving onto the card keeps it open.
    await (await cardDialog(page)).hover();
    await new Promise((r) => setTimeout(r, 600));
    expect((await readOpenCard(page)).name).toBe('Antony Blinken');
    await page.keyboard.press('Escape');
    await page.waitForFunction(cardClosed);
    await page.mouse.move(5, 5);
  });

  it('opens a card from the keyboard and closes it with Escape, focus kept on the name', async () => {
    const focused = await tabToMark(page, 'person:lloyd-austin');
    expect(focused).toBe('Lloyd Austin');
    const card = await readOpenCard(page);
    expect(card.name).toBe('Lloyd Austin');
    expect(card.text).toContain('Secretary of Defense');
    await cardSettled(page);
    await page.screenshot({ path: screenshotPath('firefox-card-keyboard') });
    await page.keyboard.press('Escape');
    await page.waitForFunction(cardClosed);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-backstory-entity'))).toBe('person:lloyd-austin');
  });

  it('Enter pins the card as a dialog and moves focus in; Tab reaches its links; Escape closes it and returns focus', async () => {
    await page.focus('backstory-mark[data-backstory-entity="person:antony-blinken"][tabindex="0"]');
    await page.keyboard.press('Enter');
    expect((await readOpenCard(page)).name).toBe('Antony Blinken');
    const inside = () =>
      page.evaluate(() => {
        const root = document.querySelector('backstory-card')!.shadowRoot!;
        const el = root.activeElement as HTMLElement | null;
        return el ? `${el.tagName.toLowerCase()}:${el.textContent?.trim() ?? ''}` : null;
      });
    const first = await inside();
    expect(first, 'focus moved into the pinned card').not.toBeNull();
    // From the top of the dialog, Tab walks its controls down to "Open story", the last one.
    await page.evaluate(() => document.querySelector('backstory-card')!.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!.focus());
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const now = await inside();
      if (!now) break;
      reached.push(now);
      if (now.startsWith('a:Open story')) break;
    }
    expect(reached.some((r) => r.startsWith('a:Open story')), reached.join(' | ')).toBe(true);
    expect(reached.some((r) => r.startsWith('button:')), reached.join(' | ')).toBe(true);
    expect(await inside()).not.toBeNull();
    await page.keyboard.press('Escape');
    await page.waitForFunction(cardClosed);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-backstory-entity'))).toBe('person:antony-blinken');
  });

  it('the settings page changes what the open page highlights, at once', async () => {
    const settings = await browser.newPage();
    try {
      await gotoExtensionPage(settings, `${FIREFOX_ORIGIN}/options.html`);
      await settings.waitForSelector('fieldset');
      const places = await settings.$$('fieldset:nth-of-type(2) input[type="checkbox"]');
      expect(await places[1]!.evaluate((el) => el.parentElement!.textContent!.trim())).toBe('Places');
      await places[1]!.click();
      await page.waitForFunction(() => !document.querySelector('backstory-mark[data-backstory-kind="place"]') && document.querySelector('backstory-mark[data-backstory-kind="person"]'), { timeout: 10_000 });
      await places[1]!.click();
      await page.waitForFunction(() => document.querySelector('backstory-mark[data-backstory-kind="place"]') !== null, { timeout: 10_000 });
      await settings.screenshot({ path: screenshotPath('firefox-settings-light') });
    } finally {
      await settings.close();
    }
    await waitForScan(page);
  });

  it('opens the seed story on the extension reader page, names highlighted', async () => {
    expect(storyId).not.toBe('');
    const reader = await browser.newPage();
    reader.on('console', (m) => m.type() === 'error' && errors.push(`reader: ${m.text()}`));
    reader.on('pageerror', (e) => errors.push(`reader: ${String(e)}`));
    await reader.setViewport({ width: 1200, height: 900 });
    await gotoExtensionPage(reader, `${FIREFOX_ORIGIN}/reader.html?story=${encodeURIComponent(storyId)}`);
    await reader.waitForSelector('article h1', { timeout: 15_000 });
    expect(await reader.$eval('article h1', (el) => el.textContent)).toBe(SEED_TITLE);
    await waitForScan(reader);
    const marks = await readHighlights(reader);
    expect(marks.filter((m) => m.entity === 'person:antony-blinken').length).toBeGreaterThan(0);
    expect(marks.find((m) => m.text === 'Lloyd Austin')).toMatchObject({ entity: 'person:lloyd-austin' });
    expect(marks.some((m) => m.kind === 'place')).toBe(true);
    await reader.screenshot({ path: screenshotPath('firefox-reader-light') });
    await reader.close();
  });

  it('lists the seed story as related in the real toolbar popup', async () => {
    // Any page of the extension can open the popup and read it (support/firefox-popup.ts); this one
    // stays in a background tab while the news tab is selected.
    const extensionPage = await browser.newPage();
    extensionPage.on('console', (m) => m.type() === 'error' && errors.push(`extension page: ${m.text()}`));
    extensionPage.on('pageerror', (e) => errors.push(`extension page: ${String(e)}`));
    await gotoExtensionPage(extensionPage, `${FIREFOX_ORIGIN}/reader.html`);

    const panel = await openToolbarPopup(browser, page);
    // The view of Backstory's toolbar button (ext-browserAction.js names it after the widget id),
    // open over the news tab.
    expect(panel).toMatchObject({
      panelState: 'open',
      viewId: `PanelUI-webext-${GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-BAV`,
      popupUrl: `${FIREFOX_ORIGIN}/popup.html`,
      selectedTabUrl: `http://${NEWS_HOST}/news.html`,
    });

    const popup = await readToolbarPopup(extensionPage);
    expect(popup.url).toBe(`${FIREFOX_ORIGIN}/popup.html`);
    expect(popup.site).toBe(`On for ${NEWS_HOST}`);
    expect(popup.stories[0]).toContain(SEED_TITLE);
    expect(popup.why[0]).toMatch(/Shares .*(Blinken|Austin)/);
    expect(popup.names).toEqual(expect.arrayContaining(['Antony Blinken', 'Lloyd Austin']));

    const shot = await screenshotToolbarPopup(browser, screenshotPath('firefox-popup-light'));
    expect(shot.width).toBeGreaterThan(200);
    expect(shot.height).toBeGreaterThan(200);

    await closeToolbarPopup(extensionPage);
    await extensionPage.close();
  });

  it('a page with a strict Content-Security-Policy still gets highlights and a styled card', async () => {
    const csp = await browser.newPage();
    try {
      await csp.setViewport({ width: 1100, height: 800 });
      // Every policy violation counts (a blocked style of ours would show here), but the browser's
      // own favicon request that the policy refuses.
      csp.on('pageerror', (e) => !/favicon\.ico/.test(String(e)) && errors.push(`csp page: ${String(e)}`));
      await csp.goto(`http://${NEWS_HOST}/csp.html`, { waitUntil: 'domcontentloaded' });
      await waitForScan(csp);
      expect((await readHighlights(csp)).map((m) => m.text)).toEqual(expect.arrayContaining(['Antony Blinken', 'Lloyd Austin']));
      expect(await csp.$eval('backstory-mark', (m) => getComputedStyle(m).textDecorationLine)).toBe('underline');
      await csp.hover('backstory-mark[data-backstory-entity="person:antony-blinken"]');
      expect((await readOpenCard(csp)).name).toBe('Antony Blinken');
      const style = await csp.evaluate(() => {
        const s = getComputedStyle(document.querySelector('backstory-card')!.shadowRoot!.querySelector('[role="dialog"]')!);
        return { position: s.position, radius: s.borderTopLeftRadius, background: s.backgroundColor };
      });
      expect(style).toEqual({ position: 'fixed', radius: '10px', background: 'rgb(255, 255, 255)' });
      await cardSettled(csp);
      await csp.screenshot({ path: screenshotPath('firefox-csp-card') });
    } finally {
      await csp.close();
    }
  });

  it('made no request beyond the test page itself, and the extension logged no error', () => {
    expect(proxy.requests.length).toBeGreaterThan(0);
    const outside = proxy.requests.filter((r) => r.host !== NEWS_HOST && !FIREFOX_OWN_HOSTS.includes(r.host));
    expect(outside).toEqual([]);
    expect(proxy.requests.filter((r) => r.host === NEWS_HOST).length).toBeGreaterThan(0);
    expect(errors.filter((e) => /backstory|moz-extension/i.test(e))).toEqual([]);
  });
});
