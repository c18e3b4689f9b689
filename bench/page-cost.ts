/**
 * What the content script costs the page's main thread, on every real page of the Readability test
 * set (../shared/pages/readability, kind "synthetic" left out), in real Chromium, with the extension
 * built on the 19k-story corpus (--build DIR; .output-19k/chrome-mv3 by default, built when missing;
 * copied to a temporary folder first, so a rebuild cannot change it under the browser).
 *
 * Each page is served by the recording proxy with the page's own JavaScript off (as in the
 * real-pages e2e suite), so the only script on its main thread is the content script. Per page and
 * run, two fresh tabs, each loaded with the site off ("disabledSites" holds the news host) and left
 * to settle, each with a DevTools-protocol trace of the page's renderer main thread:
 *   on:  the site turned on through the service worker (as the popup's switch does), until
 *        html[data-backstory-scan="done"] and 300 ms more (the style, layout and paint of the last
 *        highlights);
 *   off: the same page and the same length of window with the site left off: the baseline.
 * The load of the "on" tab is traced too: the content script's start-up with the site off (it is
 * injected and reads its settings on every page: the tasks that run the extension's own files),
 * counted with the rest.
 * bench/trace-tasks.ts splits a trace into the main thread's top-level tasks and says which are the
 * extension's: the tasks that run script, and the render tasks (style, layout, paint) that follow
 * them. Medians per page over RUNS runs; p50/p95/max over pages. CPU = the main thread's thread time.
 *
 *   npm run bench:page-cost [-- --runs 2] [--pages name,name] [--build DIR] [--json FILE]
 *   npm run bench:page-cost -- --profile name,name   (V8 CPU profile of one "on" window per page, no trace)
 *   npm run bench:page-cost -- --profile-startup name,name   (the same of the content script's start-up, site off)
 * With PROFILE_DUMP=DIR set, each profile is also written to DIR as a .cpuprofile (DevTools can open it;
 * its positionTicks give the time by line, most useful with a build made without minifying).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, CDPSession, Page, WebWorker } from 'puppeteer-core';
import { CHROMIUM, launchChromium } from '../test/e2e/support/chromium-launch';
import { NEWS_HOST, startRecordingProxy } from '../test/e2e/support/recording-proxy';
import { LARGE_BUILD, LARGE_OUT, SHARED_CORPUS } from '../test/e2e/support/large-build';
import { PROJECT_ROOT } from '../test/e2e/support/shared-paths';
import { describeActivity, windowCost, type Activity, type Task, type TraceEvent, type WindowCost } from './trace-tasks';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const RUNS = Number(option('runs') ?? 2);
const ONLY = option('pages')?.split(',').filter(Boolean);
const PROFILE = option('profile')?.split(',').filter(Boolean);
const PROFILE_STARTUP = option('profile-startup')?.split(',').filter(Boolean);
const JSON_OUT = option('json');
const BUILD = resolve(PROJECT_ROOT, option('build') ?? LARGE_BUILD);

const READABILITY_DIR = resolve(PROJECT_ROOT, '../shared/pages/readability');
const TIMEOUT_MS = 60_000;
/** After load: the page and the content script's start-up (site off) go quiet before the window. */
const PRE_SETTLE_MS = 500;
/** After the scan is done: the style, layout and paint of the last highlights land in the window. */
const POST_SETTLE_MS = 300;
const LONG_TASK_MS = 50;
const TIME_TARGET_MS = 20;
const SCAN_ATTRIBUTE = 'data-backstory-scan';
/** RunTask (disabled-by-default-devtools.timeline), script, style, layout and paint (devtools.timeline), thread names. */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'toplevel', '__metadata'];

interface ManifestEntry {
  name: string;
  path: string;
  kind: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)]!;
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');

// ---------------------------------------------------------------------------------------------
// The build, the pages, the browser

