import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_HOST, startRecordingProxy, type RecordingProxy } from './support/recording-proxy';
import { CHROME_BUILD, PAGES_DIR, PROJECT_ROOT, browserSkipReason, screenshotPath } from './support/shared-paths';
import { CHROMIUM, launchChromium } from './support/chromium-launch';
import { extensionWorker } from './support/chromium-extension';
import { readOpenCard, waitForScan } from './support/page-probes';

const BBC = join(PROJECT_ROOT, '../shared/corpus/bbc.jsonl');
const skip = browserSkipReason(CHROMIUM, CHROME_BUILD) ?? (existsSync(BBC) || process.env.CI === 'true' ? null : `${BBC} is absent`);
if (skip) console.warn(`Skipping the library e2e: ${skip}`);

describe.skipIf(skip !== null)('The reader’s library in real Chromium', () => {
  let proxy: RecordingProxy;
  let browser: Browser;
  let origin: string;
  let library: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    proxy = await startRecordingProxy(PAGES_DIR);
    browser = await launchChromium(proxy.port);
    origin = (await extensionWorker(browser)).origin;
    library = await browser.newPage();
    library.on('pageerror', (e) => errors.push(String(e)));
    library.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await library.goto(`${origin}/options.html`);
    await library.waitForSelector('#bs-import-files');
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
  });

  it('imports the 2,127 BBC stories through the file input in under 60 s, the progress bar moving', async () => {
    const input = (await library.$('input#bs-import-files')) as ElementHandle<HTMLInputElement> | null;
    await input!.uploadFile(BBC);
    const start = Date.now();
    await library.click('xpath/.//button[normalize-space()="Import"]');
    // Sample the progress bar while the import runs.
    const seen = new Set<string>();
    for (;;) {
      const state = await library.evaluate(() => {
        const bar = document.querySelector<HTMLProgressElement>('#bs-import-progress');
        const status = [...document.querySelectorAll('.bs-library [role="status"]')].map((s) => s.textContent ?? '').join(' ');
        return { value: bar?.getAttribute('value') ?? null, status };
      });
      if (state.value !== null) seen.add(state.value);
      if (/Import finished|import stopped/.test(state.status)) {
        expect(state.status).toMatch(/^Import finished: \d+ stories added/);
        break;
      }
      expect(Date.now() - start).toBeLessThan(60_000);
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (Date.now() - start) / 1000;
    console.log(`library import of bbc.jsonl: ${seconds.toFixed(1)} s; progress values seen: ${[...seen].join(', ')}`);
    expect(seconds).toBeLessThan(60);
    expect([...seen].filter((v) => Number(v) > 0 && Number(v) < 2127).length).toBeGreaterThan(0);
    // Every line is a story: each one is imported or recognised as a duplicate (the BBC set repeats some texts).
    const report = (await library.$eval('.bs-reports', (el) => el.textContent))!;
    const [, imported, duplicates] = /bbc\.jsonl: (\d+) imported, (\d+) duplicates? skipped/.exec(report)!;
    expect(Number(imported) + Number(duplicates)).toBe(2127);
    expect(Number(duplicates)).toBeLessThan(100);
    expect(await library.$eval('.bs-library [role="status"]', (el) => el.textContent)).toContain(`${imported} stories added`);
    await library.screenshot({ path: screenshotPath('library-after-import'), fullPage: true });
  }, 120_000);

  it('a news page mentioning BBC politicians shows their card with the imported stories (names from the library allowed)', async () => {
    await library.click('xpath/.//label[contains(., "known only from my library")]/input');
    const page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://${NEWS_HOST}/library-politics.html`, { waitUntil: 'domcontentloaded' });
    await waitForScan(page);
    const entities = await page.$$eval('backstory-mark', (marks) => marks.map((m) => m.getAttribute('data-backstory-entity')));
    expect(entities).toContain('person:michael-howard');
    await page.focus('backstory-mark[data-backstory-entity="person:michael-howard"]');
    const card = await readOpenCard(page);
    expect(card.name).toBe('Michael Howard');
    expect(card.text).toContain('BBC News');
    await page.screenshot({ path: screenshotPath('library-card') });
    await page.close();
  });

  it('with the setting off, names known only from the library are not highlighted', async () => {
    await library.click('xpath/.//label[contains(., "known only from my library")]/input');
    const page = await browser.newPage();
    await page.goto(`http://${NEWS_HOST}/library-politics.html`, { waitUntil: 'domcontentloaded' });
    await waitForScan(page);
    expect(await page.$$eval('backstory-mark[data-backstory-entity="person:michael-howard"]', (m) => m.length)).toBe(0);
    await page.close();
  });

  it('raised no error in the library page', () => {
    expect(errors).toEqual([]);
  });
});
