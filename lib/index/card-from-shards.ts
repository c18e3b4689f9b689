import type { CompiledIndex } from './compiled-index';
import { storiesShownFor, type CardIndex } from './entity-card';
import { INDEX_FILES, IndexShards, kindAt, type ReadIndexFile } from './index-files';
import type { KeywordIndex } from './keywords';
import type { Lexicon } from '../ner/lexicon';

/**
 * What one card needs of a corpus folder, and nothing more: the entity's shard, the directory of
 * names and dates, and the shards of the few stories it shows. A stopped service worker answers a
 * first card with this instead of reading every entity and story.
 */
export async function cardIndexFromShards(shards: IndexShards, entityId: string): Promise<CardIndex | null> {
  // The dates are read side by side with the directory, not after it.
  const dates = shards.dates();
  const position = await shards.entityPosition(entityId);
  if (position < 0) return null;
  const [stats, directory, { published }] = await Promise.all([shards.entity(position), shards.directory(), dates]);
  const shown = await shards.stories(storiesShownFor(stats));
  return {
    entity: (id) => (id === entityId ? stats : undefined),
    entityName: (i) => ({ id: directory.ids[i]!, kind: kindAt(directory, i), name: directory.names[i]! }),
    published: (s) => published[s] ?? null,
    story: (s) => {
      const meta = shown.get(s);
      if (!meta) throw new Error(`story ${s} was not loaded for the card of ${entityId}`);
      return meta;
    },
  };
}

/** A whole compiled index read back from its folder (the command line, benchmarks, tests). */
export async function readCompiledIndex(read: ReadIndexFile): Promise<CompiledIndex> {
  const shards = new IndexShards(read);
  const [lexicon, keywords, entities, stories] = await Promise.all([read(INDEX_FILES.lexicon), read(INDEX_FILES.keywords), shards.allEntities(), shards.allStories()]);
  return { version: 1, lexicon: lexicon as Lexicon, keywords: keywords as KeywordIndex, entities, stories };
}
