import { Readability } from '@mozilla/readability';
import type { PageArticle } from '../browser/messages';
import { parseNewsDate } from '../lib/corpus/dates';
import { MARK_TAG } from './highlight';

const BLOCKS = 'p, h2, h3, h4, li, blockquote, pre';

/**
 * The tab's article for "Save this page to my library", by Mozilla Readability, run on a copy of the
 * document (Readability changes the tree it reads) with Backstory's own elements taken out.
 * Paragraphs are kept apart, as the corpus reader keeps them. Null when the page has no article.
 */
export function extractArticle(doc: Document, url: string): PageArticle | null {
  const copy = doc.cloneNode(true) as Document;
  for (const own of copy.querySelectorAll('[data-backstory-ui]')) own.remove();
  for (const mark of copy.querySelectorAll(MARK_TAG)) mark.replaceWith(...mark.childNodes);
  const parsed = new Readability(copy).parse();
  if (!parsed?.content) return null;
  // Readability's output is parsed into an inert document, never inserted into the page.
  const body = new DOMParser().parseFromString(parsed.content, 'text/html').body;
  const paragraphs = [...body.querySelectorAll(BLOCKS)]
    .filter((el) => el.querySelector(BLOCKS) === null)
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0);
  const text = paragraphs.length > 0 ? paragraphs.join('\n\n') : (parsed.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  let host: string | null = null;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    host = null;
  }
  return {
    title: (parsed.title ?? doc.title ?? '').trim() || text.slice(0, 80),
    text,
    source: parsed.siteName?.trim() || host,
    published: parsed.publishedTime ? parseNewsDate(parsed.publishedTime) : null,
    url: /^https?:/.test(url) ? url : null,
  };
}
