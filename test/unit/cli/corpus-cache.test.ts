/**
 * The compile cache on disk (scripts/corpus/compile-cache.ts), through the build the CLI and the
 * WXT hook run: a rebuild after stories changed writes the same files as a clean build, redoes
 * only the changed stories, and a damaged, stale or missing cache only costs a clean build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../../lib/corpus/article';
import { buildCorpus, writeCorpus, type BuildSummary } from '../../../scripts/corpus/build-corpus';
import { CACHE_FILE, engineKey, loadState } from '../../../scripts/corpus/compile-cache';
import { ROOT, engineResources } from '../helpers/engine';
import { random, sentence, wireCorpus } from '../helpers/wire-corpus';

let tmp: string;
let inputs: string;
let lines: string[];

const line = (a: Pick<Article, 'title' | 'text' | 'published'>) => JSON.stringify({ title: a.title, text: a.text, source: 'Wire', published: a.published });
const writeInput = () => writeFileSync(join(inputs, 'wire.jsonl'), lines.join('\n') + '\n');

/** Every file under `dir` but the cache, by relative path. */
function readTree(dir: string, base = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name === '.cache') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(out, readTree(full, base));
    else out[full.slice(base.length + 1)] = readFileSync(full, 'utf8');
  }
  return out;
}

/** Builds into `out` with the cache in out/.cache (as the CLI does), or without a cache. */
function build(out: string, cache = true): BuildSummary {
  const summary = buildCorpus([inputs], tmp, undefined, { cacheDir: cache ? join(out, '.cache') : null });
  writeCorpus(summary.compiled, out);
  return summary;
}

/** Builds with the cache and checks every file against a clean build of the same inputs. */
function expectSameAsClean(out: string): BuildSummary {
  const summary = build(out);
  const cleanDir = join(tmp, `clean-${Math.random().toString(36).slice(2)}`);
  build(cleanDir, false);
  expect(existsSync(join(cleanDir, '.cache'))).toBe(false);
  const got = readTree(out);
  const want = readTree(cleanDir);
  expect(Object.keys(got)).toEqual(Object.keys(want));
  for (const path of Object.keys(want)) expect(got[path], path).toBe(want[path]);
  rmSync(cleanDir, { recursive: true });
  return summary;
}

const cacheFile = (out: string) => join(out, '.cache', CACHE_FILE);
const cached = (prefix: string) => (out: string) => join(out, '.cache', readdirSync(join(out, '.cache')).find((f) => f.startsWith(prefix))!);
const wordsFile = cached('words-');
const sectionsFile = cached('sections-');

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'backstory-cache-'));
  inputs = join(tmp, 'corpus');
  mkdirSync(inputs);
  lines = wireCorpus(11, 150).map(line);
  writeInput();
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('rebuilding with the cache', () => {
  let out: string;
  beforeAll(() => {
    out = join(tmp, 'index');
  });

  test('the first build analyses every story and leaves the cache next to the index', () => {
    const summary = build(out);
    expect(summary.cache).toEqual({ dir: join(out, '.cache'), used: false, note: null });
    expect(summary.work).toEqual({ stories: 150, texts: 150, names: 150, mentions: 150 });
    expect(existsSync(cacheFile(out))).toBe(true);
    expect(existsSync(wordsFile(out))).toBe(true);
  });

  test('one story changed, one added, one removed: same files as a clean build; only those read again', () => {
    const rng = random(5);
    const changed = JSON.parse(lines[20]!) as Article;
    lines[20] = line({ ...changed, text: `${changed.text} ${sentence(rng)}` });
    lines.splice(70, 1);
    lines.push(line({ title: 'Added story', text: `LIMA (Wire) - ${sentence(rng)}\n\n${sentence(rng)}`, published: '2021-05-05' }));
    writeInput();
    const summary = expectSameAsClean(out);
    expect(summary.cache?.used).toBe(true);
    expect(summary.work.stories).toBe(150);
    expect(summary.work.texts).toBe(2);
    // A dozen surnames shared by every story: their entities' order moves, and detection with it.
    expect(summary.work.names).toBeLessThan(150);
    expect(summary.work.mentions).toBeLessThan(150);
  });

  test('nothing changed: nothing read again, and the cache is left as it was', () => {
    const before = statSync(cacheFile(out)).mtimeMs;
    const summary = expectSameAsClean(out);
    expect(summary.work).toEqual({ stories: 150, texts: 0, names: 0, mentions: 0 });
    expect(statSync(cacheFile(out)).mtimeMs).toBe(before);
  });

  test('most stories removed: the words file is rewritten without them, and still serves the next build', () => {
    const words = wordsFile(out);
    lines = lines.slice(0, 60);
    writeInput();
    expect(expectSameAsClean(out).work.texts).toBe(0);
    expect(existsSync(words)).toBe(false);
    const edited = JSON.parse(lines[3]!) as Article;
    lines[3] = line({ ...edited, text: `${edited.text} Elena Petrov said in Oslo that the port reopened.` });
    lines.splice(10, 1);
    writeInput();
    const summary = expectSameAsClean(out);
    expect(summary.cache?.used).toBe(true);
    expect(summary.work.texts).toBe(1);
  });
});

