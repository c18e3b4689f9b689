import { browser } from 'wxt/browser';
import type { Mention } from '../lib/ner/detect-mentions';
import type { Register } from '../lib/ner/register';
import type { EntityCard } from '../lib/index/entity-card';
import type { RelatedStory, PageEntityCount } from '../lib/index/related-stories';
import type { StoryRef } from '../lib/index/entity-card';
import type { SearchHit } from '../lib/index/search-stories';

/** A page's most frequent content words and their counts. */
export type PageTerms = [string, number][];

/** A story as the reader page shows it. */
export interface FullStory extends StoryRef {
  text: string;
}

/** Requests to the background, by type: the request fields and what comes back. */
export interface BackgroundRequests {
  /** `register`: how the page's article reads, news copy, a brief text or a conversation (see lib/ner/register.ts). */
  detect: { request: { texts: string[]; register: Register }; response: Mention[][] };
  card: { request: { entity: string }; response: EntityCard | null };
  related: { request: { entities: PageEntityCount[]; excludeUrl: string | null; terms: PageTerms | null }; response: RelatedStory[] };
  story: { request: { id: string }; response: FullStory | null };
  search: { request: { query: string }; response: SearchHit[] };
  openStory: { request: { id: string }; response: true };
  /** From the popup only: keep this article in the reader's library and index it. */
  savePage: { request: { article: PageArticle }; response: SaveResult };
  /** From the library page only: the library changed, read it again. */
  libraryChanged: { request: Record<string, never>; response: true };
}

/** The article of a tab, as "Save this page" extracts it (Readability). */
export interface PageArticle {
  title: string;
  text: string;
  source: string | null;
  published: string | null;
  url: string | null;
}

export interface SaveResult {
  status: 'saved' | 'duplicate' | 'failed';
  message: string;
}

/** A saved article larger than this is no news story (and would bloat the library). */
export const MAX_SAVED_TEXT = 2_000_000;

/** Requests only the extension's own pages may send (never a content script). */
export const PAGE_ONLY_REQUESTS: readonly BackgroundRequestType[] = ['savePage', 'libraryChanged'];

export type BackgroundRequestType = keyof BackgroundRequests;
export type BackgroundMessage = { [K in BackgroundRequestType]: { type: K } & BackgroundRequests[K]['request'] }[BackgroundRequestType];

/** What a tab's content script reports to the popup. */
export interface PageEntity {
  id: string | null;
  kind: 'person' | 'place';
  name: string;
  count: number;
}

export interface PageReport {
  /** The page's host name and address, as the content script sees them (no "tabs" permission needed). */
  host: string;
  url: string;
  enabled: boolean;
  scanned: boolean;
  entities: PageEntity[];
  /** False when the page has no article to tell apart (a home page, a list): highlights then avoid only its menus and footers. */
  hasArticle: boolean;
  /** The page's frequent content words, for topic relevance. */
  terms: PageTerms;
}

export interface TabRequests {
  pageReport: { request: Record<string, never>; response: PageReport };
  revealEntity: { request: { entity: string | null; name: string }; response: boolean };
}
export type TabRequestType = keyof TabRequests;
export type TabMessage = { [K in TabRequestType]: { type: K } & TabRequests[K]['request'] }[TabRequestType];

export function askBackground<K extends BackgroundRequestType>(
  type: K,
  request: BackgroundRequests[K]['request'],
): Promise<BackgroundRequests[K]['response']> {
  return browser.runtime.sendMessage({ type, ...request }) as Promise<BackgroundRequests[K]['response']>;
}

export function askTab<K extends TabRequestType>(tabId: number, type: K, request: TabRequests[K]['request']): Promise<TabRequests[K]['response']> {
  return browser.tabs.sendMessage(tabId, { type, ...request }) as Promise<TabRequests[K]['response']>;
}

/** Longer queries are not searches a reader types. */
export const MAX_QUERY_LENGTH = 200;

/** Content words a page reports: its most frequent ones are enough to tell its topic. */
export const MAX_PAGE_TERMS = 300;

const TAB_TYPES: readonly TabRequestType[] = ['pageReport', 'revealEntity'];

const REGISTERS: readonly Register[] = ['news', 'brief', 'conversation'];

/** Checks a message's shape before any handler sees it; anything else is ignored. */
export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'detect':
      return Array.isArray(m.texts) && m.texts.length <= 2000 && m.texts.every((t) => typeof t === 'string') && REGISTERS.includes(m.register as Register);
    case 'card':
      return typeof m.entity === 'string';
    case 'related':
      return (
        Array.isArray(m.entities) &&
        m.entities.every((e) => typeof e?.id === 'string' && typeof e?.count === 'number') &&
        (m.excludeUrl === null || typeof m.excludeUrl === 'string') &&
        (m.terms === null || (Array.isArray(m.terms) && m.terms.length <= MAX_PAGE_TERMS && m.terms.every((t) => Array.isArray(t) && typeof t[0] === 'string' && typeof t[1] === 'number')))
      );
    case 'story':
    case 'openStory':
      return typeof m.id === 'string';
    case 'search':
      return typeof m.query === 'string' && m.query.length <= MAX_QUERY_LENGTH;
    case 'savePage':
      return isPageArticle(m.article);
    case 'libraryChanged':
      return true;
    default:
      return false;
  }
}

export function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (!TAB_TYPES.includes(m.type as TabRequestType)) return false;
  if (m.type === 'revealEntity') return (m.entity === null || typeof m.entity === 'string') && typeof m.name === 'string';
  return true;
}

function isPageArticle(value: unknown): value is PageArticle {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  const optional = (v: unknown) => v === null || (typeof v === 'string' && v.length <= 2000);
  return typeof a.title === 'string' && a.title.length <= 2000 && typeof a.text === 'string' && a.text.length <= MAX_SAVED_TEXT && optional(a.source) && optional(a.published) && optional(a.url);
}

/** Whether the sender is one of the extension's own pages (popup, library page), not a content script in a web page. */
export function isExtensionPage(sender: { id?: string; url?: string }): boolean {
  return isOwnSender(sender) && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/**
 * Whether the background answers this message from this sender: only the extension's own pages
 * and content scripts, with a well-formed message; writing to the library only from its pages.
 */
export function mayAnswer(message: unknown, sender: { id?: string; url?: string }): message is BackgroundMessage {
  if (!isOwnSender(sender) || !isBackgroundMessage(message)) return false;
  return !PAGE_ONLY_REQUESTS.includes(message.type) || isExtensionPage(sender);
}

/** Only this extension's own pages and content scripts may talk to the background. */
export function isOwnSender(sender: { id?: string }): boolean {
  return sender.id === browser.runtime.id;
}
