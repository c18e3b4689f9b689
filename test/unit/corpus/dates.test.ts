import { expect, test } from 'vitest';
import { parseNewsDate } from '../../../lib/corpus/dates';

test.each([
  ['Mar 15, 2021 10:53 IST', '2021-03-15'],
  ['Jun 02, 2022 09:15 IST', '2022-06-02'],
  ['March 15, 2021', '2021-03-15'],
  ['Monday, March 15, 2021', '2021-03-15'],
  ['15 March 2021', '2021-03-15'],
  ['1st Jan 2000', '2000-01-01'],
  ['May 3rd, 2020', '2020-05-03'],
  ['Sept. 5, 2020', '2020-09-05'],
  ['September 5, 2020', '2020-09-05'],
  ['5th Sept 2020', '2020-09-05'],
  ['2021-03-15', '2021-03-15'],
  ['2021-3-5', '2021-03-05'],
  ['2021-03-15T10:53:00Z', '2021-03-15'],
  ['2022-06-02T06:15:00+03:00', '2022-06-02'],
  ['2021/3/5', '2021-03-05'],
  ['  Feb 29, 2020  ', '2020-02-29'],
])('%j -> %s', (input, expected) => {
  expect(parseNewsDate(input)).toBe(expected);
});

test.each([
  ['Feb 29, 2021'],
  ['Feb 30, 2021'],
  ['2021-13-01'],
  ['2021-04-31'],
  ['Mai 3, 2020'],
  ['yesterday'],
  ['Updated 10:53 IST'],
  ['1700-01-01'],
  [''],
])('%j is not a date -> null', (input) => {
  expect(parseNewsDate(input)).toBeNull();
});
