import { parse, type HTMLElement } from 'node-html-parser';
import { makeArticle, type ParseResult } from './article';
import { parseNewsDate } from './dates';
import { findDateline } from './dateline';

function meta(root: HTMLElement, ...names: string[]): string | null {
  for (const name of names) {
    const el = root.querySelector(`meta[property="${name}"]`) ?? root.querySelector(`meta[name="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

const BLOCKS = 'p, h2, h3, li, blockquote';

/** The text of an element's paragraphs, one string each, whitespace collapsed. */
export function paragraphsOf(container: HTMLElement): string[] {
  return (
    container
      .querySelectorAll(BLOCKS)
      // A block holding other blocks (<blockquote><p>, <li><p>) is read through them, once.
      .filter((el) => el.querySelector(BLOCKS) === null)
      .map((p) => p.textContent.replace(/\s+/g, ' ').trim())
      .filter((t) => t.length > 0)
  );
}

/**
 * Reads a saved HTML article: title from og:title, <h1> or <title>; source from og:site_name;
 * date from article:published_time or <time datetime>; text from the paragraphs of <article>,
 * else <main>, else <body>.
 */
export function parseHtmlArticle(content: string, file: string): ParseResult {
  const root = parse(content, { blockTextElements: { script: false, style: false, noscript: false } });
  for (const el of root.querySelectorAll('nav, header, footer, aside, figure, form')) el.remove();
  const container = root.querySelector('article') ?? root.querySelector('main') ?? root.querySelector('body') ?? root;
  const text = paragraphsOf(container).join('\n\n');
  const title =
    meta(root, 'og:title', 'twitter:title') ??
    root.querySelector('h1')?.textContent.trim() ??
    root.querySelector('title')?.textContent.trim() ??
    '';
  if (!text) return { articles: [], errors: [{ file, line: null, message: 'no article text found in the HTML' }] };
  const dateRaw =
    meta(root, 'article:published_time', 'date', 'pubdate', 'dc.date') ?? root.querySelector('time')?.getAttribute('datetime') ?? null;
  const dateline = findDateline(text);
  return {
    articles: [
      makeArticle({
        title: title || text.slice(0, 80),
        source: meta(root, 'og:site_name', 'application-name'),
        published: dateRaw ? parseNewsDate(dateRaw) : null,
        url: meta(root, 'og:url') ?? root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
        datelinePlace: dateline ? dateline.place : null,
        text,
      }),
    ],
    errors: [],
  };
}
