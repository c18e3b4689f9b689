import type { CompiledIndex } from './compiled-index';
import { storyRef, type StoryRef } from './entity-card';
import { lookupsOf } from './index-lookups';

export interface RelatedStory {
  story: StoryRef;
  score: number;
  /** The shared people and places that weigh most, best first. */
  shared: { id: string; name: string; kind: 'person' | 'place' }[];
  /** A few words on why it ranks here. */
  why: string;
}

export interface PageEntityCount {
  id: string;
  count: number;
}

/**
 * Ranks corpus stories for a page by the people and places they share with it: each shared entity
 * weighs its BM25 inverse document frequency times a saturated count on both sides, so a rare name
 * shared counts far more than "China" shared. Newer stories win ties. Story ids never enter the score.
 */
export function rankRelatedStories(
  index: CompiledIndex,
  page: readonly PageEntityCount[],
  options: { limit?: number; excludeUrl?: string | null } = {},
): RelatedStory[] {
  const n = index.stories.length;
  const { entityIndex } = lookupsOf(index);
  const scores = new Map<number, { score: number; parts: [number, number][] }>();
  for (const { id, count } of page) {
    const e = entityIndex.get(id);
    if (e === undefined) continue;
    const stats = index.entities[e]!;
    const df = stats.stories.length;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const pageWeight = 1 + Math.log(count);
    for (const [s, inStory] of stats.stories) {
      const k1 = 1.2;
      const tf = (inStory * (k1 + 1)) / (inStory + k1);
      const part = idf * tf * pageWeight;
      const entry = scores.get(s) ?? { score: 0, parts: [] };
      entry.score += part;
      entry.parts.push([e, part]);
      scores.set(s, entry);
    }
  }
  const ranked = [...scores.entries()]
    .filter(([s]) => !options.excludeUrl || index.stories[s]!.url !== options.excludeUrl)
    .sort((a, b) => {
      if (Math.abs(b[1].score - a[1].score) > 1e-9) return b[1].score - a[1].score;
      const da = index.stories[a[0]]!.published ?? '';
      const db = index.stories[b[0]]!.published ?? '';
      if (da !== db) return da < db ? 1 : -1;
      const ta = index.stories[a[0]]!.title;
      const tb = index.stories[b[0]]!.title;
      return ta < tb ? -1 : ta > tb ? 1 : a[0] - b[0];
    })
    .slice(0, options.limit ?? 10);
  return ranked.map(([s, { score, parts }]) => {
    const shared = parts
      .sort((a, b) => b[1] - a[1])
      .map(([e]) => index.entities[e]!)
      .map((x) => ({ id: x.id, name: x.name, kind: x.kind }));
    const names = shared.slice(0, 3).map((x) => x.name);
    const more = shared.length - names.length;
    const why = `Shares ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    return { story: storyRef(index.stories[s]!), score, shared, why };
  });
}
