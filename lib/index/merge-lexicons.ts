import type { Lexicon } from '../ner/lexicon';
import { mayBeOnePerson } from '../ner/same-first-name';
import { foldName } from '../text/normalize';

/**
 * One lexicon for detection from the bundled corpus and the reader's library: entities are the
 * bundled ones, then the library's that the bundled corpus does not know (same id: same entity).
 * For an alias both know, the bundled readings come first. The engine's resources (gazetteer,
 * cities...) are the bundled lexicon's; learned word lists are united.
 */
export function mergeLexicons(base: Lexicon, extra: Lexicon): Lexicon {
  const entities = [...base.entities];
  const indexOf = new Map(entities.map((e, i) => [e.id, i]));
  const remap = extra.entities.map((e) => {
    let i = indexOf.get(e.id);
    if (i === undefined) {
      i = entities.length;
      entities.push(e);
      indexOf.set(e.id, i);
    }
    return i;
  });
  const aliases: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  for (const [key, list] of Object.entries(base.aliases)) aliases[key] = [...list];
  const isPerson = (i: number) => entities[i]!.kind === 'person';
  // A surname each corpus gives first to a different person ("Vollan": Tarek in one, Mirela in the
  // other) is neither's alone; two spellings of one person's name are one ("Glen", "Glenn Kelby").
  const sharedAcross: string[] = [];
  for (const [key, list] of Object.entries(extra.aliases)) {
    const merged = aliases[key] ?? [];
    const baseFirst = merged.find(isPerson);
    const extraFirst = list.map((i) => remap[i]!).find(isPerson);
    for (const i of list) {
      const j = remap[i]!;
      if (!merged.includes(j)) merged.push(j);
    }
    aliases[key] = merged;
    if (!key.includes(' ') && baseFirst !== undefined && extraFirst !== undefined && baseFirst !== extraFirst && !mayBeOnePerson(foldName(entities[baseFirst]!.name), foldName(entities[extraFirst]!.name))) sharedAcross.push(key);
  }
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();
  // A word the library proves is a name (an alias there) is no longer "common" at a sentence start.
  const common = union(base.common, extra.common).filter((w) => aliases[w] === undefined || base.common.includes(w));
  return {
    ...base,
    entities,
    aliases,
    common,
    givenNames: union(base.givenNames, extra.givenNames),
    teams: union(base.teams, extra.teams),
    organisations: union(base.organisations ?? [], extra.organisations ?? []),
    organisationWords: union(base.organisationWords ?? [], extra.organisationWords ?? []),
    sharedSurnames: union(union(base.sharedSurnames ?? [], extra.sharedSurnames ?? []), sharedAcross),
    // A word the bundled corpus knows as a name without listing it as everyday stays a name: a
    // small library has seen too few words to say ("china", "turkey").
    everydayNames: union(base.everydayNames ?? [], (extra.everydayNames ?? []).filter((w) => !Object.hasOwn(base.aliases, w) && !Object.hasOwn(base.gazetteer, w))),
  };
}
