import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadEngineResources } from '../browser/engine-resources';
import { openLibrary, rollbackAbandonedImports } from '../browser/library-db';
import { compileLibrary, importFile } from '../browser/library-import';
import { holdImportLock, isImportRunning, type LibraryWorkerEvent, type LibraryWorkerRequest } from '../browser/library-worker-protocol';

/**
 * The library's heavy work, off every page's UI thread: reading and parsing imported files,
 * writing them to IndexedDB, compiling the library. Workers have no DOMParser, so every parser the
 * corpus reader uses is plain JavaScript (node-html-parser, fast-xml-parser).
 */
export default defineUnlistedScript(() => {
  const scope = self as unknown as { onmessage: ((e: MessageEvent<LibraryWorkerRequest>) => void) | null; postMessage(m: LibraryWorkerEvent): void };
  let cancel: AbortController | null = null;
  const post = (m: LibraryWorkerEvent) => scope.postMessage(m);

  async function compile() {
    post({ type: 'indexing' });
    const db = await openLibrary();
    const result = await compileLibrary(db, await loadEngineResources());
    post({ type: 'done', ...result });
  }

  async function importAll(files: File[]) {
    const db = await openLibrary();
    await rollbackAbandonedImports(db, isImportRunning);
    cancel = new AbortController();
    const { signal } = cancel;
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      if (signal.aborted) {
        post({ type: 'file', fileIndex: i, report: { file: file.name, imported: 0, duplicates: 0, errors: [], cancelled: true } });
        continue;
      }
      const report = await importFile(db, file.name, file.size, () => file.text(), {
        signal,
        holdWhileWriting: holdImportLock,
        onProgress: (progress) => post({ type: 'progress', fileIndex: i, files: files.length, progress }),
      });
      post({ type: 'file', fileIndex: i, report });
    }
    await compile();
  }

  scope.onmessage = (event) => {
    const request = event.data;
    const run = request.type === 'import' ? importAll(request.files) : request.type === 'compile' ? compile() : Promise.resolve(cancel?.abort());
    run.catch((e: unknown) => post({ type: 'failed', message: (e as Error)?.message ?? String(e) }));
  };
});
