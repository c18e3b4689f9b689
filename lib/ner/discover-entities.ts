import type { Article } from '../corpus/article';
import { findDateline } from '../corpus/dateline';
import { foldName, slugify } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { entityId, type EntityKind, type EntityRecord } from './entity';
import type { Gazetteer } from './gazetteer';
import { linkCoordinatedCues } from './coordination';
import { findNameCandidates, type NameCandidate } from './name-candidates';

/** Everything the corpus says about one written form of a name ("antony blinken"). */
interface FormStats {
  key: string;
  tokenCount: number;
  /** Display spellings and how often each was written. */
  spellings: Map<string, number>;
  count: number;
  titled: number;
  personCue: number;
  locative: number;
  dateline: number;
  org: number;
  place: number;
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
    else {
      // Count a capital only inside a sentence: the text before is not a sentence end.
      const gap = text.slice(Math.max(prevEnd, m.index - 3), m.index);
      if (prevEnd >= 0 && !/[.!?:"“\n]/.test(gap)) counts.capital.set(lower, (counts.capital.get(lower) ?? 0) + 1);
    }
    prevEnd = m.index + w.length;
  }
}

function newForm(key: string, tokenCount: number): FormStats {
  return { key, tokenCount, spellings: new Map(), count: 0, titled: 0, personCue: 0, locative: 0, dateline: 0, org: 0, place: 0, roles: new Map() };
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

export interface DiscoveryOptions {
  gazetteer: Gazetteer;
  /** Lower-case words of a general dictionary (not names). */
  dictionary: ReadonlySet<string>;
}

/**
 * Learns the people and places of a corpus from its plain text: collects every capitalised name
 * with its cues, decides each written form's kind by weighing the cues over the whole corpus,
 * then clusters forms into entities (full name, surname, title + surname, initials).
 */
export function discoverEntities(articles: readonly Article[], { gazetteer, dictionary }: DiscoveryOptions): DiscoveryResult {
  const wordCase: WordCaseCounts = { lower: new Map(), capital: new Map() };
  for (const a of articles) countWordCase(a.text, wordCase);
  const isCommonWord = (lower: string) =>
    dictionary.has(lower) && (wordCase.capital.get(lower) ?? 0) <= 2 * (wordCase.lower.get(lower) ?? 0) + 1;

  const forms = new Map<string, FormStats>();
  for (const article of articles) {
    const text = article.text;
    const dateline = findDateline(text);
    const tokens = tokenize(text);
    const candidates = linkCoordinatedCues(text, findNameCandidates(text, tokens, { isCommonWord }));
    for (const c of candidates) {
      if (c.sentenceInitial && c.tokenCount === 1 && !c.titled && !(dateline && c.start === dateline.placeStart)) continue;
      addOccurrence(forms, text, c, article.id, !!dateline && c.start === dateline.placeStart);
    }
  }
  return { entities: clusterEntities(forms, gazetteer, isCommonWord, dictionary), wordCase };
}

function addOccurrence(forms: Map<string, FormStats>, text: string, c: NameCandidate, story: string, inDateline: boolean): void {
  let form = forms.get(c.key);
  if (!form) {
    form = newForm(c.key, c.tokenCount);
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
  if (c.role) {
    const roleKey = c.role.toLowerCase();
    const r = form.roles.get(roleKey);
    if (r) r.count++;
    else form.roles.set(roleKey, { text: c.role, count: 1, story });
  }
}

function classifyForm(form: FormStats, gazetteer: Gazetteer, isCommonWord: (w: string) => boolean, dictionary: ReadonlySet<string>): EntityKind | null {
  if (form.org * 2 > form.count) return null;
  const words = form.key.split(' ');
  if (words.length === 1 && gazetteer.demonyms.includes(form.key)) return null;
  const inGazetteer = gazetteer.places[form.key] !== undefined;
  const placeEvidence = (inGazetteer ? 3 * form.count : 0) + 2 * form.dateline + 2 * form.place + form.locative;
  const personEvidence = 2 * form.titled + form.personCue;
  if (placeEvidence === 0 && personEvidence === 0) return null;
  if (placeEvidence >= personEvidence) {
    // A lone common word after "in" is not enough ("in Parliament" is caught by the org heads, "in May" by the calendar).
    if (!inGazetteer && form.dateline === 0 && form.place === 0 && words.every((w) => isCommonWord(w))) return null;
    return 'place';
  }
  // Without a title, a person needs a surname that is not an everyday word ("Austin", not "Defense").
  if (form.titled === 0 && dictionary.has(words[words.length - 1]!)) return null;
  return 'person';
}

function clusterEntities(
  forms: Map<string, FormStats>,
  gazetteer: Gazetteer,
  isCommonWord: (w: string) => boolean,
  dictionary: ReadonlySet<string>,
): EntityRecord[] {
  const people: FormStats[] = [];
  const places: FormStats[] = [];
  for (const form of forms.values()) {
    const kind = classifyForm(form, gazetteer, isCommonWord, dictionary);
    if (kind === 'person') people.push(form);
    else if (kind === 'place') places.push(form);
  }
  const entities: EntityRecord[] = [];

  // People: full names first, then single words join the full name ending with them.
  people.sort((a, b) => b.tokenCount - a.tokenCount || b.count - a.count || (a.key < b.key ? -1 : 1));
  const bySurname = new Map<string, { entity: EntityRecord; forms: FormStats[] }[]>();
  const clusters: { entity: EntityRecord; forms: FormStats[] }[] = [];
  for (const form of people) {
    const words = form.key.split(' ');
    const surname = words[words.length - 1]!;
    const sameSurname = bySurname.get(surname) ?? [];
    let home: { entity: EntityRecord; forms: FormStats[] } | undefined;
    if (words.length === 1) {
      home = sameSurname.length === 1 ? sameSurname[0] : undefined;
      if (sameSurname.length > 1) {
        for (const c of sameSurname) c.entity.aliases.push(form.key);
        continue;
      }
    } else {
      // "J. Smith" or "John F. Smith" joins "John Smith": same surname, same first initial.
      home = sameSurname.find((c) => {
        const other = c.entity.aliases[0]!.split(' ');
        return other[0]![0] === words[0]![0] && (words[0]!.length <= 2 || other[0]!.length <= 2 || other[0] === words[0]);
      });
    }
    if (home) {
      home.forms.push(form);
      home.entity.aliases.push(form.key);
      continue;
    }
    const entity: EntityRecord = { id: '', kind: 'person', name: '', aliases: [form.key], role: null, roleStory: null };
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
    const words = main.key.split(' ');
    if (words.length > 1) {
      const surname = words[words.length - 1]!;
      if (!entity.aliases.includes(surname) && !isCommonWord(surname)) entity.aliases.push(surname);
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
    const canonical = gazetteer.places[form.key];
    const name = canonical ?? mostFrequent(form.spellings) ?? form.key;
    const clusterKey = canonical ? foldName(canonical) : form.key;
    const existing = byCanonical.get(clusterKey);
    if (existing) {
      existing.aliases.push(form.key);
      continue;
    }
    const entity: EntityRecord = { id: entityId('place', slugify(name)), kind: 'place', name, aliases: [form.key], role: null, roleStory: null };
    if (canonical && foldName(canonical) !== form.key) entity.aliases.push(foldName(canonical));
    byCanonical.set(clusterKey, entity);
    entities.push(entity);
  }
  // Same slug twice (rare: "Washington" person and place differ by kind) must still be unique.
  const seen = new Map<string, number>();
  for (const e of entities) {
    const n = seen.get(e.id) ?? 0;
    seen.set(e.id, n + 1);
    if (n > 0) e.id = `${e.id}-${n + 1}`;
  }
  return entities.sort((a, b) => (a.id < b.id ? -1 : 1));
}
