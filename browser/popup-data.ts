import { browser } from 'wxt/browser';
import { askBackground, askTab, type PageArticle, type PageEntity, type PageReport, type SaveResult } from './messages';
import { isSiteEnabled, setSiteEnabled } from './storage';
import type { RelatedStory } from '../lib/index/related-stories';

/** What the popup shows for the active tab. */
export interface PopupData {
  tabId: number | null;
  host: string | null;
  siteEnabled: boolean;
  /** null when the tab's page cannot be read (browser pages, store pages, not yet loaded). */
  report: PageReport | null;
  related: RelatedStory[];
}

export async function loadPopupData(): Promise<PopupData> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // The tab's address comes from our content script, so the extension needs no "tabs" permission.
  let report: PageReport | null = null;
  if (tab?.id !== undefined) {
    try {
      report = await askTab(tab.id, 'pageReport', {});
    } catch {
      report = null; // No content script here: a browser page, a store page, or not loaded yet.
    }
  }
  const host = report?.host || null;
  const siteEnabled = host ? await isSiteEnabled(host) : false;
  const known = (report?.entities ?? []).filter((e): e is PageEntity & { id: string } => e.id !== null);
  const related = known.length || report?.terms.length
    ? await askBackground('related', { entities: known.map((e) => ({ id: e.id, count: e.count })), excludeUrl: report?.url ?? null, terms: report?.terms ?? null })
    : [];
  return { tabId: tab?.id ?? null, host, siteEnabled, report, related };
}

export async function toggleSite(host: string, enabled: boolean): Promise<void> {
  await setSiteEnabled(host, enabled);
}

export function searchCorpus(query: string) {
  return askBackground('search', { query });
}

export async function openSettings(): Promise<void> {
  // Close only once the browser has the request: closing first can drop it.
  await browser.runtime.openOptionsPage();
  window.close();
}

export function openStory(id: string): void {
  void askBackground('openStory', { id });
}

export async function revealEntity(tabId: number, entity: PageEntity): Promise<boolean> {
  try {
    return await askTab(tabId, 'revealEntity', { entity: entity.id, name: entity.name });
  } catch {
    return false;
  }
}

/** The unlisted script that reads the tab's article (entrypoints/extract-article.ts). */
const EXTRACT_SCRIPT = '/extract-article.js';

/**
 * The tab's article by Mozilla Readability, from a script injected now under the activeTab grant of
 * the toolbar click that opened the popup, so Readability is not in the content script every page
 * loads. Both builds ask for `scripting` (Firefox has it in MV2 too).
 */
async function extractTabArticle(tabId: number): Promise<PageArticle | null> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
  return (injection?.result as PageArticle | null | undefined) ?? null;
}

/** "Save this page to my library": the tab's article by Readability, kept and indexed by the background. */
export async function savePage(tabId: number): Promise<SaveResult> {
  let article;
  try {
    article = await extractTabArticle(tabId);
  } catch (e) {
    // No grant (the popup was not opened by a click on the tab, or the tab moved on), or a page
    // of the browser itself, which no extension may read.
    console.warn('Backstory: cannot read the tab to save it', e);
    return { status: 'failed', message: 'Backstory cannot read this tab: click its toolbar button on the page you want to save, then try again (pages of the browser itself cannot be saved).' };
  }
  if (!article) return { status: 'failed', message: 'No article found on this page to save.' };
  try {
    return await askBackground('savePage', { article });
  } catch (e) {
    return { status: 'failed', message: `The story could not be saved: ${(e as Error).message}` };
  }
}
