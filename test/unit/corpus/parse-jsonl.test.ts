import { describe, expect, test } from 'vitest';
import { storyId } from '../../../lib/corpus/article';
import { parseJsonl } from '../../../lib/corpus/parse-jsonl';

const line = (o: unknown) => JSON.stringify(o);

describe('parseJsonl', () => {
  const content = [
    line({ title: 'Ruto to host Somalia talks', text: 'NAIROBI (Reuters) - Kenyan President William Ruto said on Thursday.', source: 'Reuters', published: 'Jun 02, 2022 09:15 IST', url: 'https://example.com/ruto' }),
    '{"title": "Broken line", "text": "no closing brace"',
    '',
    line({ title: 'No text here' }),
    line({ title: 'Blank text', text: '   ' }),
    '[1, 2, 3]',
    line({ text: 'Mutua flew to Addis Ababa on Wednesday.', date: '2022-06-01T08:00:00Z', extra: { ignored: true } }),
  ].join('\n');
  const result = parseJsonl(content, 'corpus/stories.jsonl');

  test('a malformed line is reported with its file and 1-based line number', () => {
    const bad = result.errors.find((e) => e.line === 2);
    expect(bad).toBeDefined();
    expect(bad!.file).toBe('corpus/stories.jsonl');
    expect(bad!.message).toMatch(/not valid JSON/);
  });

  test('good lines before and after a bad one still parse', () => {
    expect(result.articles.map((a) => a.title)).toEqual(['Ruto to host Somalia talks', 'Mutua flew to Addis Ababa on Wednesday.']);
  });

  test.each([
    [4, /missing "text"/],
    [5, /missing "text"/],
    [6, /expected a JSON object/],
  ])('line %i is an error: %s', (lineNo, message) => {
    const e = result.errors.find((x) => x.line === lineNo);
    expect(e?.message).toMatch(message);
  });

  test('blank lines are neither articles nor errors', () => {
    expect(result.errors.map((e) => e.line)).toEqual([2, 4, 5, 6]);
  });

  test('fields are read, dates normalised to YYYY-MM-DD, and the dateline place found', () => {
    const [first, second] = result.articles;
    expect(first).toEqual({
      id: storyId('Ruto to host Somalia talks', 'NAIROBI (Reuters) - Kenyan President William Ruto said on Thursday.'),
      title: 'Ruto to host Somalia talks',
      source: 'Reuters',
      published: '2022-06-02',
      url: 'https://example.com/ruto',
      datelinePlace: 'NAIROBI',
      text: 'NAIROBI (Reuters) - Kenyan President William Ruto said on Thursday.',
    });
    // Without a title the text opens the title; "date" stands in for "published".
    expect(second).toMatchObject({ title: 'Mutua flew to Addis Ababa on Wednesday.', source: null, published: '2022-06-01', url: null, datelinePlace: null });
  });

  test.each([
    ['2021-03-15', '2021-03-15'],
    ['Mar 15, 2021 10:53 IST', '2021-03-15'],
    ['15 March 2021', '2021-03-15'],
    ['2021-03-15T23:59:00Z', '2021-03-15'],
    ['not a date', null],
  ])('published %j -> %s', (raw, expected) => {
    const r = parseJsonl(line({ title: 't', text: 'Body.', published: raw }), 'f.jsonl');
    expect(r.articles[0]!.published).toBe(expected);
  });

  test('Windows line endings in the file and in the text are handled', () => {
    const r = parseJsonl(line({ title: 'A', text: 'One.\r\n\r\nTwo.' }) + '\r\n' + line({ title: 'B', text: 'Three.' }) + '\r\n', 'f.jsonl');
    expect(r.errors).toEqual([]);
    expect(r.articles.map((a) => a.text)).toEqual(['One.\n\nTwo.', 'Three.']);
  });

  test('the same story twice gets the same id, whatever its metadata', () => {
    const r = parseJsonl([line({ title: 'T', text: 'Same body.', source: 'A' }), line({ title: 'T', text: 'Same body.', source: 'B' })].join('\n'), 'f.jsonl');
    expect(r.articles[0]!.id).toBe(r.articles[1]!.id);
  });
});
