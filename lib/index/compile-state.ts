import type { Lexicon } from '../ner/lexicon';

/**
 * What one compile learned story by story, kept so the next compile redoes only what changed.
 *
 * Each story's analysis depends on its own text and, where it reads corpus-wide facts, only on the
 * answers it got: a record keeps the questions it asked (which words it asked "common?", which
 * aliases it looked up), so the next compile can tell whether any answer changed. Records are keyed
 * by the story id, a hash of title and text, checked against both lengths.
 *
 * Strings are numbered in tables shared by all records; the per-story data are flat Int32Arrays:
 * - `words`: [word, times lower case, times capitalised inside a sentence]... (table `words`; a
 *   word may come more than once, its counts then add up). Only needed again when the story
 *   leaves the corpus (its counts come off the totals), so a cache may leave it on disk.
 * - `terms`: [term, count]... of the story's topic words                       (table `terms`)
 * - `names`: [key, spelling, cues, role or -1]... of its names, in text order  (table `names`)
 * - `nameQueries`: the words whose "common?" answer its names depended on      (table `words`)
 * - `mentions`: [entity, mentions, sentence start, sentence end, name start, name end in the
 *   sentence, full name?]... per entity it mentions; sentence start -1 when no snippet (table `entities`)
 * - `mentionQueries`: sorted hashes (queryHash) of the look-ups detection made. A hash shared by
 *   two look-ups can only make a story look affected when it is not: never the other way round.
 */
export interface StoryRecord {
  id: string;
  titleLength: number;
  textLength: number;
  /** Null when left on disk (CompileState.readWords reads it). */
  words: Int32Array | null;
  /** Where a cache keeps `words` on disk (the compiler only carries it along). */
  wordsStored?: Stored;
  /** Where a cache keeps the other sections on disk; the compiler drops it when it changes them. */
  sectionsStored?: Stored;
  terms: Int32Array;
  names: Int32Array;
  nameQueries: Int32Array;
  mentions: Int32Array;
  mentionQueries: Int32Array;
}

/** A place in a cache file: offset and length in Int32s, and the CRC-32 of those bytes. */
export interface Stored {
  offset: number;
  length: number;
  crc: number;
}

/** The part of a lexicon whose answers detection depends on (the gazetteer is fixed by the engine). */
export interface LexiconDigest extends Pick<Lexicon, 'entities' | 'common' | 'givenNames' | 'teams' | 'organisations' | 'organisationWords' | 'sharedSurnames' | 'everydayNames'> {
  /** Alias key -> entity numbers, as Lexicon['aliases'] (a null-prototype object when read back). */
  aliases: Readonly<Record<string, ArrayLike<number>>>;
}

export interface CompileTables {
  /** Counted by number: each word once. */
  words: StringTable;
  /** Counted by number: each term once. */
  terms: StringTable;
  /** Only read back as strings: a string may have two numbers. */
  names: StringTable;
  /** Only read back as strings: a string may have two numbers. */
  entities: StringTable;
}

export interface CompileState {
  tables: CompileTables;
  /** One record per story, in the compile's story order. */
  stories: StoryRecord[];
  /** Every record's `words` summed, by word number (shorter than the table: the rest are 0). */
  wordCase: { lower: Int32Array; capital: Int32Array };
  /** The lexicon the records' detection answers came from. */
  lexicon: LexiconDigest;
  /** Reads the `words` of a record left on disk; may throw (the compile then starts afresh). */
  readWords?: (r: StoryRecord) => Int32Array;
  /** The cache files the records' `wordsStored` and `sectionsStored` point into (carried along). */
  files?: {
    words: string;
    sections: string;
    /** Lengths in Int32s. */
    size: { words: number; sections: number };
    /** The sections file as appended: [offset, length, CRC-32] of each chunk, end to end. */
    chunks: [number, number, number][];
  };
}

export const TABLES = ['words', 'terms', 'names', 'entities'] as const;
/** The sections a record always holds in memory (`words` may stay on disk). */
export const SECTIONS = ['terms', 'names', 'nameQueries', 'mentions', 'mentionQueries'] as const;
export type Section = (typeof SECTIONS)[number];
export const STRIDE: Record<Section, number> = { terms: 2, names: 4, nameQueries: 1, mentions: 7, mentionQueries: 1 };
export const WORDS_STRIDE = 3;
export const MENTION_STRIDE = STRIDE.mentions;

/** What detection reads of a key's facts in the lexicon (see `KeyFacts`). */
export const QUERY_KIND = { entities: 0, flags: 1, longest: 2 } as const;

/** 32-bit FNV-1a of a look-up: its kind, then the key. */
export function queryHash(kind: number, key: string): number {
  let h = Math.imul(0x811c9dc5 ^ kind, 0x01000193);
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * Strings numbered in the order first seen; append-only, so numbers held by records stay valid.
 * A table that is only read back as strings (`unique` false) does not look up the strings it was
 * loaded with: a string met again gets a new number, which saves hashing the whole table.
 */
export class StringTable {
  readonly strings: string[];
  private ids: Map<string, number> | null = null;

  constructor(
    strings: string[] = [],
    private readonly unique = true,
  ) {
    this.strings = strings;
  }

  private map(): Map<string, number> {
    if (!this.ids) {
      const ids = new Map<string, number>();
      if (this.unique) {
        this.strings.forEach((s, i) => ids.set(s, i));
        if (ids.size !== this.strings.length) throw new Error('string table holds a string twice');
      }
      this.ids = ids;
    }
    return this.ids;
  }

  get size(): number {
    return this.strings.length;
  }

  id(s: string): number {
    const ids = this.map();
    let i = ids.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      ids.set(s, i);
    }
    return i;
  }

  /** The number of a string (only for a unique table). */
  find(s: string): number | undefined {
    if (!this.unique) throw new Error('find() needs a table of unique strings');
    return this.map().get(s);
  }
}

export function newTables(from?: Record<keyof CompileTables, string[]>): CompileTables {
  return {
    words: new StringTable(from?.words),
    terms: new StringTable(from?.terms),
    names: new StringTable(from?.names, false),
    entities: new StringTable(from?.entities, false),
  };
}

/** Collects table numbers once each, per story: `start()` forgets the last story's. */
export class UniqueIds {
  private seen = new Int32Array(1024);
  private generation = 0;
  readonly ids: number[] = [];

  start(): void {
    this.generation++;
    this.ids.length = 0;
  }

  /** True when the number is new for this story. */
  add(id: number): boolean {
    if (id >= this.seen.length) {
      const grown = new Int32Array(Math.max(id + 1, this.seen.length * 2));
      grown.set(this.seen);
      this.seen = grown;
    }
    if (this.seen[id] === this.generation) return false;
    this.seen[id] = this.generation;
    this.ids.push(id);
    return true;
  }

  take(): Int32Array {
    return Int32Array.from(this.ids);
  }
}

/** Where a record's numbers point, besides `words` (into `words`): [section, offset in the stride, table]. */
export const REFERENCES: readonly [Section, number, keyof CompileTables][] = [
  ['terms', 0, 'terms'],
  ['names', 0, 'names'],
  ['names', 1, 'names'],
  ['names', 3, 'names'], // -1 for no role
  ['nameQueries', 0, 'words'],
  ['mentions', 0, 'entities'],
];
