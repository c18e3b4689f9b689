import { browser } from 'wxt/browser';
import type { CompiledIndex } from '../lib/index/compiled-index';
import { buildEntityCard, storyRef, type EntityCard } from '../lib/index/entity-card';
import { rankRelatedStories, type PageEntityCount, type RelatedStory } from '../lib/index/related-stories';
import { detectDocument, type Mention } from '../lib/ner/detect-mentions';
import { createMatcher, type Matcher } from '../lib/ner/lexicon';
import type { FullStory } from './messages';

async function fetchJson<T>(path: string): Promise<T> {
  // The index is generated at build time, so WXT's list of public paths does not know it.
  const response = await fetch((browser.runtime.getURL as (p: string) => string)(path));
  if (!response.ok) throw new Error(`cannot load ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The bundled corpus, loaded on first use: the index when any question comes, the stories' full
 * text only when a card or the reader needs it. A stopped service worker reloads it on demand.
 */
export class CorpusService {
  private index: Promise<{ index: CompiledIndex; matcher: Matcher; byId: Map<string, number> }> | null = null;
  private texts: Promise<string[]> | null = null;

  private loadIndex() {
    this.index ??= fetchJson<CompiledIndex>('/corpus/index.json').then((index) => ({
      index,
      matcher: createMatcher(index.lexicon),
      byId: new Map(index.stories.map((s, i) => [s.id, i])),
    }));
    return this.index;
  }

  private loadTexts() {
    this.texts ??= fetchJson<string[]>('/corpus/texts.json');
    return this.texts;
  }

  async detect(texts: string[]): Promise<Mention[][]> {
    const { matcher } = await this.loadIndex();
    return detectDocument(texts, matcher);
  }

  async card(entity: string): Promise<EntityCard | null> {
    const [{ index }, texts] = await Promise.all([this.loadIndex(), this.loadTexts()]);
    return buildEntityCard(index, entity, (s) => texts[s] ?? '');
  }

  async related(entities: PageEntityCount[], excludeUrl: string | null): Promise<RelatedStory[]> {
    const { index } = await this.loadIndex();
    return rankRelatedStories(index, entities, { excludeUrl });
  }

  async story(id: string): Promise<FullStory | null> {
    const [{ index, byId }, texts] = await Promise.all([this.loadIndex(), this.loadTexts()]);
    const s = byId.get(id);
    if (s === undefined) return null;
    return { ...storyRef(index.stories[s]!), text: texts[s] ?? '' };
  }
}
