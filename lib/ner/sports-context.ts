/** A score ("2-1", "6-3", never a date), a result verb, or a row of figures makes a block sports copy. */
const SCORE = /(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])/;
const RESULT_VERB = /\b(?:beat|beats|drew|defeated|lost to|thrashed|routed|edged)\b/;
const FIGURES_ROW = /(?:(?:^|\s)\d{1,4}(?=\s|$)[^\n]*){3}/;
const TEAM_AFTER = /^\s*(?:\d|beat\b|beats\b|drew\b|lost\b|won\b|defeated\b|v\b|vs\b|thrashed\b|edged\b)/;
const TEAM_BEFORE = /(?:\bbeat|\bbeats|\bdrew with|\blost to|\bdefeated|\bv|\bvs\.?|\bagainst|\bat home to|\baway to)\s*$/;

export function isSportsBlock(text: string): boolean {
  return SCORE.test(text) || RESULT_VERB.test(text) || FIGURES_ROW.test(text);
}

/**
 * In sports copy a city or county names its club ("Leicestershire beat Somerset", "Bayern Munich 2
 * Ajax 1"): a team, not a place. True when the name sits where a team does.
 */
export function sitsLikeTeam(text: string, start: number, end: number): boolean {
  return TEAM_AFTER.test(text.slice(end, end + 12)) || TEAM_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}
