/**
 * One compile of the given inputs into DIR, timed; prints a JSON line (used by corpus-scale.ts and
 * incremental.ts). With --cache, as the CLI builds: the compile cache in DIR/.cache, reused when there.
 */
import { join } from 'node:path';
import { buildCorpus, writeCorpus } from '../scripts/corpus/build-corpus';

const args = process.argv.slice(2);
const cache = args[0] === '--cache';
const [out, ...inputs] = cache ? args.slice(1) : args;
const start = performance.now();
const summary = buildCorpus(inputs, process.cwd(), undefined, { cacheDir: cache ? join(out!, '.cache') : null });
writeCorpus(summary.compiled, out!);
const ms = performance.now() - start;
const words = summary.compiled.texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
console.log(
  JSON.stringify({
    ms,
    stories: summary.stories,
    words,
    maxRssKb: process.resourceUsage().maxRSS,
    entities: summary.compiled.index.entities.length,
    work: summary.work,
    cache: summary.cache,
  }),
);
