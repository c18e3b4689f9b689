import type { CompiledIndex } from './compiled-index';
import { storyRef, type StoryRef } from './entity-card';
import { lookupsOf, type IndexLookups } from './index-lookups';
import { idfOf, MAX_STORED_COUNT, termOf } from './keywords';

export interface RelatedStory {
  story: StoryRef;
  score: number;
  /** The shared people and places that weigh most, best first. */
  shared: { id: string; name: string; kind: 'person' | 'place' }[];
  /** Shared topic words, best first, as the page writes them. */
  topics: string[];
  /** A few words on why it ranks here. */
  why: string;
}

export interface PageEntityCount {
  id: string;
  count: number;
}

export interface RelatedOptions {
  limit?: number;
  excludeUrl?: string | null;
  /** The page's content words and their counts, for topic relevance. */
  pageTerms?: ReadonlyMap<string, number> | null;
}

/** BM25's saturation constant, for a name's mentions in a story and a keyword's count there. */
const K1 = 1.2;

/**
 * The weight of the people-and-places part against the topic part. A name shared is counted twice
 * otherwise: it is an entity, and its words are also among the page's content words and the story's
 * keywords. Measured (docs/BENCHMARKS.md, Queries) at 1, 0.5 and 0.25: 0.5 is best on the 19k index
 * and within 0.002 of best on the BBC one.
 */
export const ENTITY_WEIGHT = 0.5;

interface PageTopic {
  t: number;
  /** The page's side of the term's weight: idf times a log-damped count. */
  weight: number;
  /** The page's own word for it (its most frequent spelling on the page). */
  word: string;
}

/**
 * Ranks corpus stories for a page by relevance: one BM25 sum over what the page and a story share,
 * with no length normalisation (a story is represented by its KEYWORDS_PER_STORY best words, which
 * already bounds long stories):
 * - each person and place shared: its inverse document frequency, times the page's log-damped count,
 *   times the saturated count in the story, times ENTITY_WEIGHT; so a rare name shared counts far
 *   more than "China";
 * - each content word of the page (light stem, see termOf) that is among a story's keywords: its
 *   inverse document frequency over the corpus, times the page's log-damped count, times the
 *   saturated count in the story (stored up to MAX_STORED_COUNT).
 * Newer stories win ties, then titles. Story ids never enter the score.
 */
export function rankRelatedStories(index: CompiledIndex, page: readonly PageEntityCount[], options: RelatedOptions = {}): RelatedStory[] {
  const n = index.stories.length;
  const lookups = lookupsOf(index);
  // Scores live in a buffer kept per index (ranking is synchronous), cleared after use: a query
  // touches only the stories that share something with the page.
  const { scores, touched } = scratchOf(index, n);
  let touchedCount = 0;
  const pageEntities: { e: number; weight: number }[] = [];
  let pageTopics: PageTopic[] = [];
  let found: { s: number; score: number }[];
  try {
    for (const { id, count } of page) {
      const e = lookups.entityIndex.get(id);
      if (e === undefined || count <= 0) continue;
      const stats = index.entities[e]!;
      const df = stats.stories.length;
      const weight = idfOf(n, df) * (1 + Math.log(Math.max(1, count)));
      pageEntities.push({ e, weight });
      const postings = stats.stories;
      for (let i = 0; i < postings.length; i++) {
        const [s, inStory] = postings[i]!;
        if (scores[s] === 0) touched[touchedCount++] = s;
        scores[s]! += (ENTITY_WEIGHT * weight * (inStory * (K1 + 1))) / (inStory + K1);
      }
    }
    pageTopics = options.pageTerms && index.keywords ? topicsOf(options.pageTerms, lookups) : [];
    const byCount = new Float64Array(MAX_STORED_COUNT + 1);
    for (const topic of pageTopics) {
      for (let c = 1; c <= MAX_STORED_COUNT; c++) byCount[c] = (topic.weight * (c * (K1 + 1))) / (c + K1);
      const { stories, counts } = lookups.termPostings(topic.t);
      for (let i = 0; i < stories.length; i++) {
        const s = stories[i]!;
        if (scores[s] === 0) touched[touchedCount++] = s;
        scores[s]! += byCount[counts[i]!]!;
      }
    }
    const before = (a: number, b: number): boolean => {
      if (Math.abs(scores[b]! - scores[a]!) > 1e-9) return scores[a]! > scores[b]!;
      const sa = index.stories[a]!;
      const sb = index.stories[b]!;
      const da = sa.published ?? '';
      const db = sb.published ?? '';
      if (da !== db) return da > db;
      return sa.title < sb.title ? true : sa.title > sb.title ? false : a < b;
    };
    // The best `limit`, kept in order as they come (most stories fall out at the first comparison).
    const limit = options.limit ?? 10;
    const best: number[] = [];
    let floor = -Infinity; // the last kept story's score once `best` is full, less the tie margin
    for (let i = 0; limit > 0 && i < touchedCount; i++) {
      const s = touched[i]!;
      if (scores[s]! < floor || (options.excludeUrl && index.stories[s]!.url === options.excludeUrl)) continue;
      if (best.length === limit && !before(s, best[limit - 1]!)) continue;
      let at = best.length;
      while (at > 0 && before(s, best[at - 1]!)) at--;
      best.splice(at, 0, s);
      if (best.length > limit) best.pop();
      if (best.length === limit) floor = scores[best[limit - 1]!]! - 1e-9;
    }
    found = best.map((s) => ({ s, score: scores[s]! }));
  } finally {
    for (let i = 0; i < touchedCount; i++) scores[touched[i]!] = 0;
  }
  return found.map(({ s, score }) => explain(index, s, score, pageEntities, pageTopics));
}

