import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseJsonl } from '../../../lib/corpus/parse-jsonl';
import { toJsonlLine } from '../../../lib/library/library-story';
import { buildMergedEntityCard, cardIndexOf } from '../../../lib/index/entity-card';
import { compileIndex } from '../../../lib/index/compile-index';
import {
  importRecords,
  libraryStories,
  loadCompiled,
  openLibrary,
  rollbackAbandonedImports,
  startImport,
  writeBatch,
  deleteStories,
  clearLibrary,
  type LibraryDb,
} from '../../../browser/library-db';
import { compileLibrary, gazetteerOf, IMPORT_BATCH, importArticles, importFile } from '../../../browser/library-import';
import { buildLexicon } from '../../../lib/ner/lexicon';
import { toLibraryStory } from '../../../lib/library/library-story';
import { makeArticle } from '../../../lib/corpus/article';
import { loadDictionary, loadGazetteer } from '../../../scripts/corpus/engine-resources';

const line = (title: string, text: string, extra: Record<string, unknown> = {}) => JSON.stringify({ title, text, source: 'Test Wire', ...extra });

/** `n` distinct stories about real-sounding people, as JSONL. */
function storiesJsonl(n: number, from = 0): string {
  return Array.from({ length: n }, (_, i) =>
    line(`Story ${from + i}`, `Finance minister Amara Kessler met Governor Lionel Baptiste in Lisbon on day ${from + i}. Kessler said talks went well.`, {
      url: `https://news.example/story-${from + i}?utm_source=feed`,
      published: `2024-03-${String((i % 28) + 1).padStart(2, '0')}`,
    }),
  ).join('\n');
}

let db: LibraryDb;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openLibrary();
});

async function snapshot(d: LibraryDb) {
  return { stories: (await libraryStories(d)).map((s) => s.id).sort(), imports: (await importRecords(d)).map((r) => [r.file, r.status, r.imported]) };
}

