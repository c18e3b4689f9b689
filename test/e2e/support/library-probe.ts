import type { Page } from 'puppeteer-core';

export interface RawStory {
  id: string;
  title: string;
  text: string;
  source: string | null;
  published: string | null;
  url: string | null;
  origin: string;
  importId: string;
}

export interface RawImport {
  id: string;
  file: string;
  status: string;
}

/** The library's IndexedDB as it is, read from one of the extension's pages (unfinished imports included). */
export function readRawLibrary(page: Page): Promise<{ stories: RawStory[]; imports: RawImport[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('backstory-library');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result as T[]);
        r.onerror = () => reject(r.error);
      });
    const [stories, imports] = await Promise.all([all<RawStory>('stories'), all<RawImport>('imports')]);
    db.close();
    return {
      stories: stories.map(({ id, title, text, source, published, url, origin, importId }) => ({ id, title, text, source, published, url, origin, importId })),
      imports: imports.map(({ id, file, status }) => ({ id, file, status })),
    };
  });
}
