import type { Article } from '../corpus/article';
import { findDatelines } from '../corpus/dateline';
import { foldName, slugify } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { linkCoordinatedCues } from './coordination';
import { entityId, type EntityKind, type EntityRecord } from './entity';
import type { Gazetteer } from './gazetteer';
import { findNameCandidates, type NameCandidate } from './name-candidates';
import { applyParentheticalCues } from './parenthetical-cues';
import { isSportsBlock, sitsLikeTeam } from './sports-context';

/** Everything the corpus says about one written form of a name ("antony blinken"). */
interface FormStats {
  key: string;
  words: string[];
  /** Display spellings and how often each was written. */
  spellings: Map<string, number>;
  count: number;
  titled: number;
  personCue: number;
  locative: number;
  dateline: number;
  org: number;
  place: number;
  allCaps: number;
  /** Times it sat where a team does in sports copy ("Somerset" in "Leicestershire beat Somerset"). */
  team: number;
  roles: Map<string, { text: string; count: number; story: string }>;
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
}

export interface DiscoveryOptions {
  gazetteer: Gazetteer;
  /** Lower-case words of a general dictionary (not names). */
  dictionary: ReadonlySet<string>;
  onProgress?: (phase: 'discovering', done: number, total: number) => void;
}

const WORD = /[\p{L}][\p{L}\p{M}'’\-]*/gu;

function countWordCase(text: string, counts: WordCaseCounts): void {
  WORD.lastIndex = 0;
  let prevEnd = -1;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const w = m[0];
    const first = w[0]!;
    const lower = w.toLowerCase();
    if (first === first.toLowerCase()) counts.lower.set(lower, (counts.lower.get(lower) ?? 0) + 1);
    else if (w !== w.toUpperCase() || w.length === 1) {
      // Count a capital only inside a sentence: the text before is not a sentence end.
      const gap = text.slice(Math.max(prevEnd, m.index - 3), m.index);
      if (prevEnd >= 0 && !/[.!?:"“\n]/.test(gap)) counts.capital.set(lower, (counts.capital.get(lower) ?? 0) + 1);
    }
    prevEnd = m.index + w.length;
  }
}

function newForm(key: string): FormStats {
  return { key, words: key.split(' '), spellings: new Map(), count: 0, titled: 0, personCue: 0, locative: 0, dateline: 0, org: 0, place: 0, allCaps: 0, team: 0, roles: new Map() };
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
export function readArticleCandidates(text: string, isCommonWord: (w: string) => boolean, isStrongPlace: (key: string) => boolean) {
  const datelines = findDatelines(text);
  const candidates = linkCoordinatedCues(text, findNameCandidates(text, tokenize(text), { isCommonWord, isKnownName: isStrongPlace }));
  applyParentheticalCues(text, candidates, isStrongPlace);
  const inDateline = (c: NameCandidate) => datelines.some((d) => c.start === d.placeStart || (d.region !== null && c.start === d.region.start));
  return { candidates, inDateline };
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
  const isCommonWord = (lower: string) =>
    dictionary.has(lower) && (wordCase.capital.get(lower) ?? 0) <= 2 * (wordCase.lower.get(lower) ?? 0) + 1;
  const isStrongPlace = (key: string) => gazetteer.places[key] !== undefined;

  const forms = new Map<string, FormStats>();
  for (const [n, article] of articles.entries()) {
    if (n % 200 === 0) onProgress?.('discovering', n, articles.length);
    const { candidates, inDateline } = readArticleCandidates(article.text, isCommonWord, isStrongPlace);
    for (const c of candidates) {
      const dl = inDateline(c);
      if (c.sentenceInitial && c.tokenCount === 1 && !c.titled && !dl && !c.personCue) continue;
      addOccurrence(forms, article.text, c, article.id, dl, isTeamSlot(article.text, c));
    }
  }
  const ctx: ClassifyContext = {
    gazetteer,
    dictionary,
    isCommonWord,
    givenNames: new Set(),
    personSurnames: new Set(),
    fullNameSurnames: new Set(),
    fullNameFirsts: new Set(),
    teams: new Set(),
    forms,
    demonyms: new Set(gazetteer.demonyms),
    countries: new Set(gazetteer.countries),
  };
  // First pass: forms with direct evidence. Their people teach first names and surnames.
  const firstPass = new Map<FormStats, EntityKind | null>();
  for (const form of forms.values()) firstPass.set(form, classifyForm(form, ctx));
  for (const [form, kind] of firstPass) {
    if (kind !== 'person') continue;
    if (form.words.length >= 2) {
      ctx.fullNameSurnames.add(form.words[form.words.length - 1]!);
      ctx.fullNameFirsts.add(form.words[0]!);
    }
    if (form.words.length >= 2 && (form.titled > 0 || form.personCue > 0)) {
      const first = form.words[0]!;
      if (first.length > 1 && !first.endsWith('.') && !dictionary.has(first) && !isStrongPlace(first)) ctx.givenNames.add(first);
    }
    if (form.words.length === 1 && form.titled + form.personCue >= 1) ctx.personSurnames.add(form.key);
  }
  const entities = clusterEntities(forms, ctx);
  return { entities, wordCase, givenNames: [...ctx.givenNames].sort(), teams: [...ctx.teams].sort() };
}

function isTeamSlot(text: string, c: NameCandidate): boolean {
  const lineStart = text.lastIndexOf('\n', c.start) + 1;
  const lineEnd = text.indexOf('\n', c.end);
  return isSportsBlock(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)) && sitsLikeTeam(text, c.start, c.end);
}

function addOccurrence(forms: Map<string, FormStats>, text: string, c: NameCandidate, story: string, inDateline: boolean, team: boolean): void {
  let form = forms.get(c.key);
  if (!form) {
    form = newForm(c.key);
    forms.set(c.key, form);
  }
  const spelling = text.slice(c.start, c.end);
  form.spellings.set(spelling, (form.spellings.get(spelling) ?? 0) + 1);
  form.count++;
  if (c.titled) form.titled++;
  if (c.personCue) form.personCue++;
  if (c.locative) form.locative++;
  if (inDateline) form.dateline++;
  if (c.shape === 'org') form.org++;
  if (c.shape === 'place') form.place++;
  if (c.allCaps) form.allCaps++;
  if (team) form.team++;
  if (c.role) {
    const roleKey = c.role.toLowerCase();
    const r = form.roles.get(roleKey);
    if (r) r.count++;
    else form.roles.set(roleKey, { text: c.role, count: 1, story });
  }
}

interface ClassifyContext {
  gazetteer: Gazetteer;
  dictionary: ReadonlySet<string>;
  isCommonWord: (w: string) => boolean;
  givenNames: Set<string>;
  personSurnames: Set<string>;
  /** Last words of people's full names: a city of that name is more likely the person ("Austin"). */
  fullNameSurnames: Set<string>;
  /** First words of people's full names ("Banharn" of "Banharn Silpa-archa"). */
  fullNameFirsts: Set<string>;
  /** Names that mostly stand for sports clubs. */
  teams: Set<string>;
  /** Every written form, by key. */
  forms: Map<string, FormStats>;
  /** The gazetteer's lists as sets: asked once per written form. */
  demonyms: ReadonlySet<string>;
  countries: ReadonlySet<string>;
}

/** Weighs one form's cues over the whole corpus: person, place, or neither. */
function classifyForm(form: FormStats, ctx: ClassifyContext): EntityKind | null {
  const { gazetteer, dictionary, isCommonWord } = ctx;
  if (form.org * 2 > form.count) return null;
  const words = form.words;
  const last = words[words.length - 1]!;
  const inGazetteer = gazetteer.places[form.key] !== undefined;
  // "Chinese", "Belgian Grand Prix": an adjective of nationality opens no person or place name,
  // unless a place noun closes it ("Indian Ocean").
  if (ctx.demonyms.has(words[0]!) && !inGazetteer && form.place * 2 <= form.count) return null;
  const isCity = gazetteer.cities[form.key] !== undefined && !dictionary.has(form.key) && !ctx.fullNameSurnames.has(form.key);
  const shouting = form.allCaps === form.count && words.length === 1 && form.key.length <= 5;
  // Learned from the corpus' own people: "Phil Mickelson" when "Phil" opens other people's names.
  const learnedName = words.length >= 2 && !inGazetteer && (ctx.givenNames.has(words[0]!) || ctx.personSurnames.has(last));
  const placeEvidence =
    (inGazetteer ? 3 * form.count : 0) + (isCity ? form.count : 0) + 2 * form.dateline + 2 * form.place + form.locative;
  const personEvidence = 2 * form.titled + form.personCue + (learnedName ? 2 * form.count : 0);
  if (placeEvidence === 0 && personEvidence === 0) return null;
  if (placeEvidence >= personEvidence) {
    // A city or county that mostly appears as a club in sports copy is a team ("Somerset", "Ajax").
    if (!ctx.countries.has(form.key) && form.team * 10 >= form.count * 3 && form.team >= 2) {
      ctx.teams.add(form.key);
      return null;
    }
    if (inGazetteer || form.dateline > 0 || form.place > 0) return 'place';
    // Prepositions alone are weak ("at JavaSoft", "to the PGA Tour"): ask for a habit, not a one-off.
    if (words.every((w) => isCommonWord(w))) return null;
    if (isCity) return 'place';
    // A habit of prepositions: half the time, or often enough in a larger corpus ("in Britain" 18 of 128).
    const habit = form.locative * 2 >= form.count || (form.locative >= 10 && form.locative * 10 >= form.count);
    if (habit && form.personCue * 2 <= form.locative) return 'place';
    return null;
  }
  if (inGazetteer || shouting) return null;
  // News names a person in full before using one name: a lone word needs a title or a full name
  // elsewhere in the corpus ("Belga said" is an agency, "Banharn said" follows "Banharn Silpa-archa").
  if (words.length === 1 && form.titled === 0 && ctx.fullNameSurnames.size > 0 && !ctx.fullNameSurnames.has(last) && !ctx.fullNameFirsts.has(last)) return null;
  // Without a title, a person needs a surname that is not an everyday word ("Austin", not "Defense").
  if (form.titled === 0 && dictionary.has(last)) return null;
  // A lone everyday word is no person even after a title ("King of the World" is not "World").
  if (words.length === 1 && isCommonWord(last)) return null;
  // "Assay Offices of Great Britain", "Lib Dem MPs", "South Downs Tories": institutions and groups.
  if (words.includes('of') || /^[a-z]+s$/.test(last) && (dictionary.has(last.slice(0, -1)) || dictionary.has(last.replace(/ies$/, 'y')))) return null;
  if (words.length > 1 && /s$/.test(last) && form.spellings.size > 0 && [...form.spellings.keys()].every((s) => /\p{Lu}{2,}s$/u.test(s))) return null;
  return 'person';
}

function clusterEntities(forms: Map<string, FormStats>, ctx: ClassifyContext): EntityRecord[] {
  const { gazetteer, isCommonWord } = ctx;
  const people: FormStats[] = [];
  const places: FormStats[] = [];
  for (const form of forms.values()) {
    const kind = classifyForm(form, ctx);
    if (kind === 'person') people.push(form);
    else if (kind === 'place') places.push(form);
  }
  const placeKeys = new Set(places.map((f) => f.key));
  const entities: EntityRecord[] = [];

  // People: full names first, then single words join the full name ending with them.
  people.sort((a, b) => b.words.length - a.words.length || b.count - a.count || (a.key < b.key ? -1 : 1));
  const bySurname = new Map<string, { entity: EntityRecord; forms: FormStats[] }[]>();
  const clusters: { entity: EntityRecord; forms: FormStats[] }[] = [];
  for (const form of people) {
    const words = form.words;
    const surname = words[words.length - 1]!;
    const sameSurname = bySurname.get(surname) ?? [];
    let home: { entity: EntityRecord; forms: FormStats[] } | undefined;
    if (words.length === 1) {
      if (sameSurname.length > 1) {
        // Two people share the surname: the bare surname may mean either; the page decides.
        for (const c of sameSurname) c.entity.aliases.push(form.key);
        continue;
      }
      home = sameSurname[0];
    } else {
      // "J. Smith" or "John F. Smith" joins "John Smith": same surname, same first initial.
      home = sameSurname.find((c) => {
        const other = c.entity.aliases[0]!.split(' ');
        return other[0]![0] === words[0]![0] && (words[0]!.length <= 2 || other[0]!.length <= 2 || other[0] === words[0]);
      });
    }
    if (home) {
      home.entity.weight += form.count;
      home.forms.push(form);
      home.entity.aliases.push(form.key);
      continue;
    }
    const entity: EntityRecord = { id: '', kind: 'person', name: '', aliases: [form.key], role: null, roleStory: null, weight: 0 };
    entity.weight = form.count;
    const cluster = { entity, forms: [form] };
    clusters.push(cluster);
    if (words.length > 1) {
      sameSurname.push(cluster);
      bySurname.set(surname, sameSurname);
    }
  }
  for (const { entity, forms: clusterForms } of clusters) {
    const main = clusterForms[0]!;
    entity.name = mostFrequent(main.spellings) ?? main.key;
    entity.id = entityId('person', slugify(entity.name));
    const words = main.words;
    if (words.length > 1) {
      const surname = words[words.length - 1]!;
      // The bare surname is an alias unless it is a word, a place, or shared by several people.
      const shared = (bySurname.get(surname)?.length ?? 0) > 1;
      const alone = ctx.forms.get(surname);
      // A surname that leads a life of its own ("Britain" of some "... of Great Britain") is no alias.
      const placeLike =
        placeKeys.has(surname) || gazetteer.places[surname] !== undefined || gazetteer.cities[surname] !== undefined || (alone !== undefined && alone.locative * 2 > alone.count);
      if (!entity.aliases.includes(surname) && !isCommonWord(surname) && !placeLike && !shared) entity.aliases.push(surname);
      else if (shared && !entity.aliases.includes(surname) && !isCommonWord(surname) && !placeLike) entity.aliases.push(surname);
    }
    const roles = new Map<string, { text: string; count: number; story: string }>();
    for (const f of clusterForms) {
      for (const [k, r] of f.roles) {
        const prev = roles.get(k);
        roles.set(k, prev ? { ...prev, count: prev.count + r.count } : { ...r });
      }
    }
    const bestRole = [...roles.values()].sort((a, b) => b.count - a.count || b.text.length - a.text.length)[0];
    if (bestRole) {
      entity.role = bestRole.text;
      entity.roleStory = bestRole.story;
    }
    entities.push(entity);
  }

  // Places: forms that name the same gazetteer place are one entity ("US", "United States").
  const byCanonical = new Map<string, EntityRecord>();
  places.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  for (const form of places) {
    const canonical = gazetteer.places[form.key] ?? gazetteer.cities[form.key];
    const name = canonical ?? mostFrequent(form.spellings) ?? form.key;
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
