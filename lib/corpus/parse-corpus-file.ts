import type { ParseResult } from './article';
import { parseFeed } from './parse-feed';
import { parseHtmlArticle } from './parse-html';
import { parseJsonl } from './parse-jsonl';
import { parseMarkdownArticle } from './parse-markdown';
import { parsePlainTextArticle } from './parse-plain-text';

/** File name endings the corpus reader accepts. */
export const CORPUS_EXTENSIONS = ['.txt', '.jsonl', '.md', '.markdown', '.html', '.htm', '.rss', '.atom', '.xml'] as const;

export function isCorpusFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return CORPUS_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Parses one corpus file by its name's ending; `file` is only used in error messages. */
export function parseCorpusFile(file: string, content: string): ParseResult {
  if (content.includes('\u0000')) {
    return { articles: [], errors: [{ file, line: null, message: 'binary file (contains NUL bytes), not an article' }] };
  }
  const lower = file.toLowerCase();
  if (lower.endsWith('.jsonl')) return parseJsonl(content, file);
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return parseMarkdownArticle(content, file);
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return parseHtmlArticle(content, file);
  if (lower.endsWith('.txt')) return parsePlainTextArticle(content, file);
  if (lower.endsWith('.rss') || lower.endsWith('.atom') || lower.endsWith('.xml')) return parseFeed(content, file);
  return { articles: [], errors: [{ file, line: null, message: `unsupported file type (accepted: ${CORPUS_EXTENSIONS.join(', ')})` }] };
}
