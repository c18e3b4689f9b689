import { closeSync, openSync, readSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Article, CorpusError } from '../../lib/corpus/article';
import { isCorpusFileName, parseCorpusFile } from '../../lib/corpus/parse-corpus-file';
import { parseJsonlLines } from '../../lib/corpus/parse-jsonl';

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
      let result;
      try {
        // JSON Lines are read through a small buffer and decoded line by line: most lines are
        // ASCII and make one-byte strings, and the file is never in memory whole.
        const lines = file.toLowerCase().endsWith('.jsonl') ? new FileLines(file) : null;
        result = lines ? parseJsonlLines(lines, shown) : null;
        // A NUL byte makes it a binary file, reported as such like any other.
        if (!result || lines!.sawNul) result = parseCorpusFile(shown, readFileSync(file, 'utf8'));
      } catch (e) {
        errors.push({ file: shown, line: null, message: `cannot read: ${(e as Error).message}` });
        filesSkipped++;
        continue;
      }
      errors.push(...result.errors);
      if (result.articles.length === 0) filesSkipped++;
      else filesRead++;
      articles.push(...result.articles);
    }
  }
  return { articles, errors, filesRead, filesSkipped };
}

/**
 * The lines of a UTF-8 file without their "\n", each decoded on its own (as decoding the whole
 * file and splitting it would: a "\n" byte is never part of another character), read through a
 * buffer of 1 MB that grows only for a longer line.
 */
class FileLines implements Iterable<string> {
  sawNul = false;
  constructor(private readonly path: string) {}

  *[Symbol.iterator](): Iterator<string> {
    const fd = openSync(this.path, 'r');
    try {
      let buf = Buffer.allocUnsafe(1 << 20);
      let start = 0;
      let end = 0;
      for (;;) {
        const nl = buf.subarray(0, end).indexOf(10, start);
        if (nl >= 0) {
          yield buf.toString('utf8', start, nl);
          start = nl + 1;
          continue;
        }
        if (start > 0) {
          buf.copy(buf, 0, start, end);
          end -= start;
          start = 0;
        }
        if (end === buf.length) {
          const bigger = Buffer.allocUnsafe(buf.length * 2);
          buf.copy(bigger, 0, 0, end);
          buf = bigger;
        }
        const got = readSync(fd, buf, end, buf.length - end, null);
        if (got === 0) {
          yield buf.toString('utf8', 0, end);
          return;
        }
        if (!this.sawNul && buf.subarray(end, end + got).includes(0)) this.sawNul = true;
        end += got;
      }
    } finally {
      closeSync(fd);
    }
  }
}

export function formatCorpusError(e: CorpusError): string {
  return `${e.file}${e.line !== null ? `:${e.line}` : ''}: ${e.message}`;
}
