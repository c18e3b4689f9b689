import type { Article } from '../corpus/article';
import { splitSentences, type Span } from '../text/sentences';
import { forEachContentTerm, keywordIndexFromCounts } from './keywords';
import { corpusPublishers } from '../ner/publishers';
import { addNameOccurrence, entitiesFromForms, forEachNameOccurrence, forEachWordCase, isCommonInCorpus, listedFirstNames, type NameForms } from '../ner/discover-entities';
import type { Gazetteer } from '../ner/gazetteer';
import { withoutUnmentioned } from './without-unmentioned';
import { NO_FACTS, buildLexicon, createMatcher, firstWordOf, type KeyFacts, type Lexicon, type Matcher } from '../ner/lexicon';
import { detectDocument, type Mention } from '../ner/detect-mentions';
import { INDEX_VERSION, type CompiledIndex, type EntityStats, type SnippetRef, type StoryMeta } from './compiled-index';
import { MENTION_STRIDE, QUERY_KIND, UniqueIds, newTables, queryHash, type CompileState, type CompileTables, type LexiconDigest, type StoryRecord } from './compile-state';

export interface CompileOptions {
  gazetteer: Gazetteer;
  dictionary: ReadonlySet<string>;
  /** Snippets kept per entity. */
  snippetsPerEntity?: number;
  relatedPerEntity?: number;
  /** Called as work advances: phase, stories done, stories in all. */
  onProgress?: (phase: CompilePhase, done: number, total: number) => void;
}

export interface IncrementalCompileOptions extends CompileOptions {
  /**
   * The state a previous compile returned, made with the same gazetteer and dictionary: stories it
   * analysed are not analysed again unless an answer they depended on changed. The output is the
   * same as without it. Stories are matched by id, which must hash title and text (as makeArticle's).
   */
  previous?: CompileState | null;
}

export type CompilePhase = 'discovering' | 'indexing';

export interface CompiledCorpus {
  index: CompiledIndex;
  /** Full text of each story, by story index. */
  texts: string[];
}

/** How many stories had each part of their analysis done (again); the others were reused. */
export interface CompileWork {
  stories: number;
  /** Word case and topic words read from the text: new or changed stories. */
  texts: number;
  /** Names and their cues read for discovery. */
  names: number;
  /** Stories run through detection for mentions and snippets. */
  mentions: number;
}

export interface IncrementalCompileResult {
  compiled: CompiledCorpus;
  /** What the next compile can reuse. */
  state: CompileState;
  work: CompileWork;
}

/** Paragraphs of an article as detection blocks: title first, then the body's paragraphs. */
export function articleBlocks(article: Pick<Article, 'title' | 'text'>): { text: string; offset: number }[] {
  const blocks = [{ text: article.title, offset: -1 }];
  let offset = 0;
  for (const para of article.text.split('\n\n')) {
    blocks.push({ text: para, offset });
    offset += para.length + 2;
  }
  return blocks;
}

