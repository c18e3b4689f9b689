import { makeArticle, type ParseResult } from './article';
import { parseNewsDate } from './dates';
import { findDateline } from './dateline';

/** Drops Markdown markup that is not text: emphasis, links (keeps their text), images, headings' #. */
function markdownToText(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(\S.*?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1');
}

/**
 * Reads Markdown with optional YAML-style front matter (title, source, date/published, url).
 * Without a title field, the first "# " heading is the title.
 */
export function parseMarkdownArticle(content: string, file: string): ParseResult {
  let body = content.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const meta: Record<string, string> = {};
  const front = /^---\n([\s\S]*?)\n---\n?/.exec(body);
  if (front) {
    for (const line of front[1]!.split('\n')) {
      const m = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
      if (m) meta[m[1]!.toLowerCase()] = m[2]!.trim().replace(/^["']|["']$/g, '');
    }
    body = body.slice(front[0].length);
  }
  let title = meta.title ?? '';
  if (!title) {
    const heading = /^#\s+(.+)$/m.exec(body);
    if (heading) {
      title = heading[1]!.trim();
      body = body.replace(heading[0], '');
    }
  }
  const text = markdownToText(body)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  if (!title) title = text.split('\n')[0]?.slice(0, 80) ?? '';
  if (!text) return { articles: [], errors: [{ file, line: null, message: 'no article text' }] };
  const dateRaw = meta.published ?? meta.date;
  const dateline = findDateline(text);
  return {
    articles: [
      makeArticle({
        title,
        source: meta.source ?? meta.publisher ?? null,
        published: dateRaw ? parseNewsDate(dateRaw) : null,
        url: meta.url ?? null,
        datelinePlace: dateline ? dateline.place : null,
        text,
      }),
    ],
    errors: [],
  };
}
