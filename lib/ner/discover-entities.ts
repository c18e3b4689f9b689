import type { Article } from '../corpus/article';
import { findDatelines } from '../corpus/dateline';
import { foldName, slugify } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { linkCoordinatedCues } from './coordination';
import { COMPANY_TAILS, FAITH_MEMBERS, FIRM_CLOSERS, INSTITUTION_HEADS, NAME_CONNECTORS, NAME_PARTICLE, NATIONALITY_NOUNS, ORG_HEADS, PARTY_MEMBERS, PLACE_HEADS, PLACE_NOUNS_AFTER_NAMES, PLACE_PREPOSITION_BEFORE, RELATIONAL_ROLE_HEADS, SHOW_HEADS, SURNAME_DEMONYMS, TITLE_HEADS } from './cue-words';
import { displaySpelling } from './display-name';
import { entityId, type EntityKind, type EntityRecord } from './entity';
import type { Gazetteer } from './gazetteer';
import { firstWordOf } from './lexicon';
import { findNameCandidates, isOpeningAcronym, type NameCandidate } from './name-candidates';
import { applyParentheticalCues } from './parenthetical-cues';
import { generationOf, isGenerational, surnameIndex, surnameOf } from './surname';
import { corpusPublishers, isPublishersName, type PublisherIndex } from './publishers';
import { isSportsBlock, sitsLikeTeam } from './sports-context';

/**
 * Everyday words that close the names of firms, places, venues, works and plans, not people's:
 * a first name before one is a founder's or a patron's ("Kennedy Center", "Marshall Plan").
 */
const NOT_SURNAMES = new Set([
  ...ORG_HEADS,
  ...COMPANY_TAILS,
  ...FIRM_CLOSERS,
  ...PLACE_HEADS,
  ...'theatre theater tower towers power city aid fellowship house centre center mining aerospace industrial publishing drilling parade nationwide award plan chain format stadium arena palace castle station gallery clinic'.split(' '),
]);

/** Everything the corpus says about one written form of a name ("antony blinken"). */
interface FormStats {
  key: string;
  words: string[];
  /** The first display spelling and how often it was written... */
  spelling: string;
  spellingCount: number;
  /** ...and every spelling with its count, in the order first written, once there are two. */
  spellings: Map<string, number> | null;
  count: number;
  titled: number;
  personCue: number;
  locative: number;
  /** Times a preposition of place that takes no person stood just before it ("in", "at"; not "to", "from"), not before its possessive. */
  locativeNoPerson: number;
  dateline: number;
  org: number;
  place: number;
  allCaps: number;
  /** Times it sat where a team does in sports copy ("Somerset" in "Leicestershire beat Somerset"). */
  team: number;
  /** Times "the" stood just before it ("the Gran Turismo"). */
  the: number;
  /** Roles by lower-case text, once there is one. */
  roles: Map<string, { text: string; count: number; story: string }> | null;
}

/** A form's display spellings with their counts, in the order first written. */
function spellingsOf(form: FormStats): Iterable<[string, number]> {
  return form.spellings ?? (form.spellingCount > 0 ? [[form.spelling, form.spellingCount]] : []);
}

/** How often each word was written lower case, and capitalised inside a sentence. */
export interface WordCaseCounts {
  lower: Map<string, number>;
  capital: Map<string, number>;
}

export interface DiscoveryResult {
  entities: EntityRecord[];
  wordCase: WordCaseCounts;
  /** First names learned from the corpus: first words of people's full names that had a cue. */
  givenNames: string[];
  /** Place names that mostly stand for sports clubs in this corpus. */
  teams: string[];
  /** Names shaped as people's that the corpus uses for organisations ("exxon", "morgan stanley"): no one on a page. */
  organisations: string[];
  /** Words that open organisations' names only ("deutsche", "daiwa"): a name opening with one is no one's. */
  organisationWords: string[];
  /** People's surnames the corpus writes twice as often in places' and organisations' names as in theirs ("phelps" of a Michael Phelps beside "Phelps Dodge"). */
  surnamesOfOthers: string[];
}

export interface DiscoveryOptions {
  gazetteer: Gazetteer;
  /** Lower-case words of a general dictionary (not names). */
  dictionary: ReadonlySet<string>;
  onProgress?: (phase: 'discovering', done: number, total: number) => void;
}

const WORD = /[\p{L}][\p{L}\p{M}'’\-]*/gu;
const SENTENCE_GAP = /[.!?:"“\n]/;

/**
 * Reads how one text writes its words: calls `count(lower, capital)` for each word written lower
 * case (capital false) and each capitalised inside a sentence (capital true). Words in capitals
 * and capitals opening a sentence prove nothing and are not counted.
 */
export function forEachWordCase(text: string, count: (lower: string, capital: boolean) => void): void {
  WORD.lastIndex = 0;
  let prevEnd = -1;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const w = m[0];
    const first = w[0]!;
    if (first === first.toLowerCase()) count(w.toLowerCase(), false);
    else if (w !== w.toUpperCase() || w.length === 1) {
      // Count a capital only inside a sentence: the text before is not a sentence end.
      if (prevEnd >= 0 && !SENTENCE_GAP.test(text.slice(Math.max(prevEnd, m.index - 3), m.index))) count(w.toLowerCase(), true);
    }
    prevEnd = m.index + w.length;
  }
}

function countWordCase(text: string, counts: WordCaseCounts): void {
  forEachWordCase(text, (lower, capital) => {
    const into = capital ? counts.capital : counts.lower;
    into.set(lower, (into.get(lower) ?? 0) + 1);
  });
}

/** Whether a dictionary word is common in this corpus: it is not mostly written with a capital. */
export function isCommonInCorpus(dictionary: ReadonlySet<string>, lower: string, capital: number, lowerCount: number): boolean {
  return dictionary.has(lower) && capital <= 2 * lowerCount + 1;
}

function newForm(key: string): FormStats {
  return { key, words: key.split(' '), spelling: '', spellingCount: 0, spellings: null, count: 0, titled: 0, personCue: 0, locative: 0, locativeNoPerson: 0, dateline: 0, org: 0, place: 0, allCaps: 0, team: 0, the: 0, roles: null };
}

function mostFrequent<T>(entries: Iterable<[T, number]>): T | null {
  let best: T | null = null;
  let bestCount = -1;
  for (const [value, count] of entries) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** Reads names with their cues from one article, datelines and bracketed countries included. */
export function readArticleCandidates(text: string, isCommonWord: (w: string) => boolean, isStrongPlace: (key: string) => boolean, firstNames: ListedFirstNames = NO_FIRST_NAMES) {
  const datelines = findDatelines(text);
  const candidates = linkCoordinatedCues(text, findNameCandidates(text, tokenize(text), { isCommonWord, isKnownName: isStrongPlace, isPlaceName: isStrongPlace, ...firstNames, rolesAfterComma: true }));
  applyParentheticalCues(text, candidates, isStrongPlace);
  const inDateline = (c: NameCandidate) => datelines.some((d) => c.start === d.placeStart || (d.region !== null && c.start === d.region.start));
  return { candidates, inDateline };
}

/** The maintained list's first names, as the candidate finder asks for them (see `CandidateOptions`). */
export interface ListedFirstNames {
  isFirstName?: (key: string) => boolean;
  isEverydayFirstName?: (lower: string) => boolean;
}

const NO_FIRST_NAMES: ListedFirstNames = {};

/**
 * The gazetteer's first names for reading a corpus ("Minister of State for Finance Tom Hockin":
 * "Tom" opens the name). The page asks the lexicon's, which hold the list's and those the corpus
 * taught; a compile, before it has taught any, takes cities' first names for them.
 */
export function listedFirstNames(gazetteer: Gazetteer): ListedFirstNames {
  // Cities' names that are first names too ("Allen", "Austin") open names after an office as well.
  const first = new Set([...(gazetteer.firstNames ?? []), ...(gazetteer.cityFirstNames ?? [])]);
  const everyday = new Set(gazetteer.everydayFirstNames ?? []);
  return { isFirstName: (key) => first.has(key), isEverydayFirstName: (lower) => everyday.has(lower) };
}

/** Cues of one occurrence of a name, as discovery counts them (bits of a number). */
export const OCCURRENCE = { titled: 1, personCue: 2, locative: 4, dateline: 8, org: 16, place: 32, allCaps: 64, team: 128, locativeNoPerson: 256, the: 512 } as const;

/** "the" just before a name ("the Gran Turismo series"). */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;

/** Capitals in brackets after a name ("Hewlett Packard (HP)"). */
const ACRONYM_AFTER = /^\s*\((\p{Lu}{2,6})\)/u;

/**
 * The name at `text[start..end)` is followed by its initials in brackets, as organisations define
 * their acronyms ("Hewlett Packard (HP)", "Tarvosh Kelby Holdings (TKH)"): a firm's name, however
 * personal its words.
 */
function definesItsAcronym(text: string, start: number, end: number): boolean {
  const acronym = ACRONYM_AFTER.exec(text.slice(end, end + 12))?.[1];
  if (!acronym) return false;
  const initials = text.slice(start, end).split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials.length >= 2 && initials === acronym;
}

/**
 * The names one story offers discovery, in text order: `add(key, spelling, cues, role)` for each
 * capitalised name worth counting. Depends on the text and on the answers of `isCommonWord` only.
 */
export function forEachNameOccurrence(
  text: string,
  isCommonWord: (w: string) => boolean,
  isStrongPlace: (key: string) => boolean,
  add: (key: string, spelling: string, cues: number, role: string | null) => void,
  firstNames: ListedFirstNames = NO_FIRST_NAMES,
): void {
  const { candidates, inDateline } = readArticleCandidates(text, isCommonWord, isStrongPlace, firstNames);
  const firms = firmsNamed(candidates);
  for (const c of candidates) {
    const dl = inDateline(c);
    if (c.sentenceInitial && c.tokenCount === 1 && !c.titled && !dl && !c.personCue) continue;
    // "Tony Lama said it would" in a story of "Tony Lama Co Inc": the firm's name without its
    // tail; not a place of the gazetteer ("Bethlehem" beside "Bethlehem Steel Corp").
    const firm = !c.titled && firms !== null && firms.has(c.key) && !isStrongPlace(c.key);
    const cues =
      (firm ? OCCURRENCE.org : 0) |
      (c.titled ? OCCURRENCE.titled : 0) |
      (c.personCue ? OCCURRENCE.personCue : 0) |
      (c.locative ? OCCURRENCE.locative : 0) |
      (c.locative && !c.possessive && PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) ? OCCURRENCE.locativeNoPerson : 0) |
      (dl ? OCCURRENCE.dateline : 0) |
      (c.shape === 'org' || c.marketAfter || (c.tokenCount > 1 && definesItsAcronym(text, c.start, c.end)) ? OCCURRENCE.org : 0) |
      (c.theBefore && THE_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start)) ? OCCURRENCE.the : 0) |
      (c.shape === 'place' ? OCCURRENCE.place : 0) |
      (c.allCaps ? OCCURRENCE.allCaps : 0) |
      (isTeamSlot(text, c) ? OCCURRENCE.team : 0);
    add(c.key, text.slice(c.start, c.end), cues, c.role);
  }
}

