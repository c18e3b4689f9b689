import { describe, expect, test } from 'vitest';
import { isCorpusFileName, parseCorpusFile } from '../../../lib/corpus/parse-corpus-file';

describe('parseCorpusFile', () => {
  test('content with NUL bytes is refused as binary, with a clear message', () => {
    const r = parseCorpusFile('photos/ruto.txt', 'GIF89a\u0000\u0001\u0002Kenya');
    expect(r.articles).toEqual([]);
    expect(r.errors).toEqual([{ file: 'photos/ruto.txt', line: null, message: expect.stringMatching(/binary file.*NUL/) }]);
  });

  test.each([['notes.pdf'], ['story.docx'], ['README'], ['data.json']])('%s: unsupported type is an error listing the accepted endings', (file) => {
    const r = parseCorpusFile(file, 'Kenyan President William Ruto spoke.');
    expect(r.articles).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.file).toBe(file);
    expect(r.errors[0]!.message).toMatch(/unsupported file type/);
    expect(r.errors[0]!.message).toContain('.jsonl');
  });

  test.each([
    ['a.JSONL', '{"title":"T","text":"Body."}', 'T'],
    ['a.md', '# Heading title\n\nBody.', 'Heading title'],
    ['a.Markdown', '---\ntitle: Front\n---\nBody.', 'Front'],
    ['a.htm', '<html><body><article><h1>H</h1><p>Body.</p></article></body></html>', 'H'],
    ['a.HTML', '<html><head><meta property="og:title" content="OG"></head><body><p>Body.</p></body></html>', 'OG'],
    ['a.txt', 'Plain title\n\nBody.', 'Plain title'],
  ])('%s is dispatched by its ending (case-insensitive)', (file, content, title) => {
    const r = parseCorpusFile(file, content);
    expect(r.errors).toEqual([]);
    expect(r.articles.map((a) => a.title)).toEqual([title]);
  });

  test.each([
    ['story.txt', true],
    ['STORY.TXT', true],
    ['feed.jsonl', true],
    ['page.htm', true],
    ['notes.markdown', true],
    ['image.png', false],
    ['archive.txt.gz', false],
    ['jsonl', false],
  ])('isCorpusFileName(%j) = %s', (name, expected) => {
    expect(isCorpusFileName(name)).toBe(expected);
  });
});
