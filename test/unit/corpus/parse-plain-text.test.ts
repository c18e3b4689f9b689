import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePlainTextArticle } from '../../../lib/corpus/parse-plain-text';
import { articleBlocks } from '../../../lib/index/compile-index';
import { detectDocument, type Mention } from '../../../lib/ner/detect-mentions';
import { createMatcher } from '../../../lib/ner/lexicon';
import { SECOND_ARTICLE_FILE, SEED_FILE, compile } from '../helpers/engine';

describe('the ANI seed story', () => {
  const content = readFileSync(SEED_FILE, 'utf8');
  const { articles, errors } = parsePlainTextArticle(content, 'seeds/000_5587e2acc58fdf71.txt');
  const article = articles[0]!;

  test('parses to one article with title, source, date and dateline place', () => {
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(article).toMatchObject({
      title: 'Working with allies critical to push back Chinese aggression: US',
      source: 'ANI',
      published: '2021-03-15',
      url: null,
      datelinePlace: 'Washington',
    });
  });

  test('the body opens with the dateline and leaves the photo captions out', () => {
    expect(article.text.startsWith('Washington [US], March 15 (ANI):')).toBe(true);
    expect(article.text).not.toContain('[File Photo]');
    expect(article.text).not.toContain('(left)');
    expect(article.text).not.toContain('ANI | Updated');
    expect(article.text).not.toContain(article.title);
  });

  test('each non-empty body line is one paragraph, separated by one blank line, ending with the agency tag', () => {
    const bodyLines = content.slice(content.indexOf('Washington [US]')).split('\n').filter((l) => l.trim() !== '');
    expect(article.text).not.toMatch(/\n{3,}/);
    expect(article.text).not.toMatch(/^\s|\s$/);
    expect(article.text.split('\n\n')).toEqual(bodyLines.map((l) => l.trim()));
    expect(bodyLines).toHaveLength(19);
    expect(article.text.endsWith('accompanied by Blinken during meetings with government officials. (ANI)')).toBe(true);
  });
});

describe('plain-text layout variants', () => {
  test.each([
    ['Reuters | March 3, 2021', 'Reuters', '2021-03-03'],
    ['By Jane Doe, BBC | 2021-03-15', 'Jane Doe, BBC', '2021-03-15'],
    ['AFP | Published: 15 March 2021', 'AFP', '2021-03-15'],
    ['AP | Last updated: Sep 5, 2020 08:00 ET', 'AP', '2020-09-05'],
  ])('source line %j -> source %j, published %s', (sourceLine, source, published) => {
    const r = parsePlainTextArticle(`Caption\n\nThe title\n\n${sourceLine}\n\nBody paragraph.`, 'x.txt');
    expect(r.articles[0]).toMatchObject({ title: 'The title', source, published, text: 'Body paragraph.' });
  });

  test('without a source line the first non-empty line is the title', () => {
    const r = parsePlainTextArticle('\n\nMutua flies to Addis Ababa\nForeign Minister Alfred Mutua left on Wednesday.\nHe returns Friday.\n', 'x.txt');
    expect(r.articles[0]).toMatchObject({
      title: 'Mutua flies to Addis Ababa',
      source: null,
      published: null,
      text: 'Foreign Minister Alfred Mutua left on Wednesday.\n\nHe returns Friday.',
    });
  });

  test('a "|" line without a date is body text, not a source line', () => {
    const r = parsePlainTextArticle('Title\nSport | Football\nBody.', 'x.txt');
    expect(r.articles[0]).toMatchObject({ title: 'Title', source: null, text: 'Sport | Football\n\nBody.' });
  });

  test('CRLF line endings and a byte-order mark are handled', () => {
    const r = parsePlainTextArticle('\uFEFFTitle\r\n\r\nReuters | Jun 02, 2022 09:15 IST\r\n\r\nBody one.\r\nBody two.\r\n', 'x.txt');
    expect(r.articles[0]).toMatchObject({ title: 'Title', source: 'Reuters', published: '2022-06-02', text: 'Body one.\n\nBody two.' });
  });

  test.each([
    ['', { file: 'x.txt', line: null, message: 'no title: the file is empty' }],
    ['\n  \n', { file: 'x.txt', line: null, message: 'no title: the file is empty' }],
    ['\nJust a title\n\n', { file: 'x.txt', line: 2, message: 'the article has a title but no body' }],
    ['Title\nReuters | Jun 02, 2022\n', { file: 'x.txt', line: 1, message: 'the article has a title but no body' }],
  ])('%j is an error', (content, error) => {
    const r = parsePlainTextArticle(content, 'x.txt');
    expect(r.articles).toEqual([]);
    expect(r.errors).toEqual([error]);
  });
});

