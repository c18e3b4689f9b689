import type { CompiledIndex } from '../lib/index/compiled-index';
import { loadCompiled, libraryStory, openLibrary, rollbackAbandonedImports, type LibraryDb } from './library-db';
import { isImportRunning } from './library-worker-protocol';

export interface LoadedLibrary {
  generation: number;
  index: CompiledIndex;
  /** Loads these stories' full text and returns a synchronous reader over it. */
  texts(storyIndices: readonly number[]): Promise<(s: number) => string>;
}

/**
 * The reader's library as the background reads it: the compiled library from IndexedDB, loaded on
 * first use and again after a change (`invalidate`); story texts read one by one as cards need them.
 */
export class LibrarySource {
  private loaded: Promise<LoadedLibrary | null> | null = null;

  invalidate(): void {
    this.loaded = null;
  }

  load(): Promise<LoadedLibrary | null> {
    this.loaded ??= this.read().catch((e: unknown) => {
      // A broken or unavailable library must not take the bundled corpus down with it.
      console.warn('Backstory: the library could not be read', e);
      this.loaded = null;
      return null;
    });
    return this.loaded;
  }

  private async read(): Promise<LoadedLibrary | null> {
    const db = await openLibrary();
    await rollbackAbandonedImports(db, isImportRunning);
    const compiled = await loadCompiled(db);
    if (!compiled || compiled.index.stories.length === 0) return null;
    const { index, generation } = compiled;
    const cache = new Map<number, string>();
    return {
      generation,
      index,
      texts: async (indices) => {
        await Promise.all(indices.filter((s) => !cache.has(s)).map(async (s) => cache.set(s, (await storyText(db, index, s)) ?? '')));
        return (s) => cache.get(s) ?? '';
      },
    };
  }
}

async function storyText(db: LibraryDb, index: CompiledIndex, s: number): Promise<string | null> {
  const meta = index.stories[s];
  return meta ? ((await libraryStory(db, meta.id))?.text ?? null) : null;
}
