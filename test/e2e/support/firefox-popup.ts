import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';

/**
 * The real toolbar popup in Firefox (browserAction, MV2). Puppeteer does not see it: the popup is
 * a <browser> inside a panel of Firefox's own window, not a tab, so it is no WebDriver BiDi
 * navigable (browser.pages() and browsingContext.getTree leave it out). The test reaches it two ways:
 *  - through Firefox's own window (chrome://browser/content/browser.xhtml), evaluated with system
 *    privileges over BiDi ("moz:scope": "chrome", needs --remote-allow-system-access): to run the
 *    toolbar button's action as a click does (the popup opens over the selected tab, with the
 *    activeTab grant), check which tab is selected and that the panel is open, and take the
 *    popup's screenshot;
 *  - through the extension's own APIs, from an extension page open in a background tab:
 *    browser.extension.getViews({ type: 'popup' }) hands over its document.
 */

/** What the popup shows, read from its document. */
export interface PopupContents {
  url: string;
  /** The site switch's label ("On for news.backstory.test"): which tab the popup speaks for. */
  site: string;
  stories: string[];
  why: string[];
  /** `.bs-entities .bs-entity__name`: the people, then the places (both lists use .bs-entities). */
  names: string[];
}

/** Where the popup sits in Firefox's window once it is open. */
export interface PopupPanelInfo {
  panelId: string;
  panelState: string;
  viewId: string;
  popupUrl: string;
  width: number;
  height: number;
  selectedTabUrl: string;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** Just what the test calls on the extension page's `browser` global. */
interface ExtensionApi {
  extension: { getViews(filter: { type: 'popup' }): Window[] };
}
/** `globalThis` of an extension page. Page functions run in the browser: they cannot call helpers of this module. */
type ExtensionGlobal = typeof globalThis & { browser: ExtensionApi };

/** Puppeteer 24's BiDi connection; not in its public types, so checked here rather than trusted. */
export function bidiConnection(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (typeof connection?.send !== 'function') throw new Error('puppeteer-core no longer exposes its BiDi connection as Browser#connection');
  return connection;
}

/**
 * Runs `body` (the source of an async function body, with `return`) in Firefox's own browser
 * window, where `window`, `document`, `gBrowser` and `Services` are Firefox's. The result travels
 * as JSON.
 */
export async function evaluateInFirefoxWindow<T>(browser: Browser, body: string): Promise<T> {
  const connection = bidiConnection(browser);
  const { result: tree } = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })) as {
    result: { contexts: { context: string; url: string }[] };
  };
  const windows = tree.contexts.filter((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (windows.length !== 1) throw new Error(`expected one Firefox browser window, found ${windows.length}`);
  const { result } = (await connection.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (async () => { ${body} })()))()`,
    target: { context: windows[0]!.context },
    awaitPromise: true,
  })) as { result: EvaluateResult };
  if (result.type === 'exception') throw new Error(`in Firefox's window: ${result.exceptionDetails?.text}`);
  return JSON.parse(String(result.result?.value)) as T;
}

/** The popup's <browser> element, in Firefox's window; `${POPUP_BROWSER}` in evaluateInFirefoxWindow bodies. */
const POPUP_BROWSER = `document.querySelector('browser.webextension-popup-browser')`;

/**
 * Opens the real toolbar popup over `tab` as a click on the toolbar button does: `tab` becomes the
 * selected tab, then Firefox's window runs the button's action. Resolves once the popup's panel
 * is open and its page loaded.
 */
