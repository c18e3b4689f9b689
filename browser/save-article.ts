import { makeArticle } from '../lib/corpus/article';
import { findDateline } from '../lib/corpus/dateline';
import { parseNewsDate } from '../lib/corpus/dates';
import { loadEngineResources } from './engine-resources';
import { openLibrary } from './library-db';
import { compileLibrary, importArticles } from './library-import';
import { holdImportLock, LIBRARY_WORKER_PATH, type LibraryWorkerEvent, type LibraryWorkerRequest } from './library-worker-protocol';
import type { PageArticle, SaveResult } from './messages';

/**
 * Keeps a page's article in the library and indexes it at once. Where the compiler runs is chosen
 * by what the background is: Chrome's service worker is already off every page's UI thread (and
 * cannot start workers), while Firefox's background page shares its thread with the extension's
 * pages, so there the compile goes to the library worker.
 */
export async function saveArticle(page: PageArticle): Promise<SaveResult> {
  const text = page.text.replace(/\r\n?/g, '\n').trim();
  const title = page.title.trim() || text.slice(0, 80);
  if (!text) return { status: 'failed', message: 'This page has no article text to save.' };
  const dateline = findDateline(text);
  const article = makeArticle({
    title,
    text,
    source: page.source,
    published: page.published ? parseNewsDate(page.published) : null,
    url: page.url,
    datelinePlace: dateline ? dateline.place : null,
  });
  const db = await openLibrary();
  const report = await importArticles(db, title, { articles: [article], errors: [] }, 'saved', { holdWhileWriting: holdImportLock });
  if (report.duplicates > 0) return { status: 'duplicate', message: 'This story is already in your library.' };
  if (report.imported === 0) return { status: 'failed', message: report.errors.map((e) => e.message).join('; ') || 'The story could not be saved.' };
  await (typeof Worker === 'function' ? compileInWorker() : compileLibrary(db, await loadEngineResources()));
  return { status: 'saved', message: `Saved “${title}” to your library.` };
}

function compileInWorker(): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LIBRARY_WORKER_PATH);
    worker.onmessage = (e: MessageEvent<LibraryWorkerEvent>) => {
      if (e.data.type === 'done' || e.data.type === 'failed') {
        worker.terminate();
        if (e.data.type === 'done') resolve();
        else reject(new Error(e.data.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage({ type: 'compile' } satisfies LibraryWorkerRequest);
  });
}
