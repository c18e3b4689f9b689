import type { Browser, Page, WebWorker } from 'puppeteer-core';

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

/**
 * Clicks the extension's toolbar button over `tab`, as a reader does: the popup opens and the
 * extension gets its activeTab grant on that tab (DevTools protocol, Extensions.triggerAction).
 */
export async function clickToolbarButton(browser: Browser, tab: Page, origin: string): Promise<void> {
  const cdp = await browser.target().createCDPSession();
  try {
    await tab.bringToFront();
    // The action runs on the tab target (the parent of the page target Puppeteer hands out).
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tabs = targetInfos.filter((t) => t.url === tab.url());
    if (tabs.length !== 1) throw new Error(`expected one tab at ${tab.url()}, found ${tabs.length}`);
    await cdp.send('Extensions.triggerAction', { id: new URL(origin).host, targetId: tabs[0]!.targetId });
  } finally {
    await cdp.detach();
  }
}
