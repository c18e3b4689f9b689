import { FUNCTION_WORDS } from '../ner/cue-words';
import { CARRY, codesToString, DIGIT_OF, pushVarint, TERMINAL } from './number-codec';

/**
 * Each story's most telling words, for relevance beyond shared names (topics: "tariffs", "broadband").
 * Stored term by term: for each term, the stories that keep it among their keywords, as one string
 * (see encodePostings): 100 keywords a story cost 1.5 times what 10 did as JSON number lists.
 */
export interface KeywordIndex {
  /** Terms (light stems, see termOf) that are some story's keyword. */
  terms: string[];
  /** Per term: how many stories of the whole corpus have it (its document frequency, for idf). */
  df: number[];
  /** Per term: the stories that keep it as a keyword, ascending, with their counts (encodePostings). */
  postings: string[];
}

/**
 * Keywords kept per story, the best by tf-idf. Measured (docs/BENCHMARKS.md, Queries): relatedness
 * keeps improving up to about 100 on both indexes measured, then flattens; every word is worse (long
 * stories win), so the cut is also what bounds a story's length.
 */
export const KEYWORDS_PER_STORY = 100;

/** Counts stored per posting are capped here (a story's tf saturates in BM25 anyway). */
export const MAX_STORED_COUNT = 3;

const WORD = /[a-z][a-z'-]{2,}/g;
const SKIP = new Set([...FUNCTION_WORDS, 'said', 'says', 'also', 'would', 'could', 'year', 'years', 'new', 'one', 'two', 'told', 'just', 'like']);
/** Words ending in s that are no plurals of a shorter word (or would become a skipped one). */
const NOT_PLURAL = new Set(['news', 'series', 'species', 'always', 'perhaps', 'whereas', 'towards', 'afterwards']);

/** Calls `add` with each lower-case content word of a text, in text order, as written. */
export function forEachContentWord(text: string, add: (word: string) => void): void {
  WORD.lastIndex = 0;
  const lower = text.toLowerCase();
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    const w = m[0].endsWith("'s") ? m[0].slice(0, -2) : m[0];
    if (SKIP.has(w) || w.length < 3) continue;
    add(w);
  }
}

/**
 * The index term of a content word: a light plural stem, so "tariffs" meets "tariff" and
 * "companies" meets "company" ("taxes" -> "tax", "prices" -> "price"; not "news", "business",
 * "status", "crisis"). Null for a word that is a skipped one once singular ("years").
 * Terms are the index's own: the popup shows the page's words, never a stem.
 */
