import { browser } from 'wxt/browser';
import type { CompiledIndex } from '../lib/index/compiled-index';
import type { Register } from '../lib/ner/register';
import { cardIndexFromShards } from '../lib/index/card-from-shards';
import { buildMergedEntityCard, cardIndexOf, storyRef, type CardSource, type EntityCard } from '../lib/index/entity-card';
import { mergeLexicons } from '../lib/index/merge-lexicons';
import { mergeRelated } from '../lib/index/merge-related';
import type { LibrarySource } from './library-source';
import { INDEX_FILES, IndexShards, textShardFile, textShardOf, TEXT_SHARD_SIZE } from '../lib/index/index-files';
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
  /**
   * `library`: the reader's own stories, used by cards, related stories, search and the reader page;
   * `libraryNamesOnPages`: whether names only the library knows are looked for on web pages (a page
   * could otherwise learn what the library holds by planting names and watching for highlights).
   */
  constructor(
    private readonly library: LibrarySource | null = null,
    private readonly libraryNamesOnPages: () => Promise<boolean> = async () => false,
  ) {}

  /** The detection matcher with the library's names, for one library generation. */
  private withLibrary: { generation: number; matcher: Promise<Matcher> } | null = null;

  private lexicon: Promise<{ lexicon: Lexicon; matcher: Matcher }> | null = null;
  private catalogue: Promise<{ index: CompiledIndex }> | null = null;
  /** Story id -> index, for the reader page only (a cold card does not pay for it). */
  private storyIndex: Map<string, number> | null = null;
  private keywords: Promise<KeywordIndex> | null = null;
  private textShards = new Map<number, Promise<string[]>>();
  /** Every story's text, folded for search; loaded on the first search only. */
  private searchTexts: Promise<{ texts: string[]; folded: string[] }> | null = null;

  private loadLexicon() {
    this.lexicon ??= fetchJson<Lexicon>(INDEX_FILES.lexicon).then((lexicon) => ({ lexicon, matcher: createMatcher(lexicon) }));
    return this.lexicon;
  }

  /** Entities and stories, read shard by shard as cards need them. */
  private readonly shards = new IndexShards((path) => fetchJson(path));

  private loadCatalogue() {
    // Related stories, search and the reader page need every entity and story; a card does not
    // (see card()), so a cold service worker answers the first card without this.
    this.catalogue ??= Promise.all([this.shards.allEntities(), this.shards.allStories()]).then(([entities, stories]) => {
      const index: CompiledIndex = { version: 1, lexicon: EMPTY_LEXICON, entities, stories };
      lookupsOf(index);
      return { index };
    });
    return this.catalogue;
  }

  private loadShard(shard: number) {
    let p = this.textShards.get(shard);
    if (!p) {
      p = fetchJson<string[]>(textShardFile(shard));
      this.textShards.set(shard, p);
    }
    return p;
  }

  /** Loads the text shards of these stories and returns a synchronous reader over them. */
  private async textsFor(storyIndices: readonly number[]): Promise<(s: number) => string> {
    const shardIds = [...new Set(storyIndices.map(textShardOf))];
    const loaded = new Map(await Promise.all(shardIds.map(async (id) => [id, await this.loadShard(id)] as const)));
    return (s) => loaded.get(textShardOf(s))?.[s % TEXT_SHARD_SIZE] ?? '';
  }

  /** Mentions in a batch of a page's blocks; `register` tells the register of the whole page. */
  async detect(texts: string[], register: Register): Promise<Mention[][]> {
    return detectDocument(texts, await this.pageMatcher(), register);
  }

  /** The bundled lexicon, with the library's names when the reader allows them on pages. */
  private async pageMatcher(): Promise<Matcher> {
    const [{ lexicon, matcher }, allowed] = await Promise.all([this.loadLexicon(), this.libraryNamesOnPages()]);
    const library = allowed ? await this.library?.load() : null;
    if (!library || library.index.lexicon.entities.length === 0) return matcher;
    if (this.withLibrary?.generation !== library.generation) {
      this.withLibrary = { generation: library.generation, matcher: Promise.resolve(createMatcher(mergeLexicons(lexicon, library.index.lexicon))) };
    }
    return this.withLibrary.matcher;
  }

  /** Tells the service the library changed: it is read again when next needed. */
  libraryChanged(): void {
    this.library?.invalidate();
    this.withLibrary = null;
  }

  async card(entity: string): Promise<EntityCard | null> {
    const [bundled, library] = await Promise.all([cardIndexFromShards(this.shards, entity), this.library?.load() ?? null]);
    const sources: CardSource[] = [];
    const stats = bundled?.entity(entity);
    if (bundled && stats) sources.push({ index: bundled, textOf: await this.textsFor(stats.snippets.map(([s]) => s)) });
    const own = library ? cardIndexOf(library.index) : null;
    const ownStats = own?.entity(entity);
    if (library && own && ownStats) sources.push({ index: own, textOf: await library.texts(ownStats.snippets.map(([s]) => s)) });
    const card = buildMergedEntityCard(sources, entity);
    return card && library ? { ...card, sealed: true } : card;
  }

  async related(entities: PageEntityCount[], excludeUrl: string | null, terms: PageTerms | null): Promise<RelatedStory[]> {
    const [{ index }, keywords, library] = await Promise.all([
      this.loadCatalogue(),
      (this.keywords ??= fetchJson<KeywordIndex>(INDEX_FILES.keywords)),
      this.library?.load() ?? null,
    ]);
    index.keywords ??= keywords;
    const options = { excludeUrl, pageTerms: terms ? new Map(terms) : null };
    const bundled = rankRelatedStories(index, entities, options);
    return library ? mergeRelated([bundled, rankRelatedStories(library.index, entities, options)], bundled.length || 10) : bundled;
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
    const library = await this.library?.load();
    if (!library) return searchStories(index.stories, (i) => texts[i] ?? '', (i) => folded[i] ?? '', query);
    // The library's stories after the bundled ones, searched as one list.
    const own = library.index.stories;
    const ownText = await library.texts(own.map((_, i) => i));
    const ownFolded = new Map<number, string>();
    const n = index.stories.length;
    const textAt = (i: number) => (i < n ? (texts[i] ?? '') : ownText(i - n));
    const foldedAt = (i: number) => (i < n ? (folded[i] ?? '') : ownFolded.get(i) ?? (ownFolded.set(i, foldName(ownText(i - n))), ownFolded.get(i)!));
    return searchStories([...index.stories, ...own], textAt, foldedAt, query);
  }

  async story(id: string): Promise<FullStory | null> {
    const { index } = await this.loadCatalogue();
    this.storyIndex ??= new Map(index.stories.map((story, i) => [story.id, i]));
    const s = this.storyIndex.get(id);
    if (s !== undefined) {
      const textOf = await this.textsFor([s]);
      return { ...storyRef(index.stories[s]!), text: textOf(s) };
    }
    const library = await this.library?.load();
    const l = library?.index.stories.findIndex((meta) => meta.id === id) ?? -1;
    if (!library || l < 0) return null;
    const textOf = await library.texts([l]);
    return { ...storyRef(library.index.stories[l]!), text: textOf(l) };
  }
}
