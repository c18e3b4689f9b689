/**
 * Pages that fight back, in real Chromium (seed build): a strict Content-Security-Policy, a page
 * that re-renders the text Backstory highlighted (as a virtual-DOM framework does), a single-page
 * app that navigates with history.pushState, a live blog that keeps adding entries, and an
 * extension reload under an open page.
 */
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from './support/chromium-launch';
import { extensionWorker } from './support/chromium-extension';
import { readOpenCard, waitForScan } from './support/page-probes';
import { NEWS_HOST, startRecordingProxy, type RecordingProxy } from './support/recording-proxy';
import { CHROME_BUILD, PAGES_DIR, browserSkipReason, screenshotPath } from './support/shared-paths';

const skip = browserSkipReason(CHROMIUM, CHROME_BUILD);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs in the page: the marks, and text nodes that sit inside another mark's text (a duplicate). */
function markState() {
  const marks = [...document.querySelectorAll('backstory-mark')];
  return {
    marks: marks.map((m) => `${m.textContent}=${m.getAttribute('data-backstory-entity')}`),
    nested: marks.filter((m) => m.parentElement?.closest('backstory-mark')).length,
    text: document.querySelector('main')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  };
}

describe.skipIf(skip !== null)('Backstory on pages that change under it, in real Chromium', () => {
  let proxy: RecordingProxy;
  let browser: Browser;
  let worker: WebWorker;
  const errors: string[] = [];

  const open = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    page.on('pageerror', (e) => errors.push(`${path}: ${String(e)}`));
    // The extension's own errors (its scripts' URLs); the test pages' favicon 404s are not ours.
    page.on('console', (m) => m.type() === 'error' && /^chrome-extension:\/\//.test(m.location()?.url ?? '') && errors.push(`${path}: ${m.text()}`));
    await page.goto(`http://${NEWS_HOST}/${path}`, { waitUntil: 'domcontentloaded' });
    await waitForScan(page);
    return page;
  };

  beforeAll(async () => {
    proxy = await startRecordingProxy(PAGES_DIR);
    browser = await launchChromium(proxy.port, CHROME_BUILD);
    ({ worker } = await extensionWorker(browser));
  });

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
  });

  it('a strict Content-Security-Policy still gets highlights and a styled card', async () => {
    const page = await open('csp.html');
    // The policy is in force: a style element the page adds is refused.
    const blocked = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'p { color: rgb(255, 0, 0) }';
      document.head.append(style);
      const refused = getComputedStyle(document.querySelector('p')!).color !== 'rgb(255, 0, 0)';
      style.remove();
      return refused;
    });
    expect(blocked).toBe(true);
    const marks = await page.evaluate(markState);
    expect(marks.marks).toEqual(expect.arrayContaining(['Antony Blinken=person:antony-blinken', 'Lloyd Austin=person:lloyd-austin']));
    // The highlight style comes from the extension's stylesheet, which a page's CSP cannot block.
    expect(await page.$eval('backstory-mark', (m) => getComputedStyle(m).textDecorationLine)).toBe('underline');
    await page.hover('backstory-mark[data-backstory-entity="person:antony-blinken"]');
    const card = await readOpenCard(page);
    expect(card.name).toBe('Antony Blinken');
    const style = await page.evaluate(() => {
      const dialog = document.querySelector('backstory-card')!.shadowRoot!.querySelector('[role="dialog"]')!;
      const s = getComputedStyle(dialog);
      return { position: s.position, radius: s.borderTopLeftRadius, background: s.backgroundColor, shadow: s.boxShadow };
    });
    expect(style).toMatchObject({ position: 'fixed', radius: '10px', background: 'rgb(255, 255, 255)' });
    expect(style.shadow).not.toBe('none');
    await sleep(200);
    await page.screenshot({ path: screenshotPath('chromium-csp-card') });
    await page.close();
  });

  it('a framework re-rendering highlighted text: no duplicate text, no stale highlight, no error', async () => {
    const page = await open('rerender.html');
    expect((await page.evaluate(markState)).marks).toEqual(expect.arrayContaining(['Antony Blinken=person:antony-blinken', 'Japan=place:japan']));

    // 1. The framework writes new text into the node it holds (which Backstory had split).
    await page.evaluate(() => (window as unknown as { rerenderText(): void }).rerenderText());
    await page.waitForFunction(() => document.querySelector('#lede backstory-mark[data-backstory-entity="place:south-korea"]') !== null, { timeout: 10_000 });
    const afterText = await page.evaluate(markState);
    expect(await page.$eval('#lede', (p) => p.textContent)).toBe('Antony Blinken met officials from Japan and South Korea on Tuesday.');
    expect(await page.$$eval('#lede backstory-mark', (els) => els.map((e) => e.textContent))).toEqual(['Antony Blinken', 'Japan', 'South Korea']);
    expect(afterText.nested).toBe(0);

    // 2. It replaces a subtree; 3. it replaces the whole app.
    await page.evaluate(() => (window as unknown as { rerenderTree(): void }).rerenderTree());
    await page.waitForFunction(() => document.querySelector('#second backstory-mark[data-backstory-entity="place:tokyo"], #second backstory-mark[data-backstory-entity="place:beijing"]') !== null, { timeout: 10_000 });
    expect(await page.$eval('#second', (p) => p.textContent)).toBe('Lloyd Austin arrived in Tokyo; Blinken flew on to Beijing.');
    await page.evaluate(() => (window as unknown as { rerenderAll(): void }).rerenderAll());
    await page.waitForFunction(() => document.querySelectorAll('#root backstory-mark').length >= 3, { timeout: 10_000 });
    await sleep(500);
    const final = await page.evaluate(markState);
    expect(final.text).toBe('UpdateAntony Blinken and Lloyd Austin spoke about China in Tokyo.');
    expect(final.marks.filter((m) => m.startsWith('Antony Blinken='))).toHaveLength(1);
    expect(final.nested).toBe(0);
    await page.close();
  });

  it('a single-page app: pushState navigation is followed, live updates are highlighted once, our own changes never retrigger a scan', async () => {
    const page = await open('spa.html');
    expect((await page.evaluate(markState)).marks).toContain('Antony Blinken=person:antony-blinken');

    await page.evaluate(() => (window as unknown as { addUpdates(n: number): void }).addUpdates(3));
    await page.waitForFunction(() => document.querySelectorAll('#feed backstory-mark').length === 9, { timeout: 10_000 });
    await page.evaluate(() => (window as unknown as { addUpdates(n: number): void }).addUpdates(2));
    await page.waitForFunction(() => document.querySelectorAll('#feed backstory-mark').length === 15, { timeout: 10_000 });
    // Settled: nothing more arrives, nothing is highlighted twice.
    await sleep(800);
    expect(await page.$$eval('#feed backstory-mark', (els) => els.length)).toBe(15);
    expect((await page.evaluate(markState)).nested).toBe(0);

    await page.click('#to-two');
    await page.waitForFunction(() => document.querySelector('backstory-mark[data-backstory-entity="person:lloyd-austin"]') !== null, { timeout: 10_000 });
    expect(page.url()).toBe(`http://${NEWS_HOST}/spa/two`);
    const after = await page.evaluate(markState);
    expect(after.marks.some((m) => m.includes('antony-blinken'))).toBe(false);
    expect(after.marks).toEqual(expect.arrayContaining(['Lloyd Austin=person:lloyd-austin', 'South Korea=place:south-korea']));
    await page.close();
  });

  it('after an extension reload the old content script stops cleanly: every highlight and the card go, the page text is back, no error', async () => {
    const page = await open('csp.html');
    const text = await page.evaluate(() => document.body.innerHTML.replace(/<backstory-card[^>]*><\/backstory-card>/, ''));
    expect((await page.evaluate(markState)).marks.length).toBeGreaterThan(0);
    await page.hover('backstory-mark[data-backstory-entity="person:antony-blinken"]');
    await readOpenCard(page);
    await worker.evaluate('chrome.runtime.reload()').catch(() => {});
    await page.waitForFunction(() => !document.querySelector('backstory-mark, backstory-card') && !document.documentElement.hasAttribute('data-backstory-scan'), { timeout: 15_000 });
    // Nothing of the old script is left: the body is the page's own again, byte for byte.
    const after = await page.evaluate(() => document.body.innerHTML);
    expect(after === text.replace(/<backstory-mark[^>]*>([^<]*)<\/backstory-mark>/g, '$1')).toBe(true);
    // (In this harness Chromium does not inject the reloaded unpacked extension into new pages, so
    // the fresh script's side is covered by WXT's own handover, not here.)
    ({ worker } = await extensionWorker(browser));
    await page.close();
  });

  it('no error from the extension on any of these pages, and no request left the machine', () => {
    expect(errors).toEqual([]);
    expect(proxy.outside()).toEqual([]);
  });
});
