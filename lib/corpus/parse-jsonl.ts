import { makeArticle, type Article, type CorpusError, type ParseResult } from './article';
import { parseNewsDate } from './dates';
import { findDateline } from './dateline';

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Reads JSON Lines, one article a line: {"title","text","source"?,"published"?,"url"?}.
 * A bad line is reported with its number and skipped; the other lines still count.
 */
export function parseJsonl(content: string, file: string): ParseResult {
  return parseJsonlLines(content.split('\n'), file);
}

/** The same, from the file's lines (without their "\n"), in order. */
export function parseJsonlLines(lines: Iterable<string>, file: string): ParseResult {
  const articles: Article[] = [];
  const errors: CorpusError[] = [];
  let i = -1;
  for (const line of lines) {
    i++;
    const raw = line.trim();
    if (!raw) continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      errors.push({ file, line: i + 1, message: `not valid JSON (${(e as Error).message})` });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push({ file, line: i + 1, message: 'expected a JSON object with "title" and "text"' });
      continue;
    }
    const record = value as Record<string, unknown>;
    const text = optionalString(record.text);
    if (!text) {
      errors.push({ file, line: i + 1, message: 'missing "text"' });
      continue;
    }
    const title = optionalString(record.title) ?? text.slice(0, 80);
    const publishedRaw = optionalString(record.published) ?? optionalString(record.date);
    const dateline = findDateline(text);
    articles.push(
      makeArticle({
        title,
        source: optionalString(record.source),
        published: publishedRaw ? parseNewsDate(publishedRaw) : null,
        url: optionalString(record.url),
        datelinePlace: dateline ? dateline.place : null,
        text: text.replace(/\r\n?/g, '\n'),
      }),
    );
  }
  return { articles, errors };
}