/**
 * The names a story gives a company's tail ("Tony Lama Co Inc", "Jeffrey Martin Inc"), without the
 * tail ("tony lama"): the same words alone in the story are the firm's. Only the whole name before
 * the tail: "Bethlehem Steel Corp" says nothing of "Bethlehem". Null when the story names no firm so.
 */
function firmsNamed(candidates: readonly NameCandidate[]): Set<string> | null {
  let firms: Set<string> | null = null;
  for (const c of candidates) {
    if (c.tokenCount < 2) continue;
    const words = c.key.split(' ');
    let end = words.length;
    while (end > 0 && COMPANY_TAILS.has(words[end - 1]!)) end--;
    if (end === words.length || end === 0) continue;
    (firms ??= new Set()).add(words.slice(0, end).join(' '));
  }
  return firms;
}

/** Every written form of a name the corpus used, by key, filled story by story in corpus order. */
export type NameForms = Map<string, FormStats>;

/** Counts one occurrence of a name (see forEachNameOccurrence) read in story `story`. */
export function addNameOccurrence(forms: NameForms, key: string, spelling: string, cues: number, role: string | null, story: string): void {
  let form = forms.get(key);
  if (!form) {
    form = newForm(key);
    forms.set(key, form);
  }
  if (form.spellings) form.spellings.set(spelling, (form.spellings.get(spelling) ?? 0) + 1);
  else if (form.spellingCount === 0 || form.spelling === spelling) {
    form.spelling = spelling;
    form.spellingCount++;
  } else form.spellings = new Map([[form.spelling, form.spellingCount], [spelling, 1]]);
  form.count++;
  if (cues & OCCURRENCE.titled) form.titled++;
  if (cues & OCCURRENCE.personCue) form.personCue++;
  if (cues & OCCURRENCE.locative) form.locative++;
  if (cues & OCCURRENCE.locativeNoPerson) form.locativeNoPerson++;
  if (cues & OCCURRENCE.dateline) form.dateline++;
  if (cues & OCCURRENCE.org) form.org++;
  if (cues & OCCURRENCE.place) form.place++;
  if (cues & OCCURRENCE.allCaps) form.allCaps++;
  if (cues & OCCURRENCE.team) form.team++;
  if (cues & OCCURRENCE.the) form.the++;
  if (role) {
    const roleKey = role.toLowerCase();
    const r = form.roles?.get(roleKey);
    if (r) r.count++;
    else (form.roles ??= new Map()).set(roleKey, { text: role, count: 1, story });
  }
}

/**
 * Learns the people and places of a corpus from its plain text: collects every capitalised name
 * with its cues, decides each written form's kind by weighing the cues over the whole corpus,
 * learns first names from the people it is sure of, then clusters forms into entities (full name,
 * surname, title + surname, initials).
 */
export function discoverEntities(articles: readonly Article[], { gazetteer, dictionary, onProgress }: DiscoveryOptions): DiscoveryResult {
  const wordCase: WordCaseCounts = { lower: new Map(), capital: new Map() };
  for (const a of articles) countWordCase(a.text, wordCase);
  const isCommonWord = (lower: string) => isCommonInCorpus(dictionary, lower, wordCase.capital.get(lower) ?? 0, wordCase.lower.get(lower) ?? 0);
  const isStrongPlace = (key: string) => gazetteer.places[key] !== undefined;

  const forms: NameForms = new Map();
  const firstNames = listedFirstNames(gazetteer);
  for (const [n, article] of articles.entries()) {
    if (n % 200 === 0) onProgress?.('discovering', n, articles.length);
    forEachNameOccurrence(article.text, isCommonWord, isStrongPlace, (key, spelling, cues, role) => addNameOccurrence(forms, key, spelling, cues, role, article.id), firstNames);
  }
  const publishers = corpusPublishers(articles, gazetteer, dictionary);
  return { ...entitiesFromForms(forms, { gazetteer, dictionary, isCommonWord, stories: articles.length, publishers }), wordCase };
}

