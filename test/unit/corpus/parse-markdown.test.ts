import { describe, expect, test } from 'vitest';
import { parseMarkdownArticle } from '../../../lib/corpus/parse-markdown';

describe('parseMarkdownArticle', () => {
  test('front matter gives title, source, date and url; markup is dropped from the text', () => {
    const md = [
      '---',
      'title: "Mutua prepares Somalia talks in Addis Ababa"',
      'source: Reuters',
      'date: Jun 1, 2022',
      'url: https://example.com/mutua',
      '---',
      'ADDIS ABABA (Reuters) - Foreign Minister **Alfred Mutua** met',
      '[Ethiopian](https://example.com/et) officials on _Wednesday_.',
      '',
      '![map of the region](map.png)',
      '',
      '> "We cannot wait for the rains," Mutua said.',
      '',
    ].join('\n');
    const { articles, errors } = parseMarkdownArticle(md, 'mutua.md');
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      title: 'Mutua prepares Somalia talks in Addis Ababa',
      source: 'Reuters',
      published: '2022-06-01',
      url: 'https://example.com/mutua',
      datelinePlace: 'ADDIS ABABA',
      text: 'ADDIS ABABA (Reuters) - Foreign Minister Alfred Mutua met Ethiopian officials on Wednesday.\n\n"We cannot wait for the rains," Mutua said.',
    });
  });

  test.each([
    ['published: 2022-06-01', '2022-06-01'],
    ['date: "15 March 2021"', '2021-03-15'],
    ["date: '2021-03-15T10:53:00Z'", '2021-03-15'],
  ])('front matter %j -> published %s', (field, expected) => {
    const { articles } = parseMarkdownArticle(`---\ntitle: T\n${field}\n---\nBody text.\n`, 'a.md');
    expect(articles[0]!.published).toBe(expected);
  });

  test('without front matter the first "# " heading is the title and leaves the text', () => {
    const { articles } = parseMarkdownArticle('# Ruto hosts talks\n\nKenyan President William Ruto spoke in Nairobi.\n', 'b.md');
    expect(articles[0]).toMatchObject({ title: 'Ruto hosts talks', source: null, published: null, text: 'Kenyan President William Ruto spoke in Nairobi.' });
  });

  test('CRLF line endings and a byte-order mark do not break the front matter', () => {
    const { articles } = parseMarkdownArticle('\uFEFF---\r\ntitle: T\r\nsource: AP\r\n---\r\nBody.\r\n', 'c.md');
    expect(articles[0]).toMatchObject({ title: 'T', source: 'AP', text: 'Body.' });
  });

  test('front matter with no body is an error naming the file', () => {
    const { articles, errors } = parseMarkdownArticle('---\ntitle: Empty\n---\n', 'empty.md');
    expect(articles).toEqual([]);
    expect(errors).toEqual([{ file: 'empty.md', line: null, message: 'no article text' }]);
  });
});