describe('a second article (Reuters, Kenya) in the same layout', () => {
  const { articles, errors } = parsePlainTextArticle(readFileSync(SECOND_ARTICLE_FILE, 'utf8'), 'test/fixtures/second-article.txt');
  const article = articles[0]!;

  test('parses title, source, date and dateline place', () => {
    expect(errors).toEqual([]);
    expect(article).toMatchObject({
      title: 'Kenya to host regional talks on Somalia security as drought deepens',
      source: 'Reuters',
      published: '2022-06-02',
      datelinePlace: 'Nairobi',
    });
    expect(article.text.startsWith('Nairobi [Kenya], June 2 (Reuters): Kenyan President William Ruto said')).toBe(true);
    expect(article.text).not.toContain('(centre)');
    expect(article.text).not.toContain('Reuters Photo');
  });

  describe('compiled through compileIndex', () => {
    const { index } = compile([article]);
    const entity = (id: string) => index.entities.find((e) => e.id === id);
    const matcher = createMatcher(index.lexicon);
    const blocks = articleBlocks(article).map((b) => b.text);
    const detected = detectDocument(blocks, matcher);
    /** Every mention of the story with the paragraph it is in. */
    const mentions: (Mention & { block: string })[] = detected.flatMap((ms, i) => ms.map((m) => ({ ...m, block: blocks[i]! })));

    test.each([
      ['person:william-ruto', 'William Ruto', 'kenyan president'],
      ['person:alfred-mutua', 'Alfred Mutua', 'foreign minister'],
    ])('%s is a person named %j with role %j', (id, name, role) => {
      const e = entity(id);
      expect(e).toMatchObject({ kind: 'person', name });
      expect(e!.role?.toLowerCase()).toBe(role);
    });

    test('the role of the foreign minister comes from the appositive "Mutua, the foreign minister,"', () => {
      expect(entity('person:alfred-mutua')!.roleStory).toBe(0);
    });

    test.each([
      ['Ruto told reporters in Nairobi', 'Ruto', 'person:william-ruto', 'William Ruto'],
      ['Ruto added that Kenya', 'Ruto', 'person:william-ruto', 'William Ruto'],
      ['Mutua, the foreign minister,', 'Mutua', 'person:alfred-mutua', 'Alfred Mutua'],
      ['ready to move it," Mutua said', 'Mutua', 'person:alfred-mutua', 'Alfred Mutua'],
    ])('surname in %j links to the full-name entity', (context, text, id, name) => {
      const block = blocks.find((b) => b.includes(context))!;
      const start = block.indexOf(context) + context.indexOf(text);
      const m = mentions.find((x) => x.block === block && x.start === start);
      expect(m).toEqual({ start, end: start + text.length, kind: 'person', entity: id, text, name, block });
    });

    test.each([
      ['place:nairobi', 'Nairobi'],
      ['place:kenya', 'Kenya'],
      ['place:ethiopia', 'Ethiopia'],
      ['place:somalia', 'Somalia'],
      ['place:addis-ababa', 'Addis Ababa'],
      ['place:indian-ocean', 'Indian Ocean'],
    ])('%s is a place entity named %j', (id, name) => {
      expect(entity(id)).toMatchObject({ kind: 'place', name });
      expect(mentions.some((m) => m.entity === id && m.kind === 'place' && m.text === name)).toBe(true);
    });

    // Known gap: "the port of Mombasa" and "Mombasa is ready" give no place cue the engine reads
    // (not a capital in the gazetteer, "of" is not locative), so Mombasa is never discovered.
    test('Mombasa ("the port of Mombasa") is a place entity', () => {
      expect(entity('place:mombasa')).toMatchObject({ kind: 'place', name: 'Mombasa' });
    });

    test.each([['Ethiopian'], ['Kenyan'], ['African Union'], ['Thursday'], ['Reuters'], ['Aid']])('%j is neither a person nor a place', (name) => {
      expect(index.entities.some((e) => e.name === name || e.name.includes(name))).toBe(false);
    });

    test('people and places are all the story is linked to, every mention counted', () => {
      // Mentions of each entity in story 0, read from the entity's postings.
      const countOf = (id: string) => index.entities.find((e) => e.id === id)?.stories.find(([s]) => s === 0)?.[1];
      expect(countOf('person:william-ruto')).toBe(3);
      expect(countOf('person:alfred-mutua')).toBe(3);
      expect(countOf('place:somalia')).toBe(6);
    });
  });
});
