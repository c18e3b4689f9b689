import { expect, test } from 'vitest';
import { displaySpelling } from '../../../lib/ner/display-name';
import { compileStories } from '../helpers/engine';

test.each([
  [[['BLOOMFIELD HILLS', 5], ['Bloomfield Hills', 1]], 'Bloomfield Hills'],
  [[['BLOOMFIELD HILLS', 5]], 'Bloomfield Hills'],
  [[["PAT O'NEILL", 2]], "Pat O'Neill"],
  [[['ABU-DHABI CITY', 1]], 'Abu-Dhabi City'],
  [[['UAE', 4]], 'UAE'],
  [[['NATO', 2]], 'NATO'],
  [[['AMSTETTEN', 1]], 'Amstetten'],
  [[["DAVY JONES'S", 1]], "Davy Jones's"],
  [[['FORT WORTH U.S.', 1]], 'Fort Worth U.S.'],
  [[['FT. LAUDERDALE', 2]], 'Ft. Lauderdale'],
  [[['ÉMILE ZOLA', 1]], 'Émile Zola'],
  [[['Tarek Vollan', 3], ['TAREK VOLLAN', 9], ['Tarek vollan', 1]], 'Tarek Vollan'],
  [[], null],
] as [[string, number][], string | null][])('%j -> %s', (spellings, expected) => {
  expect(displaySpelling(spellings)).toBe(expected);
});

test("a town written only in its datelines' capitals gets a name in title case", () => {
  const story = (day: number) => `KELBY FALLS, Mich., March ${day} - Vollan Corp said profits rose in the quarter.`;
  const { index } = compileStories([story(2), story(3), story(4)]);
  const names = index.entities.filter((e) => e.kind === 'place').map((e) => e.name);
  expect(names).toContain('Kelby Falls');
});
