/** Shared set-up for tests that run the real engine: resources, seed corpus, fixtures. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeArticle, type Article } from '../../../lib/corpus/article';
import { parsePlainTextArticle } from '../../../lib/corpus/parse-plain-text';
import { compileIndex, type CompiledCorpus } from '../../../lib/index/compile-index';
import { detectDocument } from '../../../lib/ner/detect-mentions';
import { createMatcher, type Matcher } from '../../../lib/ner/lexicon';
import { buildCorpus } from '../../../scripts/corpus/build-corpus';
import { loadDictionary, loadGazetteer } from '../../../scripts/corpus/engine-resources';

// Paths from this file's own path (a string: happy-dom replaces the global URL class).
const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '../../..');
export const SEEDS_DIR = join(ROOT, 'seeds');
export const SEED_FILE = join(SEEDS_DIR, '000_5587e2acc58fdf71.txt');
export const SECOND_ARTICLE_FILE = join(ROOT, 'test', 'fixtures', 'second-article.txt');

let resources: { gazetteer: ReturnType<typeof loadGazetteer>; dictionary: Set<string> } | null = null;

/** Gazetteer and dictionary, loaded once per test file. */
export function engineResources() {
  resources ??= { gazetteer: loadGazetteer(), dictionary: loadDictionary() };
  return resources;
}

export function compile(articles: readonly Article[]): CompiledCorpus {
  return compileIndex(articles, engineResources());
}

/** One made-up wire story per text, compiled as the extension does. */
export function compileStories(texts: readonly string[], datelinePlace: string | null = null): CompiledCorpus {
  return compile(texts.map((text, i) => makeArticle({ title: `Story ${i}`, source: 'Reuters', published: '1996-08-30', url: null, datelinePlace, text })));
}

/**
 * Made-up wire stories compiled, their matcher, and a reader of a page's blocks on it: each
 * mention as "text=kind".
 */
export function storiesEngine(texts: readonly string[], datelinePlace: string | null = null) {
  const { index } = compileStories(texts, datelinePlace);
  const matcher = createMatcher(index.lexicon);
  const kindsOf = (doc: string[]) => detectDocument(doc, matcher).map((ms) => ms.map((m) => `${m.text}=${m.kind}`));
  return { index, matcher, kindsOf };
}

let seed: { compiled: CompiledCorpus; matcher: Matcher } | null = null;

/** The seeds/ folder compiled as the extension build does it. */
export function seedCorpus(): { compiled: CompiledCorpus; matcher: Matcher } {
  if (!seed) {
    const summary = buildCorpus([SEEDS_DIR], ROOT);
    if (summary.errors.length) throw new Error(summary.errors.join('\n'));
    seed = { compiled: summary.compiled, matcher: createMatcher(summary.compiled.index.lexicon) };
  }
  return seed;
}

/** Reads and parses a plain-text article file that must hold exactly one article. */
export function readPlainTextArticle(path: string): Article {
  const { articles, errors } = parsePlainTextArticle(readFileSync(path, 'utf8'), path);
  if (errors.length || articles.length !== 1) throw new Error(`cannot parse ${path}: ${JSON.stringify(errors)}`);
  return articles[0]!;
}
