import type { CompiledCorpus } from './compile-index';
import { type EntityStats, type SnippetRef, type StoryMeta } from './compiled-index';
import { decodeNumbers, encodeNumbers } from './number-codec';

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

/** The layout of these files (2: entities and stories as columns of encoded strings). */
export const FILES_VERSION = 2;

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
    version: FILES_VERSION,
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
 * Entities and stories are stored as columns, their numbers as varint strings (number-codec.ts):
 * JSON.parse then reads a few hundred thousand strings instead of millions of numbers and small
 * arrays, and an entity's stories, snippets and co-mentions are decoded only when a card or a
 * related-stories question reads them. Measured on the 19k index (docs/BENCHMARKS.md, Cold start).
 */
export interface EntityTable {
  ids: string[];
  /** One letter per entity: p(erson) or l (place). */
  kinds: string;
  names: string[];
  roles: (string | null)[];
  /** Each entity's roleStory + 1 (0: none). */
  roleStories: string;
  /** Per entity, space-separated: its [story, mentions] pairs flattened. */
  stories: string;
  /** Per entity, space-separated: its snippet refs flattened, five numbers each. */
  snippets: string;
  /** Per entity, space-separated: its [entity, shared stories] pairs flattened. */
  related: string;
}

export interface StoryTable {
  ids: string[];
  titles: string[];
  /** Distinct sources; each story's is `sourceCodes` - 1 into it (0: none). */
  sources: string[];
  sourceCodes: string;
  published: (string | null)[];
  urls: (string | null)[];
}

const KIND_LETTER: Record<EntityStats['kind'], string> = { person: 'p', place: 'l' };
const KIND_OF_LETTER: Record<string, EntityStats['kind']> = { p: 'person', l: 'place' };

export function encodeEntities(entities: readonly EntityStats[]): EntityTable {
  return {
    ids: entities.map((e) => e.id),
    kinds: entities.map((e) => KIND_LETTER[e.kind]).join(''),
    names: entities.map((e) => e.name),
    roles: entities.map((e) => e.role),
    roleStories: encodeNumbers(entities.map((e) => e.roleStory + 1)),
    stories: entities.map((e) => encodeNumbers(e.stories.flat())).join(' '),
    snippets: entities.map((e) => encodeNumbers(e.snippets.flat())).join(' '),
    related: entities.map((e) => encodeNumbers(e.related.flat())).join(' '),
  };
}

function pairs(flat: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}

function fives(flat: readonly number[]): SnippetRef[] {
  const out: SnippetRef[] = [];
  for (let i = 0; i + 4 < flat.length; i += 5) out.push([flat[i]!, flat[i + 1]!, flat[i + 2]!, flat[i + 3]!, flat[i + 4]!]);
  return out;
}

/** A column of per-entity strings, split on first use. */
function lazyColumn(joined: string): (i: number) => string {
  let parts: string[] | null = null;
  return (i) => (parts ??= joined.split(' '))[i] ?? '';
}

/** An entity read from the table: names at once, its lists decoded on first read. */
class StoredEntity implements EntityStats {
  private decoded: { stories?: [number, number][]; snippets?: SnippetRef[]; related?: [number, number][] } = {};
  constructor(
    readonly id: string,
    readonly kind: EntityStats['kind'],
    readonly name: string,
    readonly role: string | null,
    readonly roleStory: number,
    private readonly row: number,
    private readonly columns: { stories: (i: number) => string; snippets: (i: number) => string; related: (i: number) => string },
  ) {}
  get stories() {
    return (this.decoded.stories ??= pairs(decodeNumbers(this.columns.stories(this.row))));
  }
  get snippets() {
    return (this.decoded.snippets ??= fives(decodeNumbers(this.columns.snippets(this.row))));
  }
  get related() {
    return (this.decoded.related ??= pairs(decodeNumbers(this.columns.related(this.row))));
  }
}

export function decodeEntities(table: EntityTable): EntityStats[] {
  const columns = { stories: lazyColumn(table.stories), snippets: lazyColumn(table.snippets), related: lazyColumn(table.related) };
  const roleStories = decodeNumbers(table.roleStories);
  return table.ids.map((id, i) => {
    const kind = KIND_OF_LETTER[table.kinds[i] ?? ''];
    if (!kind) throw new Error(`entity ${id} has an unknown kind letter ${JSON.stringify(table.kinds[i])}`);
    return new StoredEntity(id, kind, table.names[i]!, table.roles[i] ?? null, (roleStories[i] ?? 0) - 1, i, columns);
  });
}

export function encodeStories(stories: readonly StoryMeta[]): StoryTable {
  const sources = [...new Set(stories.map((s) => s.source).filter((x): x is string => x !== null))];
  const code = new Map(sources.map((x, i) => [x, i + 1]));
  return {
    ids: stories.map((s) => s.id),
    titles: stories.map((s) => s.title),
    sources,
    sourceCodes: encodeNumbers(stories.map((s) => (s.source === null ? 0 : code.get(s.source)!))),
    published: stories.map((s) => s.published),
    urls: stories.map((s) => s.url),
  };
}

export function decodeStories(table: StoryTable): StoryMeta[] {
  const codes = decodeNumbers(table.sourceCodes);
  return table.ids.map((id, i) => ({
    id,
    title: table.titles[i]!,
    source: codes[i] ? table.sources[codes[i]! - 1]! : null,
    published: table.published[i] ?? null,
    url: table.urls[i] ?? null,
  }));
}
