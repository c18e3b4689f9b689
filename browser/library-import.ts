import type { Article, CorpusError } from '../lib/corpus/article';
import { isCorpusFileName, parseCorpusFile } from '../lib/corpus/parse-corpus-file';
import { compileIndex } from '../lib/index/compile-index';
import type { Gazetteer } from '../lib/ner/gazetteer';
import type { Lexicon } from '../lib/ner/lexicon';
import { toLibraryStory, withoutDuplicates, type LibraryStory } from '../lib/library/library-story';
import { finishImport, knownStories, libraryStories, rollbackImport, saveCompiled, startImport, writeBatch, type LibraryDb } from './library-db';

/** Stories written per transaction: progress moves, and an interruption loses little work. */
export const IMPORT_BATCH = 250;
/** Larger files are refused with a message rather than read whole into memory. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

export interface FileReport {
  file: string;
  imported: number;
  duplicates: number;
  errors: CorpusError[];
  /** The import stopped part way (cancelled): nothing of this file was kept. */
  cancelled: boolean;
}

export interface ImportProgress {
  file: string;
  /** Stories of this file written so far, and to write. */
  written: number;
  total: number;
}

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
  /** Runs the writing while holding something that tells other contexts the import is alive (a Web Lock). */
  holdWhileWriting?: <T>(importId: string, work: () => Promise<T>) => Promise<T>;
  now?: () => Date;
}

let importCounter = 0;
function newImportId(now: Date): string {
  importCounter++;
  return `i${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${importCounter}`;
}

/** Why a file cannot be imported before it is read, or null. */
export function refuseFile(name: string, size: number): string | null {
  if (!isCorpusFileName(name)) return 'unsupported file type (accepted: .jsonl, .txt, .md, .markdown, .html, .htm, .rss, .atom, .xml)';
  if (size === 0) return 'empty file: no stories in it';
  if (size > MAX_IMPORT_BYTES) return `file too large (${Math.round(size / 1048576)} MB; at most ${MAX_IMPORT_BYTES / 1048576} MB a file): split it into smaller files`;
  return null;
}

/**
 * Imports the stories of one file: all or nothing. Stories already in the library (same URL or
 * same text) are skipped as duplicates; the others are written in batches, then the import is
 * marked done. On cancel or on any failure (quota full...) the stories written so far are removed.
 */
export async function importArticles(db: LibraryDb, file: string, parsed: { articles: Article[]; errors: CorpusError[] }, origin: LibraryStory['origin'], options: ImportOptions = {}): Promise<FileReport> {
  const now = options.now?.() ?? new Date();
  const id = newImportId(now);
  const stories = parsed.articles.map((a) => toLibraryStory(a, id, origin, now.toISOString()));
  const { fresh, duplicates } = withoutDuplicates(stories, await knownStories(db));
  const report: FileReport = { file, imported: 0, duplicates: duplicates.length, errors: parsed.errors, cancelled: false };
  if (fresh.length === 0) return report;
  const hold = options.holdWhileWriting ?? (<T>(_: string, work: () => Promise<T>) => work());
  try {
    // The lock is taken before the import record exists: no one can see it "writing" and unheld.
    await hold(id, async () => {
      await startImport(db, { id, file, origin });
      for (let i = 0; i < fresh.length; i += IMPORT_BATCH) {
        if (options.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
        await writeBatch(db, fresh.slice(i, i + IMPORT_BATCH));
        options.onProgress?.({ file, written: Math.min(fresh.length, i + IMPORT_BATCH), total: fresh.length });
      }
      if (options.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      await finishImport(db, id, { imported: fresh.length, duplicates: duplicates.length, errors: parsed.errors });
    });
    report.imported = fresh.length;
  } catch (e) {
    await rollbackImport(db, id).catch(() => undefined);
    if ((e as Error).name === 'AbortError') return { ...report, cancelled: true };
    report.errors = [...report.errors, { file, line: null, message: describeStorageError(e) }];
  }
  return report;
}

/** Reads and imports one file. */
export async function importFile(db: LibraryDb, name: string, size: number, read: () => Promise<string>, options: ImportOptions = {}): Promise<FileReport> {
  const refused = refuseFile(name, size);
  if (refused) return { file: name, imported: 0, duplicates: 0, errors: [{ file: name, line: null, message: refused }], cancelled: false };
  let content: string;
  try {
    content = await read();
  } catch (e) {
    return { file: name, imported: 0, duplicates: 0, errors: [{ file: name, line: null, message: `cannot read the file: ${(e as Error).message}` }], cancelled: false };
  }
  if (content.trim() === '') return { file: name, imported: 0, duplicates: 0, errors: [{ file: name, line: null, message: 'empty file: no stories in it' }], cancelled: false };
  const parsed = parseCorpusFile(name, content);
  if (parsed.articles.length === 0 && parsed.errors.length === 0) parsed.errors.push({ file: name, line: null, message: 'no stories found in the file' });
  return importArticles(db, name, parsed, 'import', options);
}

/** A storage failure in words a reader can act on. */
export function describeStorageError(e: unknown): string {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') {
    return 'the browser has no more room for the library (storage quota full): free disk space or delete stories from the library, then import this file again; nothing of it was kept';
  }
  return `could not store the stories (${(e as Error)?.message ?? String(e)}); nothing of this file was kept`;
}

/** What the compiler needs besides the stories, read from the bundled index. */
export interface EngineResources {
  gazetteer: Gazetteer;
  dictionary: ReadonlySet<string>;
}

/** The gazetteer the bundled lexicon carries, whole: a library compiles as the command line compiles. */
export function gazetteerOf(lexicon: Lexicon): Gazetteer {
  return { places: lexicon.gazetteer, cities: lexicon.cities, countries: lexicon.countries, demonyms: lexicon.demonyms, languages: lexicon.languages ?? [], firstNames: lexicon.firstNames ?? [], cityFirstNames: lexicon.cityFirstNames ?? [], placeFirstNames: lexicon.placeFirstNames ?? [], everydayFirstNames: lexicon.everydayFirstNames ?? [] };
}

/**
 * Compiles the whole library with the corpus compiler and stores the result; returns the new
 * generation. The library is small next to the bundled corpus: a full compile takes a second or two
 * for thousands of stories, off any page's UI thread (a worker, or Chrome's service worker).
 */
export async function compileLibrary(db: LibraryDb, engine: EngineResources): Promise<{ generation: number; stories: number; entities: number }> {
  const stories = await libraryStories(db);
  const { index } = compileIndex(stories, engine);
  const generation = await saveCompiled(db, index);
  return { generation, stories: index.stories.length, entities: index.entities.length };
}
