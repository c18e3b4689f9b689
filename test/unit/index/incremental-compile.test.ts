/**
 * The incremental compile: with the state of a previous compile, the index must be byte for byte
 * what a clean compile of the same stories gives, however the corpus changed, while only the
 * stories that changed (and those whose corpus-wide answers changed) are analysed again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { makeArticle, type Article } from '../../../lib/corpus/article';
import { parseJsonl } from '../../../lib/corpus/parse-jsonl';
import { compileIndex, compileIndexIncremental, type CompiledCorpus, type IncrementalCompileResult } from '../../../lib/index/compile-index';
import type { CompileState } from '../../../lib/index/compile-state';
import { indexFiles } from '../../../lib/index/index-files';
import { ROOT, engineResources } from '../helpers/engine';
import { random, sentence, wireCorpus, withText } from '../helpers/wire-corpus';

/** The index files a compile writes, by path. */
const files = (c: CompiledCorpus): Record<string, string> => Object.fromEntries(indexFiles(c).map((f) => [f.path, f.contents]));
const clean = (articles: readonly Article[]) => files(compileIndex(articles, engineResources()));
const incremental = (articles: readonly Article[], previous: CompileState | null): IncrementalCompileResult =>
  compileIndexIncremental(articles, { ...engineResources(), previous });

/** Compiles incrementally and checks the files against a clean compile of the same stories. */
function expectSameAsClean(articles: readonly Article[], previous: CompileState | null): IncrementalCompileResult {
  const result = incremental(articles, previous);
  const got = files(result.compiled);
  const want = clean(articles);
  expect(Object.keys(got)).toEqual(Object.keys(want));
  for (const path of Object.keys(want)) expect(got[path], path).toBe(want[path]);
  return result;
}

describe('incremental compile of a wire corpus', () => {
  const corpus = wireCorpus(7, 120);
  const first = incremental(corpus, null);

  test('a clean compile through the incremental path is the plain compile, and analyses every story', () => {
    expect(files(first.compiled)).toEqual(clean(corpus));
    expect(first.work).toEqual({ stories: 120, texts: 120, names: 120, mentions: 120 });
    expect(first.compiled.index.entities.length).toBeGreaterThan(20);
  });

  test('the same stories again: nothing analysed again, same bytes', () => {
    const again = expectSameAsClean(corpus, first.state);
    expect(again.work).toEqual({ stories: 120, texts: 0, names: 0, mentions: 0 });
  });

  test('one story changed, one added, one removed: same bytes as a clean build, the rest reused', () => {
    const next = [...corpus];
    next[10] = withText(next[10]!, next[10]!.text + ' Farida Haddad said in Lima that talks would resume.');
    next.splice(50, 1);
    next.push(makeArticle({ title: 'A new report', text: 'OSLO (Wire) - Tomasz Lindqvist said on Friday that grain exports rose.', source: 'Wire', published: '2021-04-02', url: null, datelinePlace: 'OSLO' }));
    const result = expectSameAsClean(next, first.state);
    expect(result.work.stories).toBe(120);
    expect(result.work.texts).toBe(2);
    // Counts moved for the names of three stories: a few others may need their mentions again.
    expect(result.work.names).toBeLessThan(30);
    expect(result.work.mentions).toBeLessThan(60);
  });

  test('a chain of incremental builds, each from the last one’s state', () => {
    const rng = random(99);
    let articles = [...corpus];
    let state = first.state;
    for (let step = 0; step < 4; step++) {
      const at = Math.floor(rng() * articles.length);
      articles[at] = withText(articles[at]!, `${articles[at]!.text}\n\n${sentence(rng)} ${sentence(rng)}`);
      articles.splice(Math.floor(rng() * articles.length), 1);
      articles = [...articles, withText(articles[Math.floor(rng() * articles.length)]!, `${sentence(rng)}\n\n${sentence(rng)}`)];
      const result = expectSameAsClean(articles, state);
      expect(result.work.texts).toBeLessThanOrEqual(2);
      state = result.state;
    }
  });

  test('a new full name makes stories that wrote the surname alone look again', () => {
    const lone = makeArticle({ title: 'Zubrowski speaks', text: 'Zubrowski said the strike in Lima was over. Zubrowski told workers to return.', source: 'Wire', published: '2021-03-01', url: null, datelinePlace: null });
    const base = [...corpus, lone];
    const before = incremental(base, null);
    const named = makeArticle({ title: 'Union chief', text: 'Union leader Marek Zubrowski said in Lima on Monday that talks had ended.', source: 'Wire', published: '2021-03-02', url: null, datelinePlace: null });
    const after = expectSameAsClean([...base, named], before.state);
    const entity = after.compiled.index.entities.find((e) => e.id === 'person:marek-zubrowski');
    expect(entity?.stories.length).toBe(2);
    expect(after.work.texts).toBe(1);
    expect(after.work.mentions).toBeGreaterThanOrEqual(2);
  });

  test('a word written with a capital often enough stops being common: stories that asked read their names again', () => {
    // "Stone" opening a sentence is dropped while "stone" is a common word of the corpus.
    const pier = makeArticle({ title: 'Pier', text: 'Stone Okafor said the stone pier held. Fishermen said the stone wall and the stone steps held too.', source: 'Wire', published: '2021-02-01', url: null, datelinePlace: null });
    const base = [...corpus, pier];
    const before = incremental(base, null);
    const next = [...base];
    next[3] = withText(next[3]!, `${next[3]!.text}\n\n${Array.from({ length: 40 }, () => 'the Stone').join(' and ')} said.`);
    const after = expectSameAsClean(next, before.state);
    expect(after.work.texts).toBe(1);
    expect(after.work.names).toBeGreaterThanOrEqual(2);
    const names = (c: CompiledCorpus) => c.index.entities.map((e) => e.name);
    expect(names(before.compiled)).not.toContain('Stone Okafor');
    expect(names(after.compiled)).toContain('Stone Okafor');
  });

  test('only dates changed: the order changes, no story is analysed again', () => {
    const redated = corpus.map((a, i) => (i % 3 === 0 ? { ...a, published: '2020-12-31' } : a));
    const result = expectSameAsClean(redated, first.state);
    expect(result.work).toEqual({ stories: 120, texts: 0, names: 0, mentions: 0 });
  });

  test('a story with the id of a cached one but other text is analysed, not taken from the cache', () => {
    const next = [...corpus];
    next[0] = { ...next[0]!, text: next[0]!.text + ' Ravi Iyer said.' };
    const result = expectSameAsClean(next, first.state);
    expect(result.work.texts).toBe(1);
  });

  test('random edits: every incremental build equals a clean build (property)', () => {
    const small = wireCorpus(3, 40);
    const base = incremental(small, null);
    const edit = fc.record({
      change: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 1_000_000 })), { maxLength: 3 }),
      remove: fc.array(fc.nat(), { maxLength: 2 }),
      add: fc.array(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let articles = [...small];
        let state = base.state;
        for (const e of edits) {
          for (const [at, seed] of e.change) {
            const i = at % articles.length;
            articles[i] = withText(articles[i]!, `${articles[i]!.text} ${sentence(random(seed))}`);
          }
          for (const at of e.remove) if (articles.length > 2) articles.splice(at % articles.length, 1);
          for (const seed of e.add) articles = [...articles, withText(articles[seed % articles.length]!, `${sentence(random(seed))} ${sentence(random(seed + 1))}`)];
          state = expectSameAsClean(articles, state).state;
        }
      }),
      { numRuns: 12, seed: 4242 },
    );
    // Twelve pairs of compiles: about 15 s alone, twice that on a busy 2-core machine.
  }, 120_000);
});

