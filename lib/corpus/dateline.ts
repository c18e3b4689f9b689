/** A news dateline at the start of a story: "Washington [US], March 15 (ANI):", "LONDON 1996-08-30". */
export interface Dateline {
  /** The place as printed ("Washington", "LONDON"). */
  place: string;
  placeStart: number;
  placeEnd: number;
  /** Offset where the story proper begins, after the dateline. */
  end: number;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const PLACE = "(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3})";
const PATTERNS: RegExp[] = [
  // Washington [US], March 15 (ANI):   NEW DELHI, Jan 3 (Reuters) -
  new RegExp(`^${PLACE}(?:\\s*\\[[^\\]\\n]{1,30}\\])?,?\\s+${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*\\([^)\\n]{1,30}\\)\\s*[:\\-–—]+\\s*`, 'u'),
  // LONDON 1996-08-30
  new RegExp(`^${PLACE}\\s+\\d{4}-\\d{2}-\\d{2}\\s*`, 'u'),
  // PARIS (AFP) -   BEIJING (Reuters):
  new RegExp(`^${PLACE}(?:,\\s*\\p{Lu}[\\p{L}.]*)?\\s*\\([A-Za-z][^)\\n]{0,30}\\)\\s*[:\\-–—]+\\s*`, 'u'),
  // BRUSSELS —  (all-caps place then a dash)
  new RegExp(`^(\\p{Lu}[\\p{Lu}.'’\\-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’\\-]+){0,3})\\s*[—–]\\s*`, 'u'),
];

/** Finds a dateline at `offset` in `text` (the start of a paragraph), or null. */
export function findDateline(text: string, offset = 0): Dateline | null {
  const rest = text.slice(offset, offset + 120);
  for (const pattern of PATTERNS) {
    const m = pattern.exec(rest);
    if (m && m[1]) {
      const place = m[1].replace(/[,.]+$/, '');
      return { place, placeStart: offset, placeEnd: offset + place.length, end: offset + m[0].length };
    }
  }
  return null;
}
