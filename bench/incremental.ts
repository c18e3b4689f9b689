/**
 * Incremental rebuild benchmark: copies ../shared/corpus (19,048 stories) to a temporary folder,
 * builds it once with the compile cache, then RUNS times changes one story's text and
 *  1. rebuilds with the cache (incremental), as `npm run corpus -- build` does;
 *  2. builds the same changed corpus from scratch without a cache (the baseline, same job);
 *  3. checks that both wrote the same bytes, file by file.
 * Each build runs in a fresh process. Reports medians of wall time (inside the build, and for the
 * whole process with Node's start-up), peak RSS, and how many stories were analysed again.
 *   npm run bench:incremental [-- RUNS]
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SHARED = resolve(import.meta.dirname, '../../shared/corpus');
const FILES = ['bbc.jsonl', 'reuters21578.jsonl', 'conll2003-train-reuters.jsonl'];
const runs = Math.max(1, Number(process.argv[2] ?? 5));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

interface Result {
  ms: number;
  wallMs: number;
  stories: number;
  maxRssKb: number;
  work: { stories: number; texts: number; names: number; mentions: number };
  cache: { used: boolean; note: string | null } | null;
}

const tmp = mkdtempSync(join(tmpdir(), 'backstory-incremental-'));
const corpus = join(tmp, 'corpus');
mkdirSync(corpus);
for (const f of FILES) copyFileSync(join(SHARED, f), join(corpus, f));
const inputs = FILES.map((f) => join(corpus, f));

function compile(out: string, cache: boolean): Result {
  const start = performance.now();
  const args = ['--import', 'tsx', join(import.meta.dirname, 'compile-once.ts'), ...(cache ? ['--cache'] : []), out, ...inputs];
  const line = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'ignore'] });
  const wallMs = performance.now() - start;
  return { ...(JSON.parse(line.trim().split('\n').pop()!) as Omit<Result, 'wallMs'>), wallMs };
}

function tree(dir: string, base = dir): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(dir).sort()) {
    if (name === '.cache') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) for (const [k, v] of tree(full, base)) out.set(k, v);
    else out.set(full.slice(base.length + 1), readFileSync(full));
  }
  return out;
}

function sameFiles(a: string, b: string): string | null {
  const x = tree(a);
  const y = tree(b);
  if ([...x.keys()].join() !== [...y.keys()].join()) return `file lists differ: ${[...x.keys()].join(', ')} / ${[...y.keys()].join(', ')}`;
  for (const [path, bytes] of x) if (!bytes.equals(y.get(path)!)) return `${path} differs`;
  return null;
}

/** Changes the text of one Reuters story (a different one each run): a word and a new sentence. */
function changeOneStory(run: number): string {
  const path = join(corpus, 'reuters21578.jsonl');
  const lines = readFileSync(path, 'utf8').split('\n');
  let at = (1000 + run * 1733) % lines.length;
  while (!lines[at]!.trim()) at = (at + 1) % lines.length;
  const story = JSON.parse(lines[at]!) as { title: string; text: string };
  story.text = story.text.replace(/ the /, ' a ') + `\n\nOfficials in Geneva said Marta Kowalczyk would attend the talks (run ${run}).`;
  lines[at] = JSON.stringify(story);
  writeFileSync(path, lines.join('\n'));
  return story.title;
}

const incrementalOut = join(tmp, 'incremental');
const cleanOut = join(tmp, 'clean');
process.stderr.write(`corpus copied to ${corpus}; first build with the cache...\n`);
const first = compile(incrementalOut, true);
process.stderr.write(`first build: ${s(first.ms)} (${first.stories} stories)\n`);

const incremental: Result[] = [];
const clean: Result[] = [];
for (let run = 1; run <= runs; run++) {
  const title = changeOneStory(run);
  const inc = compile(incrementalOut, true);
  if (!inc.cache?.used) throw new Error(`run ${run}: the cache was not used (${inc.cache?.note})`);
  rmSync(cleanOut, { recursive: true, force: true });
  const full = compile(cleanOut, false);
  const diff = sameFiles(incrementalOut, cleanOut);
  if (diff) throw new Error(`run ${run}: the incremental build differs from a clean build: ${diff}`);
  incremental.push(inc);
  clean.push(full);
  process.stderr.write(
    `run ${run}/${runs} ("${title.slice(0, 40)}"): incremental ${s(inc.ms)} (process ${s(inc.wallMs)}), clean ${s(full.ms)} (process ${s(full.wallMs)}); ` +
      `read again: ${inc.work.texts} texts, ${inc.work.names} names, ${inc.work.mentions} detections; same bytes\n`,
  );
}

const row = (name: string, xs: Result[]) =>
  `| ${name} | ${s(median(xs.map((x) => x.ms)))} | ${s(median(xs.map((x) => x.wallMs)))} | ${mb(median(xs.map((x) => x.maxRssKb)))} | ${xs.map((x) => (x.ms / 1000).toFixed(2)).join(', ')} |`;
console.log(`${first.stories.toLocaleString('en')} stories, ${runs} runs, ${cpus().length} cores; each build a fresh process; output checked byte for byte against the clean build every run.\n`);
console.log('| build | median (in the build) | median (whole process) | peak RSS (median) | runs (s) |');
console.log('|---|---|---|---|---|');
console.log(row('clean, no cache (baseline)', clean));
console.log(row('incremental, one story changed', incremental));
console.log(`| first build, writing the cache | ${s(first.ms)} | ${s(first.wallMs)} | ${mb(first.maxRssKb)} | |`);
console.log(`\nClean / incremental: ${(median(clean.map((x) => x.ms)) / median(incremental.map((x) => x.ms))).toFixed(1)}× (in the build), ${(median(clean.map((x) => x.wallMs)) / median(incremental.map((x) => x.wallMs))).toFixed(1)}× (whole process).`);
const w = incremental.map((x) => x.work);
console.log(`Stories analysed again per incremental build: texts ${w.map((x) => x.texts).join(', ')}; names ${w.map((x) => x.names).join(', ')}; detection ${w.map((x) => x.mentions).join(', ')}.`);
let cacheBytes = 0;
for (const f of readdirSync(join(incrementalOut, '.cache'))) cacheBytes += statSync(join(incrementalOut, '.cache', f)).size;
console.log(`Cache: ${(cacheBytes / 1e6).toFixed(1)} MB in ${join(incrementalOut, '.cache')}.`);
rmSync(tmp, { recursive: true, force: true });
