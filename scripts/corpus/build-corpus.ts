import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indexFiles } from '../../lib/index/index-files';
import { compileIndex, type CompiledCorpus, type CompilePhase } from '../../lib/index/compile-index';
import { loadDictionary, loadGazetteer } from './engine-resources';
import { formatCorpusError, readCorpusInputs } from './read-inputs';


export interface BuildSummary {
  compiled: CompiledCorpus;
  stories: number;
  filesRead: number;
  filesSkipped: number;
  errors: string[];
}

/** Reads the inputs and compiles them; errors are collected, never thrown for one bad file. */
export function buildCorpus(
  inputs: readonly string[],
  cwd: string,
  onProgress?: (phase: CompilePhase, done: number, total: number) => void,
): BuildSummary {
  const read = readCorpusInputs(inputs, cwd);
  const compiled = compileIndex(read.articles, { gazetteer: loadGazetteer(), dictionary: loadDictionary(), onProgress });
  return {
    compiled,
    stories: compiled.index.stories.length,
    filesRead: read.filesRead,
    filesSkipped: read.filesSkipped,
    errors: read.errors.map(formatCorpusError),
  };
}

/** Writes the index files into `dir`; returns the bytes written without and with the full text. */
export function writeCorpus(compiled: CompiledCorpus, dir: string): { indexBytes: number; textBytes: number } {
  let indexBytes = 0;
  let textBytes = 0;
  // Old text shards must not outlive a smaller corpus.
  rmSync(join(dir, 'texts'), { recursive: true, force: true });
  for (const file of indexFiles(compiled)) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
    const bytes = Buffer.byteLength(file.contents);
    if (file.path.startsWith('texts/')) textBytes += bytes;
    else indexBytes += bytes;
  }
  return { indexBytes, textBytes };
}

export function describeBuild(summary: BuildSummary, written?: { indexBytes: number; textBytes: number }): string {
  const { index } = summary.compiled;
  const people = index.entities.filter((e) => e.kind === 'person').length;
  const places = index.entities.length - people;
  const lines = summary.errors.map((e) => `error: ${e}`);
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
