import { expect, test } from 'vitest';
import { findDateline, mayOpenWithDateline } from '../../../lib/corpus/dateline';
import { tokenize } from '../../../lib/text/tokenize';
import { seededRandom } from '../helpers/random';

test.each([
  ['Washington [US], March 15 (ANI): US Secretary of State Antony Blinken', 'Washington', 'US Secretary'],
  ['Nairobi [Kenya], June 2 (Reuters): Kenyan President William Ruto', 'Nairobi', 'Kenyan President'],
  ['LONDON 1996-08-30 Markets fell sharply.', 'LONDON', 'Markets fell'],
  ['NEW DELHI, Jan 3 (Reuters) - Indian officials said', 'NEW DELHI', 'Indian officials'],
  ['SAN FRANCISCO, Sept. 12, 2023 (AP) — Tech shares rose', 'SAN FRANCISCO', 'Tech shares'],
  ['PARIS (AFP) - French unions called a strike', 'PARIS', 'French unions'],
  ['BEIJING (Reuters): China said', 'BEIJING', 'China said'],
  ['BRUSSELS — EU ministers met', 'BRUSSELS', 'EU ministers'],
])('%j -> place %j, story starts at %j', (text, place, storyStart) => {
  const d = findDateline(text);
  expect(d).not.toBeNull();
  expect(d!.place).toBe(place);
  expect(text.slice(d!.placeStart, d!.placeEnd)).toBe(place);
  expect(text.slice(d!.end).startsWith(storyStart)).toBe(true);
});

test.each([
  ['NEW YORK, March 9 - Texaco Inc said', 'NEW YORK', 'Texaco Inc'],
  ['DOWNERS GROVE, ILL., March 9 - ServiceMaster said', 'DOWNERS GROVE', 'ServiceMaster'],
  ['WASHINGTON, March 9, 1987 - The Senate voted', 'WASHINGTON', 'The Senate'],
])('a wire\'s dateline on a page: %j -> place %j, story starts at %j', (text, place, storyStart) => {
  expect(findDateline(text)).toBeNull();
  const d = findDateline(text, 0, true);
  expect(d).not.toBeNull();
  expect(d!.place).toBe(place);
  expect(text.slice(d!.placeStart, d!.placeEnd)).toBe(place);
  expect(text.slice(d!.end).startsWith(storyStart)).toBe(true);
});

test.each([
  ['Blinken and Austin wrote in The Washington Post on Sunday.'],
  ['Officials in Paris said on Monday (local time) that talks failed.'],
  ['The minister said (ANI) nothing.'],
  ['China has been rebuked globally for cracking down on Uyghur Muslims.'],
  ['"Not all countries share this vision," they wrote.'],
  ['Smith, March 3 - a note in small letters'],
  ['The vote, March 3 - the day after - went ahead.'],
  [''],
])('%j has no dateline', (text) => {
  expect(findDateline(text)).toBeNull();
  expect(findDateline(text, 0, true)).toBeNull();
});

test('reads a dateline at a paragraph offset', () => {
  const text = 'Intro paragraph.\n\nPARIS (AFP) - French unions called a strike.';
  const at = text.indexOf('PARIS');
  const d = findDateline(text, at)!;
  expect(d).toEqual({ place: 'PARIS', placeStart: at, placeEnd: at + 5, region: null, end: text.indexOf('French') });
});

test('a block its tokens rule out holds no dateline (random openings of datelines and prose)', () => {
  const pieces = ['LONDON', 'NEW YORK,', 'New', 'York', 'Washington', '[US],', 'March', '15', '(ANI):', '(Reuters)', '-', '—', '–', '1996-08-30', 'x1996-08-301', '1996-08-3', ',', 'Jan', '3', 'said', 'the', 'É', '(', ')', ':', '(AP)', '(x)-'];
  const random = seededRandom(9);
  let found = 0;
  for (let n = 0; n < 5000; n++) {
    let text = '';
    for (let w = 0, words = 1 + random(10); w < words; w++) text += pieces[random(pieces.length)]! + (random(6) === 0 ? '' : ' ');
    // Also past the window: a sign that starts before the 160th character and one that ends after it.
    if (random(4) === 0) text = 'A'.repeat(140 + random(20)) + ' ' + text;
    const dateline = findDateline(text, 0, random(2) === 0);
    if (dateline) found++;
    if (dateline) expect(mayOpenWithDateline(tokenize(text)), JSON.stringify(text)).toBe(true);
  }
  expect(found).toBeGreaterThan(100);
});
