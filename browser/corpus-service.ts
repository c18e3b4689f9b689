import { browser } from 'wxt/browser';
import type { CompiledIndex } from '../lib/index/compiled-index';
import { buildEntityCard, storyRef, type EntityCard } from '../lib/index/entity-card';
import {
  decodeEntities,
  decodeStories,
  INDEX_FILES,
  textShardFile,
  textShardOf,
  TEXT_SHARD_SIZE,
  type EntityRow,
  type StoryRow,
} from '../lib/index/index-files';
import { lookupsOf } from '../lib/index/index-lookups';
import { rankRelatedStories, type PageEntityCount, type RelatedStory } from '../lib/index/related-stories';
import { searchStories, type SearchHit } from '../lib/index/search-stories';
import { foldName } from '../lib/text/normalize';
import { detectDocument, type Mention } from '../lib/ner/detect-mentions';
import { createMatcher, type Lexicon, type Matcher } from '../lib/ner/lexicon';
import type { FullStory, PageTerms } from './messages';
import type { KeywordIndex } from '../lib/index/keywords';

const EMPTY_LEXICON: Lexicon = { entities: [], aliases: {}, common: [], gazetteer: {}, cities: {}, countries: [], demonyms: [], givenNames: [], teams: [] };

async function fetchJson<T>(file: string): Promise<T> {
  // The index is generated at build time, so WXT's list of public paths does not know it.
  const response = await fetch((browser.runtime.getURL as (p: string) => string)(`/corpus/${file}`));
  if (!response.ok) throw new Error(`cannot load corpus/${file}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The bundled corpus, loaded piece by piece on first use: the lexicon for the first scan, entities
 * and stories for the first card or related-stories question, and only the text shards a card's
 * snippets or the reader page need. A stopped service worker reloads what it is asked for.
 */
export class CorpusService {
  private lexicon: Promise<{ lexicon: Lexicon; matcher: Matcher }> | null = null;
  private catalogue: Promise<{ index: CompiledIndex; storyIndex: Map<string, number> }> | null = null;
  private keywords: Promise<KeywordIndex> | null = null;
  private shards = new Map<number, Promise<string[]>>();
  /** Every story's text, folded for search; loaded on the first search only. */
  private searchTexts: Promise<{ texts: string[]; folded: string[] }> | null = null;

  private loadLexicon() {
    this.lexicon ??= fetchJson<Lexicon>(INDEX_FILES.lexicon).then((lexicon) => ({ lexicon, matcher: createMatcher(lexicon) }));
    return this.lexicon;
  }

  private loadCatalogue() {
    // Cards need entities and stories only: a cold service worker answers the first card without
    // parsing the lexicon or the keywords.
    this.catalogue ??= Promise.all([
      fetchJson<EntityRow[]>(INDEX_FILES.entities).then(decodeEntities),
      fetchJson<StoryRow[]>(INDEX_FILES.stories).then(decodeStories),
    ]).then(([entities, stories]) => {
      const index: CompiledIndex = { version: 1, lexicon: EMPTY_LEXICON, entities, stories };
      lookupsOf(index);
      return { index, storyIndex: new Map(stories.map((s, i) => [s.id, i])) };
    });
    return this.catalogue;
  }

  private loadShard(shard: number) {
    let p = this.shards.get(shard);
    if (!p) {
      p = fetchJson<string[]>(textShardFile(shard));
      this.shards.set(shard, p);
    }
    return p;
  }

  /** Loads the text shards of these stories and returns a synchronous reader over them. */
  private async textsFor(storyIndices: readonly number[]): Promise<(s: number) => string> {
    const shardIds = [...new Set(storyIndices.map(textShardOf))];
    const loaded = new Map(await Promise.all(shardIds.map(async (id) => [id, await this.loadShard(id)] as const)));
    return (s) => loaded.get(textShardOf(s))?.[s % TEXT_SHARD_SIZE] ?? '';
  }

  async detect(texts: string[]): Promise<Mention[][]> {
    const { matcher } = await this.loadLexicon();
    return detectDocument(texts, matcher);
  }

  async card(entity: string): Promise<EntityCard | null> {
    const { index } = await this.loadCatalogue();
    const e = lookupsOf(index).entityIndex.get(entity);
    if (e === undefined) return null;
    const textOf = await this.textsFor(index.entities[e]!.snippets.map(([s]) => s));
    return buildEntityCard(index, entity, textOf);
  }

  async related(entities: PageEntityCount[], excludeUrl: string | null, terms: PageTerms | null): Promise<RelatedStory[]> {
    const [{ index }, keywords] = await Promise.all([this.loadCatalogue(), (this.keywords ??= fetchJson<KeywordIndex>(INDEX_FILES.keywords))]);
    index.keywords ??= keywords;
    return rankRelatedStories(index, entities, { excludeUrl, pageTerms: terms ? new Map(terms) : null });
  }

  /** Stories whose title or text has every word of the query. */
  async search(query: string): Promise<SearchHit[]> {
    const { index } = await this.loadCatalogue();
    this.searchTexts ??= (async () => {
      const count = index.stories.length;
      const shardCount = Math.ceil(count / TEXT_SHARD_SIZE);
      const shards = await Promise.all(Array.from({ length: shardCount }, (_, i) => this.loadShard(i)));
      const texts = shards.flat();
      return { texts, folded: texts.map(foldName) };
    })();
    const { texts, folded } = await this.searchTexts;
    return searchStories(index.stories, (i) => texts[i] ?? '', (i) => folded[i] ?? '', query);
  }

  async story(id: string): Promise<FullStory | null> {
    const { index, storyIndex } = await this.loadCatalogue();
    const s = storyIndex.get(id);
    if (s === undefined) return null;
    const textOf = await this.textsFor([s]);
    return { ...storyRef(index.stories[s]!), text: textOf(s) };
  }
}
