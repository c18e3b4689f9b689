const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads the dates news sites print: "Mar 15, 2021 10:53 IST", "15 March 2021", "2021-03-15",
 * "2021-03-15T10:53:00Z", "Monday, March 15, 2021". Returns YYYY-MM-DD or null.
 */
export function parseNewsDate(text: string): string | null {
  const s = text.trim();
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.slice(0, m[1]!.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
    if (month) return iso(+m[3]!, month, +m[2]!);
  }
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    if (month) return iso(+m[3]!, month, +m[1]!);
  }
  m = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  return null;
}
