import type { CompiledCorpus } from './compile-index';
import type { EntityStats, SnippetRef, StoryMeta } from './compiled-index';
import { decodeNumbers, encodeNumbers } from './number-codec';

/**
 * The compiled corpus on disk, split by who needs what and when (measured, see docs/BENCHMARKS.md):
 * - `lexicon.json`: what detection needs, loaded for the first page scan;
 * - `entities.json`: every entity's id, kind and name (finding an entity, naming co-mentions);
 *   `entities/NNNN.json`: the rest of each entity (role, stories, snippets, co-mentions) in shards
 *   of `entityShardSize`, so a first card reads one shard;
 * - `stories.json`: every story's date (a card's timeline); `stories/NNNN.json`: the rest of each
 *   story's metadata in shards of `storyShardSize`, so a card reads only the stories it shows;
 * - `keywords.json`: what related stories need beyond names;
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

/*
 * Shard sizes, measured on the 19k corpus (docs/BENCHMARKS.md, Cold start): in a service worker
 * each file read costs more than parsing a few hundred kB, so shards stay few (64-story text
 * shards made cards slower than 256).
 */
export const TEXT_SHARD_SIZE = 256;
const ENTITY_SHARD_SIZE = 1024;
const STORY_SHARD_SIZE = 256;

/** The layout of these files (3: entity and story shards behind directories of ids and dates). */
export const FILES_VERSION = 3;

export interface CorpusManifest {
  version: number;
  stories: number;
  entities: number;
  textShards: number;
  textShardSize: number;
  entityShards: number;
  entityShardSize: number;
  storyShards: number;
  storyShardSize: number;
}

export function textShardOf(storyIndex: number): number {
  return Math.floor(storyIndex / TEXT_SHARD_SIZE);
}

const shardPath = (folder: string, shard: number) => `${folder}/${String(shard).padStart(4, '0')}.json`;
export const textShardFile = (shard: number) => shardPath('texts', shard);
export const entityShardFile = (shard: number) => shardPath('entities', shard);
export const storyShardFile = (shard: number) => shardPath('stories', shard);

/*
 * Entities and stories are stored as columns, their numbers as varint strings (number-codec.ts):
 * JSON.parse then reads a few strings per row instead of many numbers and small arrays, and an
 * entity's stories, snippets and co-mentions are decoded only when a card or a related-stories
 * question reads them. Measured on the 19k index (docs/BENCHMARKS.md, Cold start).
 */
export interface EntityDirectory {
  ids: string[];
  /** One letter per entity: p(erson) or l (place). */
  kinds: string;
  names: string[];
}

