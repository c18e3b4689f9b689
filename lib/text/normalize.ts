const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ASCII = /^[\x00-\x7f]*$/;

/** Folds a name for matching: NFKD without accents, lower case, curly apostrophes made straight. */
export function foldName(text: string): string {
  // Fast path for plain ASCII with no backtick, the common case on English pages: no accents to
  // strip, no apostrophe to straighten. A loop over the codes is faster here than a regex.
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 96) {
      plain = false;
      break;
    }
  }
  if (plain) return text.toLowerCase();
  if (ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'");
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').replace(/[’‘`]/g, "'").toLowerCase();
}

/** A stable slug for ids: "Antony Blinken" -> "antony-blinken", "Sánchez" -> "sanchez". */
export function slugify(text: string): string {
  return foldName(text)
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Collapses runs of white space to one space and trims. */
export function squashSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
