import type { CompiledCorpus } from './compile-index';
import { INDEX_VERSION, type EntityStats, type SnippetRef, type StoryMeta } from './compiled-index';

/**
 * The compiled corpus on disk, split by who needs what and when (measured, see docs/BENCHMARKS.md):
 * - `lexicon.json`: what detection needs, loaded for the first page scan;
 * - `entities.json`, `stories.json`: what cards and related stories need;
 * - `texts/NNNN.json`: the stories' full text in shards of TEXT_SHARD_SIZE, so a card loads
 *   only the few shards its snippets come from, never the whole archive.
 */
export const INDEX_FILES = {
  manifest: 'corpus.json',
  lexicon: 'lexicon.json',
  entities: 'entities.json',
  stories: 'stories.json',
  keywords: 'keywords.json',
} as const;

export const TEXT_SHARD_SIZE = 256;

export interface CorpusManifest {
  version: number;
  stories: number;
  entities: number;
  textShards: number;
  textShardSize: number;
}

export function textShardOf(storyIndex: number): number {
  return Math.floor(storyIndex / TEXT_SHARD_SIZE);
}

export function textShardFile(shard: number): string {
  return `texts/${String(shard).padStart(4, '0')}.json`;
}

/** The files of a compiled corpus, as paths relative to the index folder and their JSON text. */
export function indexFiles({ index, texts }: CompiledCorpus): { path: string; contents: string }[] {
  const shards = Math.ceil(texts.length / TEXT_SHARD_SIZE);
  const manifest: CorpusManifest = {
    version: INDEX_VERSION,
    stories: index.stories.length,
    entities: index.entities.length,
    textShards: shards,
    textShardSize: TEXT_SHARD_SIZE,
  };
  const files: { path: string; contents: string }[] = [
    { path: INDEX_FILES.manifest, contents: JSON.stringify(manifest) },
    { path: INDEX_FILES.lexicon, contents: JSON.stringify(index.lexicon) },
    { path: INDEX_FILES.entities, contents: JSON.stringify(encodeEntities(index.entities)) },
    { path: INDEX_FILES.stories, contents: JSON.stringify(encodeStories(index.stories)) },
    { path: INDEX_FILES.keywords, contents: JSON.stringify(index.keywords ?? { terms: [], df: [], postings: [] }) },
  ];
  for (let s = 0; s < shards; s++) {
    files.push({ path: textShardFile(s), contents: JSON.stringify(texts.slice(s * TEXT_SHARD_SIZE, (s + 1) * TEXT_SHARD_SIZE)) });
  }
  return files;
}

/*
 * Entities and stories are stored as rows (arrays), not objects: the field names repeated for every
 * one of 19,000 stories and 16,000 entities would be a fifth of the index. Decoding costs a few ms.
 */
type EntityRow = [string, EntityStats['kind'], string, string | null, number, number[], SnippetRef[], number[]];
type StoryRow = [string, string, string | null, string | null, string | null];

/** Postings as flat pairs [story, count, story, count, ...]. */
function flatten(pairs: readonly [number, number][]): number[] {
  return pairs.flat();
}

function pair(flat: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}

export function encodeEntities(entities: readonly EntityStats[]): EntityRow[] {
  return entities.map((e) => [e.id, e.kind, e.name, e.role, e.roleStory, flatten(e.stories), e.snippets, flatten(e.related)]);
}

export function decodeEntities(rows: readonly EntityRow[]): EntityStats[] {
  return rows.map(([id, kind, name, role, roleStory, stories, snippets, related]) => ({
    id,
    kind,
    name,
    role,
    roleStory,
    stories: pair(stories),
    snippets,
    related: pair(related),
  }));
}

export function encodeStories(stories: readonly StoryMeta[]): StoryRow[] {
  return stories.map((s) => [s.id, s.title, s.source, s.published, s.url]);
}

export function decodeStories(rows: readonly StoryRow[]): StoryMeta[] {
  return rows.map(([id, title, source, published, url]) => ({ id, title, source, published, url }));
}

export type { EntityRow, StoryRow };
