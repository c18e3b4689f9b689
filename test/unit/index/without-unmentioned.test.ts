import { describe, expect, test } from 'vitest';
import type { EntityStats } from '../../../lib/index/compiled-index';
import { withoutUnmentioned } from '../../../lib/index/without-unmentioned';
import { detectDocument } from '../../../lib/ner/detect-mentions';
import { createMatcher, type Lexicon } from '../../../lib/ner/lexicon';
import { compileStories } from '../helpers/engine';

function stats(id: string, stories: [number, number][], related: [number, number][] = []): EntityStats {
  return { id, kind: 'person', name: id, role: null, roleStory: -1, stories, snippets: [], related };
}

function lexicon(ids: string[], aliases: Record<string, number[]>): Lexicon {
  return { entities: ids.map((id) => ({ id, kind: 'person', name: id })), aliases, common: [], gazetteer: {}, cities: {}, countries: [], demonyms: [], givenNames: [], teams: [] };
}

describe('an index ships only the entities some story mentions', () => {
  test('the others go, with their aliases; indices in aliases and related are renumbered', () => {
    const ids = ['a', 'b', 'c'];
    const out = withoutUnmentioned(
      [stats('a', [[0, 2]], [[2, 1]]), stats('b', []), stats('c', [[1, 1]], [[0, 1]])],
      lexicon(ids, { a: [0], b: [1], shared: [1, 2, 0], c: [2] }),
    );
    expect(out.stats.map((s) => s.id)).toEqual(['a', 'c']);
    expect(out.lexicon.entities.map((e) => e.id)).toEqual(['a', 'c']);
    expect(out.lexicon.aliases).toEqual({ a: [0], shared: [1, 0], c: [1] });
    expect(out.stats.map((s) => s.related)).toEqual([[[1, 1]], [[0, 1]]]);
  });

  test('nothing to leave out: the same entities and lexicon', () => {
    const lex = lexicon(['a'], { a: [0] });
    const out = withoutUnmentioned([stats('a', [[0, 1]])], lex);
    expect(out.lexicon).toBe(lex);
    expect(out.stats.map((s) => s.id)).toEqual(['a']);
  });

  test('a town the corpus names only as a club in results is no entity; a page reads it as a place, linked to none', () => {
    const results = (a: number, b: number) => `SOCCER - ENGLISH LEAGUE RESULTS.\nResults of English division one matches on Saturday:\nBarnsley ${a} Tranmere ${b}\nBolton 0 Wolves 0\nHuddersfield 1 Ipswich 3`;
    const { index } = compileStories([results(2, 1), results(0, 0), results(3, 1), 'The minister said in London on Monday that talks with Paris would go on.']);
    expect(index.entities.map((e) => e.id)).toEqual(['place:london', 'place:paris']);
    expect(index.entities.every((e) => e.stories.length > 0)).toBe(true);
    const [mentions] = detectDocument(['Floods hit homes in Ipswich and London on Monday.'], createMatcher(index.lexicon));
    expect(mentions!.map((m) => `${m.text}=${m.entity ?? '?'}`)).toEqual(['Ipswich=?', 'London=place:london']);
  });
});