export function termOf(word: string): string | null {
  if (word.length < 4 || !word.endsWith('s') || NOT_PLURAL.has(word)) return word;
  let stem: string;
  if (word.endsWith('ies') && word.length > 4 && !/[ae]ies$/.test(word)) stem = `${word.slice(0, -3)}y`;
  else if (/(?:ss|us|is|'s)$/.test(word)) return word;
  else if (/(?:ss|sh|ch|x|z)es$/.test(word)) stem = word.slice(0, -2);
  else stem = word.slice(0, -1);
  return SKIP.has(stem) || stem.length < 3 ? null : stem;
}

/** Calls `add` with each content term of a text (termOf each content word), in text order. */
export function forEachContentTerm(text: string, add: (term: string) => void): void {
  forEachContentWord(text, (w) => {
    const t = termOf(w);
    if (t !== null) add(t);
  });
}

/** Lower-case content words of a text, as written, and how often each occurs (what a page sends). */
export function contentTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  forEachContentWord(text, (w) => counts.set(w, (counts.get(w) ?? 0) + 1));
  return counts;
}

/** BM25's inverse document frequency of a term in `df` of `n` stories. */
export function idfOf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * Postings as text: for each story in ascending order, v = (gap to the previous story - 1) *
 * MAX_STORED_COUNT + (count - 1), written as a varint (number-codec.ts). A story per 1-2
 * characters for common terms, 3 for rare ones. Counts are capped at MAX_STORED_COUNT.
 */
export function encodePostings(stories: ArrayLike<number>, counts: ArrayLike<number>): string {
  const codes: number[] = [];
  let prev = -1;
  for (let i = 0; i < stories.length; i++) {
    const s = stories[i]!;
    const v = (s - prev - 1) * MAX_STORED_COUNT + (Math.min(MAX_STORED_COUNT, Math.max(1, counts[i]!)) - 1);
    prev = s;
    pushVarint(codes, v);
  }
  return codesToString(codes);
}

/** Decoded postings of one term: story indices ascending, and each story's count (1..MAX_STORED_COUNT). */
export interface Postings {
  stories: Int32Array;
  counts: Uint8Array;
}

export function decodePostings(text: string): Postings {
  let n = 0;
  for (let i = 0; i < text.length; i++) if ((DIGIT_OF[text.charCodeAt(i)] ?? -1) < TERMINAL) n++;
  const stories = new Int32Array(n);
  const counts = new Uint8Array(n);
  let prev = -1;
  let v = 0;
  let scale = 1;
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const d = DIGIT_OF[text.charCodeAt(i)] ?? -1;
    if (d < 0) throw new Error(`bad keyword postings character ${JSON.stringify(text[i])}`);
    if (d >= TERMINAL) {
      v += (d - TERMINAL) * scale;
      scale *= CARRY;
      continue;
    }
    v += d * scale;
    prev += Math.floor(v / MAX_STORED_COUNT) + 1;
    stories[k] = prev;
    counts[k++] = (v % MAX_STORED_COUNT) + 1;
    v = 0;
    scale = 1;
  }
  return { stories, counts };
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
 * A story's keywords are its KEYWORDS_PER_STORY best terms by (1 + log tf) * idf, ties by the term;
 * terms in one story only or in half the stories or more are none. Output depends only on the
 * stories' counts and order (terms numbered by first use), so an incremental compile matches.
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
  // Ties in score go by the term: each counting term's place in alphabetical order, found once.
  let alpha: Int32Array | null = null;
  const alphabetical = (): Int32Array => {
    const counting: number[] = [];
    for (let t = 0; t < table.length; t++) if (idfOfTerm(t) >= 0) counting.push(t);
    counting.sort((a, b) => (table[a]! < table[b]! ? -1 : table[a]! > table[b]! ? 1 : a - b));
    const rank = new Int32Array(table.length);
    counting.forEach((t, i) => (rank[t] = i));
    return rank;
  };
  const score = new Float64Array(table.length);
  const count = new Int32Array(table.length);
  const cand: number[] = [];
  const tied: number[] = [];
  let candScores = new Float64Array(256);
  // Every story's keywords, end to end: term (table number), story, count.
  let kept = new Int32Array(3 * 1024);
  let keptLength = 0;
  const keep = (t: number, s: number) => {
    if (keptLength + 3 > kept.length) {
      const grown = new Int32Array(kept.length * 2);
      grown.set(kept);
      kept = grown;
    }
    kept[keptLength++] = t;
    kept[keptLength++] = s;
    kept[keptLength++] = count[t]!;
  };
  stories.forEach((counts, s) => {
    cand.length = 0;
    for (let i = 0; i < counts.length; i += 2) {
      const t = counts[i]!;
      const w = idfOfTerm(t);
      if (w < 0) continue;
      score[t] = (1 + Math.log(counts[i + 1]!)) * w;
      count[t] = counts[i + 1]!;
      cand.push(t);
    }
    if (cand.length <= KEYWORDS_PER_STORY) {
      for (const t of cand) keep(t, s);
      return;
    }
    // The KEYWORDS_PER_STORY best: all above the score of the last one kept, then those tied with
    // it, alphabetically, as many as there is room for.
    if (candScores.length < cand.length) candScores = new Float64Array(cand.length * 2);
    const sorted = candScores.subarray(0, cand.length);
    cand.forEach((t, i) => (sorted[i] = score[t]!));
    sorted.sort();
    const threshold = sorted[cand.length - KEYWORDS_PER_STORY]!;
    let room = KEYWORDS_PER_STORY;
    tied.length = 0;
    for (const t of cand) {
      if (score[t]! > threshold) {
        keep(t, s);
        room--;
      } else if (score[t] === threshold) tied.push(t);
    }
    if (tied.length > room) {
      const rank = (alpha ??= alphabetical());
      tied.sort((a, b) => rank[a]! - rank[b]!);
    }
    for (let i = 0; i < room; i++) keep(tied[i]!, s);
  });
  // Term by term: numbered by first use (story order, then each story's counts order), each with
  // its stories ascending.
  const termIndex = new Int32Array(table.length).fill(-1);
  const terms: string[] = [];
  const termDf: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < keptLength; i += 3) {
    const t = kept[i]!;
    if (termIndex[t]! < 0) {
      termIndex[t] = terms.length;
      terms.push(table[t]!);
      termDf.push(df[t]!);
      sizes.push(0);
    }
    sizes[termIndex[t]!]!++;
  }
  const start = new Int32Array(terms.length + 1);
  for (let i = 0; i < terms.length; i++) start[i + 1] = start[i]! + sizes[i]!;
  const fill = start.slice(0, terms.length);
  const postingStories = new Int32Array(keptLength / 3);
  const postingCounts = new Int32Array(keptLength / 3);
  for (let i = 0; i < keptLength; i += 3) {
    const at = fill[termIndex[kept[i]!]!]!++;
    postingStories[at] = kept[i + 1]!;
    postingCounts[at] = kept[i + 2]!;
  }
  const postings = terms.map((_, i) => encodePostings(postingStories.subarray(start[i]!, start[i + 1]!), postingCounts.subarray(start[i]!, start[i + 1]!)));
  return { terms, df: termDf, postings };
}
