/** Short forms of first names that are no beginning of the long one. Lower-cased. */
const NICKNAMES = new Map([
  ['bill', 'william'],
  ['billy', 'william'],
  ['bob', 'robert'],
  ['bobby', 'robert'],
  ['dick', 'richard'],
  ['ted', 'edward'],
  ['ned', 'edward'],
  ['tony', 'anthony'],
  ['peggy', 'margaret'],
  ['chuck', 'charles'],
  ['betty', 'elizabeth'],
  ['liz', 'elizabeth'],
  ['mike', 'michael'],
  ['jim', 'james'],
  ['jimmy', 'james'],
  ['joe', 'joseph'],
  ['dave', 'david'],
  ['steve', 'stephen'],
  ['tom', 'thomas'],
  ['jack', 'john'],
]);

/** Two first names are one: the same, or a short and a long form ("Bill", "William"). Folded. */
export function isSameFirstName(a: string, b: string): boolean {
  return a === b || NICKNAMES.get(a) === b || NICKNAMES.get(b) === a;
}

/**
 * Two first names may be one person's: one name (see `isSameFirstName`), or one the beginning of
 * the other ("Al", "Albert"; "Chris", "Christopher"). Not an initial alone ("J.P." is no Jonathan).
 */
export function mayBeSameFirstName(a: string, b: string): boolean {
  if (isSameFirstName(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 2 && !short.includes('.') && long.startsWith(short);
}

/**
 * Two first names the corpus may have written for one person (folded): one name as
 * `mayBeSameFirstName` reads it, an initial and a name it opens ("S." and "Steve"), or two
 * spellings of one name ("Glen" and "Glenn", "Mohamed" and "Mohammed", "Mohamad" and "Mohamed",
 * a typed "Yvegeny" for "Yevgeny"). Not two names one letter apart that are others' ("Mark" and
 * "Mary", "Paul" and "Paula").
 */
export function mayBeOnePersonsFirstName(a: string, b: string): boolean {
  if (isSameFirstName(a, b)) return true;
  const initialOf = (w: string) => (w.replace(/\.$/, '').length === 1 ? w[0] : null);
  if (initialOf(a) ?? initialOf(b)) return a[0] === b[0];
  if (withVowelMore(a, b) || withVowelMore(b, a)) return false;
  return mayBeSameFirstName(a, b) || isOtherSpelling(a, b);
}

/** `long` is `short` and a vowel: another name, often a woman's ("Paula", "Erica", "Louise"). */
function withVowelMore(short: string, long: string): boolean {
  return long.length === short.length + 1 && long.startsWith(short) && VOWELS.includes(long[short.length]!);
}

const VOWELS = 'aeiouy';

/**
 * One letter apart as spellings of a name are (a vowel more at the end aside, see
 * `withVowelMore`): a letter more, in names of four letters or more; two neighbours swapped,
 * four letters or more; one letter for another but the first, five letters or more ("Jakob" and
 * "Jacob").
 */
function isOtherSpelling(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4 || long.length - short.length > 1 || a === b) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length < long.length) return short.slice(i) === long.slice(i + 1);
  if (short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2)) return true;
  return short.length >= 5 && i > 0 && short.slice(i + 1) === long.slice(i + 1);
}

/**
 * Two folded full names of one surname the corpus may have written for one person: one holds the
 * other whole at its end ("sen tarek vollan", "tarek vollan"; "nabil abu vollan", "abu vollan"),
 * or their first names may be one person's (`mayBeOnePersonsFirstName`).
 */
export function mayBeOnePerson(a: string, b: string): boolean {
  if (a.endsWith(` ${b}`) || b.endsWith(` ${a}`)) return true;
  return mayBeOnePersonsFirstName(firstWord(a), firstWord(b));
}

function firstWord(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}
