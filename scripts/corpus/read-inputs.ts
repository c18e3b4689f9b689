import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Article, CorpusError } from '../../lib/corpus/article';
import { isCorpusFileName, parseCorpusFile } from '../../lib/corpus/parse-corpus-file';

export interface ReadResult {
  articles: Article[];
  errors: CorpusError[];
  filesRead: number;
  filesSkipped: number;
}

function listFiles(path: string, errors: CorpusError[]): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    errors.push({ file: path, line: null, message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return [];
  }
  if (stat.isFile()) return [path];
  if (!stat.isDirectory()) return [];
  return readdirSync(path)
    .sort()
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => {
      const full = join(path, name);
      const s = statSync(full);
      if (s.isDirectory()) return listFiles(full, errors);
      return isCorpusFileName(name) ? [full] : [];
    });
}

/**
 * Reads corpus files and folders. A file that cannot be read or parsed is reported and skipped;
 * the others still count.
 */
export function readCorpusInputs(inputs: readonly string[], cwd: string): ReadResult {
  const errors: CorpusError[] = [];
  const articles: Article[] = [];
  let filesRead = 0;
  let filesSkipped = 0;
  for (const input of inputs) {
    for (const file of listFiles(input, errors)) {
      const shown = relative(cwd, file) || file;
      let content: string;
      try {
        content = readFileSync(file, 'utf8');
      } catch (e) {
        errors.push({ file: shown, line: null, message: `cannot read: ${(e as Error).message}` });
        filesSkipped++;
        continue;
      }
      const result = parseCorpusFile(shown, content);
      errors.push(...result.errors);
      if (result.articles.length === 0) filesSkipped++;
      else filesRead++;
      articles.push(...result.articles);
    }
  }
  return { articles, errors, filesRead, filesSkipped };
}

export function formatCorpusError(e: CorpusError): string {
  return `${e.file}${e.line !== null ? `:${e.line}` : ''}: ${e.message}`;
}
