import type { Browser, Page } from 'puppeteer-core';
import { expectBlinkenCard, expectNewsPageHighlights } from './support/news-page-checks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_HOST, startRecordingProxy, type RecordingProxy } from './support/recording-proxy';
import { CHROME_BUILD, PAGES_DIR, SEED_TITLE, browserSkipReason, screenshotPath } from './support/shared-paths';
import { CHROMIUM, launchChromium, watchExtensionRequests } from './support/chromium-launch';
import { readOpenCard, tabToMark, waitForScan } from './support/page-probes';
import { cardDialog } from './support/card-root';

const skip = browserSkipReason(CHROMIUM, CHROME_BUILD);

describe.skipIf(skip !== null)('Backstory in real Chromium (MV3)', () => {
  let proxy: RecordingProxy;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  /** Every network request the extension's own service worker and pages made (DevTools protocol). */
  const extensionRequests: string[] = [];

  beforeAll(async () => {
    proxy = await startRecordingProxy(PAGES_DIR);
    browser = await launchChromium(proxy.port);
    await watchExtensionRequests(browser, extensionRequests);
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
    await new Promise((r) => setTimeout(r, 300)); // let the fade-in finish
    await page.screenshot({ path: screenshotPath('chromium-card-light') });
    // Hoverable: moving onto the card keeps it open.
    await (await cardDialog(page)).hover();
    await new Promise((r) => setTimeout(r, 600));
    expect((await readOpenCard(page)).name).toBe('Antony Blinken');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]'));
    await page.mouse.move(5, 5);
  });

  it('follows a dark colour scheme', async () => {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.hover('backstory-mark[data-backstory-entity="person:lloyd-austin"]');
    await readOpenCard(page);
    const background = await page.evaluate(() => {
      const dialog = document.querySelector('backstory-card')!.shadowRoot!.querySelector('[role="dialog"]')!;
      return getComputedStyle(dialog).backgroundColor;
    });
    expect(background).toBe('rgb(31, 32, 36)');
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: screenshotPath('chromium-card-dark') });
    await page.keyboard.press('Escape');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.mouse.move(5, 5);
  });

  it('opens a card from the keyboard and closes it with Escape, focus kept on the name', async () => {
    const focused = await tabToMark(page, 'person:lloyd-austin');
    expect(focused).toBe('Lloyd Austin');
    const card = await readOpenCard(page);
    expect(card.name).toBe('Lloyd Austin');
    expect(card.text).toContain('Secretary of Defense');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-backstory-entity'))).toBe('person:lloyd-austin');
  });

  it('lists the seed story as related in the real toolbar popup', async () => {
    await page.bringToFront();
    const workerTarget = await browser.waitForTarget((t) => t.type() === 'service_worker');
    const worker = await workerTarget.worker();
    await worker!.evaluate('chrome.action.openPopup()');
    const popupTarget = await browser.waitForTarget((t) => t.type() === 'page' && t.url().endsWith('popup.html'));
    const popup = (await popupTarget.asPage())!;
    await popup.waitForSelector('.bs-stories a');
    const links = await popup.$$eval('.bs-stories a', (els) => els.map((a) => a.textContent));
    expect(links[0]).toContain(SEED_TITLE);
    const why = await popup.$eval('.bs-why', (el) => el.textContent);
    expect(why).toMatch(/Shares .*(Blinken|Austin)/);
    const people = await popup.$$eval('.bs-entities .bs-entity__name', (els) => els.map((e) => e.textContent));
    expect(people).toEqual(expect.arrayContaining(['Antony Blinken', 'Lloyd Austin']));
    await popup.screenshot({ path: screenshotPath('chromium-popup-light') });
  });

  it('made no request beyond the test page itself, and the extension logged no error', () => {
    expect(proxy.requests.length).toBeGreaterThan(0);
    expect(proxy.outside()).toEqual([]);
    expect(proxy.requests.filter((r) => r.host === NEWS_HOST).length).toBeGreaterThan(0);
    expect(errors.filter((e) => /backstory|chrome-extension/i.test(e))).toEqual([]);
    // The extension's own contexts loaded its own files and nothing else.
    expect(extensionRequests.length).toBeGreaterThan(0);
    expect(extensionRequests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
  });
});
