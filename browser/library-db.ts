import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CorpusError } from '../lib/corpus/article';
import type { CompiledIndex } from '../lib/index/compiled-index';
import type { KnownStories, LibraryStory } from '../lib/library/library-story';

/**
 * The reader's library in IndexedDB. Only extension pages, the library worker and the background
 * open it (a content script would open the web page's own database, never this one).
 *
 * An import writes its stories in batches under an import record marked "writing" and flips it to
 * "done" in a last transaction: stories of an import that is not done do not count, and an import
 * abandoned half way (tab closed, worker stopped, quota full) is rolled back the next time the
 * library is opened, so the library is exactly what it was before that file.
 */
export interface ImportRecord {
  id: string;
  /** File name, or the page's title for a saved page. */
  file: string;
  origin: LibraryStory['origin'];
  status: 'writing' | 'done';
  startedAt: string;
  finishedAt: string | null;
  imported: number;
  duplicates: number;
  errors: CorpusError[];
}

/** The library compiled by the same compiler as the bundled corpus (texts stay in `stories`). */
export interface CompiledLibrary {
  /** Bumped by every change: the background reloads when it differs from what it holds. */
  generation: number;
  index: CompiledIndex;
}

interface LibrarySchema extends DBSchema {
  stories: { key: string; value: LibraryStory; indexes: { urlKey: string; textKey: string; importId: string } };
  imports: { key: string; value: ImportRecord };
  compiled: { key: string; value: CompiledLibrary };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;

export const LIBRARY_DB_NAME = 'backstory-library';
const COMPILED_KEY = 'library';

export function openLibrary(): Promise<LibraryDb> {
  return openDB<LibrarySchema>(LIBRARY_DB_NAME, 1, {
    upgrade(db) {
      const stories = db.createObjectStore('stories', { keyPath: 'id' });
      // Stories without a URL are simply not in the urlKey index (null is no key).
      stories.createIndex('urlKey', 'urlKey');
      stories.createIndex('textKey', 'textKey');
      stories.createIndex('importId', 'importId');
      db.createObjectStore('imports', { keyPath: 'id' });
      db.createObjectStore('compiled');
    },
  });
}

export async function startImport(db: LibraryDb, record: Pick<ImportRecord, 'id' | 'file' | 'origin'>): Promise<void> {
  await db.put('imports', { ...record, status: 'writing', startedAt: new Date().toISOString(), finishedAt: null, imported: 0, duplicates: 0, errors: [] });
}

/** Writes one batch of an import in one transaction. */
export async function writeBatch(db: LibraryDb, stories: readonly LibraryStory[]): Promise<void> {
  const tx = db.transaction('stories', 'readwrite');
  await Promise.all([...stories.map((s) => tx.store.put(s)), tx.done]);
}

/** Makes an import's stories count, with its report. */
export async function finishImport(db: LibraryDb, id: string, report: Pick<ImportRecord, 'imported' | 'duplicates' | 'errors'>): Promise<void> {
  const tx = db.transaction('imports', 'readwrite');
  const record = await tx.store.get(id);
  if (!record) throw new Error(`import ${id} is not in the library (was it cancelled?)`);
  await tx.store.put({ ...record, ...report, status: 'done', finishedAt: new Date().toISOString() });
  await tx.done;
}

/** Removes an import that is not done and every story it wrote. */
export async function rollbackImport(db: LibraryDb, id: string): Promise<void> {
  const tx = db.transaction(['stories', 'imports'], 'readwrite');
  const record = await tx.objectStore('imports').get(id);
  if (record?.status === 'done') return tx.done;
  const keys = await tx.objectStore('stories').index('importId').getAllKeys(id);
  await Promise.all([...keys.map((k) => tx.objectStore('stories').delete(k)), tx.objectStore('imports').delete(id), tx.done]);
}

/**
 * Rolls back imports left "writing" by a page or worker that is gone. `isRunning` says whether an
 * import is still being written by someone alive (a held Web Lock in the browser).
 */
export async function rollbackAbandonedImports(db: LibraryDb, isRunning: (importId: string) => Promise<boolean>): Promise<number> {
  let rolledBack = 0;
  for (const record of await db.getAll('imports')) {
    if (record.status === 'writing' && !(await isRunning(record.id))) {
      await rollbackImport(db, record.id);
      rolledBack++;
    }
  }
  return rolledBack;
}

/** The ids of imports that are done. */
async function doneImports(db: LibraryDb): Promise<Set<string>> {
  return new Set((await db.getAll('imports')).filter((r) => r.status === 'done').map((r) => r.id));
}

/** Every story that counts (its import is done), oldest addition first. */
export async function libraryStories(db: LibraryDb): Promise<LibraryStory[]> {
  const done = await doneImports(db);
  return (await db.getAll('stories')).filter((s) => done.has(s.importId)).sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : 1));
}

export async function libraryStory(db: LibraryDb, id: string): Promise<LibraryStory | null> {
  const story = await db.get('stories', id);
  if (!story) return null;
  const record = await db.get('imports', story.importId);
  return record?.status === 'done' ? story : null;
}

/** URL and text keys of the stories kept, for duplicate checks. */
export async function knownStories(db: LibraryDb): Promise<KnownStories> {
  const tx = db.transaction('stories');
  const [urls, texts] = await Promise.all([collectKeys(tx.store.index('urlKey')), collectKeys(tx.store.index('textKey'))]);
  return { hasUrl: (k) => urls.has(k), hasText: (k) => texts.has(k) };
}

async function collectKeys(index: { openKeyCursor(): Promise<{ key: IDBValidKey; continue(): Promise<unknown> } | null> }): Promise<Set<string>> {
  const keys = new Set<string>();
  for (let cursor = await index.openKeyCursor(); cursor; cursor = (await cursor.continue()) as typeof cursor) keys.add(String(cursor.key));
  return keys;
}

export async function deleteStories(db: LibraryDb, ids: readonly string[]): Promise<void> {
  const tx = db.transaction('stories', 'readwrite');
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
}

export async function clearLibrary(db: LibraryDb): Promise<void> {
  const tx = db.transaction(['stories', 'imports', 'compiled'], 'readwrite');
  await Promise.all([tx.objectStore('stories').clear(), tx.objectStore('imports').clear(), tx.objectStore('compiled').clear(), tx.done]);
}

export async function importRecords(db: LibraryDb): Promise<ImportRecord[]> {
  return (await db.getAll('imports')).sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1));
}

export async function saveCompiled(db: LibraryDb, index: CompiledIndex): Promise<number> {
  const tx = db.transaction('compiled', 'readwrite');
  const generation = ((await tx.store.get(COMPILED_KEY))?.generation ?? 0) + 1;
  await tx.store.put({ generation, index }, COMPILED_KEY);
  await tx.done;
  return generation;
}

export async function loadCompiled(db: LibraryDb): Promise<CompiledLibrary | null> {
  return (await db.get('compiled', COMPILED_KEY)) ?? null;
}
