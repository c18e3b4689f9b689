import { createHash } from 'node:crypto';
import { delimiter, join, resolve } from 'node:path';
import type { ResolvedPublicFile, Wxt } from 'wxt';
import { indexFiles } from '../lib/index/index-files';
import { buildCorpus, describeBuild } from './corpus/build-corpus';
import { loadDictionary } from './corpus/engine-resources';

/** Where the extension finds the word list its in-browser compiler (the reader's library) needs. */
export const DICTIONARY_FILE = 'engine/dictionary.json';

/** Folders or files of the corpus: $BACKSTORY_CORPUS (separated like PATH), else seeds/. */
export function corpusInputs(root: string): string[] {
  const env = process.env.BACKSTORY_CORPUS;
  const list = env ? env.split(delimiter).filter(Boolean) : ['seeds'];
  return list.map((p) => resolve(root, p));
}

/**
 * Where the build keeps the compiler's per-story analysis between builds: node_modules/.cache
 * (the usual place for build caches, never shipped), one folder per corpus so switching corpora
 * does not throw the other's away. BACKSTORY_NO_CACHE=1 turns it off; the index is the same.
 */
export function corpusCacheDir(root: string, inputs: readonly string[]): string | null {
  if (process.env.BACKSTORY_NO_CACHE === '1') return null;
  const key = createHash('sha256').update(inputs.join('\0')).digest('hex').slice(0, 16);
  return join(root, 'node_modules', '.cache', 'backstory', `corpus-${key}`);
}

/** WXT hook: compiles the corpus and adds the index to the extension's files. */
export function emitCorpusIndex(wxt: Wxt, files: ResolvedPublicFile[]): void {
  const inputs = corpusInputs(wxt.config.root);
  const summary = buildCorpus(inputs, wxt.config.root, undefined, { cacheDir: corpusCacheDir(wxt.config.root, inputs) });
  wxt.logger.info(describeBuild(summary));
  for (const file of indexFiles(summary.compiled)) files.push({ relativeDest: `corpus/${file.path}`, contents: file.contents });
  // The gazetteer travels in the lexicon; the dictionary is the compiler's only other resource.
  files.push({ relativeDest: DICTIONARY_FILE, contents: JSON.stringify([...loadDictionary()].sort()) });
}
