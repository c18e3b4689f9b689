import { foldName } from '../text/normalize';
import type { StoryMeta } from './compiled-index';
import { storyRef, type StoryRef } from './entity-card';

/** A story that matches a search, with a line of its text around the first match. */
export interface SearchHit {
  story: StoryRef;
  /** Where the words were found: the title weighs more than the text. */
  inTitle: boolean;
  excerpt: string;
  /** The matched words inside `excerpt`, for emphasis; null when they cannot be placed exactly. */
  highlight: { start: number; end: number } | null;
}

export const MAX_QUERY_WORDS = 8;
const EXCERPT_BEFORE = 60;
const EXCERPT_AFTER = 110;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The words of a query, folded (case and accents ignored), short noise dropped. */
export function queryWords(query: string): string[] {
  return foldName(query)
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length > 0)
    .slice(0, MAX_QUERY_WORDS);
}

/** Where `word` starts a word in `folded` (so "aus" finds "Austin" but not "Kraus"), or -1. */
function wordStart(folded: string, word: string, from = 0): number {
  for (let i = folded.indexOf(word, from); i !== -1; i = folded.indexOf(word, i + 1)) {
    if (i === 0 || !WORD_CHAR.test(folded[i - 1]!)) return i;
  }
  return -1;
}

function countStarts(folded: string, word: string, cap: number): number {
  let n = 0;
  for (let i = wordStart(folded, word); i !== -1 && n < cap; i = wordStart(folded, word, i + word.length)) n++;
  return n;
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function excerptAround(text: string, folded: string, at: number, length: number): Pick<SearchHit, 'excerpt' | 'highlight'> {
  let start = Math.max(0, at - EXCERPT_BEFORE);
  let end = Math.min(text.length, at + length + EXCERPT_AFTER);
  // Cut at spaces, not inside words.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (start > at) start = at;
  if (end < text.length) end = text.lastIndexOf(' ', end) > at + length ? text.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '…' : '';
  const before = collapseSpace(text.slice(start, at));
  const excerpt = `${prefix}${before}${collapseSpace(text.slice(at, end))}${end < text.length ? '…' : ''}`;
  // Folding kept the length (no ligature or accent changed it), so `at` is an offset into `text` too.
  const exact = folded.length === text.length;
  const from = prefix.length + before.length;
  return { excerpt, highlight: exact ? { start: from, end: from + length } : null };
}

/**
 * Finds the stories whose title or text contains every word of the query (each as the start of a
 * word, so results come as the reader types). Title matches rank first, then how often the words
 * occur, then the newest story. `foldedText(i)` gives story i's text through `foldName`.
 */
export function searchStories(
  stories: readonly StoryMeta[],
  textOf: (i: number) => string,
  foldedText: (i: number) => string,
  query: string,
  limit = 20,
): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const scored: { i: number; score: number; inTitle: boolean }[] = [];
  for (let i = 0; i < stories.length; i++) {
    const title = foldName(stories[i]!.title);
    const text = foldedText(i);
    let titleWords = 0;
    let score = 0;
    let all = true;
    for (const w of words) {
      const inTitle = wordStart(title, w) !== -1;
      const inText = countStarts(text, w, 20);
      if (!inTitle && inText === 0) {
        all = false;
        break;
      }
      if (inTitle) titleWords++;
      score += Math.log(1 + inText);
    }
    if (!all) continue;
    scored.push({ i, score: titleWords * 10 + score, inTitle: titleWords === words.length });
  }
  scored.sort((a, b) => b.score - a.score || (stories[b.i]!.published ?? '').localeCompare(stories[a.i]!.published ?? '') || a.i - b.i);
  return scored.slice(0, limit).map(({ i, inTitle }) => {
    const text = textOf(i);
    const folded = foldedText(i);
    const at = wordStart(folded, words[0]!);
    const around = at === -1 ? { excerpt: text.slice(0, EXCERPT_AFTER + EXCERPT_BEFORE).replace(/\s+/g, ' '), highlight: null } : excerptAround(text, folded, at, words[0]!.length);
    return { story: storyRef(stories[i]!), inTitle, ...around };
  });
}
