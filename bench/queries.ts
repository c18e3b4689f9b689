/**
 * Query benchmark on the 19k-story index: card look-ups and related-stories queries, 1,000 each,
 * warm, p50/p95; the same queries through a baseline without the per-index look-ups (maps rebuilt
 * per query, as the first version did), in the same process. Then the ranking sanity check: BBC
 * stories left out one at a time, the share of their top 5 related stories from the same category.
 *   npm run bench:queries -- [INDEX_DIR]   (default: compiles ../shared/corpus first)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { storyId } from '../lib/corpus/article';
import type { CompiledIndex } from '../lib/index/compiled-index';
import { buildEntityCard } from '../lib/index/entity-card';
import { INDEX_FILES, textShardFile, TEXT_SHARD_SIZE, type CorpusManifest } from '../lib/index/index-files';
import { readIndexFolder } from '../scripts/corpus/read-index-folder';
import { contentTerms } from '../lib/index/keywords';
import { rankRelatedStories, type PageEntityCount } from '../lib/index/related-stories';

const SHARED = resolve(import.meta.dirname, '../../shared/corpus');
let dir = process.argv[2];
if (!dir) {
  dir = mkdtempSync(join(tmpdir(), 'backstory-queries-'));
  execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'compile-once.ts'), dir, ...['bbc.jsonl', 'reuters21578.jsonl', 'conll2003-train-reuters.jsonl'].map((f) => join(SHARED, f))]);
}
const read = <T>(f: string): T => JSON.parse(readFileSync(join(dir!, f), 'utf8')) as T;
const manifest = read<CorpusManifest>(INDEX_FILES.manifest);
const index: CompiledIndex = await readIndexFolder(dir);
const texts: string[] = [];
for (let s = 0; s < manifest.textShards; s++) texts.push(...read<string[]>(textShardFile(s)));
const textOf = (s: number) => texts[s] ?? '';

// Pages: the entity counts of 1,000 stories, spread over the corpus.
const storyEntities: PageEntityCount[][] = index.stories.map(() => []);
index.entities.forEach((e) => {
  for (const [s, n] of e.stories) storyEntities[s]!.push({ id: e.id, count: n });
});
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const cardIds = Array.from({ length: 1000 }, () => index.entities[Math.floor(random() * index.entities.length)]!.id);
const pageStories = Array.from({ length: 1000 }, () => Math.floor(random() * index.stories.length));
// A page's words as the content script sends them: its MAX_PAGE_TERMS most frequent (browser/messages.ts).
const MAX_PAGE_TERMS = 300;
const termsOfPage = (text: string) =>
  new Map([...contentTerms(text)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_PAGE_TERMS));
const pageTerms = new Map(pageStories.map((s) => [s, termsOfPage(texts[s]!)]));

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
function timeEach<T>(items: T[], f: (x: T) => unknown): number[] {
  for (const x of items.slice(0, 50)) f(x); // warm up
  return items.map((x) => {
    const t = performance.now();
    f(x);
    return performance.now() - t;
  });
}
const fresh = (): CompiledIndex => ({ ...index }); // a new object: the look-up cache misses, as in the baseline
const rows: [string, number[], number[]][] = [
  ['card look-up', timeEach(cardIds, (id) => buildEntityCard(index, id, textOf)), timeEach(cardIds.slice(0, 200), (id) => buildEntityCard(fresh(), id, textOf))],
  ['related stories', timeEach(pageStories, (s) => rankRelatedStories(index, storyEntities[s]!, { pageTerms: pageTerms.get(s) })), timeEach(pageStories.slice(0, 200), (s) => rankRelatedStories(fresh(), storyEntities[s]!, { pageTerms: pageTerms.get(s) }))],
];
console.log(`Index: ${index.stories.length.toLocaleString('en')} stories, ${index.entities.length.toLocaleString('en')} entities\n`);
console.log('| query | p50 | p95 | baseline p50 (maps per query) | ratio |');
console.log('|---|---|---|---|---|');
for (const [label, ours, base] of rows) {
  console.log(`| ${label} | ${pct(ours, 50).toFixed(3)} ms | ${pct(ours, 95).toFixed(3)} ms | ${pct(base, 50).toFixed(2)} ms | ${(pct(base, 50) / pct(ours, 50)).toFixed(0)}× |`);
}

// Ranking sanity: categories come from the BBC file's own ids, read here only to score.
const category = new Map<string, string>();
for (const line of readFileSync(join(SHARED, 'bbc.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { id: string; title: string; text: string };
  category.set(storyId(r.title.trim(), r.text), r.id.split('-')[1]!);
}
for (const withTopics of [false, true]) {
let same = 0;
let total = 0;
let evaluated = 0;
index.stories.forEach((s, i) => {
  const cat = category.get(s.id);
  if (!cat) return;
  const top = rankRelatedStories(index, storyEntities[i]!, { limit: 6, pageTerms: withTopics ? termsOfPage(texts[i]!) : null })
    .filter((r) => r.story.id !== s.id)
    .slice(0, 5);
  if (top.length === 0) return;
  evaluated++;
  for (const r of top) {
    total++;
    if (category.get(r.story.id) === cat) same++;
  }
});
console.log(`\nBBC leave-one-out, ${withTopics ? 'people, places and topics' : 'people and places only (baseline)'}: ${evaluated} stories ranked; same-category share in their top 5: ${(same / Math.max(1, total)).toFixed(3)} (${same}/${total})`);
}

// Index size: every file but the full text, against the stories' text as the compiler read it.
const bytes = (f: string) => statSync(join(dir, f)).size;
// Everything but the full-text shards: the directories, the entity and story shards, lexicon, keywords.
const indexBytes = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.json') && !f.startsWith('texts')).reduce((n, f) => n + bytes(f), 0);
const textBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
console.log(`\nkeywords.json ${(bytes(INDEX_FILES.keywords) / 1e6).toFixed(2)} MB; index without full text ${(indexBytes / 1e6).toFixed(2)} MB = ${((100 * indexBytes) / textBytes).toFixed(1)} % of the corpus text (${(textBytes / 1e6).toFixed(2)} MB)`);
void TEXT_SHARD_SIZE;
