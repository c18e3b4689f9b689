import type { RelatedStory } from './related-stories';

/**
 * Related stories ranked in several indexes (bundled corpus, the reader's library) as one list:
 * best score first, then newer, then title; the same story (same id) once.
 */
export function mergeRelated(lists: readonly (readonly RelatedStory[])[], limit: number): RelatedStory[] {
  const seen = new Set<string>();
  return lists
    .flat()
    .sort(
      (a, b) =>
        b.score - a.score ||
        ((a.story.published ?? '') < (b.story.published ?? '') ? 1 : (a.story.published ?? '') > (b.story.published ?? '') ? -1 : 0) ||
        (a.story.title < b.story.title ? -1 : a.story.title > b.story.title ? 1 : 0),
    )
    .filter((r) => !seen.has(r.story.id) && (seen.add(r.story.id), true))
    .slice(0, limit);
}
