import { describe, expect, test } from 'vitest';
import { isSportsBlock, isSportsBlockByTokens } from '../../../lib/ner/sports-context';
import { tokenize } from '../../../lib/text/tokenize';
import { seededRandom } from '../helpers/random';

describe('sports copy read from tokens is sports copy read by its patterns', () => {
  test.each([
    ['Leeds 2 Hull 1', true],
    ['Hull beat Leeds on Saturday.', true],
    ['Shares beat falling ones.', false],
    ['The co-beat Leeds side', true],
    ['Derby v Leeds kicks off at three.', true],
    ['Kirkton Rovers 4 1 2 1 6 5 5', true],
    ['The index rose 1,204.7 points, or 3, on the day.', false],
    ['They drew with Leeds and lost to Hull.', true],
  ])('%s', (text, sports) => {
    expect(isSportsBlock(text)).toBe(sports);
    expect(isSportsBlockByTokens(text, tokenize(text))).toBe(sports);
  });

  test('the same answer on random lines of numbers, scores, results and fixtures', () => {
    // Pieces where the two readings could part: digits in and around words, dashes, commas and
    // brackets after numbers, the result verbs inside words and before "with"/"to", odd spaces.
    const pieces = ['1', '12', '123', '1234', '2-1', '2–1', '10-12', 'A2-1', '1996-08-30', '3,', '1.5', '(4)', 'v', 'V', 'beat', 'beats', 'co-beat', 'ébeat', 'upbeat', 'drew', 'with', 'lost', 'to', 'defeated', 'edged', 'Leeds', 'Hull', 'Ünal', 'ı', 'the', ',', ';', ')', '(', '.', '٣', '-', '–', '/'];
    const gaps = [' ', ' ', ' ', '', '  ', '\u00a0', '\n', '\t'];
    const random = seededRandom(5);
    for (let n = 0; n < 6000; n++) {
      let text = '';
      for (let w = 0, words = 1 + random(12); w < words; w++) text += pieces[random(pieces.length)]! + gaps[random(gaps.length)]!;
      expect(isSportsBlockByTokens(text, tokenize(text)), JSON.stringify(text)).toBe(isSportsBlock(text));
    }
  });
});
