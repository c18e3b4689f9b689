import type { EntityKind } from '../ner/entity';
import type { CompiledIndex, EntityStats, StoryMeta } from './compiled-index';
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
  /**
   * Whether the card must be shown where the page cannot read it: set by the background whenever
   * the reader's own library holds stories, for every card, so that a page learns nothing of the
   * library from cards (not even which names it knows).
   */
  sealed?: boolean;
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
 * What a card reads of an index: one entity's stats, the names of the entities mentioned with it,
 * the dates of its stories and the metadata of the few stories it shows. An index loaded whole
 * answers all of it; a stopped service worker answers a first card from a few shards (index-files).
 */
export interface CardIndex {
  /** The entity's stats, or undefined when this index does not know it. */
  entity(id: string): EntityStats | undefined;
  /** Id, kind and name of the entity at this position (a co-mention). */
  entityName(i: number): { id: string; kind: EntityKind; name: string };
  /** A story's date, for every story of the entity (counts and timeline). */
  published(s: number): string | null;
  /** A story's metadata, for the stories a card shows (snippets, role, the newest five). */
  story(s: number): StoryMeta;
}

/** The stories whose metadata a card of this entity shows (see CardIndex.story). */
export function storiesShownFor(stats: EntityStats): number[] {
  const shown = new Set([...stats.snippets.map(([s]) => s), ...stats.stories.slice(0, 5).map(([s]) => s)]);
  if (stats.roleStory >= 0) shown.add(stats.roleStory);
  return [...shown];
}

export function cardIndexOf(index: CompiledIndex): CardIndex {
  const lookups = lookupsOf(index);
  return {
    entity: (id) => {
      const e = lookups.entityIndex.get(id);
      return e === undefined ? undefined : index.entities[e];
    },
    entityName: (i) => index.entities[i]!,
    published: (s) => index.stories[s]!.published,
    story: (s) => index.stories[s]!,
  };
}

/** One index a card draws from, with a reader of its stories' full text (loaded by the caller). */
export interface CardSource {
  index: CardIndex;
  textOf: (storyIndex: number) => string;
}

/**
 * Builds the card for an entity. `textOf` gives a story's full text (loaded lazily by the caller).
 */
export function buildEntityCard(index: CompiledIndex, entityId: string, textOf: (storyIndex: number) => string): EntityCard | null {
  return buildMergedEntityCard([{ index: cardIndexOf(index), textOf }], entityId);
}

/** Newest first, undated last. */
const byDateDesc = (a: { published: string | null }, b: { published: string | null }) => ((a.published ?? '') < (b.published ?? '') ? 1 : (a.published ?? '') > (b.published ?? '') ? -1 : 0);

/**
 * The card for an entity drawn from several indexes (the bundled corpus and the reader's library):
 * counts and timeline over all of them, snippets and stories from each in turn, co-mentions added
 * up by entity. The first index that knows the entity gives its name and role.
 */
export function buildMergedEntityCard(sources: readonly CardSource[], entityId: string): EntityCard | null {
  const parts = sources.flatMap(({ index, textOf }) => {
    const stats = index.entity(entityId);
    return stats ? [{ index, textOf, stats }] : [];
  });
  const head = parts[0];
  if (!head) return null;
  const withRole = parts.find((p) => p.stats.role !== null) ?? head;
  const stories = parts.flatMap(({ index, stats }) => stats.stories.map(([s, count], rank) => ({ index, s, rank, count, published: index.published(s) })));
  const dates = stories.map((s) => s.published).filter((d): d is string => d !== null).sort();
  const snippetLists = parts.map(({ index, textOf, stats }) =>
    stats.snippets.map(([s, start, end, nameStart, nameEnd]) => {
      const text = textOf(s).slice(start, end);
      const highlight = nameEnd <= text.length && nameStart < nameEnd ? { start: nameStart, end: nameEnd } : null;
      return { story: storyRef(index.story(s)), text, highlight };
    }),
  );
  const snippetLimit = Math.max(...parts.map((p) => p.stats.snippets.length));
  const related = new Map<string, EntityCard['related'][number]>();
  for (const { index, stats } of parts) {
    for (const [other, shared] of stats.related) {
      const o = index.entityName(other);
      const seen = related.get(o.id);
      if (seen) seen.sharedStories += shared;
      else related.set(o.id, { id: o.id, kind: o.kind, name: o.name, sharedStories: shared });
    }
  }
  const relatedLimit = Math.max(...parts.map((p) => p.stats.related.length));
  // Each index lists an entity's stories newest first: the newest five overall are among the first
  // five of each (the ones storiesShownFor promises).
  const newest = parts.length === 1 ? stories.slice(0, 5) : stories.filter((x) => x.rank < 5).sort(byDateDesc).slice(0, 5);
  return {
    id: head.stats.id,
    kind: head.stats.kind,
    name: head.stats.name,
    role: withRole.stats.role,
    roleStory: withRole.stats.roleStory >= 0 ? storyRef(withRole.index.story(withRole.stats.roleStory)) : null,
    storyCount: stories.length,
    mentionCount: stories.reduce((n, s) => n + s.count, 0),
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    timeline: buildTimeline(
      stories.map((s) => s.published),
      stories.map((s) => s.count),
    ),
    snippets: interleave(snippetLists).slice(0, snippetLimit),
    related: [...related.values()].sort((a, b) => b.sharedStories - a.sharedStories).slice(0, relatedLimit),
    stories: newest.map((x) => storyRef(x.index.story(x.s))),
  };
}

/** The lists' items taken one from each in turn: each index gets its say. */
function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out;
}
