import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_HOST, startRecordingProxy, type RecordingProxy } from './support/recording-proxy';
import { FIREFOX_BUILD, PAGES_DIR, browserSkipReason, screenshotPath } from './support/shared-paths';
import { FIREFOX, FIREFOX_ORIGIN, gotoExtensionPage, launchFirefox } from './support/firefox-launch';
import { closeToolbarPopup, openToolbarPopup, screenshotToolbarPopup } from './support/firefox-popup';
import { readOpenCard, waitForScan } from './support/page-probes';
import { readRawLibrary } from './support/library-probe';

/**
 * The reader's library in real Firefox ESR (MV2, temporary add-on, seed build): one file imported
 * through the options page, and the open news tab saved from the real toolbar popup, then found in
 * the library and in a card on another page. Self-contained: the imported file is written here and
 * the pages are fixtures, so nothing of ../shared is needed.
 */

/** Three stories about a made-up minister, as a reader's JSONL export would hold them. */
const IMPORT_FILE = 'lindqvist.jsonl';
const IMPORTED = [
  {
    title: 'Transport Secretary Harriet Lindqvist unveils rail fares freeze',
    text: 'Transport Secretary Harriet Lindqvist has announced a freeze on regulated rail fares in England for the next year.\n\nLindqvist told the Commons that passengers had faced "a decade of rises above inflation" and that the freeze would be paid for by cutting the subsidy to rolling-stock leasing firms.\n\nLabour said the plan did nothing to improve punctuality. Harriet Lindqvist said performance figures would be published every month.',
    source: 'The Northern Gazette',
    published: '2024-01-15',
    url: 'https://northern-gazette.example/politics/lindqvist-rail-fares',
  },
  {
    title: 'Lindqvist faces questions over Leeds tram delay',
    text: "Harriet Lindqvist faced angry questions from MPs in Leeds on Friday over the latest delay to the city's tram scheme.\n\nThe transport secretary said the government remained committed to the line but would not set a new opening date until the tunnelling contract was signed.\n\nLindqvist said she understood the frustration of commuters who had been promised trams since 2018.",
    source: 'The Northern Gazette',
    published: '2024-02-02',
    url: 'https://northern-gazette.example/politics/lindqvist-leeds-tram',
  },
  {
    title: 'Cabinet reshuffle leaves Lindqvist in post',
    text: "Harriet Lindqvist kept her job as transport secretary in Tuesday's cabinet reshuffle, despite reports that she would be moved to the Home Office.\n\nAllies of Lindqvist said she had asked to stay to see through the rail reforms she began last year.\n\nThe prime minister praised Harriet Lindqvist as a minister who \"gets things built\".",
    source: 'The Northern Gazette',
    published: '2024-03-05',
    url: 'https://northern-gazette.example/politics/reshuffle-lindqvist',
  },
];

/** test/fixtures/pages/library-save.html: what Readability should find in it. */
const SAVED = {
  title: 'Wrenfield wins backing for harbour flood barrier',
  source: 'The Harbour Courier',
  published: '2024-03-12',
  url: `http://${NEWS_HOST}/library-save.html`,
};

/** `globalThis` of an extension page, for the few APIs the test calls there. */
type ExtensionGlobal = typeof globalThis & {
  browser: {
    extension: { getViews(filter: { type: 'popup' }): Window[] };
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  };
};

/** The library page's list: title and the meta line of each story, newest first. */
function readLibraryList(page: Page) {
  return page.$$eval('.bs-library-list > li', (items) =>
    items.map((li) => ({ title: li.querySelector('button.bs-link')?.textContent?.trim() ?? '', meta: li.querySelector('.bs-meta')?.textContent?.trim() ?? '' })),
  );
}

/** Every story of the library's database that counts (its import done), read raw from an extension page. */
async function readStories(page: Page) {
  const { stories, imports } = await readRawLibrary(page);
  const done = new Set(imports.filter((i) => i.status === 'done').map((i) => i.id));
  return stories.filter((s) => done.has(s.importId)).map(({ title, source, published, url, origin }) => ({ title, source, published, url, origin }));
}

