import { hashText } from '../text/hash';

/** One story of the corpus, whatever file format it came from. */
export interface Article {
  /** Deterministic id derived from the content (never from a file name). */
  id: string;
  title: string;
  /** Publisher or agency, e.g. "ANI", "Reuters"; null when unknown. */
  source: string | null;
  /** ISO date YYYY-MM-DD, or null. */
  published: string | null;
  /** Live address of the story, or null for bundled stories. */
  url: string | null;
  /** The place named in the dateline ("Washington"), or null. */
  datelinePlace: string | null;
  /** Body text, paragraphs separated by a blank line; the dateline stays in it. */
  text: string;
}

/** Where a problem was found in a corpus file. */
export interface CorpusError {
  file: string;
  line: number | null;
  message: string;
}

export interface ParseResult {
  articles: Article[];
  errors: CorpusError[];
}

/** Id from title and text, so renaming or moving a file keeps the id and the same story twice is one. */
export function storyId(title: string, text: string): string {
  return 's' + hashText(title, '\u0000', text);
}

export function makeArticle(fields: Omit<Article, 'id'>): Article {
  return { id: storyId(fields.title, fields.text), ...fields };
}
