import { describe, expect, test } from 'vitest';
import type { EntityStats, StoryMeta } from '../../../lib/index/compiled-index';
import { decodeEntities, decodeStories, encodeEntities, encodeStories } from '../../../lib/index/index-files';
import { compile, readPlainTextArticle, SECOND_ARTICLE_FILE, SEED_FILE } from '../helpers/engine';

/** What a reader of each field sees (decoded entities read their lists on demand). */
const plain = (e: EntityStats) => ({ id: e.id, kind: e.kind, name: e.name, role: e.role, roleStory: e.roleStory, stories: e.stories, snippets: e.snippets, related: e.related });
const throughJson = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('index files: entities and stories as columns', () => {
  const { index } = compile([readPlainTextArticle(SEED_FILE), readPlainTextArticle(SECOND_ARTICLE_FILE)]);

  test('the seed and a second article give entities with stories, snippets, co-mentions and roles', () => {
    expect(index.entities.length).toBeGreaterThan(10);
    expect(index.entities.some((e) => e.role !== null && e.roleStory >= 0)).toBe(true);
    expect(index.entities.some((e) => e.related.length > 0 && e.snippets.length > 0)).toBe(true);
  });

  test('entities survive the encoding through JSON unchanged', () => {
    expect(decodeEntities(throughJson(encodeEntities(index.entities))).map(plain)).toEqual(index.entities.map(plain));
  });

  test('stories survive it too, missing sources, dates and URLs included', () => {
    const stories: StoryMeta[] = [...index.stories, { id: 'x', title: 'No source', source: null, published: null, url: null }];
    expect(decodeStories(throughJson(encodeStories(stories)))).toEqual(stories);
  });

  test('an entity decodes its lists only when they are read', () => {
    const table = throughJson(encodeEntities(index.entities));
    const broken = { ...table, stories: table.stories.replace(/[^ ]/, '"') };
    const entities = decodeEntities(broken);
    expect(entities[0]!.name).toBe(index.entities[0]!.name);
    expect(() => entities[0]!.stories).toThrow(/bad number character/);
  });
});
