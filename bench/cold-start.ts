/**
 * Cold start in real Chromium: the extension built on the 19k-story corpus of ../shared/corpus,
 * a news page open, the service worker stopped through the DevTools protocol, then the time from
 * focusing a highlighted name to the card's answer on screen. Baseline in the same run: the same
 * card asked again with the worker warm. Medians of RUNS (default 5).
 *   npm run bench:cold-start [-- RUNS]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchChromium } from '../test/e2e/support/chromium-launch';
import { NEWS_HOST, startRecordingProxy } from '../test/e2e/support/recording-proxy';
import { PAGES_DIR, PROJECT_ROOT } from '../test/e2e/support/shared-paths';

const runs = Number(process.argv[2] ?? 5);
const OUT = join(PROJECT_ROOT, '.output-19k');
const BUILD = join(OUT, 'chrome-mv3');
const SHARED = resolve(PROJECT_ROOT, '../shared/corpus');

if (!existsSync(join(BUILD, 'manifest.json')) || process.env.REBUILD) {
  execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, BACKSTORY_CORPUS: SHARED, BACKSTORY_OUT_DIR: OUT } });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Focuses the first Blinken mark and returns ms until the card shows its content (not "loading"). */
async function timeCard(page: Page, entity: string): Promise<number> {
  return page.evaluate(async (id) => {
    const mark = document.querySelector<HTMLElement>(`backstory-mark[data-backstory-entity="${id}"][tabindex="0"]`)!;
    (document.activeElement as HTMLElement | null)?.blur();
    document.querySelector('backstory-card')?.shadowRoot?.querySelector<HTMLButtonElement>('.bs-close')?.click();
    await new Promise((r) => setTimeout(r, 50));
    const start = performance.now();
    mark.focus();
    for (;;) {
      const dialog = document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]');
      if (dialog && !dialog.querySelector('[role="status"]') && dialog.querySelector('.bs-card__coverage')) return performance.now() - start;
      if (performance.now() - start > 10_000) throw new Error(`no card for ${id} after 10 s`);
      await new Promise((r) => requestAnimationFrame(r));
    }
  }, entity);
}

const proxy = await startRecordingProxy(PAGES_DIR);
const browser = await launchChromium(proxy.port, BUILD);
try {
  const page = await browser.newPage();
  await page.goto(`http://${NEWS_HOST}/briefing.html`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-backstory-scan="done"]', { timeout: 60_000 });
  // Each answer must be new to the page (its card cache would answer a repeat): one entity per query.
  const entities = await page.$$eval('backstory-mark[data-backstory-entity][tabindex="0"]', (els) => [...new Set(els.map((el) => el.getAttribute('data-backstory-entity')!))]);
  if (entities.length < 2 * runs) throw new Error(`the page has ${entities.length} entities; ${2 * runs} are needed for ${runs} runs`);
  const cdp = await page.createCDPSession();
  await cdp.send('ServiceWorker.enable');
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 300));
    cold.push(await timeCard(page, entities[2 * i]!));
    warm.push(await timeCard(page, entities[2 * i + 1]!));
  }
  console.log(`${runs} runs, ${2 * runs} distinct entities`);
  console.log('| card answer | median | all runs (ms) |');
  console.log('|---|---|---|');
  console.log(`| cold (service worker stopped) | ${median(cold).toFixed(0)} ms | ${cold.map((x) => x.toFixed(0)).join(', ')} |`);
  console.log(`| warm (baseline, same run) | ${median(warm).toFixed(0)} ms | ${warm.map((x) => x.toFixed(0)).join(', ')} |`);
  console.log(`Requests outside the test page: ${proxy.outside().length}`);
} finally {
  await browser.close();
  await proxy.close();
}
