import { describe, expect, test } from 'vitest';
import { cardIndexFromShards, readCompiledIndex } from '../../../lib/index/card-from-shards';
import type { EntityStats } from '../../../lib/index/compiled-index';
import { makeArticle } from '../../../lib/corpus/article';
import { buildEntityCard, buildMergedEntityCard, cardIndexOf } from '../../../lib/index/entity-card';
import { indexFiles, IndexShards, INDEX_FILES, TEXT_SHARD_SIZE, type ReadIndexFile } from '../../../lib/index/index-files';
import { compile, readPlainTextArticle, SECOND_ARTICLE_FILE, SEED_FILE } from '../helpers/engine';

/** What a reader of each field sees (stored entities decode their lists on demand). */
const plain = (e: EntityStats) => ({ id: e.id, kind: e.kind, name: e.name, role: e.role, roleStory: e.roleStory, stories: e.stories, snippets: e.snippets, related: e.related });

const compiled = compile([readPlainTextArticle(SEED_FILE), readPlainTextArticle(SECOND_ARTICLE_FILE)]);
const { index, texts } = compiled;
// Small shards, so that entities and stories spread over several of them.
const SIZES = { entityShardSize: 4, storyShardSize: 1 };

function folder(files = indexFiles(compiled, SIZES)) {
  const byPath = new Map(files.map((f) => [f.path, f.contents]));
  const reads: string[] = [];
  const read: ReadIndexFile = async (path) => {
    reads.push(path);
    const contents = byPath.get(path);
    if (contents === undefined) throw new Error(`no file ${path}`);
    return JSON.parse(contents) as unknown;
  };
  return { read, reads, byPath };
}

describe('index files: entity and story shards behind directories', () => {
  test('the seed and a second article give entities with stories, snippets, co-mentions and roles over several shards', () => {
    expect(index.entities.length).toBeGreaterThan(2 * SIZES.entityShardSize);
    expect(index.stories.length).toBe(2);
    expect(index.entities.some((e) => e.role !== null && e.roleStory >= 0)).toBe(true);
    expect(index.entities.some((e) => e.related.length > 0 && e.snippets.length > 0)).toBe(true);
  });

  test('read back whole, the index is the one compiled', async () => {
    const back = await readCompiledIndex(folder().read);
    expect(back.entities.map(plain)).toEqual(index.entities.map(plain));
    expect(back.stories).toEqual(index.stories);
    expect(back.lexicon).toEqual(index.lexicon);
    expect(back.keywords).toEqual(index.keywords);
  });

  test('every card answered from the shards is the card of the whole index', async () => {
    const { read } = folder();
    const shards = new IndexShards(read);
    for (const e of index.entities) {
      const fromShards = await cardIndexFromShards(shards, e.id);
      expect(fromShards, e.id).not.toBeNull();
      const textOf = (s: number) => texts[s]!;
      expect(buildMergedEntityCard([{ index: fromShards!, textOf }], e.id), e.id).toEqual(buildEntityCard(index, e.id, textOf));
    }
    expect(await cardIndexFromShards(shards, 'person:nobody-at-all')).toBeNull();
  });

  test('a first card reads the directories, its entity shard and the shards of the stories it shows: nothing else', async () => {
    const { read, reads } = folder();
    const entity = index.entities.find((e) => e.snippets.length > 0)!;
    const position = index.entities.indexOf(entity);
    await cardIndexFromShards(new IndexShards(read), entity.id);
    const shown = new Set([...entity.snippets.map(([s]) => s), ...entity.stories.slice(0, 5).map(([s]) => s), ...(entity.roleStory >= 0 ? [entity.roleStory] : [])]);
    expect(reads.sort()).toEqual(
      [INDEX_FILES.manifest, INDEX_FILES.entities, INDEX_FILES.stories, `entities/${String(Math.floor(position / SIZES.entityShardSize)).padStart(4, '0')}.json`, ...[...shown].map((s) => `stories/${String(s).padStart(4, '0')}.json`)].sort(),
    );
  });

  test('missing sources, dates and URLs survive', async () => {
    const story = { id: 'x', title: 'No source', source: null, published: null, url: null };
    const withBare = { ...compiled, index: { ...index, stories: [...index.stories, story] }, texts: [...texts, 'Text.'] };
    const back = await readCompiledIndex(folder(indexFiles(withBare, SIZES)).read);
    expect(back.stories.at(-1)).toEqual(story);
    expect(TEXT_SHARD_SIZE).toBeGreaterThan(withBare.texts.length);
  });

  test('an entity decodes its lists only when they are read; files of another layout are refused clearly', async () => {
    const { read, byPath } = folder();
    const shard0 = JSON.parse(byPath.get('entities/0000.json')!) as { stories: string };
    byPath.set('entities/0000.json', JSON.stringify({ ...shard0, stories: shard0.stories.replace(/[^ ]/, '"') }));
    const first = await new IndexShards(read).entity(0);
    expect(first.name).toBe(index.entities[0]!.name);
    expect(() => first.stories).toThrow(/bad number character/);

    byPath.set(INDEX_FILES.manifest, JSON.stringify({ ...JSON.parse(byPath.get(INDEX_FILES.manifest)!), version: 2 }));
    await expect(new IndexShards(read).entity(0)).rejects.toThrow(/corpus files version 2, expected 3: compile the corpus again/);
  });

  test('an entity in more stories than a card shows: the newest five and the timeline, alone and merged with a library', async () => {
    // Seven bundled stories and four of the reader's own name one minister, on different dates.
    const story = (i: number, year: number, source: string) =>
      makeArticle({ title: `Budget row ${source} ${i}`, source, published: `${year}-0${(i % 9) + 1}-1${i % 9}`, url: null, datelinePlace: null, text: `Finance minister Amara Kessler defended the budget in Lisbon on day ${i}. Kessler said the plan would hold.` });
    const bundled = compile([1, 2, 3, 4, 5, 6, 7].map((i) => story(i, 2015 + i, 'Bundled Wire')));
    const library = compile([1, 2, 3, 4].map((i) => story(i + 10, 2016 + 2 * i, 'My Archive')));
    const id = bundled.index.entities.find((e) => e.name === 'Amara Kessler')!.id;
    expect(bundled.index.entities.find((e) => e.id === id)!.stories).toHaveLength(7);
    const { read } = folder(indexFiles(bundled, SIZES));
    const fromShards = (await cardIndexFromShards(new IndexShards(read), id))!;
    const bundledText = (s: number) => bundled.texts[s]!;
    const libraryText = (s: number) => library.texts[s]!;
    const alone = buildMergedEntityCard([{ index: fromShards, textOf: bundledText }], id)!;
    expect(alone).toEqual(buildEntityCard(bundled.index, id, bundledText));
    expect(alone.stories).toHaveLength(5);
    const merged = buildMergedEntityCard([{ index: fromShards, textOf: bundledText }, { index: cardIndexOf(library.index), textOf: libraryText }], id)!;
    expect(merged).toEqual(buildMergedEntityCard([{ index: cardIndexOf(bundled.index), textOf: bundledText }, { index: cardIndexOf(library.index), textOf: libraryText }], id));
    expect(merged.storyCount).toBe(11);
    // The newest five across both indexes, newest first (2024 and 2022 from the library among them).
    const dates = merged.stories.map((s) => s.published!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates).toEqual(['2024-06-15', '2022-08-17', '2022-05-14', '2021-07-16', '2020-06-15']);
    expect(new Set(merged.stories.map((s) => s.source))).toEqual(new Set(['Bundled Wire', 'My Archive']));
  });
});
