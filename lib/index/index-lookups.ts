import type { CompiledIndex } from './compiled-index';

/** Look-ups derived once per loaded index: entity by id, each entity's aliases, keyword postings. */
export interface IndexLookups {
  entityIndex: Map<string, number>;
  aliasesOf: (entity: number) => string[];
  termIndex: () => Map<string, number>;
  /** Stories that have the term among their keywords. */
  termStories: (term: number) => number[];
}

const cache = new WeakMap<CompiledIndex, IndexLookups>();

export function lookupsOf(index: CompiledIndex): IndexLookups {
  let l = cache.get(index);
  if (!l) {
    const entityIndex = new Map(index.entities.map((e, i) => [e.id, i]));
    let aliases: string[][] | null = null;
    let terms: Map<string, number> | null = null;
    let postings: number[][] | null = null;
    l = {
      entityIndex,
      aliasesOf: (entity) => {
        if (!aliases) {
          const built: string[][] = index.entities.map(() => []);
          for (const [key, list] of Object.entries(index.lexicon.aliases)) for (const e of list) built[e]?.push(key);
          aliases = built;
        }
        return aliases[entity] ?? [];
      },
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
