/**
 * The card, the popup, the reader page and the settings page as a reader uses them, in real
 * Chromium, on the extension built from the 19k-story corpus (support/large-build.ts): pointer,
 * keyboard and settings paths, placement, empty states, axe-core (WCAG 2.1 A/AA) in light and dark,
 * and screenshots of each surface in both themes.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { CHROMIUM, launchChromium } from './support/chromium-launch';
import { extensionWorker, setExtensionStorage } from './support/chromium-extension';
import { LARGE_BUILD, largeBuildSkipReason } from './support/large-build';
import { readHighlights, waitForScan } from './support/page-probes';
import { NEWS_HOST, startRecordingProxy, type RecordingProxy } from './support/recording-proxy';
import { PAGES_DIR, PROJECT_ROOT, screenshotPath } from './support/shared-paths';

function skipReason(): string | null {
  const reason = largeBuildSkipReason() ?? (existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed`);
  if (reason && process.env.CI === 'true') throw new Error(`the cards-and-popup e2e test must run under CI: ${reason}`);
  if (reason) console.warn(`skipping the cards-and-popup e2e test: ${reason}`);
  return reason;
}
const skip = skipReason();

const STORY_URL = `http://${NEWS_HOST}/ui-story.html`;
const BLAIR = 'person:tony-blair';
const HOWARD = 'person:michael-howard';
const BROWN = 'person:gordon-brown';
const DEFAULTS = { highlightStyle: 'underline', firstMentionOnly: false, highlightPeople: true, highlightPlaces: true, hoverDelayMs: 300, hoverModifier: 'none' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs in the page: the open card's state, read through its shadow root. */
function cardState() {
  const root = document.querySelector('backstory-card')?.shadowRoot;
  const dialogs = root ? [...root.querySelectorAll('[role="dialog"]')] : [];
  const dialog = dialogs[0] as HTMLElement | undefined;
  if (!dialog) return null;
  const r = dialog.getBoundingClientRect();
  const heading = root!.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
  return {
    count: dialogs.length,
    name: heading?.textContent ?? '',
    loaded: !dialog.querySelector('[role="status"]'),
    box: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
    focusInside: root!.activeElement !== null && dialog.contains(root!.activeElement),
    focusedText: (root!.activeElement as HTMLElement | null)?.textContent ?? null,
    focusedTag: root!.activeElement?.tagName.toLowerCase() ?? null,
  };
}

