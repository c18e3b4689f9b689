import type { Article } from '../corpus/article';
import { splitSentences } from '../text/sentences';
import { buildKeywordIndex } from './keywords';
import { discoverEntities } from '../ner/discover-entities';
import type { Gazetteer } from '../ner/gazetteer';
import { buildLexicon, createMatcher } from '../ner/lexicon';
import { detectDocument, type Mention } from '../ner/detect-mentions';
import { INDEX_VERSION, type CompiledIndex, type EntityStats, type SnippetRef, type StoryMeta } from './compiled-index';

export interface CompileOptions {
  gazetteer: Gazetteer;
  dictionary: ReadonlySet<string>;
  /** Snippets kept per entity. */
  snippetsPerEntity?: number;
  relatedPerEntity?: number;
  /** Called as work advances: phase, stories done, stories in all. */
  onProgress?: (phase: CompilePhase, done: number, total: number) => void;
}

export type CompilePhase = 'discovering' | 'indexing';

export interface CompiledCorpus {
  index: CompiledIndex;
  /** Full text of each story, by story index. */
  texts: string[];
}

/** Paragraphs of an article as detection blocks: title first, then the body's paragraphs. */
export function articleBlocks(article: Pick<Article, 'title' | 'text'>): { text: string; offset: number }[] {
  const blocks = [{ text: article.title, offset: -1 }];
  let offset = 0;
  for (const para of article.text.split('\n\n')) {
    blocks.push({ text: para, offset });
    offset += para.length + 2;
  }
  return blocks;
}

/** Orders articles newest first, undated last, then by id: the same corpus gives the same index. */
function byDateThenId(a: Article, b: Article): number {
  const da = a.published ?? '';
  const db = b.published ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Compiles articles into the index: discovers entities, then runs the same detector the extension
 * uses over every story to count mentions, pick snippets and co-mentions.
 */
export function compileIndex(input: readonly Article[], options: CompileOptions): CompiledCorpus {
  const unique = new Map<string, Article>();
  for (const a of input) if (!unique.has(a.id)) unique.set(a.id, a);
  const articles = [...unique.values()].sort(byDateThenId);
  const { entities, wordCase, givenNames, teams } = discoverEntities(articles, options);

  const weights = new Map(entities.map((e) => [e.id, e.weight]));
  const common: string[] = [];
  for (const w of options.dictionary) {
    if ((wordCase.capital.get(w) ?? 0) <= 2 * (wordCase.lower.get(w) ?? 0) + 1) common.push(w);
  }
  for (const [w, n] of wordCase.lower) {
    if (!options.dictionary.has(w) && n >= 3 && n > 3 * (wordCase.capital.get(w) ?? 0)) common.push(w);
  }
  // Aliases are ordered by how often the corpus wrote each entity's names.
  const lexicon = buildLexicon(entities, weights, common, options.gazetteer, givenNames, teams);
  const matcher = createMatcher(lexicon);

  const indexOfEntity = new Map(lexicon.entities.map((e, i) => [e.id, i]));
  const stats: EntityStats[] = entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    role: e.role,
    roleStory: -1,
    stories: [],
    snippets: [],
    related: [],
  }));
  const snippetScores: { ref: SnippetRef; score: number }[][] = entities.map(() => []);
  const storyIndex = new Map(articles.map((a, i) => [a.id, i]));
  const stories: StoryMeta[] = [];
  const storyEntityLists: [number, number][][] = [];
  const texts: string[] = [];

  articles.forEach((article, s) => {
    if (s % 200 === 0) options.onProgress?.('indexing', s, articles.length);
    const blocks = articleBlocks(article);
    const detected: Mention[][] = detectDocument(blocks.map((b) => b.text), matcher);
    const counts = new Map<number, number>();
    const sentences = splitSentences(article.text);
    const bestSentence = new Map<number, { ref: SnippetRef; score: number }>();
    detected.forEach((mentions, bi) => {
      const block = blocks[bi]!;
      for (const m of mentions) {
        if (!m.entity) continue;
        const e = indexOfEntity.get(m.entity)!;
        counts.set(e, (counts.get(e) ?? 0) + 1);
        if (block.offset < 0) continue;
        const at = block.offset + m.start;
        const sentence = sentences.find((x) => x.start <= at && at < x.end);
        if (!sentence) continue;
        const len = sentence.end - sentence.start;
        // Telling: the full name, a comfortable length, early in the story.
        const score = (m.text.includes(' ') ? 2 : 0) + (len >= 60 && len <= 320 ? 2 : 0) - Math.min(2, sentence.start / 2000);
        const prev = bestSentence.get(e);
        if (!prev || score > prev.score) bestSentence.set(e, { ref: [s, sentence.start, sentence.end, at - sentence.start, at - sentence.start + m.text.length], score });
      }
    });
    for (const [e, best] of bestSentence) snippetScores[e]!.push(best);
    const storyEntities = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [e, n] of storyEntities) stats[e]!.stories.push([s, n]);
    stories.push({ id: article.id, title: article.title, source: article.source, published: article.published, url: article.url });
    storyEntityLists.push(storyEntities);
    texts.push(article.text);
  });

  const perEntity = options.snippetsPerEntity ?? 3;
  const relatedPerEntity = options.relatedPerEntity ?? 8;
  stats.forEach((st, e) => {
    st.roleStory = entities[e]!.roleStory ? (storyIndex.get(entities[e]!.roleStory!) ?? -1) : -1;
    st.snippets = snippetScores[e]!
      .sort((a, b) => b.score - a.score || a.ref[0] - b.ref[0])
      .slice(0, perEntity)
      .map((x) => x.ref);
    const shared = new Map<number, number>();
    for (const [s] of st.stories) for (const [other] of storyEntityLists[s]!) if (other !== e) shared.set(other, (shared.get(other) ?? 0) + 1);
    st.related = [...shared.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, relatedPerEntity);
  });

  options.onProgress?.('indexing', articles.length, articles.length);
  const keywords = buildKeywordIndex(texts);
  return { index: { version: INDEX_VERSION, lexicon, entities: stats, stories, keywords }, texts };
}
