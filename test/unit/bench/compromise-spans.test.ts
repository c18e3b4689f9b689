import { describe, expect, it } from 'vitest';
import { compromiseSpans, trimMatch } from '../../../bench/compromise-spans';

/** The text of each span, by type. */
function texts(text: string) {
  return compromiseSpans(text).map((s) => `${s.type} ${text.slice(s.start, s.end)}`);
}

describe("the baseline's spans", () => {
  it.each([
    // text, where the match starts, compromise's match text, the span's text
    ['Tarek Vollan, Rhys Tallon and others', 0, 'Tarek Vollan,', 'Tarek Vollan'],
    ['seen with (T. Vollan) at noon', 11, '(T. Vollan)', 'T. Vollan'],
    ['a "Kelvara" trip', 3, '"Kelvara".', 'Kelvara'],
    ["Vollan's rise", 0, "Vollan's", 'Vollan'],
    ['flew to Washington D.C. on Monday', 8, 'Washington D.C.', 'Washington D.C.'],
    ['met Jo Reed Jr. in May', 4, 'Jo Reed Jr.', 'Jo Reed Jr'],
    // A symbol that is part of the match, where compromise starts it; letters outside the BMP.
    ['off to #Kelvara now', 7, '#Kelvara', 'Kelvara'],
    ['met 𝐀dams today', 4, '𝐀dams', '𝐀dams'],
    ['met Adam𝐬, today', 4, 'Adam𝐬,', 'Adam𝐬'],
  ])('%j from %i reading %j is %j', (text, start, matchText, expected) => {
    const span = trimMatch(text, start, matchText)!;
    expect(text.slice(span.start, span.end)).toBe(expected);
  });

  it('a match of punctuation or emoji alone is no span', () => {
    expect(trimMatch('so 🎉 fun', 3, '🎉')).toBeNull();
  });

  it("reads compromise's own matches without their punctuation", () => {
    const found = texts('Chris Adams, Tim Moody and (P. Simmons) flew to "New York".');
    expect(found).toContain('PER Chris Adams');
    expect(found).toContain('PER P. Simmons');
    expect(found).toContain('LOC New York');
    for (const f of found) expect(f).not.toMatch(/[,"()]$|^\w+ [,"(]/);
  });
});