describe('a damaged or stale cache means a clean build, never a failure', () => {
  let out: string;
  let good: Buffer;

  beforeAll(() => {
    out = join(tmp, 'damaged');
    lines = wireCorpus(12, 80).map(line);
    writeInput();
    build(out);
    good = readFileSync(cacheFile(out));
  });

  const damage = (f: (bytes: Buffer) => Buffer | string) => writeFileSync(cacheFile(out), f(Buffer.from(good)));

  test.each([
    ['cut short', (b: Buffer) => b.subarray(0, b.length >> 1)],
    ['one byte flipped', (b: Buffer) => ((b[b.length >> 1]! ^= 0xff), b)],
    ['empty', () => ''],
    ['not a cache at all', () => 'hello'],
    ['random bytes', (b: Buffer) => Buffer.from(b.map((_, i) => (i * 7919) & 0xff))],
  ])('state file %s', (_, f) => {
    damage(f);
    const summary = expectSameAsClean(out);
    expect(summary.cache?.used).toBe(false);
    expect(summary.cache?.note).toMatch(/ignored|unreadable/);
    expect(summary.work.texts).toBe(80);
    // The build saved a good cache again: the next build uses it.
    expect(expectSameAsClean(out).cache).toMatchObject({ used: true, note: null });
  });

  test('words file overwritten: the story that left cannot be taken off the totals, so the compile starts afresh', () => {
    build(out);
    const words = wordsFile(out);
    writeFileSync(words, Buffer.alloc(statSync(words).size, 7));
    const removed = lines.splice(5, 1);
    writeInput();
    const summary = expectSameAsClean(out);
    expect(summary.cache?.used).toBe(false);
    expect(summary.cache?.note).toMatch(/checksum/);
    lines.splice(5, 0, ...removed);
    writeInput();
  });

  test.each([
    ['words file missing', () => rmSync(wordsFile(out))],
    ['sections file missing', () => rmSync(sectionsFile(out))],
    ['sections file overwritten', () => writeFileSync(sectionsFile(out), Buffer.alloc(statSync(sectionsFile(out)).size, 3))],
    ['sections file cut short', () => writeFileSync(sectionsFile(out), readFileSync(sectionsFile(out)).subarray(0, 1000))],
  ])('%s', (_, f) => {
    build(out);
    f();
    const summary = expectSameAsClean(out);
    expect(summary.cache?.used).toBe(false);
    expect(summary.cache?.note).toMatch(/ignored/);
  });

  test('gazetteer and dictionary file damaged: built again from their packages', () => {
    build(out);
    writeFileSync(join(out, '.cache', 'resources.json'), '{"key":');
    const summary = expectSameAsClean(out);
    expect(summary.cache).toMatchObject({ used: true, note: null });
  });

  test('a state from another engine version is not used', () => {
    build(out);
    const { gazetteer, dictionary } = engineResources();
    const engine = engineKey(gazetteer, dictionary)!;
    expect(engine).toMatch(/^[0-9a-f]{64}$/);
    expect(loadState(join(out, '.cache'), engine).state).not.toBeNull();
    expect(loadState(join(out, '.cache'), engine.replace(/^./, (c) => (c === '0' ? '1' : '0')))).toEqual({
      state: null,
      note: 'compile cache is from another engine version',
    });
    // The key follows what the engine compiles with.
    expect(engineKey({ ...gazetteer, countries: [...gazetteer.countries, 'atlantis'] }, dictionary)).not.toBe(engine);
    expect(engineKey(gazetteer, new Set([...dictionary, 'zzyzx']))).not.toBe(engine);
  });
});

describe('npm run corpus -- build', () => {
  const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
  const run = (args: string[]) => spawnSync(TSX, [join(ROOT, 'scripts', 'corpus-cli.ts'), 'build', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

  test('keeps its cache in DIR/.cache and says when it built incrementally; --no-cache keeps none', () => {
    const out = join(tmp, 'cli');
    const first = run(['--out', out, inputs]);
    expect(first.status).toBe(0);
    expect(first.stderr).not.toContain('Incremental');
    expect(existsSync(join(out, '.cache', CACHE_FILE))).toBe(true);
    const second = run(['--out', out, inputs]);
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/Incremental: 0 of \d+ stories new or changed; names read again in 0, mentions detected again in 0\./);

    const plain = join(tmp, 'cli-plain');
    const noCache = run(['--out', plain, '--no-cache', inputs]);
    expect(noCache.status).toBe(0);
    expect(existsSync(join(plain, '.cache'))).toBe(false);
    expect(readTree(plain)).toEqual(readTree(out));
  }, 120_000);
});
