import { delimiter, resolve } from 'node:path';
import type { ResolvedPublicFile, Wxt } from 'wxt';
import { indexFiles } from '../lib/index/index-files';
import { buildCorpus, describeBuild } from './corpus/build-corpus';

/** Folders or files of the corpus: $BACKSTORY_CORPUS (separated like PATH), else seeds/. */
export function corpusInputs(root: string): string[] {
  const env = process.env.BACKSTORY_CORPUS;
  const list = env ? env.split(delimiter).filter(Boolean) : ['seeds'];
  return list.map((p) => resolve(root, p));
}

/** WXT hook: compiles the corpus and adds the index to the extension's files. */
export function emitCorpusIndex(wxt: Wxt, files: ResolvedPublicFile[]): void {
  const summary = buildCorpus(corpusInputs(wxt.config.root), wxt.config.root);
  wxt.logger.info(describeBuild(summary));
  for (const file of indexFiles(summary.compiled)) files.push({ relativeDest: `corpus/${file.path}`, contents: file.contents });
}
