import { describe, expect, test } from 'vitest';
import { detectDocument } from '../../../lib/ner/detect-mentions';
import { seedCorpus } from '../helpers/engine';

/**
 * Pages hold odd runs of characters (tables of digits, runs of capitals, brackets). Every pattern
 * the engine runs must read them in time linear or near it: one that splits a run many ways can
 * hang a page for minutes.
 */
describe('odd runs of characters are read quickly', () => {
  const { matcher } = seedCorpus();
  const cases: [string, string][] = [
    ['digits after a name', `Greenock Morton ${'1'.repeat(3000)}x`],
    ['spaced digits after a name', `Greenock Morton ${'1 '.repeat(2000)}x`],
    ['capitalised words', `${'Abc '.repeat(2000)}.`],
    ['words in capitals', 'ABC '.repeat(2000)],
    ['spaces inside a name', `Mr${' '.repeat(3000)}Smith said`],
    ['initials', `${'A.'.repeat(2000)} Smith`],
    ['brackets around an acronym', `${'('.repeat(2000)}NATO${')'.repeat(2000)}`],
    ['words before an acronym', `${'Organisation for '.repeat(500)}(OOOOOOOO)`],
    ['capital "The"', `${'The '.repeat(2000)}Oval`],
    ['particles', `Joost ${'van '.repeat(2000)}Westhuizen`],
    ['venues', 'Hove: '.repeat(2000)],
    ['scores', 'Hull 3 '.repeat(2000)],
    ['dates after a dateline', `LONDON ${'1996-08-30 '.repeat(1000)}`],
  ];
  test.each(cases)('%s', (_name, text) => {
    const started = performance.now();
    detectDocument([text], matcher);
    detectDocument(text.split(' '), matcher);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
