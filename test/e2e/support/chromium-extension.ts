import type { Browser, WebWorker } from 'puppeteer-core';

/** The extension's service worker (waits for it; Chromium may have stopped and restarted it). */
export async function extensionWorker(browser: Browser): Promise<{ worker: WebWorker; origin: string }> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  const worker = await target.worker();
  if (!worker) throw new Error('the extension service worker has no worker handle');
  return { worker, origin: /^chrome-extension:\/\/[^/]+/.exec(target.url())![0] };
}

/**
 * Writes the extension's storage.local as the settings page would, through a worker handle the
 * caller keeps (a second handle on the same worker leaves the first one detached).
 */
export async function setExtensionStorage(worker: WebWorker, values: Record<string, unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await worker.evaluate(
        (v) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(v),
        values,
      );
      return;
    } catch (e) {
      if (attempt >= 5) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