/** Orders articles newest first, undated last, then by id: the same corpus gives the same index. */
function byDateThenId(a: Article, b: Article): number {
  const da = a.published ?? '';
  const db = b.published ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Compiles articles into the index: discovers entities, then runs the same detector the extension
 * uses over every story to count mentions, pick snippets and co-mentions.
 */
export function compileIndex(input: readonly Article[], options: CompileOptions): CompiledCorpus {
  return compileIndexIncremental(input, options).compiled;
}

/** A sentence this short is a byline, a heading or a table's cell: it tells the reader nothing. */
const SHORTEST_TELLING_SENTENCE = 30;

/**
 * Telling: the full name, a comfortable length, early in the story; never a byline, a results
 * table's row or a team sheet if a sentence will do.
 */
function snippetScore(text: string, fullName: boolean, start: number, end: number): number {
  const len = end - start;
  const saysNothing = len < SHORTEST_TELLING_SENTENCE || isListOfNames(text, start, end);
  return (fullName ? 2 : 0) + (len >= 60 && len <= 320 ? 2 : 0) - (saysNothing ? 3 : 0) - Math.min(2, start / 2000);
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const SMALL_LETTER_FIRST = /^\p{Ll}/u;

/**
 * `text[start..end)` is a row of names and figures, not a sentence: prose writes most of its words
 * in small letters, a results table ("Wigan 2 Leeds 1 Hull 0"), a team sheet or a list of scorers
 * fewer than one in four.
 */
function isListOfNames(text: string, start: number, end: number): boolean {
  let words = 0;
  let small = 0;
  for (const match of text.slice(start, end).matchAll(WORD)) {
    words++;
    if (SMALL_LETTER_FIRST.test(match[0])) small++;
  }
  return words >= 4 && small * 4 < words;
}

/** The sentence holding offset `at` (sentences are sorted and disjoint), or undefined. */
function sentenceAt(sentences: readonly Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  return s && s.start <= at && at < s.end ? s : undefined;
}

/**
 * Inserts `item` into `best`, kept sorted by `order` and at most `k` long: the first k of the
 * items offered, as sorting them all and slicing would give (`order` must be a total order).
 */
function keepBest<T>(best: T[], item: T, k: number, order: (a: T, b: T) => number): void {
  const limit = Math.max(0, Math.trunc(k) || 0);
  if (best.length >= limit && (limit === 0 || order(item, best[best.length - 1]!) >= 0)) return;
  let at = best.length;
  while (at > 0 && order(item, best[at - 1]!) < 0) at--;
  best.splice(at, 0, item);
  if (best.length > limit) best.pop();
}

/**
 * Two counts per string within one story. Strings are counted in a small map of the story's own
 * first, and numbered in the corpus-wide table once each: most look-ups then hit a small, warm map.
 */
class StoryCounts {
  private readonly slots = new Map<string, number>();
  readonly keys: string[] = [];
  readonly a: number[] = [];
  readonly b: number[] = [];
  clear(): void {
    this.slots.clear();
    this.keys.length = this.a.length = this.b.length = 0;
  }
  add(key: string, a: number, b: number): void {
    const i = this.slots.get(key);
    if (i === undefined) {
      this.slots.set(key, this.keys.length);
      this.keys.push(key);
      this.a.push(a);
      this.b.push(b);
    } else {
      this.a[i]! += a;
      this.b[i]! += b;
    }
  }
}

/** Word case of a text: [word, lower, capital]... */
function readWordCase(text: string, tables: CompileTables, counts: StoryCounts): Int32Array {
  counts.clear();
  forEachWordCase(text, (lower, capital) => counts.add(lower, capital ? 0 : 1, capital ? 1 : 0));
  const out = new Int32Array(counts.keys.length * 3);
  counts.keys.forEach((word, i) => {
    out[i * 3] = tables.words.id(word);
    out[i * 3 + 1] = counts.a[i]!;
    out[i * 3 + 2] = counts.b[i]!;
  });
  return out;
}

/** Topic words of a text: [term, count]... */
function readTerms(text: string, tables: CompileTables, counts: StoryCounts): Int32Array {
  counts.clear();
  forEachContentTerm(text, (term) => counts.add(term, 1, 0));
  const out = new Int32Array(counts.keys.length * 2);
  counts.keys.forEach((term, i) => {
    out[i * 2] = tables.terms.id(term);
    out[i * 2 + 1] = counts.a[i]!;
  });
  return out;
}

/** Hashes of the look-ups one story made (queryHash), kept sorted and once each. */
class QueryLog {
  private hashes = new Int32Array(4096);
  private length = 0;
  add(kind: number, key: string): void {
    if (this.length === this.hashes.length) {
      const grown = new Int32Array(this.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.length++] = queryHash(kind, key);
  }
  clear(): void {
    this.length = 0;
  }
  take(): Int32Array {
    const sorted = this.hashes.slice(0, this.length).sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
    this.length = 0;
    return sorted.slice(0, n);
  }
}

/**
 * A key's facts that note which of them detection reads: its entities, its flags (all of them at
 * once: an everyday word, a first name, a place...) or its longest name. A story that only asked
 * whether "sorensen" is an everyday word need not be read again when the entities named "Sorensen"
 * change.
 */
class RecordingFacts implements KeyFacts {
  constructor(
    private readonly inner: Readonly<KeyFacts>,
    private readonly log: QueryLog,
    private readonly key: string,
  ) {}
  get entities(): number[] | null {
    this.log.add(QUERY_KIND.entities, this.key);
    return this.inner.entities;
  }
  get flags(): number {
    this.log.add(QUERY_KIND.flags, this.key);
    return this.inner.flags;
  }
  get longest(): number {
    this.log.add(QUERY_KIND.longest, this.key);
    return this.inner.longest;
  }
}

/**
 * The matcher's map of keys, answering every key with facts that record what is read of them
 * (a key it lacks too: it may be learned later). Detection only calls get, so a plain object
 * stands in for the map (a Map subclass costs a slow super call on every look-up).
 */
class RecordingKeys {
  constructor(
    private readonly inner: ReadonlyMap<string, KeyFacts>,
    private readonly log: QueryLog,
  ) {}
  get(key: string): KeyFacts {
    return new RecordingFacts(this.inner.get(key) ?? NO_FACTS, this.log, key);
  }
}

/** The lexicon's matcher with what detection reads of each key recorded. */
function recordingMatcher(lexicon: Lexicon, log: QueryLog): Matcher {
  const m = createMatcher(lexicon);
  return { ...m, keys: new RecordingKeys(m.keys, log) as unknown as Matcher['keys'] };
}

/** Calls `changed` with each string in one list and not the other; sorted lists are merged. */
function symmetricDifference(x: readonly string[], y: readonly string[], changed: (w: string) => void): void {
  let sorted = true;
  for (let i = 1; i < x.length && sorted; i++) sorted = x[i - 1]! < x[i]!;
  for (let i = 1; i < y.length && sorted; i++) sorted = y[i - 1]! < y[i]!;
  if (!sorted) {
    const sx = new Set(x);
    const sy = new Set(y);
    for (const w of sx) if (!sy.has(w)) changed(w);
    for (const w of sy) if (!sx.has(w)) changed(w);
    return;
  }
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (j >= y.length || (i < x.length && x[i]! < y[j]!)) changed(x[i++]!);
    else if (i >= x.length || y[j]! < x[i]!) changed(y[j++]!);
    else {
      i++;
      j++;
    }
  }
}

/** Whether a look-up gives the same answer in both lexicons (entity numbers may differ). */
function sameEntities(a: LexiconDigest, la: ArrayLike<number> | undefined, b: LexiconDigest, lb: ArrayLike<number> | undefined): boolean {
  if (la === undefined || lb === undefined) return la === lb;
  if (la.length !== lb.length) return false;
  for (let i = 0; i < la.length; i++) {
    const x = a.entities[la[i]!];
    const y = b.entities[lb[i]!];
    if (!x || !y || x.id !== y.id || x.kind !== y.kind || x.name !== y.name) return false;
  }
  return true;
}

/** First word -> the most words of an alias of several words opening with it. */
function longestAliases(aliases: Readonly<Record<string, unknown>>, organisations: readonly string[] = []): Map<string, number> {
  const longest = new Map<string, number>();
  for (const k of [...Object.keys(aliases), ...organisations]) {
    if (!k.includes(' ')) continue;
    const first = firstWordOf(k);
    longest.set(first, Math.max(longest.get(first) ?? 0, k.split(' ').length));
  }
  return longest;
}

/**
 * Hashes of the look-ups whose answer differs between two lexicons: keys whose entities, common
 * word or first name changed, and first words that open a longer or shorter alias than
 * before (see `KeyFacts.longest`; the gazetteer's part is the same in both).
 */
function changedQueries(before: LexiconDigest, after: Lexicon): Set<number> {
  const changed = new Set<number>();
  const change = (k: string) => changed.add(queryHash(QUERY_KIND.entities, k));
  const own = (o: Readonly<Record<string, ArrayLike<number>>>, k: string) => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
  for (const k of Object.keys(before.aliases)) if (!sameEntities(before, own(before.aliases, k), after, own(after.aliases, k))) change(k);
  for (const k of Object.keys(after.aliases)) if (own(before.aliases, k) === undefined) change(k);
  const longestBefore = longestAliases(before.aliases, before.organisations);
  const longestAfter = longestAliases(after.aliases, after.organisations);
  const longestChanged = (k: string) => changed.add(queryHash(QUERY_KIND.longest, k));
  for (const [k, n] of longestBefore) if (longestAfter.get(k) !== n) longestChanged(k);
  for (const k of longestAfter.keys()) if (!longestBefore.has(k)) longestChanged(k);
  // Teams are learned but never read by detection: a change there changes no answer.
  for (const [x, y] of [
    [before.common, after.common],
    [before.givenNames, after.givenNames],
    [before.organisations ?? [], after.organisations ?? []],
    [before.organisationWords ?? [], after.organisationWords ?? []],
    [before.sharedSurnames ?? [], after.sharedSurnames ?? []],
    [before.everydayNames ?? [], after.everydayNames ?? []],
  ] as const) {
    symmetricDifference(x, y, (k) => changed.add(queryHash(QUERY_KIND.flags, k)));
  }
  return changed;
}

/**
 * Compiles articles like compileIndex and returns what the next compile can reuse. With a previous
 * state, each story's own analysis (word case, topic words, names and their cues, mentions and
 * snippets) is taken from it when the story and every corpus-wide answer it used are unchanged;
 * what depends on the whole corpus (entities, lexicon, counts, related, keywords) is always redone.
 */
export function compileIndexIncremental(input: readonly Article[], options: IncrementalCompileOptions): IncrementalCompileResult {
  const unique = new Map<string, Article>();
  for (const a of input) if (!unique.has(a.id)) unique.set(a.id, a);
  const articles = [...unique.values()].sort(byDateThenId);
  const { gazetteer, dictionary } = options;
  const prev = options.previous ?? null;
  const tables = prev ? prev.tables : newTables();
  const previousById = new Map(prev?.stories.map((r) => [r.id, r]));
  const work: CompileWork = { stories: articles.length, texts: 0, names: 0, mentions: 0 };
  const counts = new StoryCounts();

  // 1. Each story's own words: how it writes them, its topic words.
  const old: (StoryRecord | undefined)[] = [];
  const records: StoryRecord[] = articles.map((a, s) => {
    if (s % 200 === 0) options.onProgress?.('discovering', s, articles.length);
    const before = previousById.get(a.id);
    if (before && before.titleLength === a.title.length && before.textLength === a.text.length) {
      old.push(before);
      return { ...before };
    }
    old.push(undefined);
    work.texts++;
    const empty = new Int32Array(0);
    return {
      id: a.id,
      titleLength: a.title.length,
      textLength: a.text.length,
      words: readWordCase(a.text, tables, counts),
      terms: readTerms(a.text, tables, counts),
      names: empty,
      nameQueries: empty,
      mentions: empty,
      mentionQueries: empty,
    };
  });

  // 2. The corpus' word case: the previous totals, less the stories that left, plus the new ones.
  const lower = new Int32Array(tables.words.size);
  const capital = new Int32Array(tables.words.size);
  const add = (words: Int32Array, sign: number) => {
    for (let i = 0; i < words.length; i += 3) {
      lower[words[i]!]! += sign * words[i + 1]!;
      capital[words[i]!]! += sign * words[i + 2]!;
    }
  };
  if (prev) {
    lower.set(prev.wordCase.lower);
    capital.set(prev.wordCase.capital);
    const kept = new Set<StoryRecord>();
    for (const r of old) if (r) kept.add(r);
    for (const r of prev.stories) {
      if (kept.has(r)) continue;
      const words = r.words ?? prev.readWords?.(r);
      if (!words) throw new Error(`the word counts of story ${r.id} are missing`);
      add(words, -1);
    }
  }
  records.forEach((r, s) => {
    if (!old[s]) add(r.words!, 1);
  });
  const wordCase = { lower, capital };
  // Words numbered later (asked about, never counted) were written 0 times.
  const timesOf = (counts: Int32Array, w: number | undefined) => (w !== undefined && w < counts.length ? counts[w]! : 0);
  // Dictionary words the corpus does not mostly capitalise: the words whose capital proves nothing.
  const commonInCorpus = new Set<string>();
  for (const w of dictionary) {
    const id = tables.words.find(w);
    if (isCommonInCorpus(dictionary, w, timesOf(capital, id), timesOf(lower, id))) commonInCorpus.add(w);
  }
  const isCommonWord = (w: string) => commonInCorpus.has(w);
  // Common words (above) the corpus wrote in small letters three times or more, no hyphenated
  // ones ("nice"; not "china" or "anchorage", seldom written so, nor "al-sabah", whose particle is
  // small): where a name is one, its capital opening a post's sentence may be grammar.
  const everydayWords = new Set<string>();
  for (const w of commonInCorpus) if (timesOf(lower, tables.words.find(w)) >= 3 && !w.includes('-')) everydayWords.add(w);
  let commonChanged: Uint8Array | null = null;
  if (prev) {
    const was = prev.wordCase;
    commonChanged = new Uint8Array(tables.words.size);
    for (let w = 0; w < tables.words.size; w++) {
      const [wasLower, wasCapital] = [timesOf(was.lower, w), timesOf(was.capital, w)];
      if (wasLower === lower[w] && wasCapital === capital[w]) continue;
      const word = tables.words.strings[w]!;
      if (isCommonInCorpus(dictionary, word, wasCapital, wasLower) !== isCommonInCorpus(dictionary, word, capital[w]!, lower[w]!)) commonChanged[w] = 1;
    }
  }

  // 3. Each story's names with their cues, read again where a "common?" answer they used changed.
  const isStrongPlace = (key: string) => gazetteer.places[key] !== undefined;
  const firstNames = listedFirstNames(gazetteer);
  const asked: string[] = [];
  const recordingCommon = (w: string) => {
    asked.push(w);
    return isCommonWord(w);
  };
  const seen = new UniqueIds();
  const names: number[] = [];
  records.forEach((r, s) => {
    const before = old[s];
    if (before && commonChanged && !before.nameQueries.some((w) => commonChanged![w] === 1)) return;
    work.names++;
    names.length = 0;
    asked.length = 0;
    forEachNameOccurrence(
      articles[s]!.text,
      recordingCommon,
      isStrongPlace,
      (key, spelling, cues, role) => {
        names.push(tables.names.id(key), tables.names.id(spelling), cues, role === null ? -1 : tables.names.id(role));
      },
      firstNames,
    );
    seen.start();
    for (const w of asked) seen.add(tables.words.id(w));
    r.names = Int32Array.from(names);
    r.nameQueries = seen.take();
    delete r.sectionsStored;
  });

  // 4. The corpus' entities and lexicon, from every story's names.
  const forms: NameForms = new Map();
  const nameStrings = tables.names.strings;
  records.forEach((r, s) => {
    const story = articles[s]!.id;
    const n = r.names;
    for (let i = 0; i < n.length; i += 4) {
      addNameOccurrence(forms, nameStrings[n[i]!]!, nameStrings[n[i + 1]!]!, n[i + 2]!, n[i + 3]! < 0 ? null : nameStrings[n[i + 3]!]!, story);
    }
  });
  const publishers = corpusPublishers(articles, gazetteer, dictionary);
  const { entities, givenNames, teams, organisations, organisationWords, surnamesOfOthers } = entitiesFromForms(forms, { gazetteer, dictionary, isCommonWord, stories: articles.length, publishers });
  forms.clear();

  const weights = new Map(entities.map((e) => [e.id, e.weight]));
  const common: string[] = [...commonInCorpus];
  for (let id = 0; id < wordCase.lower.length; id++) {
    const n = wordCase.lower[id]!;
    if (n < 3) continue;
    const w = tables.words.strings[id]!;
    if (!dictionary.has(w) && n > 3 * wordCase.capital[id]!) common.push(w);
  }
  // Aliases are ordered by how often the corpus wrote each entity's names.
  const lexicon = buildLexicon(entities, weights, common, gazetteer, givenNames, teams, organisations, organisationWords, surnamesOfOthers, everydayWords);
  const indexOfEntity = new Map(lexicon.entities.map((e, i) => [e.id, i]));

  // 5. Each story's mentions and best sentences, detected again where a look-up they used changed.
  const queryChanged = prev ? changedQueries(prev.lexicon, lexicon) : null;
  const log = new QueryLog();
  const recorder = recordingMatcher(lexicon, log);
  // Entity numbers of the entities table: -1 for an entity this lexicon does not have.
  const entityOfRef = new Int32Array(tables.entities.size);
  tables.entities.strings.forEach((id, ref) => (entityOfRef[ref] = indexOfEntity.get(id) ?? -1));
  const stillValid = (r: StoryRecord): boolean => {
    if (queryChanged!.size > 0) for (const q of r.mentionQueries) if (queryChanged!.has(q)) return false;
    for (let i = 0; i < r.mentions.length; i += MENTION_STRIDE) if (entityOfRef[r.mentions[i]!]! < 0) return false;
    return true;
  };
  records.forEach((r, s) => {
    if (s % 200 === 0) options.onProgress?.('indexing', s, articles.length);
    if (old[s] && queryChanged && stillValid(r)) return;
    work.mentions++;
    const article = articles[s]!;
    log.clear();
    const blocks = articleBlocks(article);
    const detected: Mention[][] = detectDocument(
      blocks.map((b) => b.text),
      recorder,
    );
    const sentences = splitSentences(article.text);
    const found = new Map<string, { count: number; best: number[] | null; score: number }>();
    detected.forEach((mentions, bi) => {
      const block = blocks[bi]!;
      for (const m of mentions) {
        if (!m.entity) continue;
        let f = found.get(m.entity);
        if (!f) found.set(m.entity, (f = { count: 0, best: null, score: 0 }));
        f.count++;
        if (block.offset < 0) continue;
        const at = block.offset + m.start;
        const sentence = sentenceAt(sentences, at);
        if (!sentence) continue;
        const fullName = m.text.includes(' ');
        const score = snippetScore(article.text, fullName, sentence.start, sentence.end);
        if (!f.best || score > f.score) {
          f.best = [sentence.start, sentence.end, at - sentence.start, at - sentence.start + m.text.length, fullName ? 1 : 0];
          f.score = score;
        }
      }
    });
    const out = new Int32Array(found.size * MENTION_STRIDE);
    let i = 0;
    for (const [id, f] of found) {
      out.set([tables.entities.id(id), f.count, ...(f.best ?? [-1, -1, -1, -1, 0])], i);
      i += MENTION_STRIDE;
    }
    r.mentions = out;
    r.mentionQueries = log.take();
    delete r.sectionsStored;
  });

  // 6. Entity statistics, snippets and co-mentions over the whole corpus.
  const stats: EntityStats[] = entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    role: e.role,
    roleStory: -1,
    stories: [],
    snippets: [],
    related: [],
  }));
  const perEntity = options.snippetsPerEntity ?? 3;
  const relatedPerEntity = options.relatedPerEntity ?? 8;
  // The best snippets of each entity so far: higher score, then the earlier story.
  const bestSnippets: { ref: SnippetRef; score: number }[][] = entities.map(() => []);
  const bySnippetScore = (a: { ref: SnippetRef; score: number }, b: { ref: SnippetRef; score: number }) => b.score - a.score || a.ref[0] - b.ref[0];
  const storyIndex = new Map(articles.map((a, i) => [a.id, i]));
  const stories: StoryMeta[] = [];
  // Entities of each story, flat: story s holds storyEntities[storyStart[s] .. storyStart[s + 1]).
  const storyStart = new Int32Array(records.length + 1);
  let mentionCount = 0;
  for (const r of records) mentionCount += r.mentions.length / MENTION_STRIDE;
  const storyEntities = new Int32Array(mentionCount);
  const texts: string[] = [];
  const entityOf = (ref: number) => (ref < entityOfRef.length ? entityOfRef[ref]! : indexOfEntity.get(tables.entities.strings[ref]!)!);
  let filled = 0;
  records.forEach((r, s) => {
    const article = articles[s]!;
    const m = r.mentions;
    storyStart[s] = filled;
    for (let i = 0; i < m.length; i += MENTION_STRIDE) {
      const e = entityOf(m[i]!);
      storyEntities[filled++] = e;
      // Stories come in order, so an entity's list is by story.
      stats[e]!.stories.push([s, m[i + 1]!]);
      const start = m[i + 2]!;
      if (start < 0) continue;
      const score = snippetScore(article.text, m[i + 6] === 1, start, m[i + 3]!);
      const best = bestSnippets[e]!;
      // A later story with the same score never beats one already kept.
      if (best.length >= perEntity && !(best.length > 0 && score > best[best.length - 1]!.score)) continue;
      keepBest(best, { ref: [s, start, m[i + 3]!, m[i + 4]!, m[i + 5]!], score }, perEntity, bySnippetScore);
    }
    stories.push({ id: article.id, title: article.title, source: article.source, published: article.published, url: article.url });
    texts.push(article.text);
  });
  storyStart[records.length] = filled;

  const shared = new Int32Array(entities.length);
  const touched: number[] = [];
  const related: number[] = [];
  const byShared = (a: number, b: number) => shared[b]! - shared[a]! || a - b;
  stats.forEach((st, e) => {
    st.roleStory = entities[e]!.roleStory ? (storyIndex.get(entities[e]!.roleStory!) ?? -1) : -1;
    st.snippets = bestSnippets[e]!.map((x) => x.ref);
    touched.length = 0;
    for (const [s] of st.stories) {
      for (let i = storyStart[s]!; i < storyStart[s + 1]!; i++) {
        const other = storyEntities[i]!;
        if (other === e) continue;
        if (shared[other]! === 0) touched.push(other);
        shared[other]!++;
      }
    }
    related.length = 0;
    for (const other of touched) keepBest(related, other, relatedPerEntity, byShared);
    st.related = related.map((other): [number, number] => [other, shared[other]!]);
    for (const other of touched) shared[other] = 0;
  });

  options.onProgress?.('indexing', articles.length, articles.length);
  const keywords = keywordIndexFromCounts(
    records.map((r) => r.terms),
    tables.terms.strings,
  );
  const { aliases, common: commonWords, givenNames: given, teams: teamNames, organisations: organisationNames, organisationWords: organisationWordList, sharedSurnames, everydayNames } = lexicon;
  // The state keeps the whole lexicon the stories were read with; the index ships what they mention.
  const shipped = withoutUnmentioned(stats, lexicon);
  return {
    compiled: { index: { version: INDEX_VERSION, lexicon: shipped.lexicon, entities: shipped.stats, stories, keywords }, texts },
    state: {
      tables,
      stories: records,
      wordCase,
      lexicon: { entities: lexicon.entities, aliases, common: commonWords, givenNames: given, teams: teamNames, organisations: organisationNames, organisationWords: organisationWordList, sharedSurnames, everydayNames },
      ...(prev?.readWords ? { readWords: prev.readWords } : {}),
      ...(prev?.files ? { files: prev.files } : {}),
    },
    work,
  };
}
