/** Generational suffixes that close a name after its surname: "Cal Ripken Jr.", "A. Malachi Mixon III". */
const GENERATIONAL = new Set(['jr', 'jr.', 'sr', 'sr.', 'jnr', 'jnr.', 'snr', 'snr.', 'ii', 'iii', 'iv']);

/** A folded word that closes a name after its surname ("jr", "iii"). */
export function isGenerational(word: string): boolean {
  return GENERATIONAL.has(word);
}

/**
 * Where the surname is among a name's folded words: the last, or the one before a generational
 * suffix ("ripken" of "cal ripken jr"). A name of two words keeps its last ("Edward III" has no
 * surname but the numeral).
 */
export function surnameIndex(words: readonly string[]): number {
  const n = words.length;
  return n >= 3 && GENERATIONAL.has(words[n - 1]!) ? n - 2 : n - 1;
}

/** The surname among a name's folded words (see `surnameIndex`). */
export function surnameOf(words: readonly string[]): string {
  return words[surnameIndex(words)]!;
}

/** The generational suffix closing a name's folded words ("jr" of "cal ripken jr"), '' when none. */
export function generationOf(words: readonly string[]): string {
  const at = surnameIndex(words);
  return at < words.length - 1 ? words[words.length - 1]!.replace(/\.$/, '') : '';
}
