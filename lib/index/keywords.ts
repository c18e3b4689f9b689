import { FUNCTION_WORDS } from '../ner/cue-words';

/** Each story's most telling words, for relevance beyond shared names (topics: "tariffs", "broadband"). */
export interface KeywordIndex {
  /** Terms that are some story's keyword. */
  terms: string[];
  /** Inverse document frequency of each term over the whole corpus. */
  idf: number[];
  /** Per story: indices into `terms`, best first. */
  stories: number[][];
}

/** Keywords kept per story: enough to tell topics apart, small enough for the index budget. */
export const KEYWORDS_PER_STORY = 10;

const WORD = /[a-z][a-z'-]{2,}/g;
const SKIP = new Set([...FUNCTION_WORDS, 'said', 'says', 'also', 'would', 'could', 'year', 'years', 'new', 'one', 'two', 'told', 'just', 'like']);

/** Lower-case content words of a text and how often each occurs. */
export function contentTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  WORD.lastIndex = 0;
  const lower = text.toLowerCase();
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    const w = m[0].replace(/'s$/, '');
    if (SKIP.has(w) || w.length < 3) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

function idfOf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The best `k` terms of one text by tf-idf, given document frequencies. */
export function topTerms(counts: ReadonlyMap<string, number>, idf: (term: string) => number | undefined, k = KEYWORDS_PER_STORY): [string, number][] {
  const scored: [string, number][] = [];
  for (const [term, tf] of counts) {
    const w = idf(term);
    if (w !== undefined) scored.push([term, (1 + Math.log(tf)) * w]);
  }
  return scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k);
}

/**
 * Builds the keyword index: document frequencies over all stories, then each story's top terms
 * by tf-idf. Terms in a single story are left out (names of one story say nothing about topics).
 */
export function buildKeywordIndex(texts: readonly string[]): KeywordIndex {
  const perStory = texts.map(contentTerms);
  const df = new Map<string, number>();
  for (const counts of perStory) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = texts.length;
  const idf = (term: string) => {
    const d = df.get(term) ?? 0;
    return d >= 2 && d < n * 0.5 ? idfOf(n, d) : undefined;
  };
  const termIndex = new Map<string, number>();
  const terms: string[] = [];
  const idfs: number[] = [];
  const stories = perStory.map((counts) =>
    topTerms(counts, idf).map(([term]) => {
      let i = termIndex.get(term);
      if (i === undefined) {
        i = terms.length;
        termIndex.set(term, i);
        terms.push(term);
        idfs.push(Math.round(idf(term)! * 1000) / 1000);
      }
      return i;
    }),
  );
  return { terms, idf: idfs, stories };
}
