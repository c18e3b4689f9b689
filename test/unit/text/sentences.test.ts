import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../lib/text/sentences';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test.each([
    ['Blinken arrived. Austin followed.', ['Blinken arrived.', 'Austin followed.']],
    ['Mr. Blinken met Mrs. Austin. They talked.', ['Mr. Blinken met Mrs. Austin.', 'They talked.']],
    ['Dr. Ruto spoke. Gen. Mark Milley listened.', ['Dr. Ruto spoke.', 'Gen. Mark Milley listened.']],
    ['J. R. R. Tolkien wrote books. He died in 1973.', ['J. R. R. Tolkien wrote books.', 'He died in 1973.']],
    ['Antony J. Blinken spoke. Then he left.', ['Antony J. Blinken spoke.', 'Then he left.']],
    ['Chairman Anthony J.P. Farris said so. Then he left.', ['Chairman Anthony J.P. Farris said so.', 'Then he left.']],
    ['said Ada Vollan, analyst at C.J. Lawrence. Shares fell.', ['said Ada Vollan, analyst at C.J. Lawrence.', 'Shares fell.']],
    ['It opens in Washington, D.C. The project is new.', ['It opens in Washington, D.C.', 'The project is new.']],
    ['The meeting ended at 5 p.m. Prices fell later.', ['The meeting ended at 5 p.m.', 'Prices fell later.']],
    ['The U.S. and China talked. Nothing changed.', ['The U.S. and China talked.', 'Nothing changed.']],
    ['Trade rose 3.5 percent. Oil fell.', ['Trade rose 3.5 percent.', 'Oil fell.']],
    ['Is it over? Yes! "It is," he said.', ['Is it over?', 'Yes!', '"It is," he said.']],
    ['He said "we will act." Beijing objected.', ['He said "we will act."', 'Beijing objected.']],
    ['the end. lower case goes on', ['the end. lower case goes on']],
    ['First line\nSecond line', ['First line', 'Second line']],
    ['  Padded sentence.   ', ['Padded sentence.']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test('spans are trimmed half-open ranges into the original text', () => {
    const text = 'Washington [US], March 15 (ANI): Mr. Blinken spoke.\nAustin agreed.  China objected.';
    const spans = splitSentences(text);
    expect(spans).toEqual([
      { start: 0, end: 51 },
      { start: 52, end: 66 },
      { start: 68, end: 83 },
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
  });
});