/** Decides the kind of every written form over the whole corpus, then clusters them into entities. */
export function entitiesFromForms(
  forms: NameForms,
  {
    gazetteer,
    dictionary,
    isCommonWord,
    stories,
    publishers = new Map(),
  }: { gazetteer: Gazetteer; dictionary: ReadonlySet<string>; isCommonWord: (w: string) => boolean; stories: number; publishers?: PublisherIndex },
): Omit<DiscoveryResult, 'wordCase'> {
  const isStrongPlace = (key: string) => gazetteer.places[key] !== undefined;
  const anyListedFirstName = new Set([...(gazetteer.firstNames ?? []), ...(gazetteer.cityFirstNames ?? []), ...(gazetteer.everydayFirstNames ?? [])]);
  const listedSurnames = surnamesAfterListedFirstNames(forms, anyListedFirstName);
  const ctx: ClassifyContext = {
    gazetteer,
    dictionary,
    isCommonWord,
    givenNames: new Set(),
    listedFirstNames: new Set(gazetteer.firstNames ?? []),
    anyListedFirstName,
    listedSurnames,
    personSurnames: new Set(),
    fullNameSurnames: new Set(),
    fullNameFirsts: new Set(),
    teams: new Set(),
    organisations: new Set(),
    forms,
    demonyms: new Set(gazetteer.demonyms),
    languages: new Set(gazetteer.languages),
    countries: new Set(gazetteer.countries),
    // In a corpus of a hundred stories a place is named more than once: one "in the Open Series" is no habit.
    minLocatives: stories >= 100 ? 2 : 1,
    organisationOpenings: countOrganisationOpenings(forms),
    organisationFamilies: countOrganisationFamilies(forms),
    placeFirstWords: new Set([...Object.keys(gazetteer.places), ...Object.keys(gazetteer.cities)].filter((k) => k.includes(' ')).map(firstWordOf)),
    publishers,
  };
  // First pass: forms with direct evidence. Their people teach first names and surnames.
  const firstPass = new Map<FormStats, EntityKind | null>();
  for (const form of forms.values()) firstPass.set(form, classifyForm(form, ctx));
  for (const [form, kind] of firstPass) {
    if (kind !== 'person') continue;
    // A name of personal shape with no cue teaches nothing about its words ("Sony PlayStation"
    // must not make "Sony" the first name of someone).
    if (form.words.length >= 2 && form.titled + form.personCue > 0) {
      ctx.fullNameSurnames.add(surnameOf(form.words));
      ctx.fullNameFirsts.add(form.words[0]!);
      const first = form.words[0]!;
      // Not a particle: "De Niro", "Le Bon" open with no first name.
      // Nor an organisation's word ("Exxon" of an "Exxon Chemical" that "said"), nor a saint's or
      // a fort's title ("St Petersburg said").
      if (first.length > 1 && !first.endsWith('.') && !dictionary.has(first) && !isStrongPlace(first) && !isNameParticle(first) && !isOrganisationsWord(first, ctx) && !PLACE_TITLES.test(first)) ctx.givenNames.add(first);
    }
    if (form.words.length === 1 && form.titled + form.personCue >= 1) ctx.personSurnames.add(form.key);
  }
  const surnamesOfOthers = new Set<string>();
  const entities = clusterEntities(forms, ctx, surnamesOfOthers);
  // And of organisations' words that open a family of firms: a name opening with one is an
  // organisation's on the page ("Deutsche Telekom"), where one or two firms ("Dexter Corp") make no
  // "Dexter Fletcher" a firm.
  const organisationWords = [...ctx.organisationFamilies].filter(([w, n]) => n >= ORGANISATION_FAMILY && isOrganisationsWord(w, ctx)).map(([w]) => w).sort();
  return { entities, givenNames: [...ctx.givenNames].sort(), teams: [...ctx.teams].sort(), organisations: [...ctx.organisations].sort(), organisationWords, surnamesOfOthers: [...surnamesOfOthers].sort() };
}

function isTeamSlot(text: string, c: NameCandidate): boolean {
  const lineStart = text.lastIndexOf('\n', c.start) + 1;
  const lineEnd = text.indexOf('\n', c.end);
  return isSportsBlock(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)) && sitsLikeTeam(text, c.start, c.end);
}

interface ClassifyContext {
  gazetteer: Gazetteer;
  dictionary: ReadonlySet<string>;
  isCommonWord: (w: string) => boolean;
  givenNames: Set<string>;
  /** First names of the maintained list (`Gazetteer.firstNames`: no everyday words). */
  listedFirstNames: ReadonlySet<string>;
  /** Every first name of the list: everyday words ("John") and cities' names ("Taylor") too. */
  anyListedFirstName: ReadonlySet<string>;
  /** Words closing a name that opens with one of those first names ("mitchell" of "Peter Mitchell"). */
  listedSurnames: ReadonlySet<string>;
  personSurnames: Set<string>;
  /** Last words of people's full names: a city of that name is more likely the person ("Austin"). */
  fullNameSurnames: Set<string>;
  /** First words of people's full names ("Banharn" of "Banharn Silpa-archa"). */
  fullNameFirsts: Set<string>;
  /** Names that mostly stand for sports clubs. */
  teams: Set<string>;
  /** Organisations' names the page would take for people's (see `classifyForm`, `clusterEntities`). */
  organisations: Set<string>;
  /** Every written form, by key. */
  forms: Map<string, FormStats>;
  /** The gazetteer's lists as sets: asked once per written form. */
  demonyms: ReadonlySet<string>;
  /** Languages' names of one word ("english"). */
  languages: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  /** Times a name must follow a preposition before prepositions alone make it a place. */
  minLocatives: number;
  /** Name -> times organisations' names opened with it ("goldman sachs" of "Goldman Sachs & Co"). */
  organisationOpenings: Map<string, number>;
  /** Word -> how many organisations' names open with it ("deutsche" of "Deutsche Bank", "Deutsche Post"...). */
  organisationFamilies: Map<string, number>;
  /** First words of the gazetteer's places of several words ("sri" of "Sri Lanka"): no organisation's word. */
  placeFirstWords: ReadonlySet<string>;
  /** The corpus's publishers, read from its stories' sources. */
  publishers: PublisherIndex;
}

/** Places' names a word must open to be no surname alone ("Los" of "Los Angeles", "Los Alamos"...). */
const PLACES_OPENED = 8;

/**
 * A word that opens people's names is their first name unless it is used alone, with a title or a
 * verb of saying, at least once for this many names it opens ("Jiang said" against "Jiang Zemin").
 */
const NAMES_OPENED_PER_CUE_ALONE = 4;

/** Times organisations' names must open with a name for the name alone to be theirs... */
const ORGANISATION_OPENINGS = 2;
/** ...and for each time a title stood before it ("chairman Charles Schwab" against "Charles Schwab Corp"). */
const ORGANISATION_OPENINGS_PER_TITLE = 3;

/**
 * How often each name opens a longer name shaped as an organisation's ("Goldman Sachs" in "Goldman
 * Sachs & Co", "Morgan Stanley" in "Morgan Stanley Group", "Texaco" in "Texaco Inc"): that name
 * alone is the organisation's, not a person's, unless titles stand before it often enough.
 */
function countOrganisationOpenings(forms: NameForms): Map<string, number> {
  const openings = new Map<string, number>();
  for (const form of forms.values()) {
    if (form.words.length < 2 || form.org * 2 <= form.count) continue;
    for (let n = 1; n < form.words.length; n++) {
      const key = form.words.slice(0, n).join(' ');
      openings.set(key, (openings.get(key) ?? 0) + form.org);
    }
  }
  return openings;
}

/** Word -> how many names shaped as organisations' open with it: "deutsche" opens "Deutsche Bank", "Deutsche Post"... */
function countOrganisationFamilies(forms: NameForms): Map<string, number> {
  const families = new Map<string, number>();
  for (const form of forms.values()) if (form.words.length >= 2 && form.org * 2 > form.count) families.set(form.words[0]!, (families.get(form.words[0]!) ?? 0) + 1);
  return families;
}

/** Organisations' names a word opens for the page to read a name opening with it as an organisation's: a family of firms, not a founder's one or two. */
const ORGANISATION_FAMILY = 3;

/**
 * The corpus uses `key` as an organisation's name: it opens organisations' names often enough
 * (see `countOrganisationOpenings`), and a title stands before it seldom. One word must open no
 * person's name (`opensOrganisationsOnly`), and open organisations' names a quarter as often as it
 * stands alone: "Texaco", "Daiwa", but not a "Sony" that stands for its products too.
 */
