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

/** Calls `add` with each lower-case content word of a text, in text order. */
export function forEachContentTerm(text: string, add: (term: string) => void): void {
  WORD.lastIndex = 0;
  const lower = text.toLowerCase();
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    const w = m[0].endsWith("'s") ? m[0].slice(0, -2) : m[0];
    if (SKIP.has(w) || w.length < 3) continue;
    add(w);
  }
}

/** Lower-case content words of a text and how often each occurs. */
export function contentTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  forEachContentTerm(text, (w) => counts.set(w, (counts.get(w) ?? 0) + 1));
  return counts;
}

function idfOf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Orders scored terms best first: higher score, then the term itself (a total order). */
function better(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
}

/** The best `k` terms of one text by tf-idf, given document frequencies. */
export function topTerms(counts: ReadonlyMap<string, number>, idf: (term: string) => number | undefined, k = KEYWORDS_PER_STORY): [string, number][] {
  const scored: [string, number][] = [];
  for (const [term, tf] of counts) {
    const w = idf(term);
    if (w !== undefined) scored.push([term, (1 + Math.log(tf)) * w]);
  }
  return scored.sort(better).slice(0, k);
}

/**
 * Builds the keyword index: document frequencies over all stories, then each story's top terms
 * by tf-idf. Terms in a single story are left out (names of one story say nothing about topics).
 */
export function buildKeywordIndex(texts: readonly string[]): KeywordIndex {
  const table: string[] = [];
  const ids = new Map<string, number>();
  const stories = texts.map((text) => {
    const counts = new Map<number, number>();
    forEachContentTerm(text, (w) => {
      let id = ids.get(w);
      if (id === undefined) {
        id = table.length;
        ids.set(w, id);
        table.push(w);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    });
    return Int32Array.from([...counts].flat());
  });
  return keywordIndexFromCounts(stories, table);
}

/**
 * The keyword index from each story's term counts, as pairs [term, count, term, count, ...] with
 * terms numbered in `table`: what buildKeywordIndex computes, without reading the texts again.
 */
export function keywordIndexFromCounts(stories: readonly Int32Array[], table: readonly string[]): KeywordIndex {
  const df = new Int32Array(table.length);
  for (const counts of stories) for (let i = 0; i < counts.length; i += 2) df[counts[i]!]!++;
  const n = stories.length;
  // Each term's idf, computed once; NaN until asked, -1 for a term too rare or too common to count.
  const idfs = new Float64Array(table.length).fill(NaN);
  const idfOfTerm = (t: number): number => {
    let w = idfs[t]!;
    if (Number.isNaN(w)) {
      const d = df[t]!;
      w = idfs[t] = d >= 2 && d < n * 0.5 ? idfOf(n, d) : -1;
    }
    return w;
  };
  const termIndex = new Int32Array(table.length).fill(-1);
  const terms: string[] = [];
  const termIdf: number[] = [];
  const top: [string, number][] = [];
  const topIds: number[] = [];
  const keywords = stories.map((counts) => {
    // The best KEYWORDS_PER_STORY by the order topTerms sorts with, kept sorted as they come.
    top.length = 0;
    topIds.length = 0;
    for (let i = 0; i < counts.length; i += 2) {
      const t = counts[i]!;
      const w = idfOfTerm(t);
      if (w < 0) continue;
      const entry: [string, number] = [table[t]!, (1 + Math.log(counts[i + 1]!)) * w];
      if (top.length === KEYWORDS_PER_STORY && better(entry, top[top.length - 1]!) >= 0) continue;
      let at = top.length;
      while (at > 0 && better(entry, top[at - 1]!) < 0) at--;
      top.splice(at, 0, entry);
      topIds.splice(at, 0, t);
      if (top.length > KEYWORDS_PER_STORY) {
        top.pop();
        topIds.pop();
      }
    }
    return topIds.map((t) => {
      let i = termIndex[t]!;
      if (i < 0) {
        i = termIndex[t] = terms.length;
        terms.push(table[t]!);
        termIdf.push(Math.round(idfOfTerm(t) * 1000) / 1000);
      }
      return i;
    });
  });
  return { terms, idf: termIdf, stories: keywords };
}
