import { isCapitalized, isSpaceAt, type Token } from '../text/tokenize';
/** A score ("2-1", "6-3"; never a date, nor a price such as "2-3/4"). */
const SCORE = /(?<![\d\-–/.])\d{1,3}[-–]\d{1,3}(?![\d\-–/]|[.,]\d)/;
/** A result over a named side: "beat Somerset", "thrashed Sussex" ("was defeated by the royal guard", "shares beat falling ones" are not). */
const RESULT = /\b(?:beat|beats|drew with|defeated|defeats|thrashed|routed|edged|lost to) \p{Lu}/u;
/** A results row: two names, each with its score ("DENVER 4 Utah 1", "Hull 3 Leeds 3 (after extra time)"). */
const RESULT_ROW = /^\s*\p{Lu}[\p{L}\p{M}.'’\- ]*?\s\d{1,3}\s+\p{Lu}[\p{L}\p{M}.'’\- ]*?\s\d{1,3}\s*(?:$|\(|\n)/mu;
/** A fixture: "Hull v Leeds" ("Roe v. Wade", with its dot, is a court case). */
const FIXTURE = /\p{Lu}[\p{L}\p{M}]* v \p{Lu}/u;
/** Small whole numbers standing alone: goals, points, runs, wickets (prices and rates have decimals or commas). */
const STANDALONE_NUMBER = /(?:^|\s)\d{1,3}(?=[\s;)]|,\s|$)/g;
/** What a score, a results row, a table row or a fixture cannot do without. */
const MAY_BE_SPORTS = /\d| v /;
const TEAM_AFTER = /^\s*(?:\d|beat\b|beats\b|drew\b|lost\b|won\b|defeated\b|defeats\b|v\b|vs\b|thrashed\b|routed\b|edged\b)/;
const TEAM_BEFORE = /(?:\bbeat|\bbeats|\bdrew with|\blost to|\bdefeated|\bdefeats|\bthrashed|\brouted|\bedged|\bv|\bvs\.?|\bagainst|\bat home to|\baway to)\s*$/;

/** Sports copy: a score, a result over a named side, a results row, a fixture, or three small whole numbers (a table row). */
export function isSportsBlock(text: string): boolean {
  // All but a result need a digit or a " v ": most prose has neither, and one scan says so.
  if (!MAY_BE_SPORTS.test(text)) return RESULT.test(text);
  if (SCORE.test(text) || RESULT.test(text) || RESULT_ROW.test(text) || FIXTURE.test(text)) return true;
  STANDALONE_NUMBER.lastIndex = 0;
  let n = 0;
  while (STANDALONE_NUMBER.exec(text) !== null) if (++n >= 3) return true;
  return false;
}

/** A token of one to three ASCII digits. */
function isSmallNumber(word: string): boolean {
  if (word.length > 3) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `STANDALONE_NUMBER` at token `t`: white space or the start before it; white space, ";", ")", ", " or the end after it. */
function standsAlone(text: string, t: Token): boolean {
  if (t.start > 0 && !isSpaceAt(text, t.start - 1)) return false;
  if (t.end === text.length) return true;
  const after = text.charCodeAt(t.end);
  if (after === 59 || after === 41 || isSpaceAt(text, t.end)) return true; // ";", ")"
  return after === 44 && t.end + 1 < text.length && isSpaceAt(text, t.end + 1); // ", "
}

/** A last letter of the verbs of `RESULT` ("beat", "beats", "drew", "defeated"...): "t", "s", "w", "d". */
function endsLikeResultVerb(code: number): boolean {
  return code === 116 || code === 115 || code === 119 || code === 100;
}

/** The words `RESULT` opens with, each the end of a token where it matches. */
const RESULT_VERBS = ['beat', 'beats', 'drew', 'defeated', 'defeats', 'thrashed', 'routed', 'edged', 'lost'];

/** `word` ends with a verb of `RESULT`. */
function endsWithResultVerb(word: string): boolean {
  for (const verb of RESULT_VERBS) if (word.endsWith(verb)) return true;
  return false;
}

/**
 * `isSportsBlock(text)`, read from the block's tokens (`tokenize(text)`) where they can rule a sign
 * out, so that most patterns are never run: a standalone number is a token of one to three digits
 * with white space around it; a result needs a token ending as one of its verbs, followed by one
 * space and a capitalised word (or "with", "to"); a fixture the token "v"; a results row a
 * standalone number. Only a score is searched for in every block.
 */
export function isSportsBlockByTokens(text: string, tokens: readonly Token[]): boolean {
  if (SCORE.test(text)) return true;
  let numbers = 0;
  let mayBeResult = false;
  let mayBeFixture = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const word = t.text;
    const first = word.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      if (isSmallNumber(word) && standsAlone(text, t) && ++numbers >= 3) return true;
    } else if (word.length === 1) {
      if (first === 118) mayBeFixture = true; // "v"
    } else if (!mayBeResult && word.length >= 4 && endsLikeResultVerb(word.charCodeAt(word.length - 1))) {
      const next = tokens[k + 1];
      mayBeResult =
        !!next && next.start === t.end + 1 && text.charCodeAt(t.end) === 32 && (isCapitalized(next.text) || next.text === 'with' || next.text === 'to') && endsWithResultVerb(word);
    }
  }
  return (mayBeResult && RESULT.test(text)) || (mayBeFixture && FIXTURE.test(text)) || (numbers > 0 && RESULT_ROW.test(text));
}

/**
 * In sports copy a city or county names its club ("Leicestershire beat Somerset", "Bayern Munich 2
 * Ajax 1"): a team, not a place. True when the name sits where a team does.
 */
export function sitsLikeTeam(text: string, start: number, end: number): boolean {
  return TEAM_AFTER.test(text.slice(end, end + 12)) || TEAM_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}