function isOrganisationsName(key: string, ctx: ClassifyContext): boolean {
  const openings = ctx.organisationOpenings.get(key) ?? 0;
  const alone = ctx.forms.get(key);
  if (!key.includes(' ')) return opensOrganisationsOnly(key, ctx) && openings * SINGLE_WORD_OPENINGS_SHARE >= (alone?.count ?? 0);
  if (openings < ORGANISATION_OPENINGS || openings < ORGANISATION_OPENINGS_PER_TITLE * (alone?.titled ?? 0)) return false;
  // A first name opening it makes a founder's name too ("Jesse Owens", "Eli Lilly"): the firm's
  // only when its firms are many, outnumber the verbs of saying after it and are a fifth as
  // frequent as the name alone ("Morgan Stanley", "Merrill Lynch").
  if (!ctx.anyListedFirstName.has(firstWordOf(key))) return true;
  return openings >= FOUNDERS_FIRM_OPENINGS && openings >= (alone?.personCue ?? 0) && openings * FOUNDERS_FIRM_SHARE >= (alone?.count ?? 0);
}

/** Openings of organisations' names a name opening with a first name needs to be theirs (see `isOrganisationsName`)... */
const FOUNDERS_FIRM_OPENINGS = 3;
/** ...and the share of its uses alone they make up at least, one in this many. */
const FOUNDERS_FIRM_SHARE = 5;

/**
 * One word opens organisations' names and no person's: it closes no name opening with a first name
 * of the list, and no title ever stood before it. A surname is a founder's and a person's both
 * ("Mitchell" of "Peter Mitchell" and a "Mitchell Energy Corp", "Prince Rainier" and "Rainier
 * Bancorp"); "Texaco", "Daiwa", "Sony" open the firms' names only.
 */
function opensOrganisationsOnly(word: string, ctx: ClassifyContext): boolean {
  if ((ctx.organisationOpenings.get(word) ?? 0) < ORGANISATION_OPENINGS || ctx.listedSurnames.has(word)) return false;
  return (ctx.forms.get(word)?.titled ?? 0) === 0;
}

/**
 * A word opening names that is an organisation's, never a first name: it opens organisations' names
 * and no person's (`opensOrganisationsOnly`), and it is no first name of the list, no initial, no
 * particle and no place, nor the first word of one ("Gary Player Group", "J.C. Penney", "De Beers",
 * "Milan Bank", "Sri Lanka Telecom" open people's or places' names too). Nor an everyday word or a
 * people's ("Old Trafford", "Canadian Pacific": no person's either way). "Exxon", "Banque", "Deutsche".
 */
function isOrganisationsWord(word: string, ctx: ClassifyContext): boolean {
  if (word.length <= 2 || word.endsWith('.') || isNameParticle(word) || ctx.anyListedFirstName.has(word) || ctx.dictionary.has(word) || isDemonym(word, ctx.demonyms) || ctx.languages.has(word)) return false;
  if (ctx.gazetteer.places[word] !== undefined || ctx.gazetteer.cities[word] !== undefined || ctx.placeFirstWords.has(word)) return false;
  // Nor a place the corpus writes alone ("FRANKFURT 1996-08-22", "in Frankfurt").
  const alone = ctx.forms.get(word);
  return (alone === undefined || !usedAsPlace(alone)) && opensOrganisationsOnly(word, ctx);
}

/** Words of a region named by the compass: "South West", "Middle East" are regions, whatever firms they name too. */
const COMPASS_WORD = /^(?:north|south|east|west|northern|southern|eastern|western|central|middle|far|mid|north-east|north-west|south-east|south-west)$/;

/**
 * An organisation's name the page may be told of: not one the corpus or the gazetteer has as a
 * place's too ("New London", "South West"), nor a people's adjective ("South African").
 */
function mayTellPage(form: FormStats, ctx: ClassifyContext): boolean {
  if (usedAsPlace(form) || ctx.gazetteer.places[form.key] !== undefined || ctx.gazetteer.cities[form.key] !== undefined) return false;
  return !form.words.every((w) => COMPASS_WORD.test(w)) && !isDemonym(form.words[form.words.length - 1]!, ctx.demonyms);
}

/** The corpus writes the name as a place's at times: in a dateline, shaped as a place, or after prepositions half the time ("in the South West"). */
function usedAsPlace(form: FormStats): boolean {
  return form.locative * 2 > form.count || form.dateline > 0 || form.place > 0;
}

/** The surnames of the corpus's names that open with a first name of the maintained list (`anyListedFirstName`). */
function surnamesAfterListedFirstNames(forms: NameForms, anyListedFirstName: ReadonlySet<string>): Set<string> {
  const surnames = new Set<string>();
  for (const form of forms.values()) {
    if (form.words.length < 2 || !anyListedFirstName.has(form.words[0]!)) continue;
    // Not a firm's closing word: "Chase Bank" gives no surname "bank".
    const surname = surnameOf(form.words);
    if (!NOT_SURNAMES.has(surname)) surnames.add(surname);
  }
  return surnames;
}

/** One word alone at most this many times for each time it opens an organisation's name (see `isOrganisationsName`). */
const SINGLE_WORD_OPENINGS_SHARE = 4;

/**
 * The form a person's card is named by: the cluster's most written (`forms[0]`), unless it opens
 * with an initial the cluster also writes in full ("C Sweeney" of team sheets is "Ceri Sweeney").
 */
function spelledInFull(forms: readonly FormStats[]): FormStats {
  const main = forms[0]!;
  const first = main.words[0]!;
  if (main.words.length < 2 || first.replace(/\.$/, '').length !== 1) return main;
  const rest = main.words.slice(1).join(' ');
  let best: FormStats | null = null;
  for (const f of forms) {
    if (f.words.length === main.words.length && f.words[0]!.replace(/\.$/, '').length > 1 && f.words[0]![0] === first[0] && f.words.slice(1).join(' ') === rest && (!best || f.count > best.count)) best = f;
  }
  return best ?? main;
}

/** Uses of a town's name that show a firm's habit (see `classifyByCues`). */
const FIRM_HABIT = 10;

function lastWordOf(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1);
}

/** Weighs one form's cues over the whole corpus: person, place, or neither. */
function classifyForm(form: FormStats, ctx: ClassifyContext): EntityKind | null {
  // "told Reuters", "BBC Radio Scotland said": the corpus's own publishers name no one and nowhere.
  if (ctx.publishers.has(form.words[0]!) && ctx.gazetteer.places[form.key] === undefined && ctx.gazetteer.cities[form.key] === undefined && isPublishersName(ctx.publishers, form.words, mostFrequent(spellingsOf(form)) ?? '')) return null;
  const kind = classifyByCues(form, ctx);
  // One word twice with no title or verb of saying is a band's or a team's name, no person's
  // ("Duran Duran", "Bafana Bafana"; "Sirhan Sirhan said" is a man).
  if (kind === 'person' && form.words.length === 2 && form.words[0] === form.words[1] && form.titled + form.personCue === 0) return null;
  // A name closed by a country's, a region's or a capital's name and opened by an acronym, an
  // everyday word or a word that opens firms' names, or one that sits where a team does, is a
  // firm's branch or a club ("GM Europe", "Securities Japan", "Rabobank Nederland", "Legia
  // Warsaw"), unless a title stood before it and a verb of saying after it; a first name of the
  // list opens a person's ("Jason Scotland", "Sue Essex"), and so may a word the lists lack
  // ("Denzel Washington", "MaliVai Washington").
  if (kind === 'person' && closedByPlaceWithNoFirstName(form, ctx) && !(form.titled > 0 && form.personCue > 0)) return null;
  // Closed by a place and sitting where a team does most times, with no title nor verb of saying
  // ever, it is a club, though a first name the corpus learned opens it ("Lech Poznan 3 Rakow
  // Czestochowa 1"); a first name of the list or an initial opens a player's ("Dominic Cork 3-45").
  if (kind === 'person' && form.words.length > 1 && form.team * 2 > form.count && form.titled + form.personCue === 0 && closesWithPlace(form, ctx) && !opensWithListedNameOrInitial(form, ctx)) return null;
  // "in U.K. Interest rates", "Japan Trade figures": a known place and an everyday word that is no
  // noun of geography is the place before a noun, no place of its own ("Hong Kong Island" is one).
  if (kind === 'place' && placeThenEverydayWord(form, ctx)) return null;
  // "at the New York Auto Show": a show's or a trophy's name is no place, whatever stands before it.
  if (kind === 'place' && form.words.length > 1 && SHOW_HEADS.has(form.words[form.words.length - 1]!) && ctx.gazetteer.places[form.key] === undefined) return null;
  // A name of several words holding an institution's head word is an institution's, or one glued
  // to a person's ("Kuwait News Agency KUNA", "Commission John Shad" of "Securities and Exchange
  // Commission John Shad", "Soviet Union Lyng").
  if (kind === 'person' && form.words.length > 1 && form.words.some((w) => INSTITUTION_HEADS.has(w))) return null;
  // An organisation's name is no person's, though it "said" (regions open firms' names as often:
  // "New England Electric"). The page is told: its cues would make a person of it too.
  if (kind !== 'person' || !isOrganisationsName(form.key, ctx)) return kind;
  if (mayTellPage(form, ctx)) ctx.organisations.add(form.key);
  return null;
}

