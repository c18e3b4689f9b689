import type { LibraryApi } from '../components/LibraryApp';
import { toJsonlLine } from '../lib/library/library-story';
import { askBackground } from './messages';
import { clearLibrary, deleteStories, libraryStories, openLibrary, rollbackAbandonedImports } from './library-db';
import { isImportRunning, LIBRARY_WORKER_PATH, type LibraryWorkerEvent, type LibraryWorkerRequest } from './library-worker-protocol';

/** Runs one job in a fresh library worker; resolves on "done", rejects on "failed". */
function runWorker(request: LibraryWorkerRequest, onEvent: (e: LibraryWorkerEvent) => void = () => undefined): { worker: Worker; finished: Promise<void> } {
  // The extension's own origin: a same-origin worker script from the build.
  const worker = new Worker(LIBRARY_WORKER_PATH);
  const finished = new Promise<void>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<LibraryWorkerEvent>) => {
      onEvent(e.data);
      if (e.data.type === 'done' || e.data.type === 'failed') {
        worker.terminate();
        // The background reads the library again when it next needs it.
        void askBackground('libraryChanged', {}).catch(() => undefined);
        if (e.data.type === 'done') resolve();
        else reject(new Error(e.data.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      onEvent({ type: 'failed', message: e.message || 'the library worker stopped' });
      reject(new Error(e.message));
    };
  });
  worker.postMessage(request);
  return { worker, finished };
}

/** The library page's access to the library: IndexedDB directly, heavy work in the library worker. */
export const libraryClient: LibraryApi = {
  async list() {
    const db = await openLibrary();
    // An import left half way by a page closed or a worker stopped goes before anything is shown.
    await rollbackAbandonedImports(db, isImportRunning);
    return (await libraryStories(db)).reverse().map(({ id, title, source, published, url, origin }) => ({ id, title, source, published, url, origin }));
  },
  startImport(files, onEvent) {
    const { worker, finished } = runWorker({ type: 'import', files }, onEvent);
    finished.catch(() => undefined);
    return { cancel: () => worker.postMessage({ type: 'cancel' } satisfies LibraryWorkerRequest) };
  },
  async remove(ids) {
    await deleteStories(await openLibrary(), ids);
    await runWorker({ type: 'compile' }).finished;
  },
  async clear() {
    await clearLibrary(await openLibrary());
    await askBackground('libraryChanged', {});
  },
  async exportJsonl() {
    const stories = await libraryStories(await openLibrary());
    return stories.map(toJsonlLine).join('\n') + (stories.length > 0 ? '\n' : '');
  },
  openStory(id) {
    void askBackground('openStory', { id });
  },
};
