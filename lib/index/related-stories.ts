import type { CompiledIndex } from './compiled-index';
import { storyRef, type StoryRef } from './entity-card';
import { lookupsOf } from './index-lookups';
import { KEYWORDS_PER_STORY, topTerms } from './keywords';

export interface RelatedStory {
  story: StoryRef;
  score: number;
  /** The shared people and places that weigh most, best first. */
  shared: { id: string; name: string; kind: 'person' | 'place' }[];
  /** Shared topic words, best first. */
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

const K1 = 1.2;

/**
 * Ranks corpus stories for a page by relevance, in two parts added together:
 * - the people and places they share: each shared entity weighs its BM25 inverse document frequency
 *   times a saturated count on both sides, so a rare name shared counts far more than "China";
 * - the topics they share: the page's best tf-idf terms against each story's keywords, each weighing
 *   its inverse document frequency.
 * Newer stories win ties, then titles. Story ids never enter the score.
 */
export function rankRelatedStories(index: CompiledIndex, page: readonly PageEntityCount[], options: RelatedOptions = {}): RelatedStory[] {
  const n = index.stories.length;
  const lookups = lookupsOf(index);
  const scores = new Float64Array(n);
  const touched: number[] = [];
  const add = (s: number, value: number) => {
    if (scores[s] === 0) touched.push(s);
    scores[s]! += value;
  };
  const pageEntities: { e: number; weight: number }[] = [];
  for (const { id, count } of page) {
    const e = lookups.entityIndex.get(id);
    if (e === undefined || count <= 0) continue;
    const stats = index.entities[e]!;
    const df = stats.stories.length;
    const weight = Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (1 + Math.log(count));
    pageEntities.push({ e, weight });
    for (const [s, inStory] of stats.stories) add(s, (weight * (inStory * (K1 + 1))) / (inStory + K1));
  }
  const pageTopics: { t: number; weight: number }[] = [];
  if (options.pageTerms && index.keywords) {
    const termIdf = (term: string) => {
      const t = lookups.termIndex().get(term);
      return t === undefined ? undefined : index.keywords!.idf[t];
    };
    for (const [term, w] of topTerms(options.pageTerms, termIdf, KEYWORDS_PER_STORY * 2)) {
      const t = lookups.termIndex().get(term)!;
      pageTopics.push({ t, weight: w });
      for (const s of lookups.termStories(t)) add(s, w);
    }
  }
  const ranked = touched
    .filter((s) => !options.excludeUrl || index.stories[s]!.url !== options.excludeUrl)
    .sort((a, b) => {
      if (Math.abs(scores[b]! - scores[a]!) > 1e-9) return scores[b]! - scores[a]!;
      const sa = index.stories[a]!;
      const sb = index.stories[b]!;
      const da = sa.published ?? '';
      const db = sb.published ?? '';
      if (da !== db) return da < db ? 1 : -1;
      return sa.title < sb.title ? -1 : sa.title > sb.title ? 1 : a - b;
    })
    .slice(0, options.limit ?? 10);
  return ranked.map((s) => explain(index, s, scores[s]!, pageEntities, pageTopics));
}

/** Why a story ranks: its shared entities and topics, heaviest first. */
function explain(
  index: CompiledIndex,
  s: number,
  score: number,
  pageEntities: { e: number; weight: number }[],
  pageTopics: { t: number; weight: number }[],
): RelatedStory {
  const shared = pageEntities
    .filter(({ e }) => index.entities[e]!.stories.some(([x]) => x === s))
    .sort((a, b) => b.weight - a.weight)
    .map(({ e }) => index.entities[e]!)
    .map((x) => ({ id: x.id, name: x.name, kind: x.kind }));
  const storyTerms = new Set(index.keywords?.stories[s] ?? []);
  const topics = pageTopics
    .filter(({ t }) => storyTerms.has(t))
    .sort((a, b) => b.weight - a.weight)
    .map(({ t }) => index.keywords!.terms[t]!);
  const parts: string[] = [];
  if (shared.length) {
    const names = shared.slice(0, 3).map((x) => x.name);
    const more = shared.length - names.length;
    parts.push(`Shares ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
  }
  if (topics.length) parts.push(`${parts.length ? 'about' : 'About'} ${topics.slice(0, 3).join(', ')}`);
  return { story: storyRef(index.stories[s]!), score, shared, topics, why: parts.join('; ') };
}
