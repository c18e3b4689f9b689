/**
 * Corpus-scale benchmark: compiles ../shared/corpus (19,048 stories) from scratch N times, each in a
 * fresh process, and reports medians of wall time, stories/s, words/s and peak RSS, plus the index
 * size on disk and gzipped next to the corpus text.
 *   npm run bench:scale [-- RUNS]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const SHARED = resolve(import.meta.dirname, '../../shared/corpus');
const runs = Number(process.argv[2] ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const inputs = ['bbc.jsonl', 'reuters21578.jsonl', 'conll2003-train-reuters.jsonl'].map((f) => join(SHARED, f));
const out = mkdtempSync(join(tmpdir(), 'backstory-scale-'));
const results: { ms: number; stories: number; words: number; maxRssKb: number; entities: number }[] = [];
for (let i = 0; i < runs; i++) {
  const line = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'compile-once.ts'), out, ...inputs], { encoding: 'utf8', maxBuffer: 1 << 24 });
  results.push(JSON.parse(line.trim().split('\n').pop()!));
  process.stderr.write(`run ${i + 1}/${runs}: ${(results[i]!.ms / 1000).toFixed(1)} s\n`);
}
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}
const files = walk(out);
const isText = (f: string) => f.includes(`${join(out, 'texts')}/`);
const indexFiles = files.filter((f) => !isText(f));
const size = (fs: string[]) => fs.reduce((n, f) => n + statSync(f).size, 0);
const gz = (fs: string[]) => fs.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
// The corpus text: the stories' full text as the compiler read it (what texts/ holds, unquoted).
const corpusText = files.filter(isText).reduce((n, f) => n + (JSON.parse(readFileSync(f, 'utf8')) as string[]).reduce((m, t) => m + Buffer.byteLength(t), 0), 0);
const r = results[0]!;
const ms = median(results.map((x) => x.ms));
console.log(`| stories | words | entities | wall (median of ${runs}) | stories/s | words/s | peak RSS (median) |`);
console.log('|---|---|---|---|---|---|---|');
console.log(`| ${r.stories.toLocaleString('en')} | ${r.words.toLocaleString('en')} | ${r.entities.toLocaleString('en')} | ${(ms / 1000).toFixed(1)} s | ${Math.round(r.stories / (ms / 1000)).toLocaleString('en')} | ${Math.round(r.words / (ms / 1000)).toLocaleString('en')} | ${Math.round(median(results.map((x) => x.maxRssKb)) / 1024)} MB |`);
console.log(`\nAll runs (s): ${results.map((x) => (x.ms / 1000).toFixed(1)).join(', ')}`);
console.log(`Index without full text: ${(size(indexFiles) / 1e6).toFixed(2)} MB on disk, ${(gz(indexFiles) / 1e6).toFixed(2)} MB gzipped`);
console.log(`Full-text shards: ${(size(files.filter(isText)) / 1e6).toFixed(2)} MB; corpus text: ${(corpusText / 1e6).toFixed(2)} MB`);
console.log(`Index / corpus text: ${((100 * size(indexFiles)) / corpusText).toFixed(1)} % (gzipped ${((100 * gz(indexFiles)) / corpusText).toFixed(1)} %)`);
console.log(`Output kept in ${out}`);
