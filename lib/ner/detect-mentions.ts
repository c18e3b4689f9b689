import { applyAcronymDefinitions } from './acronym-definitions';
import { findDateline, mayOpenWithDateline, type Dateline } from '../corpus/dateline';
import { foldName } from '../text/normalize';
import { isAllCaps, isCapitalized, isSpaceAt, startsLowerCase, stripPossessive, tokenize, type Token } from '../text/tokenize';
import { linkCoordinatedCues } from './coordination';
import type { EntityKind } from './entity';
import { KEY, NO_FACTS, firstWordOf, type KeyFacts, type Matcher } from './lexicon';
import { BUILDING_SURNAMES, BUILDING_WORDS, FAITH_MEMBERS, HONORIFICS, NAME_CONNECTORS, NAME_PARTICLE, NATIONALITY_NOUNS, OFFICES, ORG_HEADS, PARTY_MEMBERS, PLACE_HEADS, PLACE_PREFIXES, PLACE_PREPOSITION_BEFORE, SURNAME_DEMONYMS, TITLE_HEADS } from './cue-words';
import { findNameCandidates, type NameCandidate, type SideCue } from './name-candidates';
import { applyParentheticalCues } from './parenthetical-cues';
import { isChatWord, registerOf, type Register } from './register';
import { isSameFirstName, mayBeSameFirstName } from './same-first-name';
import { isGenerational, surnameIndex, surnameOf } from './surname';
import { namesInSmallLetters, smallSurnameEnd, type SmallLetterLexicon } from './small-letter-names';
import { isSportsBlock, isSportsBlockByTokens, sitsLikeTeam } from './sports-context';

/** A person or place mentioned in a text; `entity` is null when the corpus does not know it. */
export interface Mention {
  start: number;
  end: number;
  kind: EntityKind;
  entity: string | null;
  text: string;
  /** The entity's display name ("Antony Blinken" for "Blinken"), or the text when unknown. */
  name: string;
}

/** What one document has said so far: who its full names are, so surnames can follow them. */
export interface DocumentContext {
  /** Entities named in full in the document: they win ambiguous surnames. */
  preferred: Set<number>;
  /** Folded surname -> the person it continues (entity index, or null for a person the corpus lacks). */
  surnames: Map<string, number | null>;
  /** Folded surname -> where (see `placeOf`) the first full name that gave it was. */
  surnameAt: Map<string, number>;
  /** Folded surname -> every full name that gave it, in document order (see `ownerBefore`). */
  namedBy: Map<string, SurnameOwner[]>;
  /** Folded surname -> where the page first used it alone for a person the corpus knows. */
  knownAloneAt: Map<string, number>;
  /** The blocks are being read again: what they name is on record already. */
  rereading: boolean;
  /** The block being read: its index in the document. */
  block: number;
  /** Folded word -> times the document used it alone before it became a surname (first reading only). */
  lone: Map<string, number>;
  /** The document is sports copy (scores, results): club names are not places in it. */
  sports: boolean;
  /** The document is a conversation, not news copy (see `Register`). */
  conversational: boolean;
  /** The document is no news copy, a conversation or a brief text (see `Register`): a first name alone is a person in it. */
  informal: boolean;
  /** What the block being read first asked of the document, while `detectDocument` keeps track. */
  trace: BlockTrace | null;
}

/** A full name that gave a surname to its person, where it stood in the document. */
interface SurnameOwner {
  at: number;
  /** The person: an entity index, or null for one the corpus lacks. */
  entity: number | null;
  /** The first word of the name, folded ("eric" of "Eric Reeves"). */
  first: string;
  /** The word is the known person's first word, not their surname ("Saddam", "Steven"). */
  firstWord: boolean;
  /** The name is written surname first: a Korean given name follows ("Kim Dae-jung"). */
  surnameFirst?: boolean;
}

/** The latest full name before `at` that gave `surname` to someone. */
function ownerBefore(doc: DocumentContext, surname: string, at: number): SurnameOwner | undefined {
  const owners = doc.namedBy.get(surname);
  if (!owners) return undefined;
  for (let i = owners.length - 1; i >= 0; i--) if (owners[i]!.at < at) return owners[i];
  return undefined;
}

/** Puts on record that a full name gave `surname` to someone (not while the blocks are read again). */
function recordOwner(doc: DocumentContext, surname: string, owner: SurnameOwner): void {
  if (doc.rereading) return;
  const owners = doc.namedBy.get(surname);
  if (owners) owners.push(owner);
  else doc.namedBy.set(surname, [owner]);
}

/** What a block's reading depends on in its document, beyond its own text (see `detectDocument`). */
interface BlockTrace {
  /** A name with several entities was looked up: the document's full names may choose another. */
  ambiguous: boolean;
  /** Single words that were no surname of the document yet. */
  pending: string[];
}

export function newDocumentContext(): DocumentContext {
  return {
    preferred: new Set(),
    surnames: new Map(),
    surnameAt: new Map(),
    namedBy: new Map(),
    knownAloneAt: new Map(),
    rereading: false,
    block: 0,
    lone: new Map(),
    sports: false,
    conversational: false,
    informal: false,
    trace: null,
  };
}

/** Where an offset of the block being read is in its document, in document order. */
function placeOf(doc: DocumentContext, offset: number): number {
  return doc.block * 2 ** 26 + offset;
}

interface MatcherPredicates {
  isCommonWord: (w: string) => boolean;
  isKnownName: (key: string) => boolean;
  isKnownPlace: (key: string) => boolean;
  isDemonym: (w: string) => boolean;
  /** A known place or a city of the gazetteer's lists. */
  isPlaceName: (key: string) => boolean;
  isCountry: (key: string) => boolean;
  isFirstName: (key: string) => boolean;
  isEverydayFirstName: (lower: string) => boolean;
}
const predicateCache = new WeakMap<Matcher, MatcherPredicates>();

/** The look-ups the candidate finder needs, made once per matcher (not once per block). */
function predicatesOf(m: Matcher): MatcherPredicates {
  let p = predicateCache.get(m);
  if (!p) {
    p = {
      isCommonWord: (w) => has(m, w, KEY.common),
      isKnownName: (key) => {
        const facts = m.keys.get(key);
        return !!facts && (facts.entities !== null || (facts.flags & KEY.gazetteer) !== 0);
      },
      // A country in brackets after a name: the gazetteer's, or one the corpus learned ("Britain").
      isKnownPlace: (key) => {
        const facts = factsOf(m, key);
        return (facts.flags & KEY.gazetteer) !== 0 || m.entities[facts.entities?.[0] ?? -1]?.kind === 'place';
      },
      isDemonym: (w) => has(m, w, KEY.demonym),
      isPlaceName: (key) => p!.isKnownPlace(key) || has(m, key, KEY.city),
      isCountry: (key) => has(m, key, KEY.country),
      isFirstName: (key) => has(m, key, KEY.givenName | KEY.firstName),
      isEverydayFirstName: (w) => has(m, w, KEY.everydayFirstName),
    };
    predicateCache.set(m, p);
  }
  return p;
}
const HAS_CAPITAL = /\p{Lu}/u;
const HAS_SMALL_LETTER = /\p{Ll}/u;

/** A first name the corpus learned, or one of the list, an everyday word too or not ("Frank Welsh", "Peter English"). */
const ANY_FIRST_NAME = KEY.givenName | KEY.firstName | KEY.everydayFirstName;

/**
 * A name closing with a people's adjective (`words`) opens with a first name: one the corpus
 * learned, or any of the list before an adjective that is a surname too ("Frank Welsh"; "West
 * German" is none).
 */
function firstNameBeforeDemonym(words: Names): boolean {
  const first = words.facts[0]!.flags;
  if (first & KEY.givenName) return true;
  return words.keys.length === 2 && (first & ANY_FIRST_NAME) !== 0 && SURNAME_DEMONYMS.has(words.keys[1]!) && !REGION_QUALIFIERS.has(words.keys[0]!);
}

/** What the lexicon knows of `key` (`NO_FACTS` when nothing). */
function factsOf(m: Matcher, key: string): Readonly<KeyFacts> {
  return m.keys.get(key) ?? NO_FACTS;
}

/** The lexicon knows `key` as `bit` (a `KEY` flag). */
function has(m: Matcher, key: string, bit: number): boolean {
  const facts = m.keys.get(key);
  return facts !== undefined && (facts.flags & bit) !== 0;
}

/**
 * `c` (its key's `facts`) is an organisation's name: names joined by an ampersand ("Procter &
 * Gamble", "Johnson & Johnson") but for two known people's full names ("Jo Reed & Tarek Vollan");
 * one the lexicon has as an organisation's ("a stake in Texaco"), but for a town and its state
 * after a preposition of place ("in Westport, Connecticut"); or, after no such preposition ("at
 * the Millennium Dome"), one opening with an organisation's word that is no first name and closing
 * with no known person's name ("Deutsche Telekom", not "Merrill Streep" nor "Carlton Cole"). Not a
 * name shaped as a place's ("Harvard Square").
 */
function isOrganisationsName(m: Matcher, text: string, c: NameCandidate, facts: Readonly<KeyFacts>): boolean {
  if (c.shape === 'place') return false;
  if (c.key.includes(' & ')) {
    const sides = c.key.split(' & ');
    return !(sides.length === 2 && sides[0] !== sides[1] && sides.every((side) => side.includes(' ') && namesKnownPerson(m, side)));
  }
  const townAndState = c.locative && TOWN_AND_STATE_AFTER.test(text.slice(c.end, c.end + 3));
  if (facts.flags & KEY.organisation && !townAndState) return true;
  // An organisation's word alone: "told Reuters", "Exxon said".
  if (c.tokenCount < 2) return (facts.flags & KEY.organisationWord) !== 0 && !(facts.flags & (KEY.givenName | KEY.firstName)) && !townAndState;
  // A longer name opening with one of several words: "Morgan Stanley Dean Witter".
  const firstFacts = factsOf(m, firstWordOf(c.key));
  if (firstFacts.flags & KEY.opensOrganisation && opensWithOrganisationsName(m, c.key, firstFacts.longest)) return true;
  const first = firstFacts.flags;
  if (!(first & KEY.organisationWord) || first & (KEY.givenName | KEY.firstName)) return false;
  // After a preposition of place a name of two words may be a place's ("at the Millennium Dome");
  // one of three or more opening so is the organisation's ("Shareholders in Banque Bruxelles Lambert").
  if (c.locative && c.tokenCount < 3) return false;
  // A known person's surname after it makes a person's name of two words, not of more ("Banque
  // Bruxelles Lambert" is a bank's; see `personClosing` for "BBC Political Editor Nick Robinson").
  return c.tokenCount > 2 || !namesKnownPerson(m, c.key.slice(c.key.lastIndexOf(' ') + 1));
}

/** A possessive's ending and "Day": "Valentine's Day", "St Patrick's Day". */
const DAY_AFTER_POSSESSIVE = /^['’]s Day\b(?! [Oo]f\b)/;

/** A possessive's ending with no noun after it: the end of a clause, or a preposition or conjunction. */
const POSSESSIVE_ALONE = /^['’]s(?:\s*(?:[,.;:!?)”]|$)|\s+(?:in|on|at|for|to|with|since|until|before|after)\b)/;

/**
 * The possessive name `c` names a day ("Valentine's Day"), or after "at" with no noun after it a
 * shop, a firm, a ground or a house ("sold at Christie's in 2006", "at Lord's"): no one.
 */
function possessiveNamesNoOne(text: string, c: NameCandidate): boolean {
  const after = text.slice(c.end, c.end + 10);
  return DAY_AFTER_POSSESSIVE.test(after) || (POSSESSIVE_ALONE.test(after) && wordBefore(text, c.start).toLowerCase() === 'at');
}

/** ", who" or ", whom" after a name: only people take it. */
const WHO_AFTER = /^, whom?\b/;

/** ", who" or ", whom" follows `end` in `text` (see `WHO_AFTER`). */
function whoAfter(text: string, end: number): boolean {
  return text.charCodeAt(end) === 44 && WHO_AFTER.test(text.slice(end, end + 6)); // ","
}

/** A comma and a capital after a name: a town's state or country follows ("Westport, Connecticut"). */
const TOWN_AND_STATE_AFTER = /^, ?\p{Lu}/u;

/**
 * `key` opens with an organisation's name of two words or more, but fewer than `longest` + 1 and
 * than all its words; no people's adjective ("South African Ernie Els").
 */
function opensWithOrganisationsName(m: Matcher, key: string, longest: number): boolean {
  let end = key.indexOf(' ');
  for (let n = 2; n <= longest; n++) {
    end = key.indexOf(' ', end + 1);
    if (end < 0) return false;
    if ((factsOf(m, key.slice(0, end)).flags & (KEY.organisation | KEY.demonym)) === KEY.organisation) return true;
  }
  return false;
}

/**
 * The place "the `key`" names when the lexicon knows it so and `key` alone (its `facts`) names no
 * place ("the Hague", not "the Netherlands"): its entity, or null for a place of the gazetteer's
 * lists only; undefined when none.
 */
function knownPlaceWithThe(m: Matcher, key: string, facts: Readonly<KeyFacts>): number | null | undefined {
  if (facts.flags & (KEY.gazetteer | KEY.city) || facts.entities?.some((i) => m.entities[i]!.kind === 'place')) return undefined;
  const withThe = factsOf(m, `the ${key}`);
  const place = withThe.entities?.find((i) => m.entities[i]!.kind === 'place');
  return place ?? (withThe.flags & (KEY.gazetteer | KEY.city) ? null : undefined);
}

/** The lexicon knows a name (its `facts`) as a place's: "at St Mary's" is the ground. */
function namesKnownPlace(m: Matcher, facts: Readonly<KeyFacts>): boolean {
  return (facts.flags & (KEY.gazetteer | KEY.city)) !== 0 || facts.entities?.some((i) => m.entities[i]!.kind === 'place') === true;
}

/** The lexicon knows `key` as a person's name. */
function namesKnownPerson(m: Matcher, key: string): boolean {
  return factsOf(m, key).entities?.some((i) => m.entities[i]!.kind === 'person') === true;
}

/** The first place among the entities of `facts`, or `NOT_KNOWN`. */
function knownPlaceAmong(m: Matcher, facts: Readonly<KeyFacts>): number {
  for (const i of facts.entities ?? []) if (m.entities[i]!.kind === 'place') return i;
  return NOT_KNOWN;
}

/** `resolveKnown`'s answers besides an entity's index: no entity by that name, or a person the corpus lacks. */
const NOT_KNOWN = -1;
const UNKNOWN_PERSON = -2;

/**
 * An honorific that is nothing else stands just before the one-word name `c`: "Mr Jordan", "Mrs
 * Chad", "Baroness Scotland". Not "Miss Venezuela" (a pageant's), "Lady Liberty", "Captain America".
 */
const PERSONAL_HONORIFIC_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Mme|Herr|Monsieur|Madame|Sir|Lord|Baroness|Baron|Dame|MR|MRS|MS)\.?\s+$/u;
function afterPersonalHonorific(text: string, c: NameCandidate): boolean {
  return c.titled && c.role === null && c.tokenCount === 1 && PERSONAL_HONORIFIC_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start));
}

