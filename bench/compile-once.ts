/** One clean compile of the given inputs into DIR, timed; prints a JSON line (used by corpus-scale.ts). */
import { buildCorpus, writeCorpus } from '../scripts/corpus/build-corpus';

const [out, ...inputs] = process.argv.slice(2);
const start = performance.now();
const summary = buildCorpus(inputs, process.cwd());
writeCorpus(summary.compiled, out!);
const ms = performance.now() - start;
const words = summary.compiled.texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
console.log(JSON.stringify({ ms, stories: summary.stories, words, maxRssKb: process.resourceUsage().maxRSS, entities: summary.compiled.index.entities.length }));
