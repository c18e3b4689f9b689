import type { KeywordIndex } from './keywords';
import type { EntityKind } from '../ner/entity';
import type { Lexicon } from '../ner/lexicon';

/** Story metadata as the index keeps it (the full text lives apart, in `texts`). */
export interface StoryMeta {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  url: string | null;
}

/**
 * A sentence of a story that shows an entity: [story index, sentence start, sentence end, then the
 * mention's start and end inside the sentence] (so a card emphasises the name without the lexicon).
 */
export type SnippetRef = [number, number, number, number, number];

export interface EntityStats {
  id: string;
  kind: EntityKind;
  name: string;
  role: string | null;
  /** Story index the role was read from, or -1. */
  roleStory: number;
  /** [story index, mentions], newest story first. */
  stories: [number, number][];
  snippets: SnippetRef[];
  /** [entity index, stories shared], most shared first. */
  related: [number, number][];
}

/** Everything the background answers from, except the stories' full text. */
export interface CompiledIndex {
  version: 1;
  lexicon: Lexicon;
  entities: EntityStats[];
  stories: StoryMeta[];
  /** Each story's keywords (absent in indexes built before topics counted). */
  keywords?: KeywordIndex;
}

export const INDEX_VERSION = 1;