/** A peer's title just before a name ("Lord", "Baroness", "Lady", "Baron"). */
const PEER_BEFORE = /(?:^|[^\p{L}])(?:Lord|Baroness|Lady|Baron)\s+$/u;

/** Titles that take a given name, not a surname (at the end of a role: "Saudi King", "Crown Prince"), with their capital ("comeback king" is a figure). */
const ROYAL_TITLE_END = /(?:^|\s)(?:King|Queen|Prince|Princess|Emperor|Empress|Sultan|Pope|Tsar|Czar|Tsarina|Czarina|Kaiser|KING|QUEEN|PRINCE|PRINCESS|EMPEROR|SULTAN|POPE)$/;
const REGNAL_NUMBER = /^[ivx]+$/;

/** The entity's name is the royal's given name `key`, alone or with a regnal number ("Fahd", "Elizabeth II"). */
function isRoyalsName(name: string, key: string): boolean {
  const folded = foldName(name);
  return folded === key || (folded.startsWith(`${key} `) && REGNAL_NUMBER.test(folded.slice(key.length + 1)));
}

/** The entity a known name (its `facts`) means here, by the cues around it and the document's full names. */
function resolveKnown(text: string, m: Matcher, facts: Readonly<KeyFacts>, c: NameCandidate, doc: DocumentContext): number {
  const list = facts.entities;
  if (!list || list.length === 0) return NOT_KNOWN;
  if (list.length > 1 && doc.trace) doc.trace.ambiguous = true;
  const wantPerson = c.titled || c.personCue;
  const wantPlace = c.locative;
  // Loops, not `find` with closures: this runs for most names on a page.
  // One entity is the answer whatever the page named (the same result as asking).
  if (list.length > 1 && doc.preferred.size > 0) {
    for (const i of list) if (doc.preferred.has(i) && (!wantPerson || m.entities[i]!.kind === 'person')) return i;
  }
  // "Lord Goldsmith", "Baroness Kennedy": a peer's title names the peer, most often no one the
  // corpus knows by a full name of that surname (James Goldsmith, Charles Kennedy); the page's own
  // full name or a peer the corpus knows by the one word ("Lord Falconer") is them; a place's name
  // is theirs too ("Baroness Scotland").
  if (c.titled && c.tokenCount === 1 && c.role === null && PEER_BEFORE.test(text.slice(Math.max(0, c.start - 10), c.start))) {
    if (doc.preferred.size > 0) for (const i of list) if (doc.preferred.has(i) && m.entities[i]!.kind === 'person') return i;
    for (const i of list) if (m.entities[i]!.kind === 'person' && !m.entities[i]!.name.includes(' ')) return i;
    return UNKNOWN_PERSON;
  }
  // "King Hussein", "Crown Prince Abdullah": a royal's title takes a given name, so the one word
  // after it is no surname: not Saddam Hussein's, not Khur Abdullah's. The page's own full name
  // comes first ("King Abdullah bin Abdul Aziz ... King Abdullah"); "comeback king Fowler" is no royal.
  if (c.titled && c.tokenCount === 1 && c.role !== null && ROYAL_TITLE_END.test(c.role) && !(facts.flags & KEY.country)) {
    if (doc.preferred.size > 0) for (const i of list) if (doc.preferred.has(i) && m.entities[i]!.kind === 'person') return i;
    for (const i of list) if (m.entities[i]!.kind === 'person' && isRoyalsName(m.entities[i]!.name, c.key)) return i;
    return UNKNOWN_PERSON;
  }
  if (wantPerson || wantPlace) {
    const kind = wantPerson ? 'person' : 'place';
    for (const i of list) if (m.entities[i]!.kind === kind) return i;
    // A title before a known place ("President Washington") or "who" after it ("Hamilton, who
    // hired her") names a person the corpus does not know; not a country's ("defending champion
    // Portugal", "Israel, who beat Austria" are its side), nor in sports copy a city's ("Leeds, who").
    // An honorific takes no country ("Mr Jordan", "Mr Mann" are no Jordan, no Isle of Man).
    if (wantPerson && (c.titled || (c.whoAfter && !doc.sports)) && (!(facts.flags & KEY.country) || afterPersonalHonorific(text, c))) return UNKNOWN_PERSON;
  }
  return list[0]!;
}

/** The mention of a name `resolveKnown` answered for. */
function knownMention(text: string, start: number, end: number, m: Matcher, known: number): Mention {
  return known === UNKNOWN_PERSON ? mention(text, start, end, 'person', m, null) : mention(text, start, end, m.entities[known]!.kind, m, known);
}

/**
 * "he" or "she" soon after a name, in its sentence, before another capitalised word could have
 * taken it; not after "where", "when", "which", "whose" or "that" ("Acme, where he worked": the
 * pronoun is someone else). Not "him", "her" or "his": an object is mostly someone else ("Acme
 * fired its chief after his arrest").
 */
const PRONOUN_AFTER = /^(?:(?!\b(?:where|when|which|whose|that)\b)[^\p{Lu}.!?])*\b(?:he|she)\b/u;
const PRONOUN_WINDOW = 40;

/** "the" straight before a word ("The German-born Vaidisova" has more between). */
const THE_JUST_BEFORE = /(?:^|[^\p{L}])[Tt]he $/u;

