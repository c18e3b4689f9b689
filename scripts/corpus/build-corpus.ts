import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indexFiles } from '../../lib/index/index-files';
import { compileIndexIncremental, type CompiledCorpus, type CompilePhase, type CompileWork } from '../../lib/index/compile-index';
import type { CompileState } from '../../lib/index/compile-state';
import { engineKey, loadResources, loadState, saveState } from './compile-cache';
import { loadDictionary, loadGazetteer } from './engine-resources';
import { formatCorpusError, readCorpusInputs } from './read-inputs';

export interface BuildSummary {
  compiled: CompiledCorpus;
  stories: number;
  filesRead: number;
  filesSkipped: number;
  errors: string[];
  /** How many stories were analysed again (all of them without a usable cache). */
  work: CompileWork;
  /** The cache, when one was asked for: whether a previous state was used, and why not. */
  cache: { dir: string; used: boolean; note: string | null } | null;
}

export interface BuildOptions {
  /**
   * Folder of the compile cache: the last compile's per-story analysis, reused for the stories
   * that did not change. The output is the same with or without it. Null or absent: no cache.
   */
  cacheDir?: string | null;
}

/** Reads the inputs and compiles them; errors are collected, never thrown for one bad file. */
export function buildCorpus(
  inputs: readonly string[],
  cwd: string,
  onProgress?: (phase: CompilePhase, done: number, total: number) => void,
  { cacheDir = null }: BuildOptions = {},
): BuildSummary {
  const read = readCorpusInputs(inputs, cwd);
  const { gazetteer, dictionary } = cacheDir ? loadResources(cacheDir) : { gazetteer: loadGazetteer(), dictionary: loadDictionary() };
  const engine = cacheDir ? engineKey(gazetteer, dictionary) : null;
  let note: string | null = cacheDir && !engine ? 'compile cache off: the compiler sources were not found' : null;
  let previous: CompileState | null = null;
  if (cacheDir && engine) {
    ({ state: previous, note } = loadState(cacheDir, engine));
    if (note) note += '; built from scratch';
  }
  const compile = (from: CompileState | null) => compileIndexIncremental(read.articles, { gazetteer, dictionary, onProgress, previous: from });
  let result;
  try {
    result = compile(previous);
  } catch (e) {
    // A state that decoded but does not fit: build from scratch, as without a cache.
    if (!previous) throw e;
    note = `compile cache ignored (${(e as Error).message}); built from scratch`;
    previous = null;
    result = compile(null);
  }
  const { compiled, state, work } = result;
  if (cacheDir && engine && !unchanged(previous, state, work)) {
    try {
      saveState(cacheDir, state, engine);
    } catch (e) {
      note = `compile cache not saved: ${(e as Error).message}`;
    }
  }
  return {
    compiled,
    stories: compiled.index.stories.length,
    filesRead: read.filesRead,
    filesSkipped: read.filesSkipped,
    errors: read.errors.map(formatCorpusError),
    work,
    cache: cacheDir ? { dir: cacheDir, used: previous !== null, note } : null,
  };
}

/** Nothing analysed again and the same stories in the same order: the saved state still holds. */
function unchanged(previous: CompileState | null, state: CompileState, work: CompileWork): boolean {
  if (!previous || work.texts + work.names + work.mentions > 0 || previous.stories.length !== state.stories.length) return false;
  return state.stories.every((r, i) => r.id === previous.stories[i]!.id);
}

/** Writes the index files into `dir`; returns the bytes written without and with the full text. */
export function writeCorpus(compiled: CompiledCorpus, dir: string): { indexBytes: number; textBytes: number } {
  let indexBytes = 0;
  let textBytes = 0;
  // Old shards must not outlive a smaller corpus.
  for (const folder of ['texts', 'entities', 'stories']) rmSync(join(dir, folder), { recursive: true, force: true });
  const encoded = new Uint8Array(1 << 20);
  for (const file of indexFiles(compiled)) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    const bytes = writeUtf8(path, file.contents, encoded);
    if (file.path.startsWith('texts/')) textBytes += bytes;
    else indexBytes += bytes;
  }
  return { indexBytes, textBytes };
}

const encoder = new TextEncoder();

/**
 * Writes `text` as UTF-8 through `buffer`, a piece at a time (the same bytes as writeFileSync,
 * without a second copy of the whole file in memory); returns the bytes written.
 */
function writeUtf8(path: string, text: string, buffer: Uint8Array): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    let rest = text;
    while (rest.length > 0) {
      const { read, written } = encoder.encodeInto(rest, buffer);
      for (let off = 0; off < written; ) off += writeSync(fd, buffer, off, written - off);
      bytes += written;
      rest = rest.slice(read);
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

export function describeBuild(summary: BuildSummary, written?: { indexBytes: number; textBytes: number }): string {
  const { index } = summary.compiled;
  const people = index.entities.filter((e) => e.kind === 'person').length;
  const places = index.entities.length - people;
  const lines = summary.errors.map((e) => `error: ${e}`);
  if (summary.cache?.note) lines.push(`note: ${summary.cache.note}.`);
  if (summary.cache?.used) {
    const { stories, texts, names, mentions } = summary.work;
    lines.push(`Incremental: ${texts} of ${stories} stories new or changed; names read again in ${names}, mentions detected again in ${mentions}.`);
  }
  lines.push(
    `Backstory corpus: ${summary.stories} stories from ${summary.filesRead} files, ${summary.filesSkipped} files skipped, ` +
      `${summary.errors.length} errors; ${people} people, ${places} places.`,
  );
  if (written) {
    const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
    lines.push(`Index ${mb(written.indexBytes)} (full text ${mb(written.textBytes)} in shards).`);
  }
  return lines.join('\n');
}
