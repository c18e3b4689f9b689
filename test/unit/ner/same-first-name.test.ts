import { describe, expect, test } from 'vitest';
import { isSameFirstName, mayBeOnePersonsFirstName, mayBeSameFirstName } from '../../../lib/ner/same-first-name';

describe('first names one person may go by', () => {
  test.each([
    ['bill', 'william', true],
    ['tom', 'thomas', true],
    ['ted', 'edward', true],
    ['tom', 'tim', false],
    ['al', 'albert', false],
  ])('isSameFirstName(%s, %s) is %s', (a, b, same) => {
    expect(isSameFirstName(a, b)).toBe(same);
    expect(isSameFirstName(b, a)).toBe(same);
  });

  test.each([
    ['al', 'albert', true],
    ['chris', 'christopher', true],
    ['j.p.', 'jonathan', false],
    ['ted', 'tony', false],
  ])('mayBeSameFirstName(%s, %s) is %s', (a, b, same) => {
    expect(mayBeSameFirstName(a, b)).toBe(same);
  });

  test.each([
    // Spellings one letter apart, four letters or more.
    ['glen', 'glenn', true],
    ['mohamed', 'mohammed', true],
    ['yevgeny', 'yvegeny', true],
    ['younes', 'younnes', true],
    ['mohamad', 'mohamed', true],
    // Names one letter apart that are others': a letter for another in a short name, a vowel
    // more at the end; two letters apart is another name.
    ['mark', 'mary', false],
    ['joan', 'john', false],
    ['paul', 'paula', false],
    ['eric', 'erica', false],
    ['tim', 'tom', false],
    ['ian', 'dan', false],
    ['stan', 'spike', false],
    ['carl', 'chris', false],
    // An initial and a name it opens; not another letter.
    ['s', 'steve', true],
    ['s.', 'steve', true],
    ['p', 'steve', false],
    // As `mayBeSameFirstName`.
    ['mike', 'michael', true],
    ['chris', 'christopher', true],
  ])('mayBeOnePersonsFirstName(%s, %s) is %s', (a, b, same) => {
    expect(mayBeOnePersonsFirstName(a, b)).toBe(same);
    expect(mayBeOnePersonsFirstName(b, a)).toBe(same);
  });
});