/** `form` is a place of the gazetteer and one everyday word that is no noun of geography after it ("u.k. interest"), and no place of the gazetteer whole. */
function placeThenEverydayWord(form: FormStats, ctx: ClassifyContext): boolean {
  const { words } = form;
  const last = words[words.length - 1]!;
  if (words.length < 2 || ctx.gazetteer.places[form.key] !== undefined || !ctx.isCommonWord(last) || PLACE_HEADS.has(last) || PLACE_NOUNS_AFTER_NAMES.has(last)) return false;
  return ctx.gazetteer.places[words.slice(0, -1).join(' ')] !== undefined;
}

/** The last word of `form` is a place of the gazetteer or a town of its lists (cities too, unlike `closedByPlaceWithNoFirstName`). */
function closesWithPlace(form: FormStats, ctx: ClassifyContext): boolean {
  const last = form.words[form.words.length - 1]!;
  return ctx.gazetteer.places[last] !== undefined || ctx.gazetteer.cities[last] !== undefined;
}

/** `form` opens with a first name of the maintained list or an initial ("M. Vaughan"). */
function opensWithListedNameOrInitial(form: FormStats, ctx: ClassifyContext): boolean {
  const first = form.words[0]!;
  return ctx.anyListedFirstName.has(first) || first.replace(/\.$/, '').length <= 1;
}

/** A name of several words closed by a place of the gazetteer and opened by no first name of the lists nor an initial, but by an acronym, an everyday word or a firm's word, or one that sits where a team does (see `classifyForm`). */
function closedByPlaceWithNoFirstName(form: FormStats, ctx: ClassifyContext): boolean {
  const { words } = form;
  const first = words[0]!;
  if (words.length < 2 || ctx.gazetteer.places[words[words.length - 1]!] === undefined || opensWithListedNameOrInitial(form, ctx) || (ctx.gazetteer.placeFirstNames ?? []).includes(first)) return false;
  const spelling = form.spelling.split(/\s+/)[0] ?? '';
  const acronym = spelling.length > 1 && spelling === spelling.toUpperCase() && spelling !== spelling.toLowerCase();
  return acronym || ctx.dictionary.has(first) || (ctx.organisationFamilies.get(first) ?? 0) > 0 || form.team > 0;
}