/** "a" or "an" in small letters ("A" may be an initial; "a.k.a" is none), then at most one word in small letters, before a name ("an esoteric "; "an analyst at " is two words). */
const ARTICLE_BEFORE = /(?:^|[\s"“‘'(\[])an? (?:[a-z][a-z-]* )?$/u;

/** An everyday word of `Lexicon.everydayNames` that names no person the corpus knows (a place's name, or nothing). */
function isEverydayPlaceName(m: Matcher, key: string): boolean {
  const facts = factsOf(m, key);
  return (facts.flags & KEY.everydayName) !== 0 && !facts.entities?.some((i) => m.entities[i]!.kind === 'person');
}

/**
 * One space and a word in small letters that is no verb of being, having, saying or a result, no
 * adverb of time or sequence, nor a past or third person's form ("Nice job", not "Nice is", "Nice
 * beat", "Nice also", "Nice wins").
 */
const EVERYDAY_WORD_AFTER = /^ (?!(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|said|says|say|beat|won|lost|drew|took|made|came|went|got|face|faces|and|or|but|v|vs|also|then|later|still|never|now|again|today|yesterday|already|just|only|even|once|first|finally|in|on|at|for|from|with|by|to)\b)[a-z]+(?<![^s]s|ed)(?![\p{L}\p{M}'’-])/u;

/**
 * A verb straight after a word: a form of "be", "have", a modal or "said", or a past tense in
 * "-ed" before punctuation, a preposition, a determiner or a name ("erupted through", "invaded
 * Aether"; not "the Reagan appointed majority", a participle before its noun).
 */
const VERB_AFTER = /^ (?:(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|said|says)\b|[a-z]{2,}ed(?:\s*(?:[.,;:!?)]|$)| (?:through|to|by|in|into|on|at|from|with|for|out|up|down|over|off|the|a|an|its|their|his|her)\b| \p{Lu}))/u;

/** The text after a name that `PRONOUN_AFTER` reads: about `PRONOUN_WINDOW` characters, to a word's end ("as he|licopter" is no "he"). */
function textAfter(text: string, end: number): string {
  let stop = Math.min(text.length, end + PRONOUN_WINDOW);
  while (stop < text.length && /[\p{L}\p{M}]/u.test(text[stop]!)) stop++;
  return text.slice(end, stop);
}

/** A word in lower case straight after a name. */
const LOWER_CASE_WORD_AFTER = /^ \p{Ll}/u;

/** The words of a name's key, and the lexicon's facts of each: looked up once, asked many times. */
interface Names {
  keys: string[];
  facts: Readonly<KeyFacts>[];
}

/** The words of candidate `c`'s key with their facts (`facts`: the whole key's). */
function namesOf(m: Matcher, c: NameCandidate, facts: Readonly<KeyFacts>): Names {
  if (c.tokenCount === 1 && !c.key.includes(' ')) return { keys: [c.key], facts: [facts] };
  const keys = c.key.split(' ');
  return { keys, facts: keys.map((w) => factsOf(m, w)) };
}

/** Every word's facts has `bit` (`all`), or none has (`!all`). */
function every(words: readonly Readonly<KeyFacts>[], bit: number, all: boolean): boolean {
  for (const w of words) if (((w.flags & bit) !== 0) !== all) return false;
  return true;
}

/** The negative's clitic split off its verb, as tokenized posts write it: "Ca n't", "Wo n' t". */
const SPLIT_NEGATIVE_AFTER = /^ n['’] ?t\b/;

/** Decides the kind of a name the corpus does not know, from its cues alone (`facts` its key's, `words` its words'). */
function classifyUnknown(text: string, c: NameCandidate, facts: Readonly<KeyFacts>, inDateline: boolean, words: Names, doc: DocumentContext): EntityKind | null {
  if (c.shape === 'org') return null;
  const flags = facts.flags;
  // After an honorific a word of the gazetteer is a surname ("Mr Jordan", "Mrs Chad").
  if (c.tokenCount === 1 && c.shape !== 'place' && !inDateline && afterPersonalHonorific(text, c)) return 'person';
  if (flags & KEY.gazetteer || c.shape === 'place' || inDateline) return 'place';
  // A people's adjective, a nation's or a party's member or a language alone ("Chinese", "the
  // Briton", "rival Kurds", "in English"; after an honorific, "Mr Finn", a man); in longer names a
  // language's name may be a person's ("Sami Khedira") or a region's ("Latin America").
  if (c.tokenCount === 1 && (flags & (KEY.demonym | KEY.language) || (!(c.titled && c.role === null) && MEMBERS_OF_PEOPLES_AND_PARTIES.has(c.key)))) return null;
  const allCommon = every(words.facts, KEY.common, true);
  if (c.titled) return 'person';
  if (allCommon || (c.allCaps && c.tokenCount > 1)) return null;
  const first = words.facts[0]!.flags;
  if (c.tokenCount > 1 && first & KEY.demonym) return null; // "Belgian Grand Prix"
  if (c.tokenCount > 1 && (first & KEY.givenName || (c.numberAfter && !sidesRow(text, c.end, flags)) || c.personCue)) return 'person';
  // "JavaScript", "PlayStation", "OpenOffice": a capital inside a word makes a product or a
  // company, not a person or a place ("McCain", "DiCaprio", "ElBaradei" are names).
  if (hasInnerCapital(text, c)) return null;
  // In a post, a first name that is a city too, alone and after no preposition of place, is as
  // often someone: "How old are you Taylor", "Crosby went down" (news copy names the city so).
  if (doc.conversational && c.tokenCount === 1 && flags & KEY.cityFirstName && !(flags & KEY.common) && !c.locative && !c.theBefore && !c.allCaps && !c.placeNounAfter && !doc.sports) return 'person';
  if (flags & KEY.city && !(flags & KEY.common) && !c.personCue) return 'place';
  // After "a" or "an" and at most one word in small letters, one word is a kind, not a person's
  // name ("an esoteric Christian order", "a Kelby spokesman"), unless a verb of saying or "who"
  // follows ("a smiling Tarek said").
  if (c.tokenCount === 1 && !c.allCaps && !c.personCue && !c.whoAfter && ARTICLE_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) return null;
  // A first name the corpus learned, alone and after no preposition ("ask Marta", "Olga and Ines").
  if (c.tokenCount === 1 && !c.allCaps && !c.locative && flags & KEY.givenName && !(flags & KEY.common)) return 'person';
  // In a post or a caption, a first name of the maintained list, no everyday word nor chat, alone
  // or opening a short name: "thanks to Glenda", "love Martin Short". Not after a preposition of
  // place ("at Ellis Park"; "to" and "from" take people as often), nor in a table's row ("Clyde 3
  // 1 0 2"); alone, not in sports copy, where towns and firms with such names are clubs
  // ("Charlton"). News copy names people in full first: its lone first names are as often firms,
  // works and bands ("Nike", "Carmen", "Abba"), and one before an everyday word as often names a
  // thing ("Roxy Music", "Brit Award").
  if (doc.informal && first & KEY.firstName && !(first & KEY.common) && !isChatWord(words.keys[0]!) && c.tokenCount <= 3 && !c.allCaps && (!c.locative || afterToOrFrom(text, c.start)) && !c.numberAfter && (c.tokenCount > 1 || !doc.sports)) return 'person';
  // After "in the", one word naming a region by the compass or by a noun of geography: "in the
  // Midwest", "in the West", "in the Gulf" ("in the Bundestag", "in the Koran", "at the Kremlin"
  // are not).
  if (c.locative && (!c.theBefore || regionAfterInThe(text, c)) && c.tokenCount <= 3 && !afterToOrFrom(text, c.start)) return 'place';
  // "Dunvale province", "the Kelvara mountains"; not an adjective ("the Serb town", "a Kurdish
  // village", "the Arctic island").
  if (c.placeNounAfter && c.tokenCount <= 3 && !c.personCue && !(words.facts[0]!.flags & KEY.demonym) && !(c.tokenCount === 1 && ADJECTIVE_ENDING.test(c.key))) return 'place';
  // A name taken up by "he" or "she" straight after ("Poor Cindy, she tried"): a person.
  if (c.tokenCount === 1 && !c.allCaps && !c.sentenceInitial && !c.theBefore && PRONOUN_AFTER.test(textAfter(text, c.end))) return 'person';
  // In a conversation, a lone capitalised word that is no everyday word, no place, no people and
  // no chat ("Haha", "Tbh"); opening a sentence, only as the subject of a verb ("Shaq had me").
  if (
    doc.conversational &&
    c.tokenCount === 1 &&
    !c.allCaps &&
    !c.theBefore &&
    !c.locative &&
    !isChatWord(c.key) &&
    (!c.sentenceInitial || LOWER_CASE_WORD_AFTER.test(text.slice(c.end, c.end + 3)))
  ) {
    return 'person';
  }
  // "Middle East", "Far East", "Deep South": a point of the compass after a word of position names
  // a region ("Kanye West" is no place). One before a word the lexicon does not know names no one:
  // a region, a people, a firm or a mine ("South Taranaki", "the South Africans", "East Dries").
  if (c.tokenCount === 2 && COMPASS_POINTS.has(words.keys[1]!) && REGION_QUALIFIERS.has(words.keys[0]!)) return 'place';
  if (c.tokenCount === 2 && COMPASS_POINTS.has(words.keys[0]!)) return null;
  // The shape of a personal name: two or three capitalised words, none an everyday word or a place,
  // besides particles ("Vincent van Gogh", "Joost van der Westhuizen").
  // Opening a sentence, a short first word is as often another language's article or preposition
  // ("Te Ara", "Por Josh Max", "Zur TOTP-Nutzung"): it needs to be a first name the corpus knows.
  const opensAsName = !c.sentenceInitial || words.keys[0]!.length > 3 || first & KEY.givenName || INITIAL_KEY.test(words.keys[0]!);
  if (c.tokenCount >= 2 && c.tokenCount <= 5 && opensAsName && personShaped(words) && !hasAcronym(text, c) && !(c.numberAfter && sidesRow(text, c.end, flags))) return 'person';
  return null;
}

/** A nation's, a party's or a faith's members: alone, no one's name ("the Briton", "Tory attempts", "Sunnis"). */
const MEMBERS_OF_PEOPLES_AND_PARTIES = new Set([...NATIONALITY_NOUNS, ...PARTY_MEMBERS, ...FAITH_MEMBERS]);

/** A score and the next side's name: "Hull 3 Leeds 3", "Buducnost 1 Red Star 3". */
const SCORE_THEN_SIDE = /^[ \t]+\d{1,3}[ \t]+\p{Lu}/u;
/**
 * The whole numbers after a name to the line's end, each apart from the next (a run of digits is
 * one number or none: splitting it many ways made the search take exponential time).
 */
const NUMBERS_TO_LINE_END = /^[ \t]+(\d{1,3}(?:[ \t]+\d{1,3})*)[ \t]*(?:\n|$)/;
/** Columns of a standings table (played, won, drawn, lost, goals for and against, points). */
const STANDINGS_COLUMNS = 5;

/**
 * The numbers after a name are a side's, not a player's (`flags`: the name's `KEY` bits): a
 * results row ("Hull 3 Leeds 3"), a standings row ("St Mirren 3 1 1 1 5 4 4", most figures
 * small), or a city's name. Golfers' rounds are large ("Phil Mickelson 70 66 68 70 274").
 */
function sidesRow(text: string, end: number, flags: number): boolean {
  if (flags & (KEY.city | KEY.gazetteer)) return true;
  const after = text.slice(end, end + 80);
  if (SCORE_THEN_SIDE.test(after)) return true;
  const numbers = NUMBERS_TO_LINE_END.exec(after)?.[1]?.trim().split(/[ \t]+/) ?? [];
  return numbers.length >= STANDINGS_COLUMNS && numbers.filter((n) => +n < 60).length >= 3;
}

/**
 * `c`, a known person's name, is a side's in a row of a table: a standings row follows it, whose
 * games played are those won, drawn and lost ("Charlton 2 0 1 1 1 3 1", not a bowler's "Gough 22
 * 5 67 3 1"), or a result against a place the lexicon knows ("Montrose 2 Ross County 1"; "Henman
 * 6 Federer 4", "Taylor 7 Barneveld 3" are players).
 */
function sideInTable(text: string, c: NameCandidate, m: Matcher): boolean {
  if (!c.numberAfter || c.titled) return false;
  const after = text.slice(c.end, c.end + 80);
  const numbers = NUMBERS_TO_LINE_END.exec(after)?.[1]?.trim().split(/[ \t]+/).map(Number) ?? [];
  if (numbers.length >= STANDINGS_COLUMNS && numbers[1]! + numbers[2]! + numbers[3]! === numbers[0]) return true;
  // A name shaped as a place's, or a place of the gazetteer's or the corpus's too, is a club in a
  // result ("Ross County"); a town of the lists is not enough ("Taylor 7 Barneveld 3" is a darts
  // player, Taylor a town in Texas).
  const placeToo = c.shape === 'place' || isGazetteersOrCorpusPlace(m, factsOf(m, c.key));
  const sideAfter = SCORE_THEN_NAME.exec(after)?.[1];
  if (sideAfter !== undefined) return placeToo || isSidesPlace(m, sideAfter);
  const sideBefore = NAME_THEN_SCORE.exec(text.slice(Math.max(0, c.start - 40), c.start))?.[1];
  return sideBefore !== undefined && SCORE_TO_LINE_END.test(text.slice(c.end, c.end + 8)) && (placeToo || isSidesPlace(m, sideBefore));
}

/** The other side's word in a result is a place of the gazetteer's or the corpus's, and no known person's surname ("Montrose", not the "Davis" of a snooker result). */
function isSidesPlace(m: Matcher, word: string): boolean {
  const key = foldName(word);
  return isGazetteersOrCorpusPlace(m, factsOf(m, key)) && !namesKnownPerson(m, key);
}

/** A name (its `facts`) is a place of the gazetteer's or the corpus's: a town of the lists alone is not enough. */
function isGazetteersOrCorpusPlace(m: Matcher, facts: Readonly<KeyFacts>): boolean {
  return (facts.flags & KEY.gazetteer) !== 0 || facts.entities?.some((i) => m.entities[i]!.kind === 'place') === true;
}

/** A score, then the first word of the other side's name ("Charlton| 2 Preston| 1"). */
const SCORE_THEN_NAME = /^[ \t]+\d{1,3}[ \t]+(\p{Lu}[\p{L}\p{M}'’.-]*)/u;
/** The other side's last word, then a score, just before a name on its line ("Montrose 2 |Ross County 1"). */
const NAME_THEN_SCORE = /(?:^|[ \t\n])(\p{Lu}[\p{L}\p{M}'’.-]*)[ \t]+\d{1,3}[ \t]+$/u;
/** A score after a name, ending its line. */
const SCORE_TO_LINE_END = /^[ \t]+\d{1,3}[ \t]*(?:\n|$)/;

/** A particle of names ("van", "der", "de", "al"): a connector of names that is no "of" or "y". */
function isParticleKey(word: string): boolean {
  return word !== 'of' && word !== 'y' && NAME_CONNECTORS.has(word);
}

/** The last word of a key whose other words are particles ("de wilde" -> "wilde"); null otherwise. */
function particleSurname(key: string): string | null {
  const words = key.split(' ');
  if (words.length < 2) return null;
  for (let i = 0; i < words.length - 1; i++) if (!isParticleKey(words[i]!)) return null;
  return words[words.length - 1]!;
}

/** The words of a name besides its particles ("Joost van der Westhuizen": two). */
function nameWordCount(words: Names): number {
  let count = 0;
  for (const key of words.keys) if (!isParticleKey(key)) count++;
  // "Jr", "III" closing the name count for nothing.
  return words.keys.length >= 3 && isGenerational(words.keys[words.keys.length - 1]!) ? count - 1 : count;
}

/**
 * Two or three words of a name besides its particles, none an everyday word or a place, none a
 * letter alone. A particle and one word make a surname ("Van Moer") or another name ("El Al", "Der
 * Spiegel"): no personal name by its shape.
 */
function personShaped(words: Names): boolean {
  let count = 0;
  for (let i = 0; i < words.keys.length; i++) {
    const key = words.keys[i]!;
    if (isParticleKey(key)) continue;
    if (words.facts[i]!.flags & (KEY.common | KEY.gazetteer | KEY.demonym) || key.length < 2 || BUILDING_WORDS.has(key)) return false;
    count++;
  }
  return count >= 2 && count <= 3;
}

const DISTANCE_BEFORE = /\b(?:km|kms|kilometres?|kilometers?|miles?|metres?|meters?)\s+(?:to|from)\s+$/i;

/**
 * "to" or "from" just before `start`: prepositions that take people as often as places ("a letter
 * from Obama", "said to Zuckerberg"), too weak to make an unknown name a place.
 */
function afterToOrFrom(text: string, start: number): boolean {
  const before = /(?:^|[^\p{L}])(to|from)\s+$/iu.exec(text.slice(Math.max(0, start - 6), start));
  // A distance keeps "from" a place's: "20 km from Tavildara".
  return before !== null && !DISTANCE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** A region's name of one word by the compass or by geography: "Midwest", "Northeast", "West", "Gulf", "Delta". */
const REGION_WORD = /^(?:(?:mid|far|north|south|deep)?(?:north|south|east|west)(?:ern)?|gulf|delta|sahara|sahel|arctic|antarctic|outback|highlands|lowlands)$/;

/** "in the", "across the": prepositions of area before "the". */
const IN_THE_BEFORE = /(?:^|[^\p{L}])(?:in|into|across|throughout) the\s+$/iu;

/** One word naming a region after "in the" ("in the Midwest"). */
function regionAfterInThe(text: string, c: NameCandidate): boolean {
  return c.tokenCount === 1 && !c.allCaps && REGION_WORD.test(c.key) && IN_THE_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start));
}

/** Endings of adjectives of peoples and regions: "Kurdish", "Transylvanian", "Arctic", "Taiwanese". */
const ADJECTIVE_ENDING = /(?:ish|ian|ean|ic|ese)$/;

const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west']);
/** Words that place a region among others: "Middle East", "South East", "Deep South". */
const REGION_QUALIFIERS = new Set([...COMPASS_POINTS, 'middle', 'mid', 'far', 'near', 'deep', 'upper', 'lower', 'central', 'north-east', 'north-west', 'south-east', 'south-west']);

/** A capital after a small letter: inside a word, a product's or a company's mark, unless after a name's particle (`NAME_PARTICLE`). */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/** A word of the name `c` has a capital inside it, as products and companies do ("JavaScript"). */
function hasInnerCapital(text: string, c: NameCandidate): boolean {
  const name = text.slice(c.start, c.end);
  if (!INNER_CAPITAL.test(name)) return false;
  return name.split(/\s+/).some((w) => INNER_CAPITAL.test(w) && !NAME_PARTICLE.test(w.replace(/['’]s$/, '')) && !w.includes('-'));
}

/**
 * "Denver NAPA", "Labour MPs": a word in capitals inside a name is an acronym, plural or not;
 * people's names have none (initials have dots; "III" and "JR" are no acronyms).
 */
function hasAcronym(text: string, c: NameCandidate): boolean {
  return text
    .slice(c.start, c.end)
    .split(/\s+/)
    .some((w) => /^\p{Lu}{2,}s?$/u.test(w) && !/^(?:[IVX]+|JR|SR)$/.test(w));
}

function mention(text: string, start: number, end: number, kind: EntityKind, m: Matcher, index: number | null): Mention {
  const entity = index === null ? null : m.entities[index]!;
  const name = text.slice(start, end);
  return { start, end, kind, entity: entity?.id ?? null, text: name, name: entity?.name ?? name };
}

const WORD_START = /^[\p{L}\p{Nd}]/u;

/**
 * The words of a name, offsets relative to its start: the block's tokens, or the name's text read
 * again when its last token ends in a dot (an initial "J." is one only before a capital, and the
 * name's text has none after it).
 */
function wordTokens(text: string, c: NameCandidate, tokens: readonly Token[]): Token[] {
  const last = tokens[c.endToken - 1]!.text;
  if (last.endsWith('.')) return tokenize(text.slice(c.start, c.end)).filter((t) => WORD_START.test(t.text));
  const out: Token[] = [];
  for (let k = c.firstToken; k < c.endToken; k++) {
    const t = tokens[k]!;
    if (!WORD_START.test(t.text)) continue;
    const word = k === c.endToken - 1 ? stripPossessive(t.text) : t.text;
    out.push({ text: word, start: t.start - c.start, end: t.start - c.start + word.length });
  }
  return out;
}

function keyOf(tokens: readonly Token[]): string {
  return foldName(tokens.map((t, i) => (i === tokens.length - 1 ? stripPossessive(t.text) : t.text)).join(' '));
}

/**
 * "BBC Political Editor Nick Robinson", "Reuters Correspondent Paul Taylor": the person a name of
 * three words or more opening with an organisation's word ends with after a title, a first name
 * and one or two more words in capitals; linked when the corpus knows them so. Null when none
 * ("JP Morgan Chase", "New York Stock Exchange").
 */
function personClosing(text: string, c: NameCandidate, blockTokens: readonly Token[], m: Matcher): Mention | null {
  if (c.tokenCount < 3) return null;
  const words = wordTokens(text, c, blockTokens);
  for (let k = Math.max(2, words.length - 3); k < words.length - 1; k++) {
    if (!TITLE_HEADS.has(words[k - 1]!.text.toLowerCase())) continue;
    const name = words.slice(k);
    if (!name.every((w) => isCapitalized(w.text))) continue;
    const person = factsOf(m, keyOf(name)).entities?.find((i) => m.entities[i]!.kind === 'person');
    // A person the corpus knows by these words, or a first name (after a title, an everyday one
    // too: "Reuters Correspondent Mark Smith").
    if (person === undefined && !(factsOf(m, foldName(words[k]!.text)).flags & ANY_FIRST_NAME)) continue;
    return mention(text, c.start + words[k]!.start, c.end, 'person', m, person ?? null);
  }
  return null;
}

/** The most words of a known name looked for inside an unknown phrase. */
const MAX_SUBSPAN = 4;

/** No word names an entity, is a place or opens a longer known name: a phrase of them holds no known name. */
function noneKnown(words: readonly Readonly<KeyFacts>[]): boolean {
  for (const w of words) if ((w.entities !== null && w.entities.length > 0) || w.flags & KEY.gazetteer || w.longest > 1) return false;
  return true;
}

/** Known names inside an unknown phrase ("BLINKEN AND AUSTIN MEET", "Hong Kong Disneyland"); `words`: its words' facts. */
function knownSubspans(text: string, c: NameCandidate, blockTokens: readonly Token[], m: Matcher, doc: DocumentContext, words: Names): Mention[] {
  const tokens = wordTokens(text, c, blockTokens);
  // The phrase's words are its tokens, one for one, unless a token is no word ("&"), folds to two,
  // the name was read again (see `wordTokens`), or its last word still ends in a possessive ("Biden's's":
  // the search takes off a second one).
  const last = tokens[tokens.length - 1];
  const aligned = tokens.length === words.keys.length && !blockTokens[c.endToken - 1]!.text.endsWith('.') && !!last && stripPossessive(last.text) === last.text;
  if (aligned && noneKnown(words.facts)) return [];
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = false;
    // A span of several words is looked up only when a known name of that many words opens with its first.
    const first = foldName(tokens[i]!.text);
    const firstWord = firstWordOf(first);
    const firstFacts = factsOf(m, firstWord);
    for (let n = Math.min(MAX_SUBSPAN, tokens.length - i, firstFacts.longest); n >= 1; n--) {
      if (n === tokens.length && i === 0) continue;
      const part = tokens.slice(i, i + n);
      const whole = n === 1 && stripPossessive(part[0]!.text) === part[0]!.text;
      const key = whole ? first : keyOf(part);
      const facts = whole && key === firstWord ? firstFacts : factsOf(m, key);
      // An organisation's name inside the phrase holds no one ("Morgan Stanley Dean Witter").
      if (n > 1 && facts.flags & KEY.organisation && !facts.entities) {
        i += n;
        matched = true;
        break;
      }
      // Nor a connector in lower case or a particle alone: "van" of "Vincent van Gogh", "Van" of
      // "Van Moer" are no town of Turkey.
      if (n === 1 && (facts.flags & KEY.common || startsLowerCase(part[0]!.text) || (tokens.length > 1 && isParticleKey(key)))) continue;
      const known = resolveKnown(text, m, facts, c, doc);
      if (n === 1 && acronymOfNoOne(text, c.start + part[0]!.start, stripPossessive(part[0]!.text), m, known)) continue;
      const start = c.start + part[0]!.start;
      const end = c.start + part[n - 1]!.start + stripPossessive(part[n - 1]!.text).length;
      if (known !== NOT_KNOWN) out.push(knownMention(text, start, end, m, known));
      else if (facts.flags & KEY.gazetteer) out.push(mention(text, start, end, 'place', m, null));
      else continue;
      i += n;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  return out;
}

/**
 * "at City Hall", "the Western Wall", "The Dark Knight": after "the" or a preposition, an everyday
 * word and a known person's surname name a place or a thing, not the person. Not after "to" or
 * "from", which take people as often ("a pass to Mark Hughes").
 */
function namesPlaceOrThing(text: string, c: NameCandidate, parts: readonly Mention[], words: Names): boolean {
  return c.tokenCount === 2 && (c.theBefore || (c.locative && !afterToOrFrom(text, c.start))) && parts.length === 1 && parts[0]!.kind === 'person' && parts[0]!.end === c.end && (words.facts[0]!.flags & KEY.common) !== 0 && !(words.facts[0]!.flags & KEY.givenName);
}

/**
 * "Phil Mickelson" when the corpus knows "Mickelson": a person's known surname closing a short
 * unknown name is the whole name. Linked when the first names agree, else a person it lacks.
 */
function extendKnownSurname(text: string, c: NameCandidate, m: Matcher, parts: Mention[], words: Names): Mention | null {
  if (parts.length !== 1 || c.tokenCount < 2 || nameWordCount(words) > 3) return null;
  // In capitals, a headline's words are read one by one; only a first name and a surname alone
  // make a name ("JIM WATSON/AFP", "By JO REED").
  if (c.allCaps && !(c.tokenCount === 2 && words.facts[0]!.flags & (KEY.givenName | KEY.firstName) && !(words.facts[0]!.flags & KEY.common))) return null;
  const part = parts[0]!;
  // The surname closes the name, or comes before its "Jr" ("Sammy Davis Jr.").
  const surnameAt = surnameIndex(words.keys);
  const closes = part.end === c.end || (surnameAt < words.keys.length - 1 && /^\s+\S+$/.test(text.slice(part.end, c.end)));
  if (part.kind !== 'person' || !closes) return null;
  if (closesBuilding(parts, c, words)) return null;
  // Inside a sentence, one everyday word before the surname is a first name too ("Mark Hughes",
  // "Chipper Hughes"): someone the corpus lacks, not the Hughes it knows. Not after "the" or a
  // preposition, where the two words name a place or a thing ("at City Hall", "the Western Wall",
  // "The Dark Knight").
  const firstNameWord = c.tokenCount === 2 && !c.sentenceInitial && !c.theBefore && (!c.locative || afterToOrFrom(text, c.start));
  if (words.facts.some((w, i) => i < surnameAt && !isParticleKey(words.keys[i]!) && (w.flags & KEY.gazetteer || (w.flags & KEY.common && !firstNameWord) || w.entities))) return null;
  // "James Alfred Van Allen": a particle before the surname makes another surname than "Allen".
  if (surnameAt > 0 && isParticleKey(words.keys[surnameAt - 1]!) && !c.particleFirst) return mention(text, c.start, c.end, 'person', m, null);
  // The corpus's person of that surname with the same first name, if it has one besides the one
  // the surname alone would mean ("Hillary Clinton" is Hillary Rodham Clinton, not Bill).
  const firsts = firstNamesOf(m);
  // Not with other middle initials: "George H.W. Bush" is not George W. Bush.
  const hasFirst = (i: number) => m.entities[i]!.kind === 'person' && isSameFirstName((firsts[i] ??= foldName(firstWordOf(m.entities[i]!.name))), words.keys[0]!) && !otherMiddleInitials(m.entities[i]!.name, words.keys, surnameAt, (words.facts[surnameAt]!.flags & KEY.sharedSurname) !== 0);
  const linked = part.entity ? m.indexOf.get(part.entity) : undefined;
  const namesake = linked === undefined || hasFirst(linked) ? linked : factsOf(m, foldName(stripPossessive(part.text))).entities?.find(hasFirst);
  const at = namesake ?? linked;
  const entity = at === undefined ? undefined : m.entities[at]!;
  const sameFirst = namesake !== undefined;
  // A person the corpus knows by one word, after a first name or an initial ("Cristiano Ronaldo",
  // "C. Ronaldo"); not after a firm's word ("Nissan Motor" is no "Motor").
  const single = !!entity && !entity.name.includes(' ') && ((words.facts[0]!.flags & OPENS_NAMES) !== 0 || INITIAL_KEY.test(words.keys[0]!));
  // "Van Gastel" for Jean-Paul van Gastel: the particles and surname his name ends with.
  const particlesAndSurname = !!entity && c.particleFirst && particleSurname(c.key) !== null && foldName(entity.name).endsWith(` ${c.key}`);
  const index = at !== undefined && (sameFirst || single || particlesAndSurname) ? at : c.tokenCount === 2 && words.keys[0]!.length <= 2 ? byInitial(m, words) : null;
  return mention(text, c.start, c.end, 'person', m, index);
}

/** The initials of the words between a name's first word and its surname at `surnameAt`, particles aside ("hw" of "george h.w. bush"). */
function middleInitials(keys: readonly string[], surnameAt: number): string {
  let initials = '';
  for (let i = 1; i < surnameAt; i++) if (!isParticleKey(keys[i]!)) for (const part of keys[i]!.split(/[.\s-]+/)) if (part) initials += part[0];
  return initials;
}

/**
 * `name` and the page's name (`keys`, its surname at `surnameAt`) both have middle names or
 * initials, and they differ; or, for a surname several people of the corpus share (`shared`), the
 * page's has a middle name written in full that `name` lacks ("Michael Forrest Jones" is no
 * Michael Jones; "Boris Nikolayevich Yeltsin" is Boris Yeltsin).
 */
function otherMiddleInitials(name: string, keys: readonly string[], surnameAt: number, shared: boolean): boolean {
  const page = middleInitials(keys, surnameAt);
  if (page === '') return false;
  const words = foldName(name).split(' ');
  // The corpus's surname before its "Jr" ("Louis V. Gerstner Jr").
  const known = middleInitials(words, surnameIndex(words));
  if (known === '') return shared && hasFullMiddleName(keys, surnameAt);
  return known !== page;
}

/** A word between the first name and the surname at `surnameAt` is a name in full ("Li", "Forrest"), no initial or particle. */
function hasFullMiddleName(keys: readonly string[], surnameAt: number): boolean {
  for (let i = 1; i < surnameAt; i++) if (!isParticleKey(keys[i]!) && !keys[i]!.includes('.') && keys[i]!.length > 1) return true;
  return false;
}

const entityFirstNames = new WeakMap<Matcher, (string | undefined)[]>();

/** Each entity's first word, folded, as it is first asked for. */
function firstNamesOf(m: Matcher): (string | undefined)[] {
  let firsts = entityFirstNames.get(m);
  if (!firsts) entityFirstNames.set(m, (firsts = new Array<string | undefined>(m.entities.length)));
  return firsts;
}

const INITIAL_KEY = /^\p{L}\.?$/u;

/**
 * "S. Waugh" when the corpus knows Steve Waugh: an initial and a surname name the one person of
 * that surname whose first name opens with that letter. Null when none or several do ("C. Lewis"
 * with Carl and Chris Lewis known).
 */
function byInitial(m: Matcher, words: Names): number | null {
  const [first, surname] = words.keys as [string, string];
  if (!INITIAL_KEY.test(first)) return null;
  let found: number | null = null;
  for (const i of words.facts[1]!.entities ?? []) {
    const entity = m.entities[i]!;
    if (entity.kind !== 'person') continue;
    const name = foldName(entity.name).split(' ');
    if (name.length < 2 || name[0]![0] !== first[0] || name[name.length - 1] !== surname) continue;
    if (found !== null) return null;
    found = i;
  }
  return found;
}

/**
 * "Austin Rivers", "Kent Ward (England)": a known single word inside a short
 * name is someone else's surname or a town, not this person. The whole name is a person when a
 * person cue says so, or when the known word opens it and the rest is unknown name words.
 */
function personShapedWhole(text: string, c: NameCandidate, m: Matcher, parts: Mention[], words: Names): Mention | null {
  if (c.tokenCount < 2 || nameWordCount(words) > 3 || c.allCaps || c.shape !== null || parts.length === 0 || hasAcronym(text, c)) return null;
  // "William Butler Yeats": a person the corpus knows by two words, then a surname it does not
  // know, is someone else with a middle name.
  if (knownThenSurname(c, parts, words)) return mention(text, c.start, c.end, 'person', m, null);
  // "the White House said": a building's word closing a name after "the" or a preposition, or with
  // no cue of a person's, names the building ("Stuart Hall said" is a man).
  if (BUILDING_WORDS.has(words.keys[words.keys.length - 1]!) && (c.theBefore || c.locative || !(c.personCue || c.titled))) return null;
  if (placeFirstThenSurname(text, c, parts, words)) return mention(text, c.start, c.end, 'person', m, null);
  // "Susan St James", "Ian St John": a first name, then a saint's name the corpus knows as a place's.
  if (parts.length === 1 && parts[0]!.kind === 'place' && parts[0]!.end === c.end && parts[0]!.start > c.start && SAINT_BEFORE.test(parts[0]!.text) && words.facts[0]!.flags & KEY.givenName) {
    return mention(text, c.start, c.end, 'person', m, null);
  }
  if (parts.some((p) => p.text.includes(' '))) return null;
  // A name closed by a country's and opened by an everyday word that is no first name is an
  // institution's, whatever verb follows ("Statistics Canada said", "Radio France"; "Dawn France
  // said" is a woman), as the compiler reads it.
  if (!c.titled && words.facts[0]!.flags & KEY.common && !(words.facts[0]!.flags & OPENS_NAMES) && words.facts[words.facts.length - 1]!.flags & KEY.country) return null;
  const cued = c.personCue || c.titled;
  // A place opening the name is its modifier, not a first name ("U.S. Baptist Union", "House
  // Republicans", "Leeds Rhinos"), unless the corpus knows the word as a first name too ("Austin
  // Rivers"). An initial is no place ("D Peel").
  const initial = words.keys[0]!.replace(/\.$/, '').length === 1;
  const placeFirst = parts[0]!.kind === 'place' && !initial && (has(m, foldName(parts[0]!.text), KEY.country) || !(words.facts[0]!.flags & KEY.givenName));
  const opensIt = parts.length === 1 && parts[0]!.start === c.start && !placeFirst;
  const restIsName = words.facts.every((w, i) => i === 0 || isParticleKey(words.keys[i]!) || (!(w.flags & (KEY.common | KEY.gazetteer)) && !w.entities && words.keys[i]!.length > 1 && !BUILDING_WORDS.has(words.keys[i]!)));
  // "Tamika Jordan": a first name the corpus knows, then a place's name, is a person named so.
  const givenThenPlace = parts.length === 1 && parts[0]!.kind === 'place' && parts[0]!.end === c.end && parts[0]!.start > c.start && (words.facts[0]!.flags & KEY.givenName) !== 0;
  // "Haley Richardson": a first name the corpus knows someone by as a surname, then a town that is
  // no country, region or capital, is a person named so ("Lech Poznan", opened by no first name,
  // is a club's name).
  const lastFacts0 = words.facts[words.facts.length - 1]!;
  const firstNameThenTown =
    c.tokenCount === 2 &&
    parts.length === 2 &&
    parts[0]!.kind === 'person' &&
    parts[0]!.start === c.start &&
    parts[1]!.kind === 'place' &&
    parts[1]!.end === c.end &&
    (words.facts[0]!.flags & OPENS_NAMES) !== 0 &&
    !(words.facts[0]!.flags & KEY.common) &&
    (lastFacts0.flags & KEY.city) !== 0 &&
    !(lastFacts0.flags & (KEY.gazetteer | KEY.common)) &&
    !c.theBefore &&
    !c.locative;
  // "Howell Pryce": two people's single names side by side are one person's name
  // (two people take a comma or an "and").
  const onePerson = parts.length >= 2 && parts.every((p) => p.kind === 'person');
  // "Barry Jones", "Chelsea Clinton": a town that is a first name too (the corpus's or the list's),
  // then a known person's surname, is a person ("Lech Poznan", a surname then a town, is a club's).
  const givenPlaceThenSurname =
    c.tokenCount === 2 &&
    !c.theBefore &&
    parts.length === 2 &&
    parts[0]!.kind === 'place' &&
    parts[0]!.start === c.start &&
    parts[1]!.kind === 'person' &&
    parts[1]!.end === c.end &&
    surnameOfFullName(m, parts[1]!) &&
    !BUILDING_WORDS.has(words.keys[1]!) &&
    !BUILDING_SURNAMES.has(words.keys[1]!) &&
    !(c.locative && PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))) &&
    // "Kingston Hill", "Chester Marsh": a place and a word of the land name a place, but for a cue.
    !(LAND_WORDS.has(words.keys[1]!) && !c.personCue && !c.titled) &&
    (((words.facts[0]!.flags & (KEY.givenName | KEY.cityFirstName)) !== 0 && !(words.facts[0]!.flags & KEY.country)) || countryFirstThenSurname(text, c, words));
  // "William Butler Yeats", "Stuart R. Kaplan": a first name and two more name words are one
  // person's full name, whatever else the corpus knows by the middle one. Not with an everyday word
  // or a country among them, a place closing them ("Harvey Nichols Dubai"; a town that is a known
  // person's surname too is theirs: "Mary Tyler Moore") or a product's capital inside ("Chrysler
  // LeBaron Turbo").
  const lastFacts = words.facts[words.facts.length - 1]!;
  const lastIsSurname = lastFacts.entities?.some((i) => m.entities[i]!.kind === 'person') === true && !(lastFacts.flags & KEY.gazetteer);
  const firstThenNames =
    nameWordCount(words) === 3 &&
    (words.facts[0]!.flags & (KEY.givenName | KEY.firstName | KEY.cityFirstName | KEY.placeFirstName)) !== 0 &&
    !(words.facts[0]!.flags & KEY.country) &&
    words.facts.every((w, i) => i === 0 || isParticleKey(words.keys[i]!) || (!(w.flags & (KEY.common | KEY.country)) && words.keys[i]!.length > 1)) &&
    (lastIsSurname || (!(lastFacts.flags & (KEY.gazetteer | KEY.city)) && !parts.some((p) => p.kind === 'place' && p.end === c.end))) &&
    !hasInnerCapital(text, c);
  if (!cued && !givenThenPlace && !firstNameThenTown && !givenPlaceThenSurname && !onePerson && !firstThenNames && !(opensIt && restIsName)) return null;
  return mention(text, c.start, c.end, 'person', m, null);
}

/** Flags of a word that opens people's names: learned from the corpus, or of the lists (a town's name or an everyday word too: "Milton", "Harry"). */
const OPENS_NAMES = KEY.givenName | KEY.firstName | KEY.cityFirstName | KEY.everydayFirstName;

/**
 * "The Milton Shulman Award", "the first Harry Potter DVD": inside a longer name, a first name
 * before a known person's surname makes one person's name with it, someone else than the corpus's
 * person of that surname unless the first names agree (then theirs). Replaces, in `parts`, the
 * surname's mention and any mention of the first name's word.
 */
function joinFirstNames(text: string, c: NameCandidate, blockTokens: readonly Token[], m: Matcher, parts: Mention[]): void {
  if (c.tokenCount < 3 || c.allCaps || c.titled) return;
  let toks: Token[] | null = null;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (part.kind !== 'person' || !part.entity || part.text.includes(' ') || part.start === c.start) continue;
    toks ??= wordTokens(text, c, blockTokens);
    const at = toks.findIndex((t) => c.start + t.start === part.start);
    if (at < 1) continue;
    const linked = m.indexOf.get(part.entity)!;
    // Someone's surname: "Motor" the corpus knows alone is no one's.
    if (!m.entities[linked]!.name.includes(' ')) continue;
    const before = toks[at - 1]!;
    const first = foldName(before.text);
    // Not an institution's word nor a month's ("Bank", "Mar Thoma").
    if (!spaceBetween(text, c.start + before.end, part.start) || !isNameWordAt(before) || !has(m, first, OPENS_NAMES) || ORG_HEADS.has(first) || CALENDAR_SHORT.has(first)) continue;
    // "Margaret Hunt Hill", "Charity Hope Valentine": a name word opening the phrase before the
    // first name is the name's too; an everyday word is not, nor one after another ("New Yorker
    // Rebecca Weinstein").
    const earlier = at === 2 ? toks[0]! : null;
    const opening = earlier && spaceBetween(text, c.start + earlier.end, c.start + before.start) && isNameWordAt(earlier) && (has(m, foldName(earlier.text), OPENS_NAMES & ~KEY.everydayFirstName) || isUnknownNameWord(m, foldName(earlier.text))) ? earlier : before;
    const start = c.start + opening.start;
    // A mention of the words before the surname: only one word's ("Harry" the corpus knows alone).
    const covering = parts.findIndex((q) => q.start < c.start + before.end && q.end > start);
    if (covering >= 0 && (covering !== p - 1 || parts[covering]!.start < start || parts[covering]!.text.includes(' '))) continue;
    // "Haley Lu Richardson": a name word closing the phrase after the surname is the surname.
    const after = at === toks.length - 2 ? toks[at + 1]! : null;
    const closing = after && spaceBetween(text, part.end, c.start + after.start) && isNameWordAt(after) && isSurnameWord(m, foldName(after.text)) ? after : null;
    const end = closing ? c.start + closing.end : part.end;
    const sameFirst = (i: number) => m.entities[i]!.kind === 'person' && isSameFirstName(foldName(firstWordOf(m.entities[i]!.name)), first);
    const whole = factsOf(m, foldName(text.slice(start, end))).entities?.find((i) => m.entities[i]!.kind === 'person');
    const entity = whole ?? (closing ? undefined : sameFirst(linked) ? linked : factsOf(m, foldName(part.text)).entities?.find(sameFirst));
    const replaced = (covering >= 0 ? 2 : 1) + (closing && parts[p + 1]?.start === c.start + closing.start ? 1 : 0);
    parts.splice(covering >= 0 ? covering : p, replaced, mention(text, start, end, 'person', m, entity ?? null));
    return;
  }
}

/** Months' and days' short forms ("Mar", "Jan" of a date; "Jan" alone before a surname is read earlier). */
const CALENDAR_SHORT = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

function spaceBetween(text: string, from: number, to: number): boolean {
  return from < to && /^\s+$/.test(text.slice(from, to));
}

function isNameWordAt(t: Token): boolean {
  return isCapitalized(t.text) && !isAllCaps(t.text);
}

/** A word that may close a personal name: a known person's surname, a town's name, or a word the lexicon knows as nothing. */
function isSurnameWord(m: Matcher, key: string): boolean {
  const facts = factsOf(m, key);
  if (facts.entities?.some((i) => m.entities[i]!.kind === 'person')) return !(facts.flags & KEY.common);
  // A town's name that is no country's, region's or capital's is a surname there ("Haley Lu
  // Richardson"; Richardson, Texas).
  if (facts.flags & KEY.city && !(facts.flags & (KEY.gazetteer | KEY.common | KEY.demonym))) return true;
  return isUnknownNameWord(m, key);
}

/** A word the lexicon knows as nothing: no everyday word, place or name ("Hew"). */
function isUnknownNameWord(m: Matcher, key: string): boolean {
  const facts = factsOf(m, key);
  return !facts.entities && !(facts.flags & (KEY.common | KEY.gazetteer | KEY.city | KEY.demonym)) && key.length > 1;
}

/** Heads of institutions' names besides organisations' ("Stoke Heath Young Offender Institution", "Balloch Castle Country Park"). */
const INSTITUTION_HEADS = new Set(['institution', 'park', 'hotel', 'prison', 'gardens', 'zoo', 'library', 'memorial', 'award', 'awards', 'trophy', 'show', 'course']);

/** A word of the phrase, in no known name of several words, heads an organisation's, a place's or a building's name. */
function namesInstitution(text: string, c: NameCandidate, m: Matcher, words: Names, parts: readonly Mention[]): boolean {
  // Not a headline's words: a capitalised function word ("Rooney Ruled Out Of World Cup"), or a
  // surname opening the block's first phrase ("Biden Hails Senate Vote").
  if (TITLE_CASE_FUNCTION_WORD.test(text.slice(c.start, c.end))) return false;
  const opening = c.start === 0 && parts.some((p) => p.kind === 'person' && p.start === c.start);
  if (opening) return false;
  const inNames = new Set<string>();
  for (const p of parts) if (p.text.includes(' ')) for (const w of foldName(p.text).split(' ')) inNames.add(w);
  const surnames = new Set(parts.filter((p) => p.kind === 'person' && !p.text.includes(' ')).map((p) => foldName(stripPossessive(p.text))));
  const head = words.keys.some((key) => !inNames.has(key) && !surnames.has(key) && (ORG_HEADS.has(key) || PLACE_HEADS.has(key) || BUILDING_WORDS.has(key) || INSTITUTION_HEADS.has(key)));
  if (!head) return false;
  // "the Clinton White House", "the Reagan Justice Department": a person's, before a name the
  // corpus knows whole.
  const last = words.keys.length - 1;
  for (const surname of surnames) {
    const at = words.keys.indexOf(surname);
    if (at < 0 || at === last) continue;
    const rest = factsOf(m, words.keys.slice(at + 1).join(' '));
    if (rest.entities || rest.flags & KEY.organisation) return false;
  }
  return true;
}

/** A function word written with its capital inside a phrase: a headline's title case ("Out Of", "As"); names keep them small ("Bay of Bengal"). */
const TITLE_CASE_FUNCTION_WORD = /\s(?:Of|Out|As|To|In|On|For|And|The|At|By|With|From|After|Over|Into)\s/;

/** Place heads that name a club or a school after a place as often as a place: "Nottingham Forest", "Ohio State". */
const CLUB_OR_SCHOOL_HEADS = new Set(['state', 'forest']);

/** Words that make a region of the place they qualify ("South China", "N. Korea", "New Hampshire"). */
const PLACE_QUALIFIERS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'new', 'n.', 's.', 'e.', 'w.', 'the']);

/** The line of `text` around `start..end`. */
function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to < 0 ? text.length : to);
}

/**
 * "12GB of RAM": a short word in capitals on a line in small letters is an acronym, not the
 * surname of a person the corpus knows by it written otherwise ("Andy Ram"). A longer one is the
 * person shouted or credited ("President PUTIN", "Mike HUTCHINGS/REUTERS"); an alias that is no
 * word of the person's name is the corpus's own acronym for them ("JFK").
 */
function acronymOfNoOne(text: string, start: number, written: string, m: Matcher, known: number): boolean {
  if (known < 0 || written.length < 2 || written.length > MAX_ACRONYM || !isAllCaps(written)) return false;
  const entity = m.entities[known]!;
  if (entity.kind !== 'person' || !foldName(entity.name).split(' ').includes(foldName(written))) return false;
  return HAS_SMALL_LETTER.test(lineAround(text, start, start + written.length));
}

/** The longest word in capitals read as an acronym before a known surname ("RAM", "ING", "CWT"). */
const MAX_ACRONYM = 4;

/**
 * "Israel Folau", "Georgia O'Keeffe", "Virginia Madsen": a first name that is a place's too
 * ("Jordan", "Sofia", "Kingston"), then a surname the corpus does not know, is a person. Not after
 * "the", "a" or a preposition, nor before a title written short ("Georgia Gov. Brian Kemp"), a side's
 * nickname in the plural ("Washington Redskins"), a party's member ("Georgia Democrat"), a
 * building's word, or a surname the corpus knows (the place may qualify the person: "Georgia
 * Trump case").
 */
function placeFirstThenSurname(text: string, c: NameCandidate, parts: readonly Mention[], words: Names): boolean {
  if (c.tokenCount !== 2 || c.theBefore || c.locative || !(words.facts[0]!.flags & KEY.placeFirstName) || parts[0]!.kind !== 'place' || parts[0]!.start !== c.start) return false;
  if (text.charCodeAt(c.end) === 46) return false; // "Gov.", "Sen.", "Rep."
  const before = wordBefore(text, c.start).toLowerCase();
  if (before === 'a' || before === 'an') return false; // "a Georgia Trump case juror"
  const lastKey = words.keys[1]!;
  const last = words.facts[1]!;
  if (MEMBERS_OF_PEOPLES_AND_PARTIES.has(lastKey) || last.entities) return false;
  return !(last.flags & (KEY.common | KEY.gazetteer | KEY.city | KEY.demonym)) && lastKey.length > 1 && !lastKey.endsWith('s') && !BUILDING_WORDS.has(lastKey);
}

/** Words of the land that close places' names as often as people's: "Kingston Hill", "Chester Marsh" (Damon Hill, Tiger Woods). */
const LAND_WORDS = new Set(['hill', 'hills', 'marsh', 'wood', 'woods', 'green', 'moor', 'moore', 'field', 'fields', 'park', 'brook', 'brooks', 'ford', 'heath', 'vale', 'dale', 'lane', 'bridge', 'bridges', 'cross', 'mills', 'banks', 'rivers', 'lake', 'lakes', 'castle', 'church', 'hall', 'rock', 'wells', 'springs']);

/** A saint's abbreviation opening a name: "St James", "St. John". */
const SAINT_BEFORE = /^(?:St|Ste|Saint)\.? /;

/** The person mention `x` links a person the corpus knows by a full name ("White" of Julian White, not the "Electric" of a firm's name taken for someone's). */
function surnameOfFullName(m: Matcher, x: Mention): boolean {
  return x.entity !== null && m.entities[m.indexOf.get(x.entity)!]!.name.includes(' ');
}

/**
 * "Jordan Henderson", "Georgia Brown": a country's or a state's name that is a first name of the
 * list, then a known person's surname, is a person where nothing makes the place a qualifier: not
 * after "the", "a" or a preposition, nor before a title written short ("Georgia Gov. Kemp"), nor
 * with a party's member or a people's adjective for surname.
 */
function countryFirstThenSurname(text: string, c: NameCandidate, words: Names): boolean {
  if (!(words.facts[0]!.flags & KEY.placeFirstName)) return false;
  // "Georgia Gov. Kemp": a title written short closes the name.
  if (text.charCodeAt(c.end) === 46 && (TITLE_HEADS.has(`${words.keys[1]}.`) || HONORIFICS.has(`${words.keys[1]}.`))) return false;
  // A preposition of place just before (a list's own, "In St Louis, Gary Sheffield and Devon White", says nothing).
  if (c.locative && PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))) return false;
  const before = wordBefore(text, c.start).toLowerCase();
  if (before === 'a' || before === 'an') return false;
  return !MEMBERS_OF_PEOPLES_AND_PARTIES.has(words.keys[1]!) && !(words.facts[1]!.flags & (KEY.demonym | KEY.gazetteer));
}

/**
 * "William Butler Yeats": a person the corpus knows by two words, then a surname it does not know,
 * is someone else with a middle name. Not after "the" or a preposition, where the three words name
 * a place or a thing after the person ("at Nelson Mandela Park"), nor before a place's, a body's
 * or a building's word, or "Jr".
 */
function knownThenSurname(c: NameCandidate, parts: readonly Mention[], words: Names): boolean {
  if (c.tokenCount !== 3 || c.theBefore || c.locative || parts.length !== 1 || parts[0]!.kind !== 'person' || parts[0]!.start !== c.start) return false;
  const name = parts[0]!.text;
  if (name.split(' ').length !== 2) return false;
  const lastKey = words.keys[2]!;
  const last = words.facts[2]!;
  if (last.flags & (KEY.common | KEY.gazetteer | KEY.city | KEY.demonym) || last.entities || lastKey.length < 2) return false;
  return !BUILDING_WORDS.has(lastKey) && !PLACE_HEADS.has(lastKey) && !ORG_HEADS.has(lastKey) && !isGenerational(lastKey);
}

/**
 * "outside Trump Tower", "played Carnegie Hall": a known person's surname that is a building's
 * word, closing a name after a word that is no first name, closes the building's name ("Stuart
 * Hall" is a man).
 */
function closesBuilding(parts: readonly Mention[], c: NameCandidate, words: Names): boolean {
  if (parts.length !== 1 || parts[0]!.kind !== 'person' || parts[0]!.end !== c.end || parts[0]!.start === c.start) return false;
  const last = words.keys[words.keys.length - 1]!;
  return (BUILDING_WORDS.has(last) || BUILDING_SURNAMES.has(last)) && !(words.facts[0]!.flags & (KEY.givenName | KEY.firstName));
}

/**
 * What the other words of a name make of the place inside it. "South China", "N. Korea": a
 * region of it ('region'). "Air Malta", "Lokomotiv Riga", "Lagos Securities": part
 * of another name, an airline, a club, a company, not a mention of the place ('name'). A country
 * opening the name is its modifier ("U.S. Memorial Day"), and headlines in capitals are read word
 * by word: null, the place stands.
 */
function otherWordsKind(text: string, c: NameCandidate, parts: readonly Mention[], m: Matcher, names: Names): 'region' | 'name' | null {
  if (c.allCaps) return null;
  // "Lech Poznan": someone's surname and a town, side by side in one name, make a club's name.
  if (parts.length === 2 && parts.some((p) => p.kind === 'place') && parts.some((p) => p.kind === 'person' && !p.text.includes(' '))) return 'name';
  // "Johnson Controls", "Lehman Brothers", "Marshall Plan", "White House": a known person's single
  // name opening a name whose other words are everyday words or a building's names a firm, a place
  // or a thing after them. Not a first name: "Howard Archer", "Charles Dance" are people.
  if (
    parts.length === 1 &&
    parts[0]!.kind === 'person' &&
    parts[0]!.start === c.start &&
    !parts[0]!.text.includes(' ') &&
    !(names.facts[0]!.flags & KEY.givenName) &&
    names.facts.every((w, i) => i === 0 || w.flags & KEY.common || BUILDING_WORDS.has(names.keys[i]!))
  ) {
    return 'name';
  }
  if (closesBuilding(parts, c, names)) return 'name';
  if (parts.length !== 1 || parts[0]!.kind !== 'place') return null;
  const part = parts[0]!;
  const others = `${text.slice(c.start, part.start)} ${text.slice(part.end, c.end)}`.trim();
  if (!others) return null;
  const words = others.split(/\s+/).map((w) => w.toLowerCase());
  if (part.end === c.end && words.every((w) => PLACE_QUALIFIERS.has(w))) return 'region';
  // "Gulf of Mexico", "Mount Kenya", "Ohio River": a place's head word or prefix around a place
  // names a place of its own.
  if (c.shape === 'place' && words.every((w) => w === 'of' || ((PLACE_HEADS.has(w) || PLACE_PREFIXES.has(w)) && !CLUB_OR_SCHOOL_HEADS.has(w)))) return 'region';
  if (words.some((w) => PLACE_QUALIFIERS.has(w))) return null;
  if (part.start === c.start && has(m, foldName(stripPossessive(part.text)), KEY.country)) return null;
  return 'name';
}

/**
 * The places a title before a name holds: the one it opens with ("U.S. President Jo Reed",
 * "Denver Archbishop Paul Reyes") and the one its "of" closes with ("Governor of Texas George
 * Bush", "Chancellor of Germany Helmut Kohl").
 */
function placesInTitle(text: string, c: NameCandidate, m: Matcher): Mention[] {
  const tokens = tokenize(text.slice(c.titleFrom, c.start)).filter((t) => /^[\p{L}\p{Nd}]/u.test(t.text));
  const out: Mention[] = [];
  const place = (from: number, to: number): Mention | null => {
    const part = tokens.slice(from, to);
    const facts = factsOf(m, keyOf(part));
    const known = facts.entities?.find((i) => m.entities[i]!.kind === 'place');
    if (known === undefined && !(facts.flags & KEY.gazetteer)) return null;
    const start = c.titleFrom + part[0]!.start;
    const end = c.titleFrom + part[to - from - 1]!.start + stripPossessive(part[to - from - 1]!.text).length;
    return mention(text, start, end, 'place', m, known ?? null);
  };
  for (let n = Math.min(3, tokens.length - 1); n >= 1; n--) {
    const opening = place(0, n);
    if (!opening) continue;
    // "Denver Hawks Coach Jo Reed": a plural after the place names a team, not the city; "West
    // German Finance Minister": a word before a people's adjective is part of it.
    const next = tokens[n]?.text ?? '';
    if (!/^\p{Lu}\p{Ll}+s$/u.test(next) && !(n === 1 && has(m, foldName(next), KEY.demonym))) out.push(opening);
    break;
  }
  // Not before an everyday word: "the Princess of Wales Theatre" is a theatre's name, "the
  // Governor of Texas Instruments Tom Engibous" a firm's.
  if (has(m, firstWordOf(c.key), KEY.common)) return out;
  const of = tokens.findIndex((t, k) => k > 0 && t.text === 'of');
  const after = tokens.slice(of + 1);
  // Nor a body's acronym in a line in small letters ("President of AMBO Jo Reed"), but a country's.
  const acronym = after.length === 1 && after[0]!.text.length > 1 && isAllCaps(after[0]!.text) && !isAllCaps(tokens[0]!.text) && !has(m, foldName(after[0]!.text), KEY.country);
  const closing = of > 0 && after.length > 0 && after.length <= 3 && !acronym && after.every((t) => isCapitalized(t.text)) ? place(of + 1, tokens.length) : null;
  if (closing && (out.length === 0 || closing.start >= out[0]!.end)) out.push(closing);
  return out;
}

const SPACE = /\s/;

/** Uses alone, before a full name ends with it, that make a word the page's own (see `lone`). */
const OWN_WORD_USES = 10;

/**
 * "at The Oval", "in The Hague": "The" with its capital inside a sentence is part of a place's
 * name; the mention takes it in. Opening a sentence, or a line, its capital proves nothing.
 */
function withCapitalThe(text: string, x: Mention): Mention {
  let i = x.start;
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  if (i === x.start || i < 3 || text.slice(i - 3, i) !== 'The') return x;
  let j = i - 3;
  if (j > 0 && /[\p{L}\p{N}]/u.test(text[j - 1]!)) return x; // "Lathe"
  while (j > 0 && text[j - 1] !== '\n' && isSpaceAt(text, j - 1)) j--;
  if (j === 0 || /[\n.!?:;"“‘'(\[—–-]/.test(text[j - 1]!)) return x;
  // After a capitalised word inside a sentence, title case ("Born In The USA"), not a name's "The".
  const word = /\p{Lu}[\p{L}'’]*$/u.exec(text.slice(Math.max(0, j - 40), j));
  if (word) {
    let k = j - word[0].length;
    while (k > 0 && text[k - 1] !== '\n' && isSpaceAt(text, k - 1)) k--;
    if (k > 0 && !/[\n.!?:;"“(]/.test(text[k - 1]!)) return x;
  }
  const start = i - 3;
  return { ...x, start, text: text.slice(start, x.end), name: x.entity ? x.name : text.slice(start, x.end) };
}

/** What closes a photo credit: the line's end, a dash, a comma, a bracket, or "via". */
const CREDIT_END = /^[^\S\n]*(?:\n|$|[—–\-,;:)\]|]|via\b)/;

/**
 * "Benoit Tessier/AFP", "Jo Reed/Agence France-Presse — Getty Images": a photographer's name, a
 * slash, and whom they work for, closing the credit. Not "the Brown/Blair feud", nor a partner
 * ("Woodbridge/Mark Woodforde", "Lennon/McCartney") or a place ("By Jo Reed/Lagos") the corpus knows.
 */
function isCreditsEmployer(text: string, c: NameCandidate, before: readonly Mention[], m: Matcher): boolean {
  if (text.charCodeAt(c.start - 1) !== 47) return false;
  const last = before.at(-1);
  if (last?.kind !== 'person' || last.end !== c.start - 1 || !CREDIT_END.test(text.slice(c.end, c.end + 12))) return false;
  const facts = factsOf(m, c.key);
  return !facts.entities && !(facts.flags & (KEY.gazetteer | KEY.city)) && !(factsOf(m, firstWordOf(c.key)).flags & (KEY.givenName | KEY.firstName));
}

/**
 * Who a bare surname the corpus knows as the person `known` is on this page, where a full name
 * before it (`owner`) gave the surname to someone; undefined when it stays `known`.
 * - An office says the corpus's person ("President Clinton" after "Hillary Rodham Clinton").
 * - After "Mr" a word is a surname, not the first word of a person named before ("Mr Howard"
 *   after "Howard Flight"); "Sir Edward" is Edward Heath.
 * - A known person among the surname's: the corpus's choice among the people the page named
 *   (see `resolveKnown`). Another known person: them ("Mullen" after "Larry Mullen Jr", "Kim"
 *   after "Kim Dae-jung").
 * - A person the corpus lacks: the corpus's person of that surname whose first name may be theirs
 *   ("Gore" after "Al Gore" is Albert Gore), else the stranger ("Mr. Reeves" after "Eric Reeves"
 *   is no Keanu Reeves). Not when the page called the corpus's person by the surname before the
 *   stranger came ("Mandela met his former wife Winnie Mandela"), nor for a corpus person of one
 *   name.
 */
function pagesPerson(text: string, m: Matcher, c: NameCandidate, facts: Readonly<KeyFacts>, known: number, owner: SurnameOwner, knownAloneAt: number | undefined): number | null | undefined {
  if (hasOffice(text, c)) return undefined;
  if (owner.firstWord && !owner.surnameFirst && SURNAME_HONORIFICS.has(wordBefore(text, c.start).toLowerCase())) return undefined;
  if (owner.entity !== null) return facts.entities?.includes(owner.entity) ? undefined : owner.entity;
  if (known < 0 || (knownAloneAt ?? Infinity) < owner.at || !m.entities[known]!.name.includes(' ')) return undefined;
  const firsts = firstNamesOf(m);
  for (const i of facts.entities ?? []) {
    const name = m.entities[i]!.name;
    if (m.entities[i]!.kind === 'person' && name.includes(' ') && mayBeSameFirstName((firsts[i] ??= foldName(firstWordOf(name))), owner.first)) return i;
  }
  return null;
}


/** The name `c` has an office: in its role ("Secretary of State Bush"), or in a capitalised word just before it, where the title was not read as one ("President Yeltsin" opening a sentence). */
function hasOffice(text: string, c: NameCandidate): boolean {
  if (c.role !== null) return c.role.toLowerCase().split(/\s+/).some((w) => OFFICES.has(w));
  const before = wordBefore(text, c.start);
  return isCapitalized(before) && OFFICES.has(before.toLowerCase());
}

/** A mention's surname, folded: its last word, or the one before "Jr." or "III". */
function surnameOfMention(name: string): string {
  const last = foldName(stripPossessive(lastWord(name)));
  return isGenerational(last) ? surnameOf(name.trim().split(/\s+/).map((w) => foldName(stripPossessive(w)))) : last;
}

/** A name of two words whose second is a Korean given name, two syllables joined by a hyphen: "Kim Dae-jung", "Ban Ki-moon". */
const KOREAN_GIVEN_NAME_AFTER = /^\S+\s+\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** Honorifics that go with a surname, not with a first name alone as "Sir", "Dame" and "Lady" may. */
const SURNAME_HONORIFICS = new Set([...HONORIFICS].filter((w) => w !== 'sir' && w !== 'dame' && w !== 'lady'));

/** The word just before `start`, across white space on its line; '' when none. */
function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && text.charCodeAt(end - 1) !== 10 && isSpaceAt(text, end - 1)) end--;
  let begin = end;
  while (begin > 0 && LETTER.test(text[begin - 1]!)) begin--;
  return text.slice(begin, end);
}

const LETTER = /[\p{L}\p{M}.'’-]/u;

/** The last word of a name: what follows its last white space. */
function lastWord(name: string): string {
  let i = name.length - 1;
  while (i >= 0) {
    const c = name.charCodeAt(i);
    if (c === 32 || (c < 128 ? c >= 9 && c <= 13 : SPACE.test(name[i]!))) break;
    i--;
  }
  return name.slice(i + 1);
}

export interface DetectOptions {
  /** What the document said before this block; updated as names are found. */
  doc?: DocumentContext;
  /** Collects the single words this block left unresolved, so a later full name can revisit them. */
  unresolved?: string[];
  /** Whether this block is sports copy, when the caller already knows or will ask again (see `isSportsBlock`). */
  sportsBlock?: () => boolean;
  /** What the block's text alone says, kept from a first reading for the next (see `BlockReading`). */
  reading?: BlockReading;
}

/** What a block's text says whatever its document: its names with their cues, and its dateline. */
export interface BlockReading {
  /** Null until the block is tokenized. */
  tokens: Token[] | null;
  candidates: NameCandidate[] | null;
  dateline: Dateline | null;
}

interface ReadBlock {
  tokens: Token[];
  candidates: NameCandidate[];
  dateline: Dateline | null;
}

/** The names of `text` with their cues, and its dateline: read once, kept in `reading` when given. */
function readBlock(text: string, m: Matcher, reading: BlockReading | undefined): ReadBlock {
  if (reading?.tokens && reading.candidates) return { tokens: reading.tokens, candidates: reading.candidates, dateline: reading.dateline };
  const predicates = predicatesOf(m);
  const tokens = reading?.tokens ?? tokenize(text);
  const candidates = linkCoordinatedCues(text, findNameCandidates(text, tokens, predicates), predicates.isPlaceName);
  applyParentheticalCues(text, candidates, predicates.isKnownPlace);
  applyAcronymDefinitions(text, tokens, candidates, predicates.isCommonWord);
  const dateline = mayOpenWithDateline(tokens) ? findDateline(text, 0, true) : null;
  // A dateline's place and region are places, whatever precedes them.
  for (const c of candidates) if (dateline && (c.start === dateline.placeStart || c.start === dateline.region?.start)) c.locative = true;
  if (reading) {
    reading.tokens = tokens;
    reading.candidates = candidates;
    reading.dateline = dateline;
  }
  return { tokens, candidates, dateline };
}

/**
 * Finds the people and places in one block of text, linked to corpus entities where the corpus
 * knows them. Mentions are sorted and never overlap; offsets are JavaScript string indices.
 */
export function detectMentions(text: string, m: Matcher, options: DetectOptions = {}): Mention[] {
  const doc = options.doc ?? newDocumentContext();
  // Names start with a capital: most lines of a page have none to offer. Posts write them small too.
  if (!HAS_CAPITAL.test(text)) return doc.conversational ? withSmallLetterNames(text, options.reading?.tokens ?? tokenize(text), m, []) : [];
  const { tokens, candidates, dateline } = readBlock(text, m, options.reading);
  let sportsBlock: boolean | null = null;
  const sports = options.sportsBlock ?? (() => (sportsBlock ??= isSportsBlock(text)));
  let out: Mention[] = [];
  // The candidate being decided: `push` reads what follows it.
  let current: NameCandidate | null = null;
  const push = (x: Mention, locative = false, anchored = false, namesSide: SideCue = null) => {
    // "Jones common stock", "the Dow Jones index": a company's or an index's name, no one's
    // ("Tokyo stocks" are the city's still).
    if (x.kind === 'person' && current?.marketAfter && x.end === current.end) return;
    // "Surrey captain Chris Lewis": a place before a role in a side and a name is the club. Not a
    // country: "England captain Will Carling" plays for England, and news copy names it a place.
    const side = namesSide === 'side' || (namesSide === 'in sports copy' && (doc.sports || sports()));
    if (x.kind === 'place' && side && !has(m, foldName(stripPossessive(x.text)), KEY.country)) return;
    // In sports copy a city or region sitting where a team does is the club, not the place.
    // A dateline or a venue heading anchors a place: "NEW YORK 1996-08-30" is the city even in sports copy.
    if (x.kind === 'place' && !anchored && (doc.sports || sports())) {
      if (!has(m, foldName(stripPossessive(x.text)), KEY.country)) {
        if (sports() && sitsLikeTeam(text, x.start, x.end)) return;
        // In sports copy a city or county with no preposition before it is most often the club
        // ("in Detroit" is the city, even where Detroit plays).
        if (doc.sports && !locative) return;
      }
    }
    out.push(x.kind === 'place' ? withCapitalThe(text, x) : x);
  };
  for (const c of candidates) {
    current = c;
    const inDateline = !!dateline && (c.start === dateline.placeStart || c.start === dateline.region?.start);
    const anchored = inDateline || (text[c.end] === ':' && (c.start === 0 || text[c.start - 1] === '\n'));
    if (c.titleFrom >= 0) for (const place of placesInTitle(text, c, m)) push(place);
    if (c.shape === 'org') continue;
    // "Nice job", "Nice of you": in posts, a place's name the corpus writes mostly as an everyday
    // word, opening a sentence before a word in small letters that is no verb, is the word ("Nice
    // is lovely", "Nice beat Lyon" keep the city and its club; "US officials", in capitals, the
    // country). News copy opens sentences with the place before its nouns ("Nice airport was
    // closed", "Nice mayor Christian Estrosi"), and a person's surname before any verb.
    if (doc.informal && c.tokenCount === 1 && c.sentenceInitial && !c.titled && !c.possessive && !c.personCue && !isAllCaps(text.slice(c.start, c.end)) && isEverydayPlaceName(m, c.key) && EVERYDAY_WORD_AFTER.test(text.slice(c.end, c.end + 24))) continue;
    // "Ca n't wait": a verb before its negative, no name ("Ca" is California's too).
    if (c.tokenCount === 1 && text.charCodeAt(c.end + 1) === 110 && SPLIT_NEGATIVE_AFTER.test(text.slice(c.end, c.end + 6))) continue; // " n"
    if (isCreditsEmployer(text, c, out, m)) continue;
    // A surname this document already introduced ("Simmons" after "Kate Simmons"; "Jordan" after
    // "Tamika Jordan" is her, not the country), unless a preposition makes it a place.
    if (c.tokenCount === 1 && doc.trace && !doc.surnames.has(c.key)) {
      doc.trace.pending.push(c.key);
      doc.lone.set(c.key, (doc.lone.get(c.key) ?? 0) + 1);
    }
    // "De Wilde" after "Filip De Wilde": a surname with its particles.
    const surname = c.tokenCount === 1 ? c.key : c.particleFirst && c.tokenCount <= 3 ? particleSurname(c.key) : null;
    // The person the page gave this surname to, if it did (null: one the corpus lacks).
    const pageEntity = surname === null ? undefined : doc.surnames.get(surname);
    const facts = factsOf(m, c.key);
    // One word the page did not name in full: "Blair's" after "Tony Blair" is his (a full name
    // earlier in the block may make it a surname: the block is read again then).
    if (c.possessive && c.tokenCount === 1 && pageEntity === undefined && possessiveNamesNoOne(text, c) && !namesKnownPlace(m, facts)) {
      options.unresolved?.push(c.key);
      continue;
    }
    // A preposition of place makes it a place, but "to" and "from", which take people as often,
    // before a town's name ("a letter from Dunedin" after "Grace Dunedin"); "flights to Jordan"
    // after "Tamika Jordan" are the country's, "aid from Washington" the capital's, but for "who"
    // after it ("recommended her to Hamilton, who hired her" after "Margaret Hamilton").
    const placeByPreposition =
      c.locative && (pageEntity === undefined || (((facts.flags & KEY.gazetteer) !== 0 || !afterToOrFrom(text, c.start)) && !(whoAfter(text, c.end) && afterToOrFrom(text, c.start))));
    const introduced = pageEntity !== undefined && !placeByPreposition && !anchored;
    // "Merrill said", "Deutsche Telekom said", "Marks & Spencer": an organisation's name names no
    // one, nor do its words, unless a title or the page's own full name makes it a person's ("Mr
    // Merrill"), or it is a place too ("St Louis").
    if (isOrganisationsName(m, text, c, facts) && !facts.entities && !(facts.flags & (KEY.gazetteer | KEY.city)) && !c.titled && pageEntity === undefined) {
      // A full name later in the block may make it a surname: the block is read again then.
      if (c.tokenCount === 1) options.unresolved?.push(c.key);
      const person = personClosing(text, c, tokens, m);
      if (person) push(person);
      continue;
    }
    // "at the Hague": a place the lexicon knows with its "the", whose word alone is someone else's.
    const placeWithThe = c.tokenCount === 1 && c.theBefore ? knownPlaceWithThe(m, c.key, facts) : undefined;
    if (placeWithThe !== undefined) {
      push(mention(text, c.start, c.end, 'place', m, placeWithThe), true, anchored);
      continue;
    }
    // A dateline's place or region in capitals is a place whatever people the corpus knows by it
    // ("JACKSON, Miss.", "ST. LOUIS, Mo."): its place of that name, or none.
    const resolved = inDateline && (c.allCaps || c.start !== dateline!.placeStart) ? knownPlaceAmong(m, facts) : resolveKnown(text, m, facts, c, doc);
    // A surname several people of the corpus share, alone and not given by the page to anyone, is
    // someone the page did not name ("Lee" in a photo credit is no Stan Lee): a person, linked to
    // no one. An office before it still picks the corpus's first ("Finance Minister Okafor").
    const known = c.tokenCount === 1 && c.role === null && pageEntity === undefined && facts.flags & KEY.sharedSurname && resolved >= 0 && m.entities[resolved]!.kind === 'person' && !doc.preferred.has(resolved) ? UNKNOWN_PERSON : resolved;
    const knownKind = known === NOT_KNOWN ? null : known === UNKNOWN_PERSON ? 'person' : m.entities[known]!.kind;
    const here = placeOf(doc, c.start);
    // A person the corpus knows by this surname, which a full name before here gave to someone.
    const owner = knownKind === 'person' && surname !== null ? ownerBefore(doc, surname, here) : undefined;
    const person = owner && owner.entity !== known ? pagesPerson(text, m, c, facts, known, owner, doc.knownAloneAt.get(surname!)) : undefined;
    if (person !== undefined) {
      push(mention(text, c.start, c.end, 'person', m, person));
      continue;
    }
    // A place the corpus knows is the page's person only after the page named them ("Jordan"
    // after "Tamika Jordan"), not before ("Japan's" before a "Deutsche Securities Japan").
    const placeAfterName = introduced && knownKind === 'place' && doc.surnameAt.get(surname!)! < here;
    if (c.tokenCount === 1 && acronymOfNoOne(text, c.start, stripPossessive(text.slice(c.start, c.end)), m, resolved)) continue;
    // "The Ing erupted through the cracks": a word after "the" that a verb follows is a thing or a
    // group's name, not the corpus's person of that surname ("the Simpson trial" is the person's).
    if (c.tokenCount === 1 && knownKind === 'person' && c.theBefore && !c.titled && !c.possessive && !doc.surnames.has(c.key) && THE_JUST_BEFORE.test(text.slice(Math.max(0, c.start - 5), c.start)) && VERB_AFTER.test(text.slice(c.end, c.end + 16))) continue;
    if (knownKind && !placeAfterName) {
      // "Charlton 2 0 1 1 1 3 1", "Currie 45 Heriot's F.P. 5": a side's row of a table, not the
      // known person of that name.
      if (knownKind === 'person' && c.tokenCount === 1 && sideInTable(text, c, m)) continue;
      push(knownMention(text, c.start, c.end, m, known), c.locative, anchored, c.namesSide);
      if (knownKind === 'person' && c.tokenCount === 1) {
        if (!doc.knownAloneAt.has(c.key)) doc.knownAloneAt.set(c.key, here);
        // A full name earlier in its block, put on record once the block is read, may make it
        // someone else ("Eric Reeves, a fellow, wrote it. Reeves said"): the block is read again.
        options.unresolved?.push(c.key);
      } else if (c.tokenCount === 1 && (!c.locative || whoAfter(text, c.end))) {
        // "According to Hamilton", "to Hamilton, who hired her": a full name earlier in its block
        // may make it the person (the block is read again then).
        options.unresolved?.push(c.key);
      }
      continue;
    }
    if (pageEntity !== undefined && !placeByPreposition) {
      push(mention(text, c.start, c.end, 'person', m, pageEntity));
      continue;
    }
    // "Zine al-Abidine Ben Ali": a name that a surname with Arabic's article goes on is a person's
    // (see `findNameCandidates`), whatever the corpus knows by its single words, but for a place's
    // noun after it ("the Abu al-Bukhoosh field"); the corpus's person by the words before the
    // article, if it knows one by two or more, is them (the corpus's names end there: "Mohammed
    // Mustafa" of "Mohammed Mustafa al-Jibouri"). The article in small letters: "Saudi Al-Watan",
    // "Camp Al-Taqaddum" are read as other names are.
    const article = c.tokenCount > 1 && c.key.includes('-') ? ARTICLE_INSIDE.exec(text.slice(c.start, c.end)) : null;
    if (article && c.shape === null) {
      // A preposition of place ("in Diyala and Salah al-Din"), or a place's or a field's noun
      // after it ("the Abu al-Bukhoosh oilfield"): a place.
      if (!c.titled && ((c.locative && !afterToOrFrom(text, c.start)) || c.placeNounAfter || FIELD_NOUN_AFTER.test(text.slice(c.end, c.end + 12)))) {
        push(mention(text, c.start, c.end, 'place', m, null), c.locative, anchored);
        continue;
      }
      // The name without the titles it opens with ("General Manager Ahmed Zaki al-Yamani").
      const words = wordTokens(text, c, tokens);
      let first = 0;
      while (first < words.length - 2 && TITLE_HEADS.has(words[first]!.text.toLowerCase())) first++;
      const start = c.start + words[first]!.start;
      const wordsBefore = text.slice(start, c.start + article.index).trim().split(/\s+/).length;
      const before = c.key.split(' ').slice(first, first + wordsBefore).join(' ');
      const person = before.includes(' ') ? factsOf(m, before).entities?.find((i) => m.entities[i]!.kind === 'person') : undefined;
      push(mention(text, start, c.end, 'person', m, person ?? null));
      continue;
    }
    const words = namesOf(m, c, facts);
    // A people's adjective of several words, or closing them after no first name and no title:
    // "North Korean", "East Asian" officials. Neither a name nor names: not "North" for Oliver
    // North. "Ambassador Tom Irish" is a man.
    if (c.tokenCount > 1 && (facts.flags & KEY.demonym || (words.facts[words.facts.length - 1]!.flags & KEY.demonym && !firstNameBeforeDemonym(words) && !c.titled))) continue;
    if ((c.tokenCount > 1 || c.allCaps) && !(facts.flags & (KEY.gazetteer | KEY.city)) && !(inDateline && c.allCaps)) {
      const parts = knownSubspans(text, c, tokens, m, doc, words);
      if (namesPlaceOrThing(text, c, parts, words)) continue;
      const whole = extendKnownSurname(text, c, m, parts, words) ?? personShapedWhole(text, c, m, parts, words);
      if (whole) {
        push(whole);
        continue;
      }
      if (parts.length > 0) {
        joinFirstNames(text, c, tokens, m, parts);
        const other = otherWordsKind(text, c, parts, m, words);
        if (other === 'name') continue;
        if (other === 'region') {
          push(mention(text, c.start, c.end, 'place', m, null), c.locative, anchored);
          continue;
        }
        // "Ross County 3 0 0 3 3 7 0": a side's name in its row holds no known person; nor does an
        // institution's or a place's ("Balloch Castle Country Park", "House of Fraser") hold a
        // surname alone.
        const side = sideInTable(text, c, m);
        const institution = !c.allCaps && namesInstitution(text, c, m, words, parts);
        for (const p of parts) if (!(side && p.kind === 'person') && !(institution && p.kind === 'person' && !p.text.includes(' '))) push(p, c.locative, anchored);
        continue;
      }
    }
    const kind = classifyUnknown(text, c, facts, inDateline, words, doc);
    if (kind) push(mention(text, c.start, c.end, kind, m, null), c.locative, anchored, c.namesSide);
    if (c.tokenCount === 1 && kind !== 'place') options.unresolved?.push(c.key);
  }
  if (doc.conversational) out = withSmallLetterNames(text, tokens, m, out);
  for (const x of out) {
    if (x.kind !== 'person' || !x.text.includes(' ')) continue;
    const index = x.entity ? m.indexOf.get(x.entity)! : null;
    const first = foldName(x.text.slice(0, x.text.search(/\s/)));
    const surname = surnameOfMention(x.text);
    recordSurname(doc, m, x, surname, index, first);
    // "Bashir" after "Omar Hassan al-Bashir"; "Lee" after "Lee Jae-myung", a Korean name written
    // surname first.
    const bare = withoutArticle(surname);
    if (bare) recordSurname(doc, m, x, bare, index, first);
    if (!x.entity && surname.includes('-') && KOREAN_GIVEN_NAME_AFTER.test(x.text) && first !== surname) recordSurname(doc, m, x, first, index, surname);
    // A known person named in full is one the page means ("Mr Blair" after "Ian Blair" and "Tony
    // Blair": the corpus's choice of the two, see `resolveKnown`).
    if (index !== null) doc.preferred.add(index);
    // A known person's first word alone, later in the document, is them too: a surname written
    // first ("Saddam" after "Saddam Hussein"), or a first name ("Steven" after "Steven Gerrard").
    // Only a word the corpus learned as opening people's names (not "Fiat" of a "Fiat Powertrain"
    // taken for a person, nor an acronym), and only in a name written as the corpus writes it in
    // full, a name of theirs ("Ray Charles" read as the "Charles" it knows says nothing of "Ray").
    if (x.entity) {
      const written = x.text.slice(0, x.text.search(/\s/));
      const first = foldName(written);
      // Not a place the corpus knows ("Florence" after "Florence Welch" is the city still).
      const firstFacts = factsOf(m, first);
      const place = firstFacts.flags & (KEY.gazetteer | KEY.city) || firstFacts.entities?.some((i) => m.entities[i]!.kind === 'place');
      if (!isAllCaps(written) && !doc.surnames.has(first) && firstFacts.flags & KEY.givenName && !place) {
        const index = m.indexOf.get(x.entity)!;
        if (factsOf(m, foldName(x.text)).entities?.includes(index)) {
          doc.surnames.set(first, index);
          doc.surnameAt.set(first, placeOf(doc, x.start));
          recordOwner(doc, first, { at: placeOf(doc, x.start), entity: index, first, firstWord: true, surnameFirst: KOREAN_GIVEN_NAME_AFTER.test(x.text) });
        }
      }
    }
  }
  return out;
}

/**
 * Puts on record that `x`, a person's full name (its entity `index`, its first name `first`),
 * gave `surname` to them, unless the page uses the word as its own.
 */
function recordSurname(doc: DocumentContext, m: Matcher, x: Mention, surname: string, index: number | null, first: string): void {
  // A word the page used alone several times before is its own word, not the surname of someone
  // the corpus does not know ("Māori" all over a page, then "Taranaki Māori" read as a name).
  const ownWord = !x.entity && (doc.lone.get(surname) ?? 0) >= OWN_WORD_USES;
  // An everyday word is the surname of someone the corpus knows ("Cable" after "Vince Cable"),
  // not of a stranger: the page may mean the word.
  if ((!x.entity && has(m, surname, KEY.common)) || ownWord) return;
  const at = placeOf(doc, x.start);
  // The first full name to end with it owns the surname for the rules that follow the page's
  // names; each one is on record, for the known people the corpus has of that surname.
  if (!doc.surnames.has(surname)) {
    doc.surnames.set(surname, index);
    doc.surnameAt.set(surname, at);
  }
  recordOwner(doc, surname, { at, entity: index, first, firstWord: false });
  // The surname after a stranger's full name in its own block was read before the name was on
  // record: no use of the known person's before the stranger came (see `pagesPerson`).
  const alone = doc.knownAloneAt.get(surname);
  if (index === null && alone !== undefined && alone > at) doc.knownAloneAt.delete(surname);
}

/** An oil or gas field's noun after a name: "the Abu al-Bukhoosh oilfield". */
const FIELD_NOUN_AFTER = /^\s+(?:oilfield|oil field|gasfield|gas field|field|refinery|terminal)s?\b/;

/** A name with a word that opens with Arabic's article in small letters after its first ("Omar Hassan al-Bashir"). */
const ARTICLE_INSIDE = /\s(?:al|el|ad|an|ar|as|ash|at|az)-\p{L}/u;

/** Arabic's article before a surname, folded: "al-" of "al-bashir". */
const ARTICLE_BEFORE_SURNAME = /^(?:al|el|ad|an|ar|as|ash|at|az)-(?=\p{L})/u;

/** A folded surname without its article ("bashir" of "al-bashir"); null when it has none. */
function withoutArticle(surname: string): string | null {
  const c = surname.charCodeAt(0);
  if (c !== 97 && c !== 101) return null; // "a", "e"
  const article = ARTICLE_BEFORE_SURNAME.exec(surname);
  return article ? surname.slice(article[0].length) : null;
}

/**
 * Detects over the blocks of one document (a page or a story), so that a full name anywhere
 * settles who a bare surname means everywhere in it. `register`: whether the document is news
 * copy, a brief text or a conversation (see `Register`), read from the blocks when not given: a
 * caller with a part of a document (a page's batch of blocks) says what the whole is.
 */
export function detectDocument(blocks: readonly string[], m: Matcher, register: Register = registerOf(blocks)): Mention[][] {
  const doc = newDocumentContext();
  const readings: BlockReading[] = blocks.map(() => ({ tokens: null, candidates: null, dateline: null }));
  // Asked once per block: for the document here, for a place in the block while reading it. Read
  // from the block's tokens, which its reading then uses.
  const sportsBlocks: (boolean | undefined)[] = [];
  const sportsAt = (i: number) => (sportsBlocks[i] ??= isSportsBlockByTokens(blocks[i]!, (readings[i]!.tokens ??= tokenize(blocks[i]!))));
  let sportsCount = 0;
  for (let i = 0; i < blocks.length && sportsCount < 2; i++) if (sportsAt(i)) sportsCount++;
  doc.sports = sportsCount >= 2;
  doc.conversational = register === 'conversation';
  doc.informal = register !== 'news';
  const unresolved: string[][] = blocks.map(() => []);
  const traces: BlockTrace[] = [];
  const result = blocks.map((b, i) => {
    doc.trace = traces[i] = { ambiguous: false, pending: [] };
    doc.block = i;
    return detectMentions(b, m, { doc, unresolved: unresolved[i], sportsBlock: () => sportsAt(i), reading: readings[i] });
  });
  doc.trace = null;
  let ambiguous = -1;
  result.forEach((mentions, i) => {
    for (const x of mentions) {
      if (!x.entity) continue;
      const key = foldName(x.text);
      const list = m.keys.get(key)?.entities;
      if (list && list.length === 1 && key.includes(' ')) doc.preferred.add(m.indexOf.get(x.entity)!);
      if (list && list.length > 1 && ambiguous < 0) ambiguous = i;
    }
  });
  // Revisit only the blocks a later full name can change: a surname used before the name that
  // introduces it, or an ambiguous surname once the document has named someone in full. Read
  // again, a block changes only where its first reading asked what has changed since: whether a
  // word was a surname, or which of several entities a name meant.
  for (let i = 0; i < blocks.length; i++) {
    const trace = traces[i]!;
    const couldChange = trace.ambiguous || anySurname(doc, trace.pending);
    const revisit = couldChange && (anySurname(doc, unresolved[i]!) || (ambiguous >= 0 && i >= ambiguous && doc.preferred.size > 0));
    if (!revisit) continue;
    doc.rereading = true;
    doc.block = i;
    result[i] = detectMentions(blocks[i]!, m, { doc, sportsBlock: () => sportsAt(i), reading: readings[i] });
  }
  return result;
}

const smallLetterLexicons = new WeakMap<Matcher, SmallLetterLexicon>();

/** `mentions` (in order) with the people a conversation names in small letters (see `namesInSmallLetters`), unlinked. */
function withSmallLetterNames(text: string, tokens: readonly Token[], m: Matcher, mentions: Mention[]): Mention[] {
  let lexicon = smallLetterLexicons.get(m);
  if (!lexicon) {
    // Only the maintained list's: first names the corpus learned hold its firms' and programmes'
    // first words too ("TV" of "TV Azteca"), which posts write in small letters. The list is asked
    // first: the lexicon's keys (whose look-ups a compile records) only for the few it holds.
    lexicon = { isFirstName: (w) => m.firstNames.has(w) && !has(m, w, KEY.common), isCommonWord: (w) => has(m, w, KEY.common) };
    smallLetterLexicons.set(m, lexicon);
  }
  const withSurnames = mentions.map((x) => withSmallSurname(text, tokens, m, lexicon, x));
  const found = namesInSmallLetters(text, tokens, lexicon);
  if (found.length === 0) return withSurnames;
  // Never inside a name read with its capitals: mentions do not overlap.
  const people = found.filter((s) => !withSurnames.some((x) => x.start < s.end && s.start < x.end)).map((s) => mention(text, s.start, s.end, 'person', m, null));
  return [...withSurnames, ...people].sort((a, b) => a.start - b.start);
}

/**
 * A capitalised first name of the list and its surname in small letters, as posts write them:
 * "Travis scott", "Kylie minogue". The whole is the person, the corpus's if it knows the name.
 * Only a word the lexicon knows as a name's: chat's words in small letters are many ("Jessica
 * texted", "Kevin tryna").
 */
function withSmallSurname(text: string, tokens: readonly Token[], m: Matcher, lexicon: SmallLetterLexicon, x: Mention): Mention {
  if (x.kind !== 'person' || !lexicon.isFirstName(foldName(x.text))) return x;
  const k = tokenAt(tokens, x.start);
  if (k < 0 || tokens[k]!.end !== x.end) return x;
  const end = smallSurnameEnd(text, tokens, k, lexicon);
  if (end < 0) return x;
  const isPerson = (i: number) => m.entities[i]!.kind === 'person';
  const known = factsOf(m, foldName(text.slice(x.start, end))).entities?.find(isPerson);
  // A name word of the lexicon's: someone's, a first name, a place ("Travis scott").
  const surname = factsOf(m, foldName(text.slice(tokens[k + 1]!.start, end)));
  if (known === undefined && !(surname.entities?.some(isPerson) || surname.flags & (KEY.givenName | KEY.firstName | KEY.cityFirstName | KEY.gazetteer | KEY.city))) return x;
  return mention(text, x.start, end, 'person', m, known ?? null);
}

/** The index of the token that starts at `start`, -1 when none does (tokens are in order). */
function tokenAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = tokens[mid]!.start;
    if (at === start) return mid;
    if (at < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Some of `words` is a surname of the document now. */
function anySurname(doc: DocumentContext, words: readonly string[]): boolean {
  for (const w of words) if (doc.surnames.has(w)) return true;
  return false;
}
