/** The most letters an acronym written alone is taken to have ("NATO"); a longer word is a dateline's town ("AMSTETTEN"). */
const ACRONYM_LETTERS = 4;

/** A word written in capitals only: letters, none in lower case. */
function inCapitalsOnly(text: string): boolean {
  return text !== text.toLowerCase() && text === text.toUpperCase();
}

/**
 * The spelling a card shows for a name written `spellings` ways ([spelling, times]): the most
 * written one that is not in capitals only. A name of several words only ever written in
 * capitals (a dateline's "BLOOMFIELD HILLS", a headline's) in title case, each part after a
 * hyphen or an apostrophe too ("PAT O'NEILL" is "Pat O'Neill"), but for letters with dots
 * and words with figures ("U.S.", "K2"); one short word is an acronym as often ("UAE", "NATO") and stays. Null when none.
 */
export function displaySpelling(spellings: Iterable<[string, number]>): string | null {
  let best: string | null = null;
  let bestCount = -1;
  let shouted: string | null = null;
  let shoutedCount = -1;
  for (const [spelling, count] of spellings) {
    if (inCapitalsOnly(spelling)) {
      if (count > shoutedCount) [shouted, shoutedCount] = [spelling, count];
    } else if (count > bestCount) [best, bestCount] = [spelling, count];
  }
  return best ?? (shouted === null || (!shouted.includes(' ') && shouted.length <= ACRONYM_LETTERS) ? shouted : inTitleCase(shouted));
}

/** Single letters each with its dot: "U.S.", "F." (not "ST.", a saint's abbreviation). */
const LETTERS_WITH_DOTS = /^(?:\p{L}\.)+$/u;

/** "BLOOMFIELD HILLS" as "Bloomfield Hills", "FT. LAUDERDALE" as "Ft. Lauderdale"; "U.S." and "K2" as they are. */
function inTitleCase(name: string): string {
  return name
    .split(' ')
    .map((word) => (/\d/.test(word) || LETTERS_WITH_DOTS.test(word) ? word : word.toLowerCase().replace(/^\p{Ll}|(?<=['’-])\p{Ll}(?=\p{L})/gu, (letter) => letter.toUpperCase())))
    .join(' ');
}