describe('library import', () => {
  it('imports a JSONL file, reports bad lines by number, and skips duplicates by URL or by text', async () => {
    const content = [storiesJsonl(3), '{"title": "broken', line('Copy of story 1', 'Finance minister Amara Kessler met Governor Lionel Baptiste in Lisbon on day 1. Kessler said talks went well.')].join('\n');
    const report = await importFile(db, 'wire.jsonl', content.length, async () => content);
    expect(report).toMatchObject({ file: 'wire.jsonl', imported: 3, duplicates: 1, cancelled: false });
    expect(report.errors).toEqual([{ file: 'wire.jsonl', line: 4, message: expect.stringMatching(/^not valid JSON/) }]);

    // The same stories again, one under a URL differing only by tracking parameters and "www.".
    const again = line('Story 0 (updated title)', 'A different text entirely.', { url: 'https://www.news.example/story-0/?utm_medium=x' });
    const second = await importFile(db, 'again.jsonl', again.length, async () => `${storiesJsonl(3)}\n${again}`);
    expect(second).toMatchObject({ imported: 0, duplicates: 4 });
    expect(await libraryStories(db)).toHaveLength(3);
  });

  it('gives a clear report for empty, binary, unsupported and too large files, and imports nothing from them', async () => {
    const report = async (name: string, content: string, size = content.length) => (await importFile(db, name, size, async () => content)).errors.map((e) => e.message);
    expect(await report('empty.jsonl', '')).toEqual(['empty file: no stories in it']);
    expect(await report('blank.txt', '   \n\n ')).toEqual(['empty file: no stories in it']);
    expect(await report('photo.jsonl', 'GIF89a\u0000\u0001\u0002')).toEqual(['binary file (contains NUL bytes), not an article']);
    expect(await report('sheet.xlsx', 'x')).toEqual([expect.stringMatching(/^unsupported file type/)]);
    expect(await report('huge.jsonl', '', 300 * 1024 * 1024)).toEqual([expect.stringMatching(/^file too large \(300 MB; at most 256 MB a file\)/)]);
    expect(await libraryStories(db)).toEqual([]);
  });

  it('is all or nothing per file: cancelled after a batch was written, the library is exactly as before that file', async () => {
    await importFile(db, 'first.jsonl', 1, async () => storiesJsonl(5, 1000));
    const before = await snapshot(db);
    const controller = new AbortController();
    let batches = 0;
    const content = storiesJsonl(IMPORT_BATCH * 3);
    const report = await importFile(db, 'big.jsonl', content.length, async () => content, {
      signal: controller.signal,
      onProgress: () => {
        batches++;
        if (batches === 2) controller.abort();
      },
    });
    expect(batches).toBe(2);
    expect(report).toMatchObject({ imported: 0, cancelled: true });
    expect(await snapshot(db)).toEqual(before);
    expect(await db.count('stories')).toBe(5);
  });

  it('rolls back an import abandoned after a batch (a closed tab): its stories never count and are removed on the next open', async () => {
    await importFile(db, 'first.jsonl', 1, async () => storiesJsonl(2, 500));
    const before = await snapshot(db);
    const crashed = parseJsonl(storiesJsonl(IMPORT_BATCH + 10), 'crash.jsonl').articles.map((a) => toLibraryStory(a, 'crashed-import', 'import', new Date().toISOString()));
    await startImport(db, { id: 'crashed-import', file: 'crash.jsonl', origin: 'import' });
    await writeBatch(db, crashed.slice(0, IMPORT_BATCH));
    // Until then the written batch is invisible...
    expect((await libraryStories(db)).map((s) => s.id).sort()).toEqual(before.stories);
    // ...an import still running elsewhere is left alone, an abandoned one is removed.
    expect(await rollbackAbandonedImports(db, async () => true)).toBe(0);
    expect(await rollbackAbandonedImports(db, async () => false)).toBe(1);
    expect(await snapshot(db)).toEqual(before);
    expect(await db.count('stories')).toBe(2);
  });

  it('a storage failure part way (quota full) keeps nothing of the file and says what to do', async () => {
    const parsed = parseJsonl(storiesJsonl(IMPORT_BATCH * 2), 'full.jsonl');
    let writes = 0;
    const failing = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop === 'transaction') {
          return (stores: string | string[], mode?: IDBTransactionMode) => {
            if (stores === 'stories' && mode === 'readwrite' && ++writes === 2) throw new DOMException('quota', 'QuotaExceededError');
            return target.transaction(stores as 'stories', mode as 'readwrite');
          };
        }
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const report = await importArticles(failing, 'full.jsonl', parsed, 'import');
    expect(report.imported).toBe(0);
    expect(report.errors.at(-1)!.message).toMatch(/storage quota full\): free disk space or delete stories/);
    expect(await db.count('stories')).toBe(0);
    expect(await importRecords(db)).toEqual([]);
  });

  it('exports JSONL that imports back to equal records (ids, titles, text, sources, dates, URLs)', async () => {
    await importFile(db, 'a.jsonl', 1, async () => storiesJsonl(4));
    const exported = (await libraryStories(db)).map(toJsonlLine).join('\n');
    const original = (await libraryStories(db)).map(({ id, title, text, source, published, url }) => ({ id, title, text, source, published, url }));
    await clearLibrary(db);
    expect(await libraryStories(db)).toEqual([]);
    const report = await importFile(db, 'export.jsonl', exported.length, async () => exported);
    expect(report).toMatchObject({ imported: 4, duplicates: 0, errors: [] });
    const back = (await libraryStories(db)).map(({ id, title, text, source, published, url }) => ({ id, title, text, source, published, url }));
    expect(back).toEqual(original);
  });

  it("compiles with the command line's gazetteer, read back from the bundled lexicon: places, peoples, languages and first names", () => {
    const gazetteer = loadGazetteer();
    const lexicon = JSON.parse(JSON.stringify(buildLexicon([], new Map(), [], gazetteer)));
    expect(gazetteerOf(lexicon)).toEqual(gazetteer);
  });

  it('compiles the library with the corpus compiler; a card merges the bundled corpus and the library', async () => {
    const engine = { gazetteer: loadGazetteer(), dictionary: loadDictionary() };
    await importFile(db, 'a.jsonl', 1, async () => storiesJsonl(6));
    const { generation, stories } = await compileLibrary(db, engine);
    expect(stories).toBe(6);
    const library = (await loadCompiled(db))!;
    expect(library.generation).toBe(generation);
    const kessler = library.index.entities.find((e) => e.name === 'Amara Kessler');
    expect(kessler?.stories).toHaveLength(6);

    const bundledArticle = makeArticle({ title: 'Budget row', source: 'Bundled', published: '2020-01-05', url: null, datelinePlace: null, text: 'Finance minister Amara Kessler resigned in Lisbon. Kessler denied it.' });
    const bundled = compileIndex([bundledArticle], engine);
    const texts = new Map((await libraryStories(db)).map((s) => [s.id, s.text]));
    const card = buildMergedEntityCard(
      [
        { index: cardIndexOf(bundled.index), textOf: (s) => bundled.texts[s]! },
        { index: cardIndexOf(library.index), textOf: (s) => texts.get(library.index.stories[s]!.id)! },
      ],
      kessler!.id,
    )!;
    expect(card.storyCount).toBe(7);
    expect(card.firstDate).toBe('2020-01-05');
    expect(card.lastDate).toBe('2024-03-06');
    expect(card.stories[0]!.published).toBe('2024-03-06');
    expect(card.snippets.map((s) => s.story.source)).toContain('Bundled');
    expect(card.snippets.map((s) => s.story.source)).toContain('Test Wire');

    await deleteStories(db, [...texts.keys()].slice(0, 2));
    expect((await compileLibrary(db, engine)).stories).toBe(4);
  });
});
