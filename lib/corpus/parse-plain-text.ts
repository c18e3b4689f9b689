import { makeArticle, type ParseResult } from './article';
import { parseNewsDate } from './dates';
import { findDateline } from './dateline';

/** "ANI | Updated: Mar 15, 2021 10:53 IST", "Reuters | March 3, 2021", "By Jane Doe, BBC | 2021-03-15" */
const SOURCE_LINE = /^\s*([^|\n]{1,60}?)\s*\|\s*(?:(?:Updated|Published|Posted|Last updated)\s*:?\s*)?(.{6,60})$/i;

/**
 * Reads a plain-text article as news sites' "copy text" gives it: optional image-caption lines,
 * the title, a "SOURCE | Updated: DATE" line, then the body, which may open with a dateline.
 * Without a source line, the first line is the title and the rest the body.
 */
export function parsePlainTextArticle(content: string, file: string): ParseResult {
  const lines = content.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').split('\n');
  let sourceLine = -1;
  let source: string | null = null;
  let published: string | null = null;
  for (let i = 0; i < Math.min(lines.length, 30); i++) {
    const m = SOURCE_LINE.exec(lines[i]!);
    const date = m ? parseNewsDate(m[2]!) : null;
    if (m && date) {
      sourceLine = i;
      source = m[1]!.replace(/^By\s+/i, '').trim();
      published = date;
      break;
    }
  }
  let titleLine = -1;
  if (sourceLine > 0) {
    for (let i = sourceLine - 1; i >= 0; i--) {
      if (lines[i]!.trim()) {
        titleLine = i;
        break;
      }
    }
  } else {
    titleLine = lines.findIndex((l) => l.trim() !== '');
  }
  if (titleLine < 0) {
    return { articles: [], errors: [{ file, line: null, message: 'no title: the file is empty' }] };
  }
  const bodyFrom = Math.max(sourceLine, titleLine) + 1;
  const body = lines
    .slice(bodyFrom)
    .join('\n')
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
  if (!body) {
    return { articles: [], errors: [{ file, line: titleLine + 1, message: 'the article has a title but no body' }] };
  }
  const dateline = findDateline(body);
  const article = makeArticle({
    title: lines[titleLine]!.trim(),
    source,
    published,
    url: null,
    datelinePlace: dateline ? dateline.place : null,
    text: body,
  });
  return { articles: [article], errors: [] };
}