const scratch = new WeakMap<CompiledIndex, { scores: Float64Array; touched: Int32Array }>();

function scratchOf(index: CompiledIndex, n: number): { scores: Float64Array; touched: Int32Array } {
  let x = scratch.get(index);
  if (!x || x.scores.length !== n) scratch.set(index, (x = { scores: new Float64Array(n), touched: new Int32Array(n) }));
  return x;
}

/** The page's words grouped by index term, each term the index knows weighed by its idf. */
function topicsOf(pageTerms: ReadonlyMap<string, number>, lookups: IndexLookups): PageTopic[] {
  const byTerm = new Map<string, { count: number; word: string; wordCount: number }>();
  for (const [word, count] of pageTerms) {
    if (!(count > 0)) continue;
    const term = termOf(word);
    if (term === null) continue;
    const x = byTerm.get(term);
    if (!x) byTerm.set(term, { count, word, wordCount: count });
    else {
      x.count += count;
      if (count > x.wordCount || (count === x.wordCount && word < x.word)) {
        x.word = word;
        x.wordCount = count;
      }
    }
  }
  const topics: PageTopic[] = [];
  const termIndex = lookups.termIndex();
  for (const [term, { count, word }] of byTerm) {
    const t = termIndex.get(term);
    if (t !== undefined) topics.push({ t, weight: lookups.termIdf(t) * (1 + Math.log(Math.max(1, count))), word });
  }
  return topics;
}

/** The count a story keeps for a keyword term, or 0 when the term is none of its keywords. */
function keywordCount(lookups: IndexLookups, t: number, s: number): number {
  const { stories, counts } = lookups.termPostings(t);
  let lo = 0;
  let hi = stories.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = stories[mid]!;
    if (x === s) return counts[mid]!;
    if (x < s) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Why a story ranks: its shared entities and topics, heaviest first. */
function explain(index: CompiledIndex, s: number, score: number, pageEntities: { e: number; weight: number }[], pageTopics: PageTopic[]): RelatedStory {
  const shared = pageEntities
    .filter(({ e }) => index.entities[e]!.stories.some(([x]) => x === s))
    .sort((a, b) => b.weight - a.weight)
    .map(({ e }) => index.entities[e]!)
    .map((x) => ({ id: x.id, name: x.name, kind: x.kind }));
  const lookups = lookupsOf(index);
  const topics = pageTopics
    .map((topic) => {
      const c = keywordCount(lookups, topic.t, s);
      return { word: topic.word, weight: c && (topic.weight * (c * (K1 + 1))) / (c + K1) };
    })
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1))
    .map((x) => x.word);
  const parts: string[] = [];
  if (shared.length) {
    const names = shared.slice(0, 3).map((x) => x.name);
    const more = shared.length - names.length;
    parts.push(`Shares ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
  }
  if (topics.length) parts.push(`${parts.length ? 'about' : 'About'} ${topics.slice(0, 3).join(', ')}`);
  return { story: storyRef(index.stories[s]!), score, shared, topics, why: parts.join('; ') };
}