function classifyByCues(form: FormStats, ctx: ClassifyContext): EntityKind | null {
  const { gazetteer, dictionary, isCommonWord } = ctx;
  // A language's name alone ("in English", "Arabic said"): no place, no person.
  if (ctx.languages.has(form.key)) return null;
  if (form.org * 2 > form.count) return null;
  const words = form.words;
  const last = words[words.length - 1]!;
  const inGazetteer = gazetteer.places[form.key] !== undefined;
  // "Chinese", "Belgian Grand Prix": an adjective of nationality opens no person or place name,
  // unless a place noun closes it ("Indian Ocean"). Nor is one a name when it is it whole, or
  // closes it with no title before it and after no first name: "South African", "Latin American",
  // "East Asians" are adjectives and peoples, and "Anglo American said" a company; "Actress Dawn
  // French", "Michael German" are people.
  const closesIt =
    isDemonym(last, ctx.demonyms) &&
    form.titled === 0 &&
    !ctx.givenNames.has(words[0]!) &&
    !(words.length === 2 && SURNAME_DEMONYMS.has(last) && ctx.anyListedFirstName.has(words[0]!) && !COMPASS_WORD.test(words[0]!));
  // A people's member alone ("Arabs", "Swedes"); inside a name the word may be a first name ("Finn
  // Russell", "Dane Coles") or a place's ("North Pole").
  const nationality = isDemonym(words[0]!, ctx.demonyms) || closesIt || ctx.demonyms.has(form.key) || (words.length === 1 && (NATIONALITY_NOUNS.has(form.key) || FAITH_MEMBERS.has(form.key)));
  if (nationality && !inGazetteer && form.place * 2 <= form.count) return null;
  const isCity = gazetteer.cities[form.key] !== undefined && !dictionary.has(form.key) && !ctx.fullNameSurnames.has(form.key);
  const shouting = form.allCaps === form.count && words.length === 1 && form.key.length <= 5;
  // Learned from the corpus' own people: "Phil Mickelson" when "Phil" opens other people's names.
  // A city's own name is no learned person ("Los Angeles", though "Los" opened a club's name).
  const learnedName = words.length >= 2 && !inGazetteer && !isCity && (ctx.givenNames.has(words[0]!) || ctx.personSurnames.has(last) || listedName(form, ctx));
  const placeEvidence =
    (inGazetteer ? 3 * form.count : 0) + (isCity ? form.count : 0) + 2 * form.dateline + 2 * form.place + form.locative;
  const personEvidence = 2 * form.titled + form.personCue + (learnedName ? 2 * form.count : 0);
  // "St Andrews", "Mt Newman": a saint's or a mount's abbreviation opens a place's name, a church's,
  // a saint's: no one the news names, unless titles or speech say so ("St Germain said").
  const placeTitled = words.length >= 2 && PLACE_TITLES.test(words[0]!) && form.titled === 0 && form.personCue * 2 < form.count;
  if (placeEvidence === 0 && personEvidence === 0) return !placeTitled && personShaped(form, ctx) ? 'person' : null;
  // A town of the lists only that no dateline, place noun or "in" ever names, and that speaks a
  // third of the time, is a firm named like it ("Monsanto said", "Purolator said"): a habit of
  // `FIRM_HABIT` uses, not a story's few.
  if (isCity && !inGazetteer && form.count >= FIRM_HABIT && form.dateline + form.place === 0 && form.personCue * 3 >= form.count && form.locativeNoPerson * 4 < form.count) return null;
  if (placeEvidence >= personEvidence || placeTitled) {
    // A city or county that mostly appears as a club in sports copy is a team ("Somerset", "Ajax").
    // A place of the gazetteer or a city of its lists stays a place too ("floods in Somerset", "in
    // Philadelphia"): the page drops it where it sits as a club in sports copy.
    if (!ctx.countries.has(form.key) && form.team * 10 >= form.count * 3 && form.team >= 2) {
      ctx.teams.add(form.key);
      if (!inGazetteer && !isCity) return null;
    }
    if (inGazetteer || form.dateline > 0 || form.place > 0) return 'place';
    // Prepositions alone are weak ("at JavaSoft", "to the Open Series"): ask for a habit, not a one-off.
    // Nor is a code with figures a place ("downgraded to DP-4 from DP-3").
    if (words.every((w) => isCommonWord(w)) || /\d/.test(form.key)) return null;
    // A letter alone names no place ("C.").
    if (words.length === 1 && form.key.replace('.', '').length < 2) return null;
    if (isCity) return 'place';
    // A short word only ever in capitals is an acronym, whatever "to", "from" or "on" say
    // ("released on DVD", "a loan from the IMF"); a place when "in", "at" or "near" stand before it
    // half the time ("in the UAE", "in NSW"), or with its dots ("U.K.").
    if (shouting && !form.key.includes('.') && !(form.locativeNoPerson >= 2 && form.locativeNoPerson * 2 >= form.count)) return null;
    // An institution's word alone is no place, whatever prepositions say ("in Congress").
    if (words.length === 1 && ORG_HEADS.has(form.key)) return null;
    // Nor a name of several words closed by an everyday word's plural ("at Lehman Brothers", "at
    // Dorvant Industries"): a firm's, but for a plural of the land ("Northern Plains", "Flushing Meadows").
    if (words.length > 1 && isPluralOfWord(last, dictionary) && !LANDFORM_PLURALS.has(last)) return null;
    // A habit of prepositions: half the time, or often enough in a larger corpus ("in Britain" 18
    // of 128); for an everyday word, a fifth of the time ("in the Pacific", not "in the House").
    const often = words.length === 1 && dictionary.has(form.key) ? 5 : 10;
    const habit = (form.locative >= ctx.minLocatives && form.locative * 2 >= form.count) || (form.locative >= 10 && form.locative * often >= form.count);
    if (habit && form.personCue * 2 <= form.locative) return 'place';
    return null;
  }
  if (inGazetteer || shouting) return null;
  // Names only ever in capitals are a headline's or a table's ("JC PENNEY", "EL PAIS", "BP SELL
  // CONC"): a person needs a title there.
  if (form.allCaps === form.count && form.titled === 0) return null;
  // "at Trent Bridge", "at the Old Bailey": a name that never speaks nor takes a title, and stands
  // after "in" or "at" half the time, is no one's, however personal its words.
  if (form.titled === 0 && form.personCue === 0 && form.locativeNoPerson >= 2 && form.locativeNoPerson * 2 >= form.count) return null;
  // News names a person in full before using one name: a lone word needs a title or a full name
  // elsewhere in the corpus ("Belga said" is an agency, "Banharn said" follows "Banharn Silpa-archa").
  if (words.length === 1 && form.titled === 0 && ctx.fullNameSurnames.size > 0 && !ctx.fullNameSurnames.has(last) && !ctx.fullNameFirsts.has(last)) return null;
  // Such a lone word is a person when titles and speech say so often, not once ("two rival Basque
  // parties" against twenty "Basque separatists").
  if (words.length === 1 && !ctx.fullNameSurnames.has(last) && !ctx.fullNameFirsts.has(last) && (form.titled + form.personCue) * 4 < form.count) return null;
  // "Los Angeles Comets", "New York Stock Exchange": a name opening with a city of two words or more is a club or an institution.
  if (words.length >= 3 && form.titled === 0 && opensWithCity(words, ctx.gazetteer)) return null;
  // "Banca Commerciale Italiana said", "Deutsche Telekom said": without a title, a name opening
  // with an organisation's word is the organisation's, unless it closes with the surname of a
  // person named in full after a first name of the list ("Rio Ferdinand" in a corpus of "Rio Tinto"
  // and "Les Ferdinand said"; not "Asahi Shimbun" in one of "Nihon Keizai Shimbun said"), as a first
  // name and a surname do: "Banque Bruxelles Lambert" is a bank's.
  if (words.length > 1 && form.titled === 0 && isOrganisationsWord(words[0]!, ctx) && !(words.length === 2 && ctx.fullNameSurnames.has(last) && ctx.listedSurnames.has(last))) return null;
  // Without a title, a person needs a surname that is not an everyday word ("Austin", not "Defense"),
  // or a first name both the corpus's people and the maintained list have ("Anthony Hill", "Tom
  // Cruise"; not "Texaco Refining" nor the "Kennedy Center").
  if (form.titled === 0 && dictionary.has(last) && !firstNameWithEverydaySurname(form, ctx)) return null;
  // A lone everyday word is no person even after a title ("King of the World" is not "World"),
  // nor an English word only ever titled by "General" where the corpus writes "General" and it
  // as a company's name too ("General Electric said" beside "General Electric Co"; "General
  // Powell" is a surname, and so is "General Rose" where no "General Rose Inc" is written).
  if (words.length === 1 && (isCommonWord(last) || (dictionary.has(last) && titledOnlyByGeneral(form) && namesFirmAfterGeneral(last, ctx)))) return null;
  // "Assay Offices of Great Britain", "Lib Dem MPs", "South Downs Tories": institutions and groups.
  // "BBC Wales", "ABN Amro", "AEK Larnaca": an acronym of three letters or more opening a name
  // makes it an organisation's, unless a title says otherwise.
  if (words.length > 1 && form.titled === 0 && opensWithAcronym(mostFrequent(spellingsOf(form)) ?? '')) return null;
  // "Marks & Spencer", "Steptoe & Johnson": an ampersand joins the names of a firm, never a person's.
  if (words.includes('&')) return null;
  if (words.includes('of') || isPluralOfWord(last, dictionary)) return null;
  if (words.length > 1 && /s$/.test(last) && form.spellingCount > 0 && [...spellingsOf(form)].every(([s]) => /\p{Lu}{2,}s$/u.test(s))) return null;
  // A name closed by a country's and opened by an everyday word is an institution's ("Statistics
  // Canada", "Radio France"), unless a title or a known first name says otherwise.
  if (words.length > 1 && ctx.countries.has(last) && form.titled === 0 && dictionary.has(words[0]!) && !ctx.givenNames.has(words[0]!)) return null;
  return 'person';
}

/** The corpus writes "General", `word` and a company's tail as a name: "General Nutrition Inc". */
function namesFirmAfterGeneral(word: string, ctx: ClassifyContext): boolean {
  for (const tail of COMPANY_TAILS) if (ctx.forms.has(`general ${word} ${tail}`)) return true;
  return false;
}

/** Ranks before "General" that make it a rank too ("Major General Wood"), besides `TITLE_HEADS`' offices ("Attorney General"). */
const RANKS_BEFORE_GENERAL = new Set(['major', 'maj.', 'brigadier', 'brig.', 'lieutenant', 'lt.', 'surgeon', 'solicitor', 'postmaster', 'adjutant', 'quartermaster', 'inspector']);

/**
 * Every title `form` took is "General" the adjective: the word alone or closing words that are no
 * title nor rank ("U.S. Group General Electric"; "Attorney General Holder" is an office's head,
 * "Major General Wood" a rank).
 */
function titledOnlyByGeneral(form: FormStats): boolean {
  let general = 0;
  for (const [key, role] of form.roles ?? []) {
    const words = key.split(' ');
    const before = words[words.length - 2];
    if (words[words.length - 1] === 'general' && (before === undefined || (!TITLE_HEADS.has(before) && !RANKS_BEFORE_GENERAL.has(before)))) general += role.count;
  }
  return form.titled > 0 && general === form.titled;
}

/**
 * A full name opening with a first name of the maintained list ("Niall Quinn", "Duffy Waldorf"):
 * as good a clue as a first name the corpus's own people taught, when its surname is a word of
 * its own (no everyday word, no initial, no "Jr"), it never opens a dateline and it is not always
 * in capitals.
 */
function listedName(form: FormStats, ctx: ClassifyContext): boolean {
  const words = form.words;
  const last = words[words.length - 1]!;
  if (words.length > 3 || !ctx.listedFirstNames.has(words[0]!) || ctx.dictionary.has(last) || isGenerational(last) || last.replace('.', '').length < 2) return false;
  // "Harcourt Canada", "Tudor England": a place closing it makes a firm's name or a period's;
  // "Wanda And Colossus" is two.
  if (ctx.gazetteer.places[last] !== undefined || words.includes('and') || words.includes('&')) return false;
  return form.dateline === 0 && form.allCaps < form.count && spelledAsPersonalName(form);
}

