import { describe, expect, test } from 'vitest';
import { mergeLexicons } from '../../../lib/index/merge-lexicons';
import { KEY, createMatcher, type Lexicon } from '../../../lib/ner/lexicon';

/** A lexicon with only what the merge reads; the engine's resources are the bundled one's. */
function lexicon(parts: Partial<Lexicon>): Lexicon {
  return { entities: [], aliases: {}, common: [], gazetteer: {}, cities: {}, countries: [], demonyms: [], givenNames: [], teams: [], ...parts };
}

describe('mergeLexicons: the bundled corpus and a reader\'s library read as one', () => {
  const bundled = lexicon({
    entities: [{ id: 'person:tarek-vollan', kind: 'person', name: 'Tarek Vollan' }],
    aliases: { 'tarek vollan': [0], vollan: [0] },
    givenNames: ['tarek'],
    organisations: ['velcorp'],
    organisationWords: ['deutsche'],
    everydayNames: ['nice'],
    gazetteer: { oslo: 'Oslo' },
  });
  const library = lexicon({
    entities: [
      { id: 'person:osric-thane', kind: 'person', name: 'Osric Thane' },
      { id: 'person:tarek-vollan', kind: 'person', name: 'Tarek Vollan' },
    ],
    aliases: { 'osric thane': [0], thane: [0], vollan: [1] },
    givenNames: ['osric'],
    organisations: ['merrill vance'],
    organisationWords: ['daiwa'],
    everydayNames: ['down'],
  });
  const merged = mergeLexicons(bundled, library);

  test('entities the bundled corpus knows keep their number; the library\'s others follow', () => {
    expect(merged.entities.map((e) => e.id)).toEqual(['person:tarek-vollan', 'person:osric-thane']);
    expect(merged.aliases).toEqual({ 'tarek vollan': [0], vollan: [0], 'osric thane': [1], thane: [1] });
  });

  test('learned lists are united, organisations\' names too, and the engine\'s resources stay the bundled ones', () => {
    expect(merged.givenNames).toEqual(['osric', 'tarek']);
    expect(merged.organisations).toEqual(['merrill vance', 'velcorp']);
    expect(merged.organisationWords).toEqual(['daiwa', 'deutsche']);
    expect(merged.everydayNames).toEqual(['down', 'nice']);
    // A small library's everyday word that the bundled corpus knows as a name stays a name.
    const small = lexicon({ everydayNames: ['oslo', 'tarek vollan', 'vollan', 'delta'] });
    expect(mergeLexicons(bundled, small).everydayNames).toEqual(['delta', 'nice']);
    expect(merged.gazetteer).toEqual({ oslo: 'Oslo' });
    const m = createMatcher(merged);
    expect(m.keys.get('merrill vance')!.flags & KEY.organisation).toBe(KEY.organisation);
    expect(m.keys.get('velcorp')!.flags & KEY.organisation).toBe(KEY.organisation);
    expect(m.keys.get('daiwa')!.flags & KEY.organisationWord).toBe(KEY.organisationWord);
    // A span of several words opening with a word is looked for as long as the organisation's name.
    expect(m.keys.get('merrill')!.longest).toBe(2);
  });
});

describe('mergeLexicons: surnames several people share', () => {
  test('a surname each corpus gives to someone else is shared; the shared lists are united', () => {
    const bundled = lexicon({
      entities: [
        { id: 'person:tarek-vollan', kind: 'person', name: 'Tarek Vollan' },
        { id: 'person:ines-kelby', kind: 'person', name: 'Ines Kelby' },
        { id: 'person:aldo-kelby', kind: 'person', name: 'Aldo Kelby' },
      ],
      aliases: { vollan: [0], kelby: [1, 2] },
      sharedSurnames: ['kelby'],
    });
    const library = lexicon({
      entities: [
        { id: 'person:mirela-vollan', kind: 'person', name: 'Mirela Vollan' },
        { id: 'person:tarek-vollan', kind: 'person', name: 'Tarek Vollan' },
        { id: 'place:pryce', kind: 'place', name: 'Pryce' },
        { id: 'person:osric-pryce', kind: 'person', name: 'Osric Pryce' },
      ],
      aliases: { vollan: [0, 1], pryce: [2, 3], okafor: [3] },
    });
    const merged = mergeLexicons(bundled, library);
    // "Vollan": Tarek in the bundled corpus, Mirela in the library. "Pryce" is a person in the
    // library only (a place besides): the library's own reading, not shared.
    expect(merged.sharedSurnames).toEqual(['kelby', 'vollan']);
    const m = createMatcher(merged);
    expect(m.keys.get('vollan')!.flags & KEY.sharedSurname).toBe(KEY.sharedSurname);
    expect(m.keys.get('pryce')!.flags & KEY.sharedSurname).toBe(0);
  });

  test('nor do two spellings of one person\'s name, nor a library that puts the bundled corpus\'s person first', () => {
    const glen = lexicon({ entities: [{ id: 'person:glen-kelby', kind: 'person', name: 'Glen Kelby' }], aliases: { kelby: [0] } });
    const glenn = lexicon({ entities: [{ id: 'person:glenn-kelby', kind: 'person', name: 'Glenn Kelby' }], aliases: { kelby: [0] } });
    expect(mergeLexicons(glen, glenn).sharedSurnames).toEqual([]);
    const tarek = lexicon({ entities: [{ id: 'person:tarek-vollan', kind: 'person', name: 'Tarek Vollan' }], aliases: { vollan: [0] } });
    const both = lexicon({
      entities: [
        { id: 'person:tarek-vollan', kind: 'person', name: 'Tarek Vollan' },
        { id: 'person:mirela-vollan', kind: 'person', name: 'Mirela Vollan' },
      ],
      aliases: { vollan: [0, 1] },
    });
    expect(mergeLexicons(tarek, both).sharedSurnames).toEqual([]);
  });

  test('the same person in both corpora shares nothing', () => {
    const one = lexicon({ entities: [{ id: 'person:tarek-vollan', kind: 'person', name: 'Tarek Vollan' }], aliases: { vollan: [0] } });
    expect(mergeLexicons(one, one).sharedSurnames).toEqual([]);
  });
});