if (!existsSync(join(BUILD, 'manifest.json'))) {
  if (BUILD !== LARGE_BUILD) throw new Error(`no extension build at ${BUILD}`);
  console.log('building the extension on the 19k-story corpus…');
  execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, BACKSTORY_CORPUS: SHARED_CORPUS, BACKSTORY_OUT_DIR: LARGE_OUT } });
}
if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is not installed (apt-get install chromium)`);
const snapshot = mkdtempSync(join(tmpdir(), 'backstory-page-cost-'));
cpSync(BUILD, snapshot, { recursive: true });
const contentScript = readFileSync(join(snapshot, 'content-scripts/content.js'), 'utf8').split('\n');
const lexiconEntities = (JSON.parse(readFileSync(join(snapshot, 'corpus/lexicon.json'), 'utf8')) as { entities: unknown[] }).entities.length;

const pages: ManifestEntry[] = readFileSync(join(READABILITY_DIR, 'MANIFEST.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as ManifestEntry)
  .filter((m) => m.kind !== 'synthetic' && (!(ONLY ?? PROFILE ?? PROFILE_STARTUP) || (ONLY ?? PROFILE ?? PROFILE_STARTUP)!.includes(m.name)));
if (pages.length === 0) throw new Error('no page to measure');

const proxy = await startRecordingProxy(READABILITY_DIR);
const browser: Browser = await launchChromium(proxy.port, snapshot);
let worker: WebWorker | undefined;
let extensionOrigin = '';

/** The extension's service worker; looked up again if Chromium has stopped and restarted it. */
async function serviceWorker(): Promise<WebWorker> {
  if (worker) return worker;
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  const found = await target.worker();
  if (!found) throw new Error('the extension service worker has no worker handle');
  extensionOrigin = /^chrome-extension:\/\/[^/]+/.exec(target.url())![0];
  worker = found;
  return found;
}

/** The site switch, as the popup sets it: chrome.storage.local "disabledSites". */
async function setSiteOn(on: boolean): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await (await serviceWorker()).evaluate(
        (list) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ disabledSites: list }),
        on ? [] : [NEWS_HOST],
      );
      return;
    } catch (e) {
      worker = undefined;
      if (attempt >= 5) throw e;
      await sleep(200);
    }
  }
}

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: CATEGORIES } });
  return async () => {
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

const cost = (events: TraceEvent[]) => windowCost(events, { urlPrefix: `http://${NEWS_HOST}/`, extensionOrigin });

interface Opened {
  page: Page;
  cdp: CDPSession;
  /** The content script's start-up (site off) in the page's load, when traced. */
  startup: WindowCost | null;
  /** Resolves when the scan is done (a watcher in an isolated world of the benchmark's own: page scripts are off). */
  scanDone: () => Promise<unknown>;
}

/** A fresh tab on the page, the site off, loaded and quiet; the load traced when asked. */
async function openPage(entry: ManifestEntry, traceLoad: boolean, profileLoad = false): Promise<Opened> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setViewport({ width: 1200, height: 900 });
  page.on('dialog', (d) => void d.dismiss().catch(() => {}));
  const cdp = await page.createCDPSession();
  // The content script is in when its isolated world appears: watched on a session of its own, detached after.
  const watch = await page.createCDPSession();
  const injected = new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`${entry.name}: the content script was not injected`)), TIMEOUT_MS);
    watch.on('Runtime.executionContextCreated', (e) => {
      if (e.context.origin !== extensionOrigin) return;
      clearTimeout(timer);
      done();
    });
  });
  await watch.send('Runtime.enable');
  const stop = traceLoad ? await startTrace(cdp) : null;
  if (profileLoad) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`http://${NEWS_HOST}/${entry.path}`, { waitUntil: 'load', timeout: TIMEOUT_MS });
  await injected;
  await watch.detach();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await sleep(PRE_SETTLE_MS);
  const startup = stop ? cost(await stop()) : null;
  if (profileLoad) printProfile(`${entry.name}, start-up (site off)`, (await cdp.send('Profiler.stop')).profile);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'page-cost-bench' });
  const watcher = `new Promise((resolve) => {
    const html = document.documentElement;
    const done = () => html.getAttribute(${JSON.stringify(SCAN_ATTRIBUTE)}) === 'done';
    if (done()) return resolve(true);
    new MutationObserver((_, observer) => { if (done()) { observer.disconnect(); resolve(true); } })
      .observe(html, { attributes: true, attributeFilter: [${JSON.stringify(SCAN_ATTRIBUTE)}] });
  })`;
  const scanDone = () =>
    Promise.race([
      cdp.send('Runtime.evaluate', { expression: watcher, contextId: executionContextId, awaitPromise: true }),
      sleep(TIMEOUT_MS).then(() => Promise.reject(new Error(`${entry.name}: no scan done after ${TIMEOUT_MS} ms`))),
    ]);
  return { page, cdp, startup, scanDone };
}

