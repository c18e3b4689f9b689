import type { EntityKind } from '../ner/entity';
import type { CompiledIndex, StoryMeta } from './compiled-index';
import { lookupsOf } from './index-lookups';

export interface StoryRef {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  url: string | null;
}

export interface CardSnippet {
  story: StoryRef;
  text: string;
  /** Where the entity is named inside `text` (for emphasis), or null. */
  highlight: { start: number; end: number } | null;
}

export interface TimelinePoint {
  /** "2021" or "2021-03" */
  period: string;
  count: number;
}

/** Everything a card shows about one entity, drawn from the corpus. */
export interface EntityCard {
  id: string;
  kind: EntityKind;
  name: string;
  role: string | null;
  roleStory: StoryRef | null;
  storyCount: number;
  mentionCount: number;
  firstDate: string | null;
  lastDate: string | null;
  timeline: TimelinePoint[];
  snippets: CardSnippet[];
  related: { id: string; kind: EntityKind; name: string; sharedStories: number }[];
  stories: StoryRef[];
}

export function storyRef(s: StoryMeta): StoryRef {
  return { id: s.id, title: s.title, source: s.source, published: s.published, url: s.url };
}

/** Stories by month when they span at most two years, else by year. */
export function buildTimeline(dates: readonly (string | null)[], counts: readonly number[]): TimelinePoint[] {
  const dated = dates.map((d, i) => [d, counts[i]!] as const).filter((x): x is readonly [string, number] => x[0] !== null);
  if (dated.length === 0) return [];
  const years = dated.map(([d]) => +d.slice(0, 4));
  const byMonth = Math.max(...years) - Math.min(...years) <= 1;
  const buckets = new Map<string, number>();
  for (const [d, n] of dated) {
    const key = byMonth ? d.slice(0, 7) : d.slice(0, 4);
    buckets.set(key, (buckets.get(key) ?? 0) + n);
  }
  return [...buckets.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([period, count]) => ({ period, count }));
}

/**
 * Builds the card for an entity. `textOf` gives a story's full text (loaded lazily by the caller).
 */
export function buildEntityCard(index: CompiledIndex, entityId: string, textOf: (storyIndex: number) => string): EntityCard | null {
  const e = lookupsOf(index).entityIndex.get(entityId);
  const stats = e === undefined ? undefined : index.entities[e];
  if (!stats) return null;
  const stories = stats.stories.map(([s]) => index.stories[s]!);
  const dates = stories.map((s) => s.published).filter((d): d is string => d !== null).sort();
  return {
    id: stats.id,
    kind: stats.kind,
    name: stats.name,
    role: stats.role,
    roleStory: stats.roleStory >= 0 ? storyRef(index.stories[stats.roleStory]!) : null,
    storyCount: stats.stories.length,
    mentionCount: stats.stories.reduce((n, [, c]) => n + c, 0),
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    timeline: buildTimeline(
      stories.map((s) => s.published),
      stats.stories.map(([, c]) => c),
    ),
    snippets: stats.snippets.map(([s, start, end, nameStart, nameEnd]) => {
      const text = textOf(s).slice(start, end);
      const highlight = nameEnd <= text.length && nameStart < nameEnd ? { start: nameStart, end: nameEnd } : null;
      return { story: storyRef(index.stories[s]!), text, highlight };
    }),
    related: stats.related.map(([other, shared]) => {
      const o = index.entities[other]!;
      return { id: o.id, kind: o.kind, name: o.name, sharedStories: shared };
    }),
    stories: stories.slice(0, 5).map(storyRef),
  };
}
