import type { CompiledIndex } from './compiled-index';
import { decodePostings, idfOf, type Postings } from './keywords';

/** Look-ups derived once per loaded index: entity by id, keyword terms and postings. */
export interface IndexLookups {
  entityIndex: Map<string, number>;
  /** Keyword term -> its number (empty while the index has no keywords). */
  termIndex: () => Map<string, number>;
  /** The term's inverse document frequency over the whole corpus. */
  termIdf: (term: number) => number;
  /** Stories that have the term among their keywords, with their counts (decoded on first use). */
  termPostings: (term: number) => Postings;
}

const cache = new WeakMap<CompiledIndex, IndexLookups>();
const NONE: Postings = { stories: new Int32Array(0), counts: new Uint8Array(0) };

export function lookupsOf(index: CompiledIndex): IndexLookups {
  let l = cache.get(index);
  if (!l) {
    const entityIndex = new Map(index.entities.map((e, i) => [e.id, i]));
    // Keywords may arrive after the catalogue (the background loads them for related stories only).
    let terms: Map<string, number> | null = null;
    const decoded: (Postings | undefined)[] = [];
    const keywords = () => (Array.isArray(index.keywords?.postings) ? index.keywords : undefined);
    l = {
      entityIndex,
      termIndex: () => {
        const k = keywords();
        if (!k) return new Map();
        return (terms ??= new Map(k.terms.map((t, i) => [t, i])));
      },
      termIdf: (term) => idfOf(index.stories.length, keywords()?.df[term] ?? index.stories.length),
      termPostings: (term) => {
        let p = decoded[term];
        if (!p) {
          const text = keywords()?.postings[term];
          if (text === undefined) return NONE;
          p = decoded[term] = decodePostings(text);
        }
        return p;
      },
    };
    cache.set(index, l);
  }
  return l;
}