export async function openToolbarPopup(browser: Browser, tab: Page, timeoutMs = 10_000): Promise<PopupPanelInfo> {
  await tab.bringToFront();
  const selected = await evaluateInFirefoxWindow<string>(browser, 'return gBrowser.selectedBrowser.currentURI.spec;');
  if (selected !== tab.url()) throw new Error(`selected tab is ${selected}, expected ${tab.url()}`);
  // What a click on the toolbar button runs (ext-browserAction.js, triggerAction): the popup opens
  // and the extension gets its activeTab grant on the tab, which openPopup() does not give.
  await evaluateInFirefoxWindow<null>(
    browser,
    `const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
     const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
     const action = extension && ExtensionParent.apiManager.global.browserActionFor(extension);
     if (!action) throw new Error('no browser action for ${GECKO_ID}');
     await action.triggerAction(window);
     return null;`,
  );
  return evaluateInFirefoxWindow<PopupPanelInfo>(
    browser,
    `const deadline = Date.now() + ${timeoutMs};
     for (;;) {
       const popup = ${POPUP_BROWSER};
       const panel = popup?.closest('panel');
       if (popup && panel?.state === 'open' && popup.currentURI.spec.endsWith('/popup.html')
           && popup.browsingContext.currentWindowGlobal?.documentURI.spec === popup.currentURI.spec) {
         const { width, height } = popup.getBoundingClientRect();
         return { panelId: panel.id, panelState: panel.state, viewId: popup.closest('panelview')?.id ?? '', popupUrl: popup.currentURI.spec,
                  width, height, selectedTabUrl: gBrowser.selectedBrowser.currentURI.spec };
       }
       if (Date.now() > deadline) throw new Error('the toolbar popup did not open: panel ' + (panel?.state ?? 'missing'));
       await new Promise((r) => setTimeout(r, 50));
     }`,
  );
}

/** Waits until the open popup lists related stories and people, then reads it (from `extensionPage`). */
export async function readToolbarPopup(extensionPage: Page, timeoutMs = 10_000): Promise<PopupContents> {
  await extensionPage.waitForFunction(
    () => {
      const doc = (globalThis as ExtensionGlobal).browser.extension.getViews({ type: 'popup' })[0]?.document;
      return !!doc?.querySelector('.bs-stories a') && !!doc.querySelector('.bs-entities .bs-entity__name');
    },
    { timeout: timeoutMs, polling: 100 },
  );
  return extensionPage.evaluate(() => {
    const views = (globalThis as ExtensionGlobal).browser.extension.getViews({ type: 'popup' });
    if (views.length !== 1) throw new Error(`expected one popup, found ${views.length}`);
    const doc = views[0]!.document;
    const texts = (selector: string) => [...doc.querySelectorAll(selector)].map((el) => el.textContent?.trim() ?? '');
    return {
      url: doc.URL,
      site: doc.querySelector('.bs-switch span')?.textContent?.trim() ?? '',
      stories: texts('.bs-stories a'),
      why: texts('.bs-why'),
      names: texts('.bs-entities .bs-entity__name'),
    };
  });
}

/**
 * A PNG of the popup as it is drawn in its panel, once its size has settled (the panel grows to
 * fit the content after the popup's data arrives). BiDi's captureScreenshot refuses chrome-scope
 * contexts and the popup is no navigable, so this draws the popup's page itself, the way BiDi does
 * for a tab (WindowGlobalParent.drawSnapshot), from Firefox's window.
 */
export async function screenshotToolbarPopup(browser: Browser, path: string): Promise<{ width: number; height: number }> {
  const { png, width, height } = await evaluateInFirefoxWindow<{ png: string; width: number; height: number }>(
    browser,
    `const popup = ${POPUP_BROWSER};
     if (!popup) throw new Error('no toolbar popup is open');
     const size = () => { const r = popup.getBoundingClientRect(); return r.width + 'x' + r.height; };
     let last = '';
     for (let stable = 0, i = 0; stable < 3 && i < 100; i++) {
       await new Promise((r) => window.requestAnimationFrame(() => setTimeout(r, 30)));
       const now = size();
       stable = now === last ? stable + 1 : 0;
       last = now;
     }
     const bitmap = await popup.browsingContext.currentWindowGlobal.drawSnapshot(null, window.devicePixelRatio, 'rgb(255,255,255)');
     const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
     canvas.width = bitmap.width;
     canvas.height = bitmap.height;
     canvas.getContext('2d').drawImage(bitmap, 0, 0);
     bitmap.close();
     return { png: canvas.toDataURL('image/png'), width: canvas.width, height: canvas.height };`,
  );
  writeFileSync(path, Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64'));
  return { width, height };
}

/** Closes the popup (from `extensionPage`); resolves once Firefox has let it go. */
export async function closeToolbarPopup(extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(() => (globalThis as ExtensionGlobal).browser.extension.getViews({ type: 'popup' }).forEach((w) => w.close()));
  await extensionPage.waitForFunction(() => (globalThis as ExtensionGlobal).browser.extension.getViews({ type: 'popup' }).length === 0, { timeout: 5_000 });
}
