import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCompiledIndex } from '../../lib/index/card-from-shards';
import type { CompiledIndex } from '../../lib/index/compiled-index';
import type { ReadIndexFile } from '../../lib/index/index-files';

/** Reads one file of a compiled corpus folder, parsed. */
export const indexFolderReader =
  (dir: string): ReadIndexFile =>
  async (path) =>
    JSON.parse(await readFile(join(dir, path), 'utf8')) as unknown;

/** A compiled corpus folder (what `npm run corpus -- build` writes), read back whole. */
export function readIndexFolder(dir: string): Promise<CompiledIndex> {
  return readCompiledIndex(indexFolderReader(dir));
}
