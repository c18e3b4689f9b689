import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indexFiles } from '../../lib/index/index-files';
import { compileIndex, type CompiledCorpus } from '../../lib/index/compile-index';
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
export function buildCorpus(inputs: readonly string[], cwd: string): BuildSummary {
  const read = readCorpusInputs(inputs, cwd);
  const compiled = compileIndex(read.articles, { gazetteer: loadGazetteer(), dictionary: loadDictionary() });
  return {
    compiled,
    stories: compiled.index.stories.length,
    filesRead: read.filesRead,
    filesSkipped: read.filesSkipped,
    errors: read.errors.map(formatCorpusError),
  };
}

export function writeCorpus(compiled: CompiledCorpus, dir: string): void {
  // Old text shards must not outlive a smaller corpus.
  rmSync(join(dir, 'texts'), { recursive: true, force: true });
  for (const file of indexFiles(compiled)) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
}

export function describeBuild(summary: BuildSummary): string {
  const { index } = summary.compiled;
  const people = index.entities.filter((e) => e.kind === 'person').length;
  const places = index.entities.length - people;
  const lines = summary.errors.map((e) => `error: ${e}`);
  lines.push(
    `Backstory corpus: ${summary.stories} stories from ${summary.filesRead} files, ${summary.filesSkipped} files skipped, ` +
      `${summary.errors.length} errors; ${people} people, ${places} places.`,
  );
  return lines.join('\n');
}
