import { describe, expect, test } from 'vitest';
import { detectDocument } from '../../../lib/ner/detect-mentions';
import { buildCityFirstNames, buildFirstNames } from '../../../lib/ner/first-names';
import type { Gazetteer } from '../../../lib/ner/gazetteer';
import { namesInSmallLetters } from '../../../lib/ner/small-letter-names';
import { tokenize } from '../../../lib/text/tokenize';
import { engineResources, seedCorpus, storiesEngine } from '../helpers/engine';

/** Mentions of a document's blocks as "text=kind", with the register given or read from them. */
function read(blocks: string[], register?: Parameters<typeof detectDocument>[2]): string[] {
  const { matcher } = seedCorpus();
  return detectDocument(blocks, matcher, register).flat().map((m) => `${m.text}=${m.kind}`);
}

/** A story longer than any post, around `sentence`. */
function newsStory(sentence: string): string[] {
  const filler = 'The ministers will meet their counterparts in the capital next week to talk about trade and security in the region.';
  return [filler, sentence, filler, filler, filler];
}

describe('the maintained list of first names', () => {
  const gazetteer: Gazetteer = { places: { georgia: 'Georgia' }, countries: ['georgia'], cities: { florence: 'Florence' }, demonyms: ['welsh'], languages: ['english'] };
  test.each([
    ['Glenda', true],
    ['DARRYL', true],
    // An everyday word, a place, a city, a people, a language, a month, a particle, two letters.
    ['Grace', false],
    ['Georgia', false],
    ['Florence', false],
    ['Welsh', false],
    ['English', false],
    ['June', false],
    ['Van', false],
    ['Al', false],
  ])('%s is kept: %s', (name, kept) => {
    expect(buildFirstNames([name], gazetteer, new Set(['grace'])).length === 1).toBe(kept);
  });

  test('keeps its towns apart: "Florence" is a town\'s first name, "Georgia" a country\'s, "Glenda" no town\'s, "Dallas" a big city\'s', () => {
    const cities = { ...gazetteer.cities, grace: 'Grace', dallas: 'Dallas' };
    const population = new Map([['florence', 60_000], ['dallas', 1_300_000], ['grace', 70_000]]);
    expect(buildCityFirstNames(['Florence', 'Georgia', 'Glenda', 'Grace', 'Dallas'], { ...gazetteer, cities }, new Set(['grace']), population)).toEqual(['florence']);
  });

  test('comes with the gazetteer, without the dictionary\'s words, less common ones included', () => {
    const names = new Set(engineResources().gazetteer.firstNames);
    expect(names.size).toBeGreaterThan(5000);
    for (const name of ['glenda', 'darryl']) expect(names.has(name), name).toBe(true);
    for (const word of ['grace', 'roger', 'barbie', 'june', 'florence']) expect(names.has(word), word).toBe(false);
  });
});

describe('a first name alone or opening a name, in a post or a caption', () => {
  test.each([
    [['Hats off to Glenda for the great show'], ['Glenda=person']],
    [['Darryl Strawberry was the best hitter ever'], ['Darryl Strawberry=person']],
    // After a preposition of place, a place's ("to" and "from" take people too); in a table's row, a side's.
    [['Lunch at Glenda Park was great'], ['Glenda Park=place']],
    [['Glenda 3 Dorvant 1'], []],
    // Chat's interjection opening a sentence is no part of the name after it, nor a name alone.
    [['Awwww Glenda so cute!! 😍'], ['Glenda=person']],
    [['Bruh you can tell it is fake lol'], []],
    // A verb before its negative's clitic, split off as tokenized posts write it.
    [["This was wonderful! Ca n' t wait to see more lol"], []],
    [["Wo n't lie, Glenda was great lol"], ['Glenda=person']],
  ])('%j', (blocks, expected) => {
    expect(read(blocks)).toEqual(expected);
  });

  test('chat\'s spelling of a word is no interjection: "Im Kwon-taek" opening a sentence keeps his surname', () => {
    const { kindsOf } = storiesEngine(['Director Im Kwon-taek said on Monday the film was done.', 'The film by Im Kwon-taek opened in Seoul.']);
    expect(kindsOf(['Im Kwon-taek won the best director award at Cannes on Sunday.'])[0]).toContain('Im Kwon-taek=person');
  });

  test('not in news copy, which names people in full first: a lone first name there is as often a firm or a work', () => {
    expect(read(newsStory('Glenda said sales rose by a tenth last year.'))).toEqual([]);
    expect(read(newsStory('Darryl Strawberry signed a new deal on Tuesday.'))).toEqual([]);
    // A wire story's dateline, a day of the week or a sum make a brief news copy.
    expect(read(['STAMFORD, Conn., March 2 - Glenda said sales rose by a tenth.'])).not.toContain('Glenda=person');
    expect(read(['Glenda will tour next year, the band said on Monday.'])).toEqual([]);
    expect(read(['Glenda recalled 200,000 dlrs of bonds.'])).toEqual([]);
    // Words of chat are no first names: "Ive" is "I've".
    expect(read(['Ive been waiting for Glenda all day'])).toEqual(['Glenda=person']);
  });

  test('alone, not in sports copy, where such names are clubs', () => {
    expect(read(['Dorvant 2 Tarvosh 1', 'Glenda beat Kelvara 3-1 on Saturday.'])).not.toContain('Glenda=person');
  });
});