async function closePage(page: Page): Promise<void> {
  await setSiteOn(false).catch(() => {});
  await page.close().catch(() => {});
}

// ---------------------------------------------------------------------------------------------
// One run of one page

interface RunResult {
  windowMs: number;
  marks: number;
  /** The extension's tasks in the "on" window, summed, and the start-up's (site off) in the load. */
  scanCpu: number;
  startupCpu: number;
  /** All top-level tasks of the window, on and off (the baseline). */
  onBusyCpu: number;
  offBusyCpu: number;
  /** The extension's longest task (start-up included), by thread time, and its wall time; the baseline window's longest task. */
  longest: Task | null;
  longestWall: number;
  offLongestCpu: number;
  /** The extension's tasks in the "on" window by what ran in them (CPU ms). */
  activity: Partial<Record<Activity, number>>;
  startupActivity: Partial<Record<Activity, number>>;
  startupTasks: number;
}

const describeSum = (sum: Partial<Record<Activity, number>>) => Object.entries(sum).map(([k, v]) => `${k} ${ms(v)}`).join(', ');

function sumActivity(tasks: readonly Task[]): Partial<Record<Activity, number>> {
  const sum: Partial<Record<Activity, number>> = {};
  for (const t of tasks) for (const [k, v] of Object.entries(t.activity) as [Activity, number][]) sum[k] = (sum[k] ?? 0) + v;
  return sum;
}

async function measure(entry: ManifestEntry): Promise<RunResult> {
  // On.
  const on = await openPage(entry, true);
  let window: { cost: WindowCost; windowMs: number; marks: number };
  try {
    const done = on.scanDone();
    const stop = await startTrace(on.cdp);
    const t0 = Date.now();
    await setSiteOn(true);
    await done;
    await sleep(POST_SETTLE_MS);
    const windowMs = Date.now() - t0;
    const events = await stop();
    const marks = await on.page.evaluate(() => document.querySelectorAll('backstory-mark').length);
    window = { cost: cost(events), windowMs, marks };
  } finally {
    await closePage(on.page);
  }
  // Off: the same window length, nothing switched.
  const off = await openPage(entry, false);
  let baseline: WindowCost;
  try {
    const stop = await startTrace(off.cdp);
    await sleep(window.windowMs);
    baseline = cost(await stop());
  } finally {
    await off.page.close().catch(() => {});
  }
  const startupTasks = on.startup!.tasks.filter((t) => t.namesExtension);
  const ours = [...window.cost.tasks.filter((t) => t.ours), ...startupTasks];
  const longest = [...ours].sort((a, b) => b.cpu - a.cpu)[0] ?? null;
  return {
    windowMs: window.windowMs,
    marks: window.marks,
    scanCpu: window.cost.oursCpu,
    startupCpu: startupTasks.reduce((n, t) => n + t.cpu, 0),
    onBusyCpu: window.cost.busyCpu,
    offBusyCpu: baseline.busyCpu,
    longest,
    longestWall: Math.max(0, ...ours.map((t) => t.wall)),
    offLongestCpu: Math.max(0, ...baseline.tasks.map((t) => t.cpu)),
    activity: sumActivity(window.cost.tasks.filter((t) => t.ours)),
    startupActivity: sumActivity(startupTasks),
    startupTasks: startupTasks.length,
  };
}

// ---------------------------------------------------------------------------------------------
// V8 CPU profile of one "on" window (Profiler domain, no trace): where the content script's time goes

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

async function profile(entry: ManifestEntry): Promise<void> {
  const { page, cdp, scanDone } = await openPage(entry, false);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const done = scanDone();
    await cdp.send('Profiler.start');
    await setSiteOn(true);
    await done;
    await sleep(POST_SETTLE_MS);
    printProfile(entry.name, (await cdp.send('Profiler.stop')).profile);
  } finally {
    await closePage(page);
  }
}

async function profileStartup(entry: ManifestEntry): Promise<void> {
  const { page } = await openPage(entry, false, true);
  await closePage(page);
}

type CpuProfile = { nodes: object[]; samples?: number[]; timeDeltas?: number[] };