/** "Anthony Hill": a first name the corpus taught that the list has too, then an everyday word that closes no firm's, place's or work's name. */
function firstNameWithEverydaySurname(form: FormStats, ctx: ClassifyContext): boolean {
  const [first, last] = form.words;
  return form.words.length === 2 && ctx.givenNames.has(first!) && ctx.anyListedFirstName.has(first!) && !NOT_SURNAMES.has(last!) && spelledAsPersonalName(form);
}

/**
 * Spelled as a person's name is: "SFK Branik" (an acronym), "Sinclair QL" and "Sony PlayStation"
 * (a capital inside a word) are not, but "McDonald", "MacLeod", "O'Neill", "DeShawn" are.
 */
function spelledAsPersonalName(form: FormStats): boolean {
  const spelling = (mostFrequent(spellingsOf(form)) ?? '').split(/\s+/);
  if (spelling.some((w) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase())) return false;
  return !spelling.some((w) => /^\p{L}+\p{Lu}/u.test(w) && !NAME_PARTICLE.test(w));
}

/**
 * No cue said who or what it is, but it recurs shaped as a personal name: two or three capitalised
 * words, none an everyday word, a place or a people, not always in capitals ("Mushfiq Rahim 4-50").
 */
function personShaped(form: FormStats, ctx: ClassifyContext): boolean {
  // Particles inside a name do not count ("Joost van der Westhuizen"); opening it, they make a
  // surname ("De Niro") or another name ("La Scala", "El Nino", "Der Spiegel"): no personal name
  // by its shape alone.
  if (isNameParticle(form.words[0]!)) return false;
  const words = form.words.filter((w) => !isNameParticle(w));
  if (words.length < 2 || words.length > 3 || form.count < 2 || form.allCaps === form.count) return false;
  if (form.org > 0 || form.team * 2 > form.count) return false;
  // "the Gran Turismo series", "the Yomiuri Shimbun said": a work's or a firm's name takes "the",
  // a person's seldom.
  if (form.the * 2 >= form.count) return false;
  if (!spelledAsPersonalName(form)) return false;
  // "Sony Ericsson", "Sony Walkman": a word of an organisation's name inside it makes a product's or a venture's.
  if (words.some((w) => opensOrganisationsOnly(w, ctx))) return false;
  const nameWord = (w: string) => w.length > 1 && /^\p{L}/u.test(w) && !ctx.dictionary.has(w) && !ctx.isCommonWord(w) && !isDemonym(w, ctx.demonyms);
  if (!words.every(nameWord)) return false;
  // No place inside it, of one word or more ("Hong Kong Newsroom").
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) {
      const part = words.slice(i, j).join(' ');
      if (ctx.gazetteer.places[part] !== undefined || ctx.gazetteer.cities[part] !== undefined) return false;
    }
  }
  return true;
}

/** A nation's, a party's or a faith's members: no surname alone ("Christians" of F. Wilhelm Christians). */
const MEMBERS_OF_PEOPLES = new Set([...NATIONALITY_NOUNS, ...PARTY_MEMBERS, ...FAITH_MEMBERS]);

/** Titles written short that open places' names: "St Petersburg", "Mt Kenya", "Ft Worth". */
const PLACE_TITLES = /^(?:st|ste|mt|ft)$/;

/** Plurals that name stretches of land, closing places' names: "Northern Plains", "Outer Banks", "Kew Gardens" (`PLACE_HEADS` has "hills", "islands"...). */
const LANDFORM_PLURALS = new Set([
  ...['plains', 'meadows', 'downs', 'fields', 'woods', 'springs', 'lakes', 'rapids', 'flats', 'keys', 'glades', 'marshes', 'moors', 'dunes', 'sands', 'narrows', 'wetlands'],
  ...['lowlands', 'uplands', 'steppes', 'banks', 'oaks', 'wells', 'pines', 'palms', 'shores', 'cliffs', 'bluffs', 'gardens', 'borders', 'forks', 'groves', 'meads', 'vales'],
]);

/** `word` is an everyday word's plural ("brothers", "industries"). */
function isPluralOfWord(word: string, dictionary: ReadonlySet<string>): boolean {
  return /^[a-z]+s$/.test(word) && (dictionary.has(word.slice(0, -1)) || dictionary.has(word.replace(/ies$/, 'y')));
}

/** The spelling opens with an acronym (`isOpeningAcronym`), in a name not all in capitals ("BBC Wales", not "NEW YORK"). */
function opensWithAcronym(spelling: string): boolean {
  return isOpeningAcronym(spelling.split(/\s+/, 1)[0]!) && /\p{Ll}/u.test(spelling);
}

/** A particle of names in a key ("van", "de", "al", "la"): a connector of names that is no "of" or "y". */
function isNameParticle(word: string): boolean {
  return word !== 'of' && word !== 'y' && NAME_CONNECTORS.has(word);
}

/** A people's adjective or name, plural too: "Chinese", "Kurds" (when "Kurd" is known). */
function isDemonym(word: string, demonyms: ReadonlySet<string>): boolean {
  return demonyms.has(word) || (word.endsWith('s') && demonyms.has(word.slice(0, -1)));
}

/** The first two or three words are a place of several words ("los angeles dodgers", "new york stock exchange"). */
function opensWithCity(words: readonly string[], gazetteer: Gazetteer): boolean {
  for (let n = 2; n <= Math.min(3, words.length - 1); n++) {
    const key = words.slice(0, n).join(' ');
    if (gazetteer.cities[key] !== undefined || gazetteer.places[key] !== undefined) return true;
  }
  return false;
}

