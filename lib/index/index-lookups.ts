import type { CompiledIndex } from './compiled-index';

/** Look-ups derived once per loaded index: entity by id, and each entity's aliases. */
export interface IndexLookups {
  entityIndex: Map<string, number>;
  aliasesOf: (entity: number) => string[];
}

const cache = new WeakMap<CompiledIndex, IndexLookups>();

export function lookupsOf(index: CompiledIndex): IndexLookups {
  let l = cache.get(index);
  if (!l) {
    const entityIndex = new Map(index.entities.map((e, i) => [e.id, i]));
    let aliases: string[][] | null = null;
    const aliasesOf = (entity: number) => {
      if (!aliases) {
        const built: string[][] = index.entities.map(() => []);
        for (const [key, list] of Object.entries(index.lexicon.aliases)) for (const e of list) built[e]?.push(key);
        aliases = built;
      }
      return aliases[entity] ?? [];
    };
    l = { entityIndex, aliasesOf };
    cache.set(index, l);
  }
  return l;
}
