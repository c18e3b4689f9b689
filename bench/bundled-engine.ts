/**
 * The detection engine built the way a production build builds it: bundled and minified, with no
 * `keepNames` (by esbuild here; the extension's own build uses Vite's minifier). Benchmarks run
 * under tsx, which compiles every module with `keepNames` and so wraps each function the engine
 * creates in a naming call; that made the engine 1.3x slower than this build in one process
 * (CoNLL valid). Timings of the page side come from this build.
 */
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { detectDocument } from '../lib/ner/detect-mentions';
import type { createMatcher } from '../lib/ner/lexicon';

export interface BundledEngine {
  detectDocument: typeof detectDocument;
  createMatcher: typeof createMatcher;
}

export async function loadBundledEngine(): Promise<BundledEngine> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-engine-'));
  try {
    const entry = join(dir, 'entry.ts');
    const lib = resolve(import.meta.dirname, '../lib/ner');
    writeFileSync(entry, `export { detectDocument } from ${JSON.stringify(join(lib, 'detect-mentions'))};\nexport { createMatcher } from ${JSON.stringify(join(lib, 'lexicon'))};\n`);
    const out = join(dir, 'engine.mjs');
    buildSync({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'neutral', target: 'es2022', outfile: out, logLevel: 'error' });
    return (await import(pathToFileURL(out).href)) as BundledEngine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
