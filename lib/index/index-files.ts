import type { CompiledCorpus } from './compile-index';
import { INDEX_VERSION } from './compiled-index';

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
    { path: INDEX_FILES.entities, contents: JSON.stringify(index.entities) },
    { path: INDEX_FILES.stories, contents: JSON.stringify(index.stories) },
    { path: INDEX_FILES.keywords, contents: JSON.stringify(index.keywords ?? { terms: [], idf: [], stories: [] }) },
  ];
  for (let s = 0; s < shards; s++) {
    files.push({ path: textShardFile(s), contents: JSON.stringify(texts.slice(s * TEXT_SHARD_SIZE, (s + 1) * TEXT_SHARD_SIZE)) });
  }
  return files;
}
