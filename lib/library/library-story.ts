import type { Article } from '../corpus/article';
import { hashText } from '../text/hash';

/** A story of the reader's own library: an article plus where it came from. */
export interface LibraryStory extends Article {
  /** ISO time it was added. */
  addedAt: string;
  /** How it came in: a file import or "Save this page". */
  origin: 'import' | 'saved';
  /** The import (one per file or saved page) that wrote it: a story counts once its import is done. */
  importId: string;
  /** Same text, whatever its title or spacing: recognises a duplicate. */
  textKey: string;
  /** The URL reduced for comparison, or null. */
  urlKey: string | null;
}

/** Parameters that only track a visit, never change which story a URL is. */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ocid|cmpid|ref|smid)$/i;

/**
 * A URL as compared for duplicates: scheme and "www." ignored, no fragment, no tracking
 * parameters, no trailing slash. Null for a missing or unreadable URL.
 */
export function urlKey(url: string | null): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length > 0 ? '?' + new URLSearchParams(params).toString() : '';
  const path = u.pathname.replace(/\/+$/, '');
  return `${u.hostname.replace(/^www\./, '').toLowerCase()}${path}${query}`;
}

/** The text as compared for duplicates: case, spacing and punctuation left out. */
export function textKey(text: string): string {
  return hashText(text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
}

export function toLibraryStory(article: Article, importId: string, origin: LibraryStory['origin'], addedAt: string): LibraryStory {
  return { ...article, addedAt, origin, importId, textKey: textKey(article.text), urlKey: urlKey(article.url) };
}

/** What a duplicate check needs to know about the stories already kept. */
export interface KnownStories {
  hasUrl(key: string): boolean;
  hasText(key: string): boolean;
}

/**
 * Splits incoming stories into new ones and duplicates (same URL or same text as a story already
 * kept, or as an earlier story of the same batch).
 */
export function withoutDuplicates(stories: readonly LibraryStory[], known: KnownStories): { fresh: LibraryStory[]; duplicates: LibraryStory[] } {
  const urls = new Set<string>();
  const texts = new Set<string>();
  const fresh: LibraryStory[] = [];
  const duplicates: LibraryStory[] = [];
  for (const s of stories) {
    const dup = (s.urlKey !== null && (urls.has(s.urlKey) || known.hasUrl(s.urlKey))) || texts.has(s.textKey) || known.hasText(s.textKey);
    if (dup) {
      duplicates.push(s);
      continue;
    }
    if (s.urlKey !== null) urls.add(s.urlKey);
    texts.add(s.textKey);
    fresh.push(s);
  }
  return { fresh, duplicates };
}

/** One JSON line per story, in the format the corpus reader imports (see parse-jsonl). */
export function toJsonlLine(s: Pick<Article, 'id' | 'title' | 'text' | 'source' | 'published' | 'url'>): string {
  return JSON.stringify({ id: s.id, title: s.title, source: s.source, published: s.published, url: s.url, text: s.text });
}