describe('a first name that is a city too, in a post', () => {
  test.each([
    [['How old are you Taylor'], ['Taylor=person']],
    [['lol it was just the fact that Crosby went down that hurt'], ['Crosby=person']],
    // After a preposition of place it is the city.
    [['Flying to Taylor tomorrow, so excited'], ['Taylor=place']],
  ])('%j', (blocks, expected) => {
    expect(read(blocks)).toEqual(expected);
  });

  test('not in news copy, which names a person in full first, nor in a brief text with no mark of chat', () => {
    expect(read(newsStory('Crosby said the plan would work.'))).not.toContain('Crosby=person');
    expect(read(['Crosby have been unable to win any of their last five games.'])).not.toContain('Crosby=person');
  });
});

describe('names in small letters, in a conversation', () => {
  test.each([
    [['omg i love glenda vollan so much lol'], ['glenda vollan=person']],
    [["lol did you see glenda's new car??"], ['glenda=person']],
    [['wow glenda and darryl are so cute 😀'], ['glenda=person', 'darryl=person']],
    // A handle, a hashtag, an address or a link is no mention; nor an everyday word that is a first name elsewhere.
    [['lol @glenda you rock #darryl'], []],
    [['lol email me at glenda@mail.com'], []],
    [['lol glenda.com is down'], []],
    [['omg check kelvara.com/glenda lol'], []],
    [['i swear grace will save us lol'], []],
    // Laughter after a first name is no surname; an accent is read as the list writes the name.
    [['omg glenda hahahaha'], ['glenda=person']],
    [['glenda tho lol'], ['glenda=person']],
    [['omg i love zoë vollan lol'], ['zoë vollan=person']],
  ])('%j', (blocks, expected) => {
    expect(read(blocks)).toEqual(expected);
  });

  test('before a capitalised name, a word in small letters is left to the names with capitals', () => {
    expect(read(['lol i met Tarek ben Vollan today'])).not.toContain('ben=person');
    expect(read(['omg i love glenda Vollan lol'])).not.toContain('glenda=person');
    // Not before chat, "I", a day or a month, nor with a possessive; a missing space is no link.
    for (const post of ['Lol glenda is here u', 'i love glenda LOL u', 'i saw glenda I’m sure u', 'i met glenda June lol u', 'i love glenda’s TikTok lol', 'lol i saw glenda.she was great u']) {
      expect(read([post]), post).toContain('glenda=person');
    }
    // An everyday word opening the sentence is no name beside it.
    expect(read(['Wait glenda wears glasses????'])).toEqual(['glenda=person']);
  });

  test('a capitalised first name with its surname in small letters is one person ("Travis scott")', () => {
    expect(read(['omg Glenda scott sold her soul lol'])).toEqual(['Glenda scott=person']);
    // Only a word the lexicon knows as a name's: chat's words in small letters are many; a link is none.
    expect(read(['omg Glenda texted me lol'])).toEqual(['Glenda=person']);
    expect(read(['omg Glenda https://t.co/x lol'])).toEqual(['Glenda=person']);
    expect(read(['omg Glenda so good lol'])).toEqual(['Glenda=person']);
    expect(read(['omg Glenda hahahaha lol'])).toEqual(['Glenda=person']);
    expect(read(['Glenda scott sold her soul to the devil'], 'brief')).toEqual(['Glenda=person']);
  });

  test('only in a conversation: news copy and a brief text write names with capitals', () => {
    expect(read(['omg i love glenda vollan so much lol'], 'brief')).toEqual([]);
    expect(read(['Glenda Vollan spoke to glenda vollan'], 'brief')).toEqual(['Glenda Vollan=person']);
    expect(read(newsStory('the report by glenda vollan was published.'))).toEqual([]);
  });

  test('the spans come in order, with the surname after one space on the same line', () => {
    const lexicon = { isFirstName: (w: string) => w === 'glenda' || w === 'darryl', isCommonWord: (w: string) => w === 'and' || w === 'is' };
    const text = 'glenda vollan and darryl\nvollan is here';
    const spans = namesInSmallLetters(text, tokenize(text), lexicon).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['glenda vollan', 'darryl']);
  });
});