/** The entities of one shard, in order. */
export interface EntityShard {
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

export interface StoryDirectory {
  published: (string | null)[];
}

/** The stories of one shard, in order. */
export interface StoryShard {
  ids: string[];
  titles: string[];
  /** Distinct sources; each story's is `sourceCodes` - 1 into it (0: none). */
  sources: string[];
  sourceCodes: string;
  urls: (string | null)[];
}

/** The files of a compiled corpus, as paths relative to the index folder and their JSON text. */
export function indexFiles({ index, texts }: CompiledCorpus, sizes = { entityShardSize: ENTITY_SHARD_SIZE, storyShardSize: STORY_SHARD_SIZE }): { path: string; contents: string }[] {
  const { entityShardSize, storyShardSize } = sizes;
  const chunks = <T>(xs: readonly T[], size: number) => Array.from({ length: Math.ceil(xs.length / size) }, (_, k) => xs.slice(k * size, (k + 1) * size));
  const entityShards = chunks(index.entities, entityShardSize);
  const storyShards = chunks(index.stories, storyShardSize);
  const textShards = chunks(texts, TEXT_SHARD_SIZE);
  const manifest: CorpusManifest = {
    version: FILES_VERSION,
    stories: index.stories.length,
    entities: index.entities.length,
    textShards: textShards.length,
    textShardSize: TEXT_SHARD_SIZE,
    entityShards: entityShards.length,
    entityShardSize,
    storyShards: storyShards.length,
    storyShardSize,
  };
  return [
    { path: INDEX_FILES.manifest, contents: JSON.stringify(manifest) },
    { path: INDEX_FILES.lexicon, contents: JSON.stringify(index.lexicon) },
    { path: INDEX_FILES.entities, contents: JSON.stringify(encodeEntityDirectory(index.entities)) },
    { path: INDEX_FILES.stories, contents: JSON.stringify({ published: index.stories.map((s) => s.published) } satisfies StoryDirectory) },
    { path: INDEX_FILES.keywords, contents: JSON.stringify(index.keywords ?? { terms: [], df: [], postings: [] }) },
    ...entityShards.map((shard, k) => ({ path: entityShardFile(k), contents: JSON.stringify(encodeEntityShard(shard)) })),
    ...storyShards.map((shard, k) => ({ path: storyShardFile(k), contents: JSON.stringify(encodeStoryShard(shard)) })),
    ...textShards.map((shard, k) => ({ path: textShardFile(k), contents: JSON.stringify(shard) })),
  ];
}

const KIND_LETTER: Record<EntityStats['kind'], string> = { person: 'p', place: 'l' };
const KIND_OF_LETTER: Record<string, EntityStats['kind']> = { p: 'person', l: 'place' };

function encodeEntityDirectory(entities: readonly EntityStats[]): EntityDirectory {
  return { ids: entities.map((e) => e.id), kinds: entities.map((e) => KIND_LETTER[e.kind]).join(''), names: entities.map((e) => e.name) };
}

function encodeEntityShard(entities: readonly EntityStats[]): EntityShard {
  return {
    roles: entities.map((e) => e.role),
    roleStories: encodeNumbers(entities.map((e) => e.roleStory + 1)),
    stories: entities.map((e) => encodeNumbers(e.stories.flat())).join(' '),
    snippets: entities.map((e) => encodeNumbers(e.snippets.flat())).join(' '),
    related: entities.map((e) => encodeNumbers(e.related.flat())).join(' '),
  };
}

function encodeStoryShard(stories: readonly StoryMeta[]): StoryShard {
  const sources = [...new Set(stories.map((s) => s.source).filter((x): x is string => x !== null))];
  const code = new Map(sources.map((x, i) => [x, i + 1]));
  return {
    ids: stories.map((s) => s.id),
    titles: stories.map((s) => s.title),
    sources,
    sourceCodes: encodeNumbers(stories.map((s) => (s.source === null ? 0 : code.get(s.source)!))),
    urls: stories.map((s) => s.url),
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

/** A shard read for its entities: its per-entity columns split on first use. */
class DecodedEntityShard {
  private split: { stories: string[]; snippets: string[]; related: string[] } | null = null;
  readonly roleStories: number[];
  constructor(readonly shard: EntityShard) {
    this.roleStories = decodeNumbers(shard.roleStories);
  }
  column(name: 'stories' | 'snippets' | 'related', row: number): string {
    this.split ??= { stories: this.shard.stories.split(' '), snippets: this.shard.snippets.split(' '), related: this.shard.related.split(' ') };
    return this.split[name][row] ?? '';
  }
}

/** An entity read from the files: names at once, its lists decoded on first read. */
class StoredEntity implements EntityStats {
  private decoded: { stories?: [number, number][]; snippets?: SnippetRef[]; related?: [number, number][] } = {};
  constructor(
    readonly id: string,
    readonly kind: EntityStats['kind'],
    readonly name: string,
    readonly role: string | null,
    readonly roleStory: number,
    private readonly shard: DecodedEntityShard,
    private readonly row: number,
  ) {}
  get stories() {
    return (this.decoded.stories ??= pairs(decodeNumbers(this.shard.column('stories', this.row))));
  }
  get snippets() {
    return (this.decoded.snippets ??= fives(decodeNumbers(this.shard.column('snippets', this.row))));
  }
  get related() {
    return (this.decoded.related ??= pairs(decodeNumbers(this.shard.column('related', this.row))));
  }
}

export function kindAt(directory: EntityDirectory, i: number): EntityStats['kind'] {
  const kind = KIND_OF_LETTER[directory.kinds[i] ?? ''];
  if (!kind) throw new Error(`entity ${directory.ids[i]} has an unknown kind letter ${JSON.stringify(directory.kinds[i])}`);
  return kind;
}

/** Entity `i` of the directory, its details from its (loaded) shard. */
function storedEntity(directory: EntityDirectory, shard: DecodedEntityShard, i: number, shardSize: number): EntityStats {
  const row = i % shardSize;
  return new StoredEntity(directory.ids[i]!, kindAt(directory, i), directory.names[i]!, shard.shard.roles[row] ?? null, (shard.roleStories[row] ?? 0) - 1, shard, row);
}

/** Reads a corpus folder's files on demand (fetch in the extension, the file system in Node). */
export type ReadIndexFile = (path: string) => Promise<unknown>;

/**
 * The entities and stories of a corpus folder, read shard by shard and kept: an entity or a story
 * costs its shard the first time. `entities()` and `stories()` read every shard.
 */
export class IndexShards {
  private manifest: Promise<CorpusManifest> | null = null;
  private entityDirectory: Promise<EntityDirectory> | null = null;
  private storyDirectory: Promise<StoryDirectory> | null = null;
  private entityShards = new Map<number, Promise<DecodedEntityShard>>();
  private storyShards = new Map<number, Promise<DecodedStoryShard>>();
  private entityIds: Map<string, number> | null = null;

  constructor(private readonly read: ReadIndexFile) {}

  private sizes() {
    return (this.manifest ??= this.read(INDEX_FILES.manifest).then((m) => {
      const manifest = m as CorpusManifest;
      if (manifest.version !== FILES_VERSION) throw new Error(`corpus files version ${manifest.version}, expected ${FILES_VERSION}: compile the corpus again`);
      return manifest;
    }));
  }

  /** Reads a file once the manifest says the layout is this one (read side by side). */
  private async checked<T>(path: string): Promise<T> {
    const [, contents] = await Promise.all([this.sizes(), this.read(path)]);
    return contents as T;
  }

  directory(): Promise<EntityDirectory> {
    return (this.entityDirectory ??= this.checked<EntityDirectory>(INDEX_FILES.entities));
  }

  dates(): Promise<StoryDirectory> {
    return (this.storyDirectory ??= this.checked<StoryDirectory>(INDEX_FILES.stories));
  }

  private lookups = 0;
  /** The entity's position, or -1. The first look-up scans the ids: a cold start builds no map. */
  async entityPosition(id: string): Promise<number> {
    const { ids } = await this.directory();
    if (this.lookups++ === 0) return ids.indexOf(id);
    this.entityIds ??= new Map(ids.map((x, i) => [x, i]));
    return this.entityIds.get(id) ?? -1;
  }

  private entityShard(k: number): Promise<DecodedEntityShard> {
    let p = this.entityShards.get(k);
    if (!p) this.entityShards.set(k, (p = this.read(entityShardFile(k)).then((s) => new DecodedEntityShard(s as EntityShard))));
    return p;
  }

  private storyShard(k: number): Promise<DecodedStoryShard> {
    let p = this.storyShards.get(k);
    if (!p) this.storyShards.set(k, (p = this.read(storyShardFile(k)).then((x) => ({ shard: x as StoryShard, codes: decodeNumbers((x as StoryShard).sourceCodes) }))));
    return p;
  }

  async entity(i: number): Promise<EntityStats> {
    const [{ entityShardSize }, directory] = await Promise.all([this.sizes(), this.directory()]);
    return storedEntity(directory, await this.entityShard(Math.floor(i / entityShardSize)), i, entityShardSize);
  }

  /** The metadata of these stories, by position. */
  async stories(positions: readonly number[]): Promise<Map<number, StoryMeta>> {
    const [{ storyShardSize }, { published }] = await Promise.all([this.sizes(), this.dates()]);
    const out = new Map<number, StoryMeta>();
    await Promise.all(
      [...new Set(positions.map((s) => Math.floor(s / storyShardSize)))].map(async (k) => {
        const shard = await this.storyShard(k);
        for (const s of positions) if (Math.floor(s / storyShardSize) === k) out.set(s, storyOf(shard, s % storyShardSize, published[s] ?? null));
      }),
    );
    return out;
  }

  /** Every entity, in order. */
  async allEntities(): Promise<EntityStats[]> {
    const [{ entityShards, entityShardSize }, directory] = await Promise.all([this.sizes(), this.directory()]);
    const shards = await Promise.all(Array.from({ length: entityShards }, (_, k) => this.entityShard(k)));
    return directory.ids.map((_, i) => storedEntity(directory, shards[Math.floor(i / entityShardSize)]!, i, entityShardSize));
  }

  /** Every story's metadata, in order. */
  async allStories(): Promise<StoryMeta[]> {
    const [{ storyShards, storyShardSize }, { published }] = await Promise.all([this.sizes(), this.dates()]);
    const shards = await Promise.all(Array.from({ length: storyShards }, (_, k) => this.storyShard(k)));
    return published.map((date, s) => storyOf(shards[Math.floor(s / storyShardSize)]!, s % storyShardSize, date));
  }
}

interface DecodedStoryShard {
  shard: StoryShard;
  codes: number[];
}

function storyOf({ shard, codes }: DecodedStoryShard, row: number, published: string | null): StoryMeta {
  const code = codes[row] ?? 0;
  return { id: shard.ids[row]!, title: shard.titles[row]!, source: code ? shard.sources[code - 1]! : null, published, url: shard.urls[row] ?? null };
}