const skip = browserSkipReason(FIREFOX, FIREFOX_BUILD);
if (skip) console.warn(`Skipping the Firefox library e2e: ${skip}`);

describe.skipIf(skip !== null)('The reader’s library in real Firefox ESR (MV2, temporary add-on)', () => {
  let proxy: RecordingProxy;
  let browser: Browser;
  let library: Page;
  const errors: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'backstory-ff-library-'));

  const watch = (page: Page, label: string) => {
    page.on('console', (m) => m.type() === 'error' && errors.push(`${label}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${label}: ${String(e)}`));
  };

  beforeAll(async () => {
    proxy = await startRecordingProxy(PAGES_DIR);
    browser = await launchFirefox(proxy.port);
    library = await browser.newPage();
    watch(library, 'library page');
    await gotoExtensionPage(library, `${FIREFOX_ORIGIN}/options.html`);
    await library.waitForFunction(() => document.querySelector('.bs-library')?.textContent?.includes('Your library is empty'), { timeout: 15_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a JSONL file through the library page’s file input: the report and the list show its stories', async () => {
    const file = join(dir, IMPORT_FILE);
    writeFileSync(file, IMPORTED.map((s) => JSON.stringify(s)).join('\n') + '\n');
    const input = (await library.$('input#bs-import-files')) as ElementHandle<HTMLInputElement> | null;
    await input!.uploadFile(file);
    expect(await input!.evaluate((el) => [...(el.files ?? [])].map((f) => f.name))).toEqual([IMPORT_FILE]);
    await library.click('xpath/.//button[normalize-space()="Import"]');
    await library.waitForFunction(() => /Import finished|import stopped/.test(document.querySelector('.bs-library [role="status"]')?.textContent ?? ''), { timeout: 60_000 });
    expect(await library.$eval('.bs-library [role="status"]', (el) => el.textContent)).toBe('Import finished: 3 stories added; your library now holds 3.');
    expect(await library.$eval('.bs-reports', (el) => el.textContent)).toBe(`${IMPORT_FILE}: 3 imported, 0 duplicates skipped`);
    await library.waitForFunction(() => document.querySelectorAll('.bs-library-list > li').length === 3);
    const list = await readLibraryList(library);
    expect(list.map((s) => s.title).sort()).toEqual(IMPORTED.map((s) => s.title).sort());
    expect(list.find((s) => s.title === IMPORTED[1]!.title)?.meta).toBe('The Northern Gazette · 2 Feb 2024');
    expect(await library.$eval('.bs-library', (el) => el.textContent)).toContain('3 of 3 stories');
    await library.screenshot({ path: screenshotPath('firefox-library-after-import'), fullPage: true });
  });

  it('saves the news tab from the real toolbar popup: the popup says so, the library lists it with its title, source and URL', async () => {
    const news = await browser.newPage();
    watch(news, 'news page');
    await news.setViewport({ width: 1200, height: 900 });
    await news.goto(SAVED.url, { waitUntil: 'domcontentloaded' });
    await waitForScan(news);

    // The library page, an extension page in a background tab, opens the popup over the news tab and reads it.
    const panel = await openToolbarPopup(browser, news);
    expect(panel).toMatchObject({ panelState: 'open', popupUrl: `${FIREFOX_ORIGIN}/popup.html`, selectedTabUrl: SAVED.url });
    // Page functions run in the browser and cannot share helpers: each one finds the button itself.
    await library.waitForFunction(
      () => {
        const doc = (globalThis as ExtensionGlobal).browser.extension.getViews({ type: 'popup' })[0]?.document;
        return [...(doc?.querySelectorAll('.bs-popup__save button') ?? [])].some((b) => b.textContent?.trim() === 'Save this page to my library');
      },
      { timeout: 10_000, polling: 100 },
    );
    await library.evaluate(() => {
      const doc = (globalThis as ExtensionGlobal).browser.extension.getViews({ type: 'popup' })[0]!.document;
      [...doc.querySelectorAll<HTMLButtonElement>('.bs-popup__save button')].find((b) => b.textContent?.trim() === 'Save this page to my library')!.click();
    });
    const status = await library.waitForFunction(
      () => {
        const doc = (globalThis as ExtensionGlobal).browser.extension.getViews({ type: 'popup' })[0]?.document;
        const text = doc?.querySelector('.bs-popup__save [role="status"]')?.textContent?.trim() ?? '';
        return text || false;
      },
      { timeout: 30_000, polling: 100 },
    );
    expect(await status.jsonValue()).toBe(`Saved “${SAVED.title}” to your library.`);
    await screenshotToolbarPopup(browser, screenshotPath('firefox-popup-saved'));
    await closeToolbarPopup(library);
    await news.close();

    // The library page reads the library when it opens: load it again (another URL, so the wait
    // cannot mistake the page still open for the new one; the page ignores the query).
    await gotoExtensionPage(library, `${FIREFOX_ORIGIN}/options.html?after-save`);
    await library.waitForFunction(() => document.querySelectorAll('.bs-library-list > li').length === 4, { timeout: 15_000 });
    const list = await readLibraryList(library);
    expect(list[0]).toEqual({ title: SAVED.title, meta: 'The Harbour Courier · 12 Mar 2024 · saved page' });
    const stored = (await readStories(library)).find((s) => s.origin === 'saved');
    expect(stored).toEqual({ ...SAVED, origin: 'saved' });
  });

  it('with names from the library allowed, cards on another page show the saved story’s mayor and the imported file’s minister', async () => {
    await library.click('xpath/.//label[contains(., "known only from my library")]/input');
    await library.waitForFunction(
      async () => ((await (globalThis as ExtensionGlobal).browser.storage.local.get('settings')).settings as { libraryNamesOnPages?: boolean } | undefined)?.libraryNamesOnPages === true,
      { timeout: 5_000, polling: 100 },
    );
    const page = await browser.newPage();
    watch(page, 'follow-up page');
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(`http://${NEWS_HOST}/library-followup.html`, { waitUntil: 'domcontentloaded' });
    await waitForScan(page);
    const entities = await page.$$eval('backstory-mark', (marks) => marks.map((m) => m.getAttribute('data-backstory-entity')));
    expect(entities).toContain('person:tobias-wrenfield');
    await page.focus('backstory-mark[data-backstory-entity="person:tobias-wrenfield"]');
    const card = await readOpenCard(page);
    expect(card.name).toBe('Tobias Wrenfield');
    expect(card.text).toContain('The Harbour Courier');
    expect(card.text).toContain('12 Mar 2024');
    expect(card.text).toContain(SAVED.title);
    await page.screenshot({ path: screenshotPath('firefox-library-card') });
    await page.keyboard.press('Escape');
    // The imported file's minister: her card counts the three imported stories.
    expect(entities).toContain('person:harriet-lindqvist');
    await page.focus('backstory-mark[data-backstory-entity="person:harriet-lindqvist"]');
    // The reader has a library: her card comes sealed, named on its dialog.
    await page.waitForFunction(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('aria-label') === 'Harriet Lindqvist', { timeout: 15_000 });
    const minister = await readOpenCard(page);
    expect(minister.name).toBe('Harriet Lindqvist');
    expect(minister.text).toContain('Mentioned in 3 stories');
    expect(minister.text).toContain('The Northern Gazette');
    await page.close();
  });

  it('made no request beyond the test pages, and the extension logged no error', () => {
    const outside = proxy.requests.filter((r) => r.host !== NEWS_HOST);
    expect(outside).toEqual([]);
    expect(errors.filter((e) => /backstory|moz-extension|library|popup/i.test(e))).toEqual([]);
  });
});
