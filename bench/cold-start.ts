/**
 * Cold start in real Chromium: the extension built on the 19k-story corpus of ../shared/corpus,
 * a news page open, the service worker stopped through the DevTools protocol, then the time from
 * focusing a highlighted name to the card's answer on screen. Baselines in the same job: the next
 * card with the worker warm, and the same cold measurement on the extension built on the one-story
 * seed corpus (what the stopped worker's own start-up costs, whatever the index). Each run reloads
 * the page first (a fresh content script, no card cached), lets the scan finish, then stops the
 * worker. Medians of RUNS (default 5).
 *   npm run bench:cold-start [-- RUNS]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchChromium } from '../test/e2e/support/chromium-launch';
import { NEWS_HOST, startRecordingProxy } from '../test/e2e/support/recording-proxy';
import { PAGES_DIR, PROJECT_ROOT } from '../test/e2e/support/shared-paths';

const runs = Number(process.argv[2] ?? 5);
const OUT = join(PROJECT_ROOT, '.output-19k');
const BUILD = join(OUT, 'chrome-mv3');
const SHARED = resolve(PROJECT_ROOT, '../shared/corpus');
const SEED_OUT = join(PROJECT_ROOT, '.output');
const SEED_BUILD = join(SEED_OUT, 'chrome-mv3');

if (!existsSync(join(BUILD, 'manifest.json')) || process.env.REBUILD) {
  execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, BACKSTORY_CORPUS: SHARED, BACKSTORY_OUT_DIR: OUT } });
}
if (!existsSync(join(SEED_BUILD, 'manifest.json')) || process.env.REBUILD) {
  execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, BACKSTORY_CORPUS: '', BACKSTORY_OUT_DIR: SEED_OUT } });
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

/** Cold and warm card times on one build, RUNS times, the page reloaded before each run. */
async function measure(build: string): Promise<{ cold: number[]; warm: number[] }> {
  const browser = await launchChromium(proxy.port, build);
  try {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('ServiceWorker.enable');
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`http://${NEWS_HOST}/briefing.html`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('html[data-backstory-scan="done"]', { timeout: 60_000 });
      const entities = await page.$$eval('backstory-mark[data-backstory-entity][tabindex="0"]', (els) => [...new Set(els.map((el) => el.getAttribute('data-backstory-entity')!))]);
      if (entities.length < 2) throw new Error(`the page has ${entities.length} entities on ${build}; 2 are needed`);
      await new Promise((r) => setTimeout(r, 500));
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 300));
      cold.push(await timeCard(page, entities[0]!));
      warm.push(await timeCard(page, entities[1]!));
    }
    return { cold, warm };
  } finally {
    await browser.close();
  }
}

/**
 * The platform's own floor: an extension whose stopped service worker does nothing but answer one
 * message from its content script. The page asks through a DOM event; the answer comes back as an
 * attribute. Timed the same way as a card (from the page, polling each frame).
 */
function writeFloorExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-floor-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'floor', version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' }],
  }));
  writeFileSync(join(dir, 'background.js'), `chrome.runtime.onMessage.addListener((m, s, reply) => { reply({ n: m.n }); });`);
  writeFileSync(join(dir, 'content.js'), `document.addEventListener('floor-ping', (e) => { chrome.runtime.sendMessage({ n: e.detail }, (a) => document.documentElement.setAttribute('data-floor-answer', String(a.n))); }); document.documentElement.setAttribute('data-floor-ready', '');`);
  return dir;
}

async function measureFloor(): Promise<number[]> {
  const browser = await launchChromium(proxy.port, writeFloorExtension());
  try {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('ServiceWorker.enable');
    const cold: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`http://${NEWS_HOST}/briefing.html`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector('html[data-floor-ready]', { timeout: 60_000 });
      await new Promise((r) => setTimeout(r, 500));
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 300));
      cold.push(
        await page.evaluate(async (n) => {
          const start = performance.now();
          document.dispatchEvent(new CustomEvent('floor-ping', { detail: n }));
          while (document.documentElement.getAttribute('data-floor-answer') !== String(n)) {
            if (performance.now() - start > 10_000) throw new Error('no answer from the floor extension');
            await new Promise((r) => requestAnimationFrame(r));
          }
          return performance.now() - start;
        }, i),
      );
    }
    return cold;
  } finally {
    await browser.close();
  }
}

const row = (label: string, xs: number[]) => `| ${label} | ${median(xs).toFixed(0)} ms | ${xs.map((x) => x.toFixed(0)).join(', ')} |`;
const proxy = await startRecordingProxy(PAGES_DIR);
try {
  const large = await measure(BUILD);
  const seed = await measure(SEED_BUILD);
  const floor = await measureFloor();
  console.log(`${runs} runs each`);
  console.log('| card answer | median | all runs (ms) |');
  console.log('|---|---|---|');
  console.log(row('19k build, cold (service worker stopped)', large.cold));
  console.log(row('19k build, warm (same runs)', large.warm));
  console.log(row('seed build (1 story), cold: the worker start-up alone', seed.cold));
  console.log(row('seed build, warm', seed.warm));
  console.log(row('floor: an extension that only answers one message, cold', floor));
  console.log(`19k cold − seed cold: ${(median(large.cold) - median(seed.cold)).toFixed(0)} ms (what the index costs a cold worker)`);
  console.log(`Requests outside the test page: ${proxy.outside().length}`);
} finally {
  await proxy.close();
}
