import type { Lexicon } from '../ner/lexicon';
import type { EntityStats } from './compiled-index';

/**
 * The index without the entities no story of the corpus mentions, nor their aliases: discovery
 * may find a name that detection then links nowhere ("Orleans" of "New Orleans", a surname the
 * page always gives to someone else), and a card with no story would show the reader nothing.
 * `stats` and `lexicon.entities` are parallel; indices in `related` and `aliases` are renumbered.
 */
export function withoutUnmentioned(stats: readonly EntityStats[], lexicon: Lexicon): { stats: EntityStats[]; lexicon: Lexicon } {
  const renumbered = new Int32Array(stats.length).fill(-1);
  let kept = 0;
  stats.forEach((s, i) => {
    if (s.stories.length > 0) renumbered[i] = kept++;
  });
  if (kept === stats.length) return { stats: [...stats], lexicon };
  const mentioned = (i: number) => renumbered[i]! >= 0;
  const aliases: Record<string, number[]> = {};
  for (const [key, list] of Object.entries(lexicon.aliases)) {
    const left = list.filter(mentioned).map((i) => renumbered[i]!);
    if (left.length > 0) aliases[key] = left;
  }
  return {
    stats: stats
      .filter((s) => s.stories.length > 0)
      .map((s) => ({ ...s, related: s.related.filter(([other]) => mentioned(other)).map(([other, shared]): [number, number] => [renumbered[other]!, shared]) })),
    lexicon: { ...lexicon, entities: lexicon.entities.filter((_, i) => mentioned(i)), aliases },
  };
}