function printProfile(name: string, profile: CpuProfile): void {
  if (process.env.PROFILE_DUMP) writeFileSync(`${process.env.PROFILE_DUMP}/${name.replace(/\W+/g, '_')}.cpuprofile`, JSON.stringify(profile));
  {
    const nodes = new Map<number, ProfileNode>((profile.nodes as ProfileNode[]).map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
    const label = ({ callFrame: f }: ProfileNode) => {
      if (!f.url.startsWith(extensionOrigin)) return f.functionName || '(native)';
      const source = (contentScript[f.lineNumber] ?? '').slice(f.columnNumber, f.columnNumber + 60);
      return `${f.functionName || '(anonymous)'} ${f.url.slice(extensionOrigin.length + 1)}:${f.lineNumber}:${f.columnNumber} «${source}»`;
    };
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    let busy = 0;
    const samples = profile.samples ?? [];
    for (let i = 0; i < samples.length; i++) {
      const dt = (profile.timeDeltas?.[i + 1] ?? 0) / 1000;
      const leaf = nodes.get(samples[i]!)!;
      if (leaf.callFrame.functionName === '(idle)') continue;
      busy += dt;
      self.set(label(leaf), (self.get(label(leaf)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
        const n = nodes.get(id)!;
        if (!n.callFrame.url.startsWith(extensionOrigin) || seen.has(label(n))) continue;
        seen.add(label(n));
        total.set(label(n), (total.get(label(n)) ?? 0) + dt);
      }
    }
    const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `    ${v.toFixed(1).padStart(7)}  ${k}`);
    console.log(`\n### ${name}: ${ms(busy)} ms of samples not idle ("(program)" is Blink's own work: style, layout, paint, IPC)`);
    console.log(['  self (ms):', ...top(self, 12), "  total in the content script's functions (ms):", ...top(total, 16)].join('\n'));
  }
}

// ---------------------------------------------------------------------------------------------
// Main

const results = new Map<string, RunResult[]>();
const failures: string[] = [];
const started = Date.now();
try {
  await serviceWorker();
  await setSiteOn(false);
  // Warm-up (not counted): the service worker loads the 19k lexicon on its first detection.
  await measure(pages[0]!).catch((e) => console.warn(`warm-up: ${String(e)}`));
  if (PROFILE_STARTUP) {
    for (const entry of pages) await profileStartup(entry);
  } else if (PROFILE) {
    for (const entry of pages) await profile(entry);
  } else {
    for (let run = 1; run <= RUNS; run++) {
      for (const [i, entry] of pages.entries()) {
        try {
          const r = await measure(entry);
          results.set(entry.name, [...(results.get(entry.name) ?? []), r]);
          console.log(
            `run ${run}/${RUNS} ${String(i + 1).padStart(3)}/${pages.length} ${entry.name.padEnd(34)} marks ${String(r.marks).padStart(4)}, window ${String(r.windowMs).padStart(5)} ms, ` +
              `extension ${ms(r.startupCpu + r.scanCpu).padStart(6)} ms (start-up ${ms(r.startupCpu)}), on − off ${ms(r.onBusyCpu - r.offBusyCpu).padStart(6)}, ` +
              `longest ${ms(r.longest?.cpu ?? 0).padStart(5)} (${r.longest?.kind ?? '-'}; wall ${ms(r.longestWall)}), baseline ${ms(r.offBusyCpu)}; by activity: scan ${describeSum(r.activity)}; start-up ${describeSum(r.startupActivity)} in ${r.startupTasks} tasks`,
          );
        } catch (e) {
          failures.push(`run ${run} ${entry.name}: ${String(e)}`);
          console.warn(`run ${run} ${entry.name}: ${String(e)}`);
        }
      }
    }
    await report();
  }
} finally {
  await browser.close().catch(() => {});
  await proxy.close();
  rmSync(snapshot, { recursive: true, force: true });
}

async function report(): Promise<void> {
  const summaries = [...results.entries()].map(([name, runs]) => {
    const m = (f: (r: RunResult) => number) => median(runs.map(f));
    const longestCpu = m((r) => r.longest?.cpu ?? 0);
    // The run whose longest task is the median one: what ran in it.
    const example = [...runs].sort((a, b) => Math.abs((a.longest?.cpu ?? 0) - longestCpu) - Math.abs((b.longest?.cpu ?? 0) - longestCpu))[0]!.longest;
    return {
      name,
      marks: m((r) => r.marks),
      windowMs: m((r) => r.windowMs),
      totalCpu: m((r) => r.startupCpu + r.scanCpu),
      startupCpu: m((r) => r.startupCpu),
      diffCpu: m((r) => r.onBusyCpu - r.offBusyCpu),
      offCpu: m((r) => r.offBusyCpu),
      longestCpu,
      longestWall: m((r) => r.longestWall),
      offLongestCpu: m((r) => r.offLongestCpu),
      example,
    };
  });
  type Summary = (typeof summaries)[number];
  const stat = (f: (s: Summary) => number) => {
    const xs = summaries.map(f);
    return `${ms(percentile(xs, 50))} | ${ms(percentile(xs, 95))} | ${ms(Math.max(...xs))}`;
  };
  const worst = (f: (s: Summary) => number) => [...summaries].sort((a, b) => f(b) - f(a))[0]!;
  const p95 = percentile(summaries.map((s) => s.totalCpu), 95);
  const overLong = summaries.filter((s) => s.longestCpu >= LONG_TASK_MS);
  const overLongWall = summaries.filter((s) => s.longestWall >= LONG_TASK_MS);
  console.log('');
  console.log(`## Main-thread cost per page — ${new Date().toISOString()}`);
  console.log(
    `${summaries.length} pages × ${RUNS} runs (${failures.length} failed) in ${((Date.now() - started) / 60000).toFixed(1)} min; ${cpus().length} × ${cpus()[0]?.model ?? '?'}; ` +
      `${await browser.version().catch(() => 'Chromium')}; index of ${lexiconEntities} entities.`,
  );
  console.log('');
  console.log('| per page, median of runs (ms, main-thread CPU) | p50 | p95 | max | worst page |');
  console.log('|---|---|---|---|---|');
  console.log(`| extension's main-thread time (its tasks + the style/layout/paint they cause; start-up included) | ${stat((s) => s.totalCpu)} | ${worst((s) => s.totalCpu).name} |`);
  console.log(`| … of which start-up (site off) | ${stat((s) => s.startupCpu)} | ${worst((s) => s.startupCpu).name} |`);
  console.log(`| check: whole window on − off (all tasks, start-up not included) | ${stat((s) => s.diffCpu)} | ${worst((s) => s.diffCpu).name} |`);
  console.log(`| extension's longest task, CPU | ${stat((s) => s.longestCpu)} | ${worst((s) => s.longestCpu).name} |`);
  console.log(`| extension's longest task, wall | ${stat((s) => s.longestWall)} | ${worst((s) => s.longestWall).name} |`);
  console.log(`| baseline: main-thread time of the same window, extension off | ${stat((s) => s.offCpu)} | ${worst((s) => s.offCpu).name} |`);
  console.log(`| baseline: longest task of that window | ${stat((s) => s.offLongestCpu)} | ${worst((s) => s.offLongestCpu).name} |`);
  console.log(`| window: switch on to scan done + ${POST_SETTLE_MS} ms | ${stat((s) => s.windowMs)} | ${worst((s) => s.windowMs).name} |`);
  console.log('');
  console.log(`Longest task < ${LONG_TASK_MS} ms on every page (CPU): ${overLong.length === 0 ? 'met' : `NOT met on ${overLong.length}: ${overLong.map((s) => `${s.name} ${ms(s.longestCpu)}`).join(', ')}`}`);
  console.log(`… by wall time: ${overLongWall.length === 0 ? 'met' : `NOT met on ${overLongWall.length}: ${overLongWall.map((s) => `${s.name} ${ms(s.longestWall)}`).join(', ')}`}`);
  console.log(`p95 main-thread time ≤ ${TIME_TARGET_MS} ms: ${p95 <= TIME_TARGET_MS ? 'met' : 'NOT met'} (${ms(p95)})`);
  console.log('');
  console.log('| page | marks | window | extension CPU | start-up | on − off | longest CPU | longest wall | what ran in the longest (CPU ms) | baseline CPU |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const s of [...summaries].sort((a, b) => b.totalCpu - a.totalCpu)) {
    console.log(
      `| ${s.name} | ${s.marks} | ${s.windowMs} | ${ms(s.totalCpu)} | ${ms(s.startupCpu)} | ${ms(s.diffCpu)} | ${ms(s.longestCpu)} | ${ms(s.longestWall)} | ` +
        `${s.example ? `${s.example.kind}: ${describeActivity(s.example.activity)}` : ''} | ${ms(s.offCpu)} |`,
    );
  }
  if (failures.length) console.log(`\nFailed runs:\n${failures.join('\n')}`);
  if (JSON_OUT) writeFileSync(resolve(JSON_OUT), JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results: Object.fromEntries(results), summaries }, null, 1));
}