function clusterEntities(forms: Map<string, FormStats>, ctx: ClassifyContext, surnamesOfOthers: Set<string>): EntityRecord[] {
  const { gazetteer, isCommonWord } = ctx;
  const people: FormStats[] = [];
  const places: FormStats[] = [];
  for (const form of forms.values()) {
    const kind = classifyForm(form, ctx);
    if (kind === 'person') people.push(form);
    else if (kind === 'place') places.push(form);
    // The page is told of organisations' names of several words, whatever their cues: a first
    // name would make people of them ("Merrill Lynch said"). One word is told only when its cues
    // make a person of it (see `classifyForm`): "in the South" is the region still.
    else if (kind === null && form.words.length > 1 && mayTellPage(form, ctx) && isOrganisationsName(form.key, ctx)) ctx.organisations.add(form.key);
  }
  const placeKeys = new Set(places.map((f) => f.key));
  const entities: EntityRecord[] = [];

  // A word that opens more people's full names than it closes is a first name ("Michael", "Robert"):
  // alone it names none of them, not even the one it is the surname of ("George Michael"). Unless
  // it is often used alone with a title or a verb of saying: a surname written first ("Jiang said"
  // of "Jiang Zemin", "Chairman Mao"), or a royal's name ("Princess Diana").
  const opens = new Map<string, number>();
  const closes = new Map<string, number>();
  for (const form of people) {
    if (form.words.length < 2) continue;
    opens.set(form.words[0]!, (opens.get(form.words[0]!) ?? 0) + 1);
    const surname = surnameOf(form.words);
    closes.set(surname, (closes.get(surname) ?? 0) + 1);
  }
  const isFirstName = (word: string) => {
    const opened = opens.get(word) ?? 0;
    const alone = ctx.forms.get(word);
    const cuedAlone = alone ? alone.titled + alone.personCue : 0;
    return opened >= 2 && opened > (closes.get(word) ?? 0) && cuedAlone * NAMES_OPENED_PER_CUE_ALONE < opened;
  };

  // How often each word is written inside names of several words of places and organisations
  // ("Phelps Dodge Corp", "Costa Rica", "Downing Street"): names shaped as organisations', or
  // read as places' or as organisations' the page would take for people's.
  const inOthersNames = new Map<string, number>();
  const placeForms = new Set(places);
  for (const form of forms.values()) {
    if (form.words.length < 2 || !(form.org * 2 > form.count || placeForms.has(form) || ctx.organisations.has(form.key))) continue;
    for (const word of new Set(form.words)) inOthersNames.set(word, (inOthersNames.get(word) ?? 0) + form.count);
  }

  // Words that open several places' names of more words ("los", "san", "port"): no surnames alone.
  const placesOpened = new Map<string, number>();
  for (const key of [...Object.keys(gazetteer.places), ...Object.keys(gazetteer.cities)]) {
    const space = key.indexOf(' ');
    if (space > 0) placesOpened.set(key.slice(0, space), (placesOpened.get(key.slice(0, space)) ?? 0) + 1);
  }
  const placeOpenings = new Set([...placesOpened].filter(([, n]) => n >= PLACES_OPENED).map(([w]) => w));

  // People: full names first, then single words join the full name ending with them.
  people.sort((a, b) => b.words.length - a.words.length || b.count - a.count || (a.key < b.key ? -1 : 1));
  // `first`: the first name written in full the cluster holds, when one does.
  const bySurname = new Map<string, { entity: EntityRecord; forms: FormStats[]; first: string | null }[]>();
  const clusters: { entity: EntityRecord; forms: FormStats[]; first: string | null }[] = [];
  for (const form of people) {
    const words = form.words;
    const surname = surnameOf(words);
    const sameSurname = bySurname.get(surname) ?? [];
    let home: { entity: EntityRecord; forms: FormStats[]; first: string | null } | undefined;
    if (words.length === 1) {
      // Nor is a first name alone, or "Jr" ("Sr", "III") alone.
      if (isFirstName(surname) || isGenerational(surname)) continue;
      if (sameSurname.length > 1) {
        // Two people share the surname: the bare surname may mean either; the page decides.
        for (const c of sameSurname) c.entity.aliases.push(form.key);
        continue;
      }
      home = sameSurname[0];
    } else {
      // "J. Smith" or "John F. Smith" joins "John Smith": same surname, same first initial. Not
      // another generation: "Hank Williams Jr" is not Hank Williams.
      // A name with an initial ("J Walter Thompson") takes one first name in full: "John
      // Thompson" joins it, "James Thompson" is someone else.
      const full = words[0]!.length > 2 ? words[0]! : null;
      home = sameSurname.find((c) => {
        const other = c.entity.aliases[0]!.split(' ');
        return other[0]![0] === words[0]![0] && (full === null || (c.first ?? full) === full) && generationOf(other) === generationOf(words);
      });
      if (home && full !== null) home.first = full;
    }
    if (home) {
      home.entity.weight += form.count;
      home.forms.push(form);
      home.entity.aliases.push(form.key);
      continue;
    }
    const entity: EntityRecord = { id: '', kind: 'person', name: '', aliases: [form.key], role: null, roleStory: null, weight: 0 };
    entity.weight = form.count;
    const cluster = { entity, forms: [form], first: words.length > 1 && words[0]!.length > 2 ? words[0]! : null };
    clusters.push(cluster);
    if (words.length > 1) {
      sameSurname.push(cluster);
      bySurname.set(surname, sameSurname);
    }
  }
  const mostWrittenPerson = new Map<string, number>();
  for (const { entity, forms: clusterForms } of clusters) {
    const main = spelledInFull(clusterForms);
    entity.name = displaySpelling(spellingsOf(main)) ?? main.key;
    entity.id = entityId('person', slugify(entity.name));
    const words = main.words;
    if (words.length > 1) {
      const at = surnameIndex(words);
      const surname = words[at]!;
      // The bare surname is an alias unless it is a word or a place; shared by several people, it
      // is an alias of each, and the page decides.
      const alone = ctx.forms.get(surname);
      // A surname that leads a life of its own ("Britain" of some "... of Great Britain") is no alias.
      const placeLike =
        placeKeys.has(surname) || gazetteer.places[surname] !== undefined || gazetteer.cities[surname] !== undefined || (alone !== undefined && alone.locative * 2 > alone.count);
      // Nor is a people's name ("Irish" of "Oliver Irish"), a first name, an acronym ("OS" of a
      // "Mac OS" taken for a person), or a word opening places' names ("Los" of "Arjen Los").
      const surnameWritten = entity.name.split(' ')[at] ?? '';
      // In a name not written all in capitals (a headline's "TOMAS ZORVAK" keeps its surname).
      const acronym = surnameWritten.length > 1 && surnameWritten === surnameWritten.toUpperCase() && surnameWritten !== surnameWritten.toLowerCase() && entity.name !== entity.name.toUpperCase();
      // Nor is an organisation's name ("Honda" of a Keikichi Honda in a corpus of "Honda Motor
      // Co"): the page links it after the full name only.
      const aliasable =
        !isCommonWord(surname) &&
        !isGenerational(surname) &&
        !placeLike &&
        !isDemonym(surname, ctx.demonyms) &&
        !ctx.languages.has(surname) &&
        !isFirstName(surname) &&
        !acronym &&
        !placeOpenings.has(surname) &&
        !isOrganisationsName(surname, ctx) &&
        !MEMBERS_OF_PEOPLES.has(surname);
      if (!entity.aliases.includes(surname) && aliasable) entity.aliases.push(surname);
      // How often the corpus writes this person's surname in their names or alone after a title.
      let own = alone?.titled ?? 0;
      for (const f of clusterForms) if (f.words.length > 1 && f.words.includes(surname)) own += f.count;
      if (aliasable) mostWrittenPerson.set(surname, Math.max(own, mostWrittenPerson.get(surname) ?? 0));
    }
    const roles = new Map<string, { text: string; count: number; story: string }>();
    for (const f of clusterForms) {
      for (const [k, r] of f.roles ?? []) {
        const prev = roles.get(k);
        roles.set(k, prev ? { ...prev, count: prev.count + r.count } : { ...r });
      }
    }
    // "Russian rival", "his team-mate": a role that only says whom the person stands beside tells a card's reader nothing.
    const bestRole = [...roles.values()].filter((r) => !RELATIONAL_ROLE_HEADS.has(lastWordOf(r.text).toLowerCase())).sort((a, b) => b.count - a.count || b.text.length - a.text.length)[0];
    if (bestRole) {
      entity.role = bestRole.text;
      entity.roleStory = bestRole.story;
    }
    entities.push(entity);
  }
  // A surname the corpus writes twice as often in places' and firms' names as its most written
  // person's ("Phelps" of a Michael Phelps beside "Phelps Dodge"; James Baker's 200 names and
  // titles beside 40 of "Baker Hughes" and "Baker International") is theirs alone only after the
  // page names them (see `Lexicon.sharedSurnames`).
  for (const [surname, own] of mostWrittenPerson) if (own * 2 < (inOthersNames.get(surname) ?? 0)) surnamesOfOthers.add(surname);

  // Places: forms that name the same gazetteer place are one entity ("US", "United States").
  const byCanonical = new Map<string, EntityRecord>();
  places.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  for (const form of places) {
    const canonical = gazetteer.places[form.key] ?? gazetteer.cities[form.key];
    const name = canonical ?? displaySpelling(spellingsOf(form)) ?? form.key;
    const clusterKey = canonical ? foldName(canonical) : form.key;
    const existing = byCanonical.get(clusterKey);
    if (existing) {
      existing.aliases.push(form.key);
      existing.weight += form.count;
      continue;
    }
    const entity: EntityRecord = { id: entityId('place', slugify(name)), kind: 'place', name, aliases: [form.key], role: null, roleStory: null, weight: 0 };
    entity.weight = form.count;
    if (canonical && foldName(canonical) !== form.key) entity.aliases.push(foldName(canonical));
    byCanonical.set(clusterKey, entity);
    entities.push(entity);
  }
  // Same slug twice (two people written alike in different scripts) must still be unique.
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.aliases[0]! < b.aliases[0]! ? -1 : 1));
  const seen = new Map<string, number>();
  for (const e of entities) {
    const n = seen.get(e.id) ?? 0;
    seen.set(e.id, n + 1);
    if (n > 0) e.id = `${e.id}-${n + 1}`;
  }
  return entities;
}
