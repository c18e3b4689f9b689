import type { CompiledIndex } from './compiled-index';

/** Look-ups derived once per loaded index: entity by id, keyword postings. */
export interface IndexLookups {
  entityIndex: Map<string, number>;
  termIndex: () => Map<string, number>;
  /** Stories that have the term among their keywords. */
  termStories: (term: number) => number[];
}

const cache = new WeakMap<CompiledIndex, IndexLookups>();

export function lookupsOf(index: CompiledIndex): IndexLookups {
  let l = cache.get(index);
  if (!l) {
    const entityIndex = new Map(index.entities.map((e, i) => [e.id, i]));
    let terms: Map<string, number> | null = null;
    let postings: number[][] | null = null;
    l = {
      entityIndex,
      termIndex: () => (terms ??= new Map((index.keywords?.terms ?? []).map((t, i) => [t, i]))),
      termStories: (term) => {
        if (!postings) {
          const built: number[][] = (index.keywords?.terms ?? []).map(() => []);
          (index.keywords?.stories ?? []).forEach((list, s) => {
            for (const t of list) built[t]!.push(s);
          });
          postings = built;
        }
        return postings[term] ?? [];
      },
    };
    cache.set(index, l);
  }
  return l;
}
