import type { FileReport, ImportProgress } from './library-import';

/** What a library page or the background asks the library worker. */
export type LibraryWorkerRequest = { type: 'import'; files: File[] } | { type: 'cancel' } | { type: 'compile' };

/** What the library worker answers, as work goes on. */
export type LibraryWorkerEvent =
  | { type: 'progress'; fileIndex: number; files: number; progress: ImportProgress }
  | { type: 'file'; fileIndex: number; report: FileReport }
  | { type: 'indexing' }
  | { type: 'done'; generation: number; stories: number; entities: number }
  | { type: 'failed'; message: string };

/** The worker script, an unlisted entrypoint of the build. */
export const LIBRARY_WORKER_PATH = '/library-worker.js';

const IMPORT_LOCK_PREFIX = 'backstory-import:';

/** Holds a Web Lock named after the import while it is written: a closed page or stopped worker lets go of it. */
export function holdImportLock<T>(importId: string, work: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !navigator.locks) return work();
  return navigator.locks.request(IMPORT_LOCK_PREFIX + importId, work) as Promise<T>;
}

/** Whether an import is still being written by a live page or worker. */
export async function isImportRunning(importId: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.locks) return false;
  const { held = [] } = await navigator.locks.query();
  return held.some((lock) => lock.name === IMPORT_LOCK_PREFIX + importId);
}