// Real wire copy, when the shared corpus is on this machine.
const CONLL = join(ROOT, '..', 'shared', 'corpus', 'conll2003-train-reuters.jsonl');

describe.skipIf(!existsSync(CONLL))('incremental compile of real Reuters copy', () => {
  test('change, add and remove stories in 300 CoNLL stories: same bytes as a clean build', () => {
    const lines = readFileSync(CONLL, 'utf8').split('\n').slice(0, 300).join('\n');
    const corpus = parseJsonl(lines, 'conll.jsonl').articles;
    const first = incremental(corpus, null);
    const next = [...corpus];
    next[5] = withText(next[5]!, next[5]!.text.replace(/ the /, ' a ') + '\n\nMr Smith said in Moscow that Yeltsin would attend.');
    next.splice(100, 2);
    next.push(withText(corpus[100]!, 'LONDON 1996-08-30\n\nEngland beat Pakistan by 107 runs, captain Michael Atherton said.'));
    const result = expectSameAsClean(next, first.state);
    expect(result.work.texts).toBe(2);
    expect(result.work.mentions).toBeLessThan(next.length / 2);
  }, 60_000);
});

describe('a name of several words the corpus learns later', () => {
  test('a story that held it, unknown until then, is read again: the same bytes as a clean build', () => {
    const story = (text: string, i: number) => makeArticle({ title: `Story ${i}`, source: 'Wire', published: `1996-08-${10 + i}`, url: null, datelinePlace: null, text });
    const base = ['ANGRY QORVEL ZANTORO FISHERMEN PROTEST\nThe crowd was large on Sunday.', 'Prices rose in Paris on Tuesday, traders said.'].map(story);
    const added = [
      'QORVEL ZANTORO 1996-08-30\nShips sailed into Qorvel Zantoro on Monday. Fishermen in Qorvel Zantoro said the catch was poor.',
      'QORVEL ZANTORO 1996-08-31\nStorms hit Qorvel Zantoro again. Boats left Qorvel Zantoro at dawn, officials in Qorvel Zantoro said.',
    ].map((text, i) => story(text, 50 + i));
    expectSameAsClean([...base, ...added], incremental(base, null).state);
  });
});