describe.skipIf(skip !== null)('cards, popup, reader and settings in real Chromium (19k-story build)', () => {
  let proxy: RecordingProxy;
  let browser: Browser;
  let page: Page;
  let worker: WebWorker;
  let origin: string;
  const pageErrors: string[] = [];

  const card = () => page.evaluate(cardState);
  const waitForCard = async (name?: string | RegExp) => {
    await page.waitForFunction(
      (wanted: string | null, flags: string | null) => {
        const root = document.querySelector('backstory-card')?.shadowRoot;
        const dialog = root?.querySelector('[role="dialog"]');
        if (!dialog || dialog.querySelector('[role="status"]')) return false;
        if ((dialog as HTMLElement).style.visibility !== 'visible') return false;
        const heading = root!.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
        return wanted === null || new RegExp(wanted, flags ?? '').test(heading);
      },
      { timeout: 15_000 },
      name === undefined ? null : typeof name === 'string' ? `^${name}$` : name.source,
      name instanceof RegExp ? name.flags : null,
    );
    return (await card())!;
  };
  /** Waits until the card stops moving (placement runs again once its content has loaded). */
  const settled = async () => {
    let last = '';
    for (let i = 0; i < 40; i++) {
      await sleep(60);
      const now = JSON.stringify((await card())?.box ?? null);
      if (now === last) return;
      last = now;
    }
  };
  const waitForNoCard = () => page.waitForFunction(() => !document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]'), { timeout: 5_000 });
  const markBox = (selector: string) =>
    page.$eval(selector, (el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    });
  const firstMark = (entity: string) => `article backstory-mark[data-backstory-entity="${entity}"][tabindex="0"]`;
  const resetPointer = async () => {
    await page.mouse.move(2, 2);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    if (await card()) {
      await page.keyboard.press('Escape');
      await waitForNoCard();
    }
  };
  const openPopup = async (): Promise<Page> => {
    await page.bringToFront();
    // Only a popup opened now: the last one may still be closing.
    const earlier = new Set(browser.targets().filter((t) => t.url().endsWith('popup.html')));
    await worker.evaluate('chrome.action.openPopup()');
    const target = await browser.waitForTarget((t) => t.type() === 'page' && t.url().endsWith('popup.html') && !earlier.has(t), { timeout: 10_000 });
    const popup = (await target.asPage())!;
    await popup.waitForSelector('.bs-popup', { timeout: 10_000 });
    return popup;
  };
  const closePopup = async (popup: Page) => {
    if (!popup.isClosed()) await popup.close();
  };
  const saveScreenshot = async (p: Page, name: string, docs = false) => {
    const file = screenshotPath(name);
    await p.screenshot({ path: file });
    if (docs) {
      mkdirSync(join(PROJECT_ROOT, 'docs/screenshots'), { recursive: true });
      copyFileSync(file, join(PROJECT_ROOT, 'docs/screenshots', `${name}.png`));
    }
  };

  beforeAll(async () => {
    proxy = await startRecordingProxy(PAGES_DIR);
    browser = await launchChromium(proxy.port, LARGE_BUILD);
    ({ worker, origin } = await extensionWorker(browser));
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && (m.location()?.url ?? '').startsWith('chrome-extension://') && pageErrors.push(m.text()));
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(STORY_URL, { waitUntil: 'domcontentloaded' });
    await waitForScan(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
  });

  it('highlights the story only: the menu and the footer stay clean', async () => {
    const marks = await readHighlights(page);
    const ids = new Set(marks.map((m) => m.entity));
    for (const id of [BLAIR, BROWN, HOWARD, 'person:charles-kennedy', 'place:london', 'place:brussels', 'place:iraq']) expect(ids, id).toContain(id);
    const outside = await page.$$eval('backstory-mark', (els) => els.filter((el) => !el.closest('article')).map((el) => el.textContent));
    expect(outside).toEqual([]);
  });

  it('hover intent: no card before ~300 ms, a card after; the pointer can travel onto it; it closes once the pointer leaves', async () => {
    await resetPointer();
    const t0 = Date.now();
    await page.hover(firstMark(HOWARD));
    await sleep(120);
    expect(await card(), 'no card 120 ms into the hover').toBeNull();
    const opened = await waitForCard('Michael Howard');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    // Travel from the name onto the card, slowly, as a hand would.
    const target = { x: (opened.box.left + opened.box.right) / 2, y: opened.box.top + 20 };
    await page.mouse.move(target.x, target.y, { steps: 12 });
    await sleep(800);
    expect((await card())?.name, 'the card stays under the pointer (hoverable)').toBe('Michael Howard');
    await page.mouse.move(2, 2, { steps: 4 });
    await waitForNoCard();
  });

  it('the card: name, person or place in words, role with its story, coverage and timeline, dated snippets with the name emphasised, co-mentions', async () => {
    await resetPointer();
    await page.focus(firstMark(BROWN));
    await waitForCard('Gordon Brown');
    const content = await page.evaluate(() => {
      const root = document.querySelector('backstory-card')!.shadowRoot!;
      const dialog = root.querySelector('[role="dialog"]')!;
      return {
        kind: dialog.querySelector('.bs-kind')?.textContent,
        kindIcon: dialog.querySelector('.bs-kind svg[aria-hidden="true"]') !== null,
        role: dialog.querySelector('.bs-card__role')?.textContent ?? '',
        coverage: dialog.querySelector('.bs-card__coverage')?.textContent ?? '',
        timeline: dialog.querySelector('.bs-timeline')?.getAttribute('aria-label') ?? '',
        snippets: [...dialog.querySelectorAll('.bs-snippet')].map((li) => ({
          emphasised: li.querySelector('blockquote strong')?.textContent ?? '',
          cite: li.querySelector('.bs-snippet__cite')?.textContent ?? '',
        })),
        chips: [...dialog.querySelectorAll('.bs-chip')].map((b) => b.getAttribute('aria-label') ?? ''),
        openStory: dialog.querySelector('.bs-card__footer a')?.textContent ?? '',
      };
    });
    expect(content.kind).toBe('Person');
    expect(content.kindIcon).toBe(true);
    expect(content.role).toMatch(/^Chancellor — per BBC News( · \d{1,2} \w+ \d{4})?$/);
    expect(content.coverage).toMatch(/^Mentioned in \d{2,} stories, [\w ]*\d{4} – [\w ]*\d{4}$/);
    expect(content.timeline).toMatch(/^Mentions over time: .+: \d+, .+: \d+/);
    expect(content.snippets.length).toBeGreaterThanOrEqual(2);
    for (const s of content.snippets) {
      expect(s.emphasised).toMatch(/Brown/);
      expect(s.cite).toMatch(/ — (BBC News|Reuters)( · \d{1,2} \w+ \d{4})?$/);
    }
    expect(content.chips.length).toBeGreaterThanOrEqual(3);
    expect(content.chips.join(' | ')).toMatch(/Tony Blair, person, \d+ shared stories/);
    expect(content.openStory).toMatch(/^Open story: /);
    // Type follows the reader's default size (16 px here), not the page's root size; motion is
    // dropped when the reader asks for less.
    const fontPx = () => page.evaluate(() => getComputedStyle(document.querySelector('backstory-card')!.shadowRoot!.querySelector('[role="dialog"]')!).fontSize);
    expect(await fontPx()).toBe('14px');
    await page.evaluate(() => (document.documentElement.style.fontSize = '10px'));
    expect(await fontPx()).toBe('14px');
    await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('backstory-card')!.shadowRoot!.querySelector('[role="dialog"]')!).animationName)).toBe('none');
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    await sleep(200);
    await saveScreenshot(page, 'card-light', true);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await sleep(200);
    await saveScreenshot(page, 'card-dark', true);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  });

  it('axe-core finds no serious or critical WCAG 2.1 A/AA violation on the page with the card open, light and dark', async () => {
    await resetPointer();
    await page.focus(firstMark(BLAIR));
    await page.keyboard.press('Enter');
    await waitForCard('Tony Blair');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await sleep(150);
      expect(await seriousViolations(page), `card, ${scheme}`).toEqual([]);
    }
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  });

  it('placement: inside the viewport, never over the name, following the page as it scrolls', async () => {
    await resetPointer();
    // The last paragraph's name, brought to the bottom edge of the window.
    const selector = 'article p:last-of-type backstory-mark';
    await page.evaluate(() => window.scrollTo(0, 0));
    await sleep(300); // let any scroll still running (a smooth one) end first
    for (let i = 0; i < 10; i++) {
      const gap = await page.$eval(selector, (el) => window.innerHeight - el.getBoundingClientRect().bottom);
      if (gap >= 10 && gap <= 60) break;
      await page.evaluate((by) => window.scrollBy(0, by), 30 - gap);
      await sleep(50);
    }
    const gap = await page.$eval(selector, (el) => window.innerHeight - el.getBoundingClientRect().bottom);
    expect(gap, 'the name sits at the bottom edge of the window').toBeGreaterThanOrEqual(10);
    expect(gap).toBeLessThanOrEqual(60);
    await page.$eval(selector, (el) => (el as HTMLElement).focus({ preventScroll: true }));
    const opened = await waitForCard();
    await settled();
    const view = await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
    const check = async () => {
      const c = (await card())!;
      const m = await markBox(selector);
      expect(c.box.top).toBeGreaterThanOrEqual(0);
      expect(c.box.left).toBeGreaterThanOrEqual(0);
      expect(c.box.bottom, `card ${JSON.stringify(c)} for the name at ${JSON.stringify(m)}`).toBeLessThanOrEqual(view.height);
      expect(c.box.right).toBeLessThanOrEqual(view.width);
      const overlaps = c.box.left < m.right && c.box.right > m.left && c.box.top < m.bottom && c.box.bottom > m.top;
      expect(overlaps, 'the card covers the name').toBe(false);
      return { c, m };
    };
    const before = await check();
    expect(before.c.box.bottom, 'flipped above a name at the bottom edge').toBeLessThanOrEqual(before.m.top);
    // The page scrolls a little: the card moves with its name.
    await page.evaluate(() => window.scrollBy(0, -25));
    await settled();
    const after = await check();
    expect(after.m.top - before.m.top).toBeCloseTo(25, 0);
    expect(Math.abs(after.c.box.top - before.c.box.top - (after.m.top - before.m.top))).toBeLessThan(2);
    // The name scrolls out of sight: its card goes with it instead of hanging at the window's edge.
    await page.evaluate(() => window.scrollBy(0, -400));
    await page.waitForFunction(() => (document.querySelector('backstory-card')!.shadowRoot!.querySelector('[role="dialog"]') as HTMLElement).style.visibility === 'hidden', { timeout: 3_000 });
    expect(opened.count).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('one card at a time: hovering another name moves the card', async () => {
    await resetPointer();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.focus(firstMark(BLAIR));
    const first = await waitForCard('Tony Blair');
    // A name the card does not cover (a name under the card cannot be pointed at).
    const free = await page.$$eval(
      'article backstory-mark[tabindex="0"]',
      (els, box) =>
        els
          .map((el, i) => ({ i, r: el.getBoundingClientRect(), id: el.getAttribute('data-backstory-entity') }))
          .filter(({ r, id }) => id !== 'person:tony-blair' && r.top >= 0 && r.bottom <= window.innerHeight && (r.right < box.left || r.left > box.right || r.bottom < box.top || r.top > box.bottom))
          .map(({ i, id }) => ({ i, id })),
      first.box,
    );
    expect(free.length, 'a highlighted name outside the card').toBeGreaterThan(0);
    const target = (await page.$$('article backstory-mark[tabindex="0"]'))[free[0]!.i]!;
    await target.hover();
    const moved = await waitForCard(/./);
    await page.waitForFunction((id) => document.querySelector(`backstory-mark[data-backstory-entity="${id}"][aria-expanded="true"]`) !== null, { timeout: 5_000 }, free[0]!.id);
    expect(moved.count).toBe(1);
    // Keyboard: the next name takes the one card.
    await page.focus(firstMark(HOWARD));
    expect((await waitForCard('Michael Howard')).count).toBe(1);
    expect(await page.$$eval('backstory-card', (els) => els.length)).toBe(1);
  });

  it('keyboard only: Tab stops at the first mention of each name, never inside a link; Enter pins and moves focus in; Tab reaches the card’s links; Escape closes and returns focus', async () => {
    await resetPointer();
    // Start from the top of the page (a blur alone leaves Chromium's tab starting point where it was).
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.querySelector<HTMLElement>('nav a')!.focus();
    });
    const stops: { entity: string | null; tag: string; inLink: boolean }[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement!;
        return { entity: el.getAttribute('data-backstory-entity'), tag: el.tagName.toLowerCase(), inLink: el.closest('a[href]') !== null && el.tagName !== 'A' };
      });
      if (stop.tag === 'body') break;
      if (stop.tag === 'backstory-card') {
        await page.keyboard.press('Escape');
        continue;
      }
      stops.push(stop);
    }
    const markStops = stops.filter((s) => s.entity !== null).map((s) => s.entity!);
    expect(new Set(markStops).size, 'each name is one tab stop').toBe(markStops.length);
    for (const id of [BLAIR, BROWN, HOWARD, 'place:london', 'place:iraq']) expect(markStops, id).toContain(id);
    expect(stops.filter((s) => s.inLink), 'no tab stop inside a link').toEqual([]);
    expect(stops.some((s) => s.tag === 'a'), 'the page’s own links are still tab stops').toBe(true);

    await resetPointer();
    await page.focus(firstMark(BLAIR));
    await page.keyboard.press('Enter');
    const pinned = await waitForCard('Tony Blair');
    expect(pinned.focusInside, 'focus moves into the pinned card').toBe(true);
    const reached: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const c = await card();
      if (!c?.focusInside) break;
      reached.push(`${c.focusedTag}:${c.focusedText}`);
      if (c.focusedText?.startsWith('Open story')) break; // the card's last stop
    }
    expect(reached.some((r) => r.startsWith('a:Open story'))).toBe(true);
    expect(reached.some((r) => r.startsWith('button:') && /Gordon Brown|Michael Howard|London/.test(r))).toBe(true);
    expect(reached.some((r) => r.startsWith('a:') && !r.startsWith('a:Open story')), 'snippet sources are links').toBe(true);
    await page.keyboard.press('Escape');
    await waitForNoCard();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-backstory-entity'))).toBe(BLAIR);
  });

  it('a click pins the card: it stays after the pointer leaves, until its close button; a name inside a link leaves the click to the link', async () => {
    await resetPointer();
    await page.click(firstMark(HOWARD));
    await waitForCard('Michael Howard');
    await page.mouse.move(2, 2, { steps: 3 });
    await sleep(900);
    expect((await card())?.name, 'pinned cards persist').toBe('Michael Howard');
    const close = await page.evaluateHandle(() => document.querySelector('backstory-card')!.shadowRoot!.querySelector('.bs-close'));
    await (close as unknown as { click(): Promise<void> }).click();
    await waitForNoCard();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-backstory-entity'))).toBe(HOWARD);

    await page.evaluate(() => {
      const a = document.querySelector('a[href="/profiles/gordon-brown"]')!;
      a.addEventListener('click', (e) => {
        (window as unknown as { linkClick: boolean }).linkClick = !e.defaultPrevented;
        e.preventDefault();
      });
    });
    await page.click('a[href="/profiles/gordon-brown"] backstory-mark');
    expect(await page.evaluate(() => (window as unknown as { linkClick?: boolean }).linkClick)).toBe(true);
  });

  it('settings apply at once, without a reload: marker style, first mention only, places off, hover key, hover delay', async () => {
    await resetPointer();
    await setExtensionStorage(worker, { settings: { ...DEFAULTS, highlightStyle: 'background', firstMentionOnly: true, highlightPlaces: false } });
    await page.waitForFunction(
      () => {
        const marks = [...document.querySelectorAll('backstory-mark')];
        return marks.length > 0 && marks.every((m) => m.getAttribute('data-backstory-style') === 'background' && m.getAttribute('data-backstory-kind') === 'person');
      },
      { timeout: 10_000 },
    );
    await waitForScan(page);
    const ids = (await readHighlights(page)).map((m) => m.entity);
    expect(new Set(ids).size).toBe(ids.length);
    await saveScreenshot(page, 'highlights-marker');

    await setExtensionStorage(worker, { settings: { ...DEFAULTS, hoverModifier: 'Alt', hoverDelayMs: 0 } });
    await page.waitForFunction(() => document.querySelector('backstory-mark[data-backstory-kind="place"]') !== null, { timeout: 10_000 });
    await waitForScan(page);
    await page.hover(firstMark(HOWARD));
    await sleep(600);
    expect(await card(), 'no card without the hover key').toBeNull();
    await page.keyboard.down('Alt');
    await waitForCard('Michael Howard');
    await page.keyboard.up('Alt');
    await resetPointer();

    await setExtensionStorage(worker, { settings: { ...DEFAULTS, hoverDelayMs: 1000 } });
    await sleep(300);
    const t0 = Date.now();
    await page.hover(firstMark(HOWARD));
    await sleep(650);
    expect(await card(), 'no card 650 ms into a 1000 ms hover delay').toBeNull();
    await waitForCard('Michael Howard');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    await resetPointer();
    await setExtensionStorage(worker, { settings: DEFAULTS });
    await sleep(300);
  });

  it('co-mentions open their own card; "Open story" opens the reader page, where names have the same cards and related stories follow', async () => {
    await resetPointer();
    await page.focus(firstMark(BLAIR));
    await page.keyboard.press('Enter');
    await waitForCard('Tony Blair');
    const chipName = await page.evaluate(() => {
      const chip = document.querySelector('backstory-card')!.shadowRoot!.querySelector<HTMLButtonElement>('.bs-chip')!;
      chip.click();
      return chip.textContent!.replace(/^[●▲]/, '').trim();
    });
    await waitForCard(chipName);

    await page.evaluate(() => document.querySelector('backstory-card')!.shadowRoot!.querySelector<HTMLAnchorElement>('.bs-card__footer a')!.click());
    const readerTarget = await browser.waitForTarget((t) => t.url().startsWith(`${origin}/reader.html?story=`), { timeout: 10_000 });
    const reader = (await readerTarget.asPage())!;
    await reader.setViewport({ width: 1000, height: 900 });
    await reader.waitForSelector('article h1');
    await reader.waitForSelector('html[data-backstory-scan="done"]', { timeout: 20_000 });
    await reader.waitForSelector('aside ol li a', { timeout: 20_000 });
    const title = await reader.$eval('article h1', (h) => h.textContent);
    expect(await reader.$$eval('article backstory-mark', (els) => els.length)).toBeGreaterThan(0);
    expect(await reader.$eval('.bs-reader__meta', (el) => el.textContent)).toMatch(/BBC News|Reuters/);
    await reader.focus('article backstory-mark[tabindex="0"]');
    await reader.waitForFunction(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"] .bs-card__name'), { timeout: 10_000 });
    await sleep(200);
    await saveScreenshot(reader, 'reader-light', true);
    expect(await seriousViolations(reader), 'reader with a card, light').toEqual([]);
    await reader.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await sleep(200);
    await saveScreenshot(reader, 'reader-dark', true);
    expect(await seriousViolations(reader), 'reader with a card, dark').toEqual([]);
    await reader.keyboard.press('Escape');
    // Story to story: a related story opens in the same reader.
    await Promise.all([reader.waitForNavigation(), reader.click('aside ol li a')]);
    await reader.waitForSelector('article h1');
    expect(await reader.$eval('article h1', (h) => h.textContent)).not.toBe(title);
    await reader.close();
  });

  it('popup: related stories with why, names with counts (a click scrolls to the next mention and flashes it), search as you type, light and dark', async () => {
    await resetPointer();
    const popup = await openPopup();
    try {
      await popup.waitForSelector('.bs-stories li .bs-why', { timeout: 15_000 });
      const related = await popup.$$eval('.bs-stories li', (lis) => lis.map((li) => ({ title: li.querySelector('a')?.textContent ?? '', why: li.querySelector('.bs-why')?.textContent ?? '' })));
      expect(related.length).toBeGreaterThanOrEqual(3);
      for (const r of related) expect(r.why).toMatch(/\S/);
      expect(related.map((r) => r.why).join(' ')).toMatch(/Tony Blair|Gordon Brown|Michael Howard/);
      const names = await popup.$$eval('.bs-entity', (els) => els.map((e) => e.textContent ?? ''));
      expect(names.some((n) => /Tony Blair\s*×\d+/.test(n))).toBe(true);
      // London is named in the menu and the footer too: the popup counts every mention on the page.
      const london = names.find((n) => /London\s*×/.test(n));
      const londonInStory = await page.$$eval('article backstory-mark[data-backstory-entity="place:london"]', (els) => els.length);
      expect(Number(/×(\d+)/.exec(london ?? '')?.[1])).toBeGreaterThan(londonInStory);

      await saveScreenshot(popup, 'popup-light', true);
      expect(await seriousViolations(popup), 'popup, light').toEqual([]);
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await sleep(150);
      await saveScreenshot(popup, 'popup-dark', true);
      expect(await seriousViolations(popup), 'popup, dark').toEqual([]);
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);

      // A name in the popup: the page scrolls to its mention in the story and flashes it.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const brown = await popup.$$('button.bs-entity');
      let clicked = false;
      for (const b of brown) {
        if (/Gordon Brown/.test((await b.evaluate((el) => el.textContent)) ?? '')) {
          await b.click();
          clicked = true;
          break;
        }
      }
      expect(clicked).toBe(true);
      await page.waitForSelector(`backstory-mark[data-backstory-entity="${BROWN}"][data-backstory-flash]`, { timeout: 5_000 });
      // Scrolled into view (smoothly, so give it a moment), then flashed.
      await page.waitForFunction(
        (id) => {
          const r = document.querySelector(`backstory-mark[data-backstory-entity="${id}"][data-backstory-flash]`)?.getBoundingClientRect();
          return r !== undefined && r.top >= 0 && r.bottom <= window.innerHeight;
        },
        { timeout: 5_000 },
        BROWN,
      );

      // Search over the corpus: results as you type, the words emphasised; Escape clears it.
      await popup.focus('input[type="search"]');
      await popup.keyboard.type('Howard immigration', { delay: 40 });
      await popup.waitForSelector('.bs-search__results li', { timeout: 20_000 });
      const hits = await popup.$$eval('.bs-search__results li', (lis) => lis.map((li) => ({ title: li.querySelector('a')?.textContent ?? '', mark: li.querySelector('mark')?.textContent ?? '' })));
      expect(hits.length).toBeGreaterThanOrEqual(3);
      expect(hits[0]!.mark.toLowerCase()).toBe('howard');
      expect(await popup.$eval('.bs-search__status', (el) => el.textContent)).toMatch(/\d+\+? stories found/);
      await saveScreenshot(popup, 'popup-search', true);
      await popup.keyboard.press('Escape');
      await popup.waitForFunction(() => !document.querySelector('.bs-search__results'), { timeout: 5_000 });
      expect(await popup.$('#bs-related-heading'), 'the page’s stories are back').not.toBeNull();
    } finally {
      await closePopup(popup);
    }
  });

  it('popup keyboard path: Tab reaches the switch, search, stories, names and settings; the settings page passes axe in light and dark', async () => {
    const popup = await openPopup();
    let settings: Page | null = null;
    try {
      await popup.waitForSelector('.bs-stories li', { timeout: 15_000 });
      const reached: string[] = [];
      for (let i = 0; i < 60 && reached.at(-1) !== 'button[button]:Settings'; i++) {
        await popup.keyboard.press('Tab');
        reached.push(
          await popup.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            return `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''}:${(el.textContent ?? '').trim()}`;
          }),
        );
      }
      expect(reached.some((r) => r.startsWith('input[checkbox]'))).toBe(true);
      expect(reached.some((r) => r.startsWith('input[search]'))).toBe(true);
      expect(reached.some((r) => r.startsWith('a:'))).toBe(true);
      expect(reached.some((r) => r.startsWith('button') && /×\d+/.test(r)), reached.join(' | ')).toBe(true);
      expect(reached).toContain('button[button]:Settings');

      const opened = browser.waitForTarget((t) => t.url().startsWith(`${origin}/options.html`), { timeout: 10_000 }).catch((e: unknown) => {
        throw new Error(`no settings page among ${browser.targets().map((t) => t.url()).join(', ')}: ${String(e)}`);
      });
      await popup.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Settings')!.focus());
      // The popup closes itself as the settings page opens, so the key press may see it go.
      await popup.keyboard.press('Enter').catch(() => {});
      settings = (await (await opened).asPage())!;
      await settings.setViewport({ width: 900, height: 1000 });
      await settings.waitForSelector('fieldset');
      expect(await settings.$eval('#bs-delay', (el) => (el as HTMLInputElement).value)).toBe('300');
      await saveScreenshot(settings, 'settings-light', true);
      expect(await seriousViolations(settings), 'settings, light').toEqual([]);
      await settings.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await sleep(150);
      await saveScreenshot(settings, 'settings-dark');
      expect(await seriousViolations(settings), 'settings, dark').toEqual([]);

      // The settings page writes what the content script reads: a change shows on the open page.
      const peopleBox = await settings.$$('fieldset:nth-of-type(2) input[type="checkbox"]');
      expect(await peopleBox[0]!.evaluate((el) => el.parentElement!.textContent!.trim())).toBe('People');
      await peopleBox[0]!.click(); // People off
      expect(await peopleBox[0]!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
      // Back to the story's tab, as a reader would (a hidden tab's timers are throttled).
      await page.bringToFront();
      await page.waitForFunction(() => !document.querySelector('backstory-mark[data-backstory-kind="person"]'), { timeout: 20_000 });
      await settings.bringToFront();
      await peopleBox[0]!.click(); // People on again
      expect(await peopleBox[0]!.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
      await page.bringToFront();
      await page.waitForFunction(() => document.querySelector('backstory-mark[data-backstory-kind="person"]') !== null, { timeout: 20_000 });
    } finally {
      await closePopup(popup);
      await settings?.close();
      await setExtensionStorage(worker, { settings: DEFAULTS });
    }
  });

  it('the site switch: off removes every highlight and says so in the popup; on brings them back without a reload', async () => {
    const popup = await openPopup();
    try {
      await popup.waitForSelector('.bs-switch input');
      await popup.click('.bs-switch input');
      await page.waitForFunction(() => !document.querySelector('backstory-mark'), { timeout: 10_000 });
      await popup.waitForFunction(() => /Backstory is off for news\.backstory\.test/.test(document.body.textContent ?? ''), { timeout: 10_000 });
      await popup.click('.bs-switch input');
      await page.waitForSelector('backstory-mark', { timeout: 15_000 });
    } finally {
      await closePopup(popup);
    }
  });

  it('empty states that help: a page with no article, a corpus that knows none of the names', async () => {
    await page.goto(`http://${NEWS_HOST}/front-page.html`, { waitUntil: 'domcontentloaded' });
    await waitForScan(page);
    let popup = await openPopup();
    try {
      await popup.waitForSelector('.bs-note', { timeout: 15_000 });
      expect(await popup.$eval('.bs-note', (el) => el.textContent)).toMatch(/^No article found on this page/);
    } finally {
      await closePopup(popup);
    }
    await page.goto(`http://${NEWS_HOST}/unknown-names.html`, { waitUntil: 'domcontentloaded' });
    await waitForScan(page);
    popup = await openPopup();
    try {
      await popup.waitForSelector('.bs-note', { timeout: 15_000 });
      expect(await popup.$eval('.bs-note', (el) => el.textContent)).toMatch(/^Your corpus knows none of the \d+ names on this page/);
      expect(await popup.$$eval('.bs-entity--unknown', (els) => els.map((e) => e.textContent ?? '').join(' | '))).toMatch(/Margery Thistlewood/);
    } finally {
      await closePopup(popup);
    }
  });

  it('the extension logged no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
