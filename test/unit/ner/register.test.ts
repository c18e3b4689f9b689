import { describe, expect, test } from 'vitest';
import { seededRandom } from '../helpers/random';
import { isChatWord, isConversational, registerOf, wordCount } from '../../../lib/ner/register';

describe('the register of a document: a post or a comment, or news copy', () => {
  test.each([
    ['omg my sister just met Brianna at the mall', true],
    ['Can you believe what Dario said last night?? 😂', true],
    ['i swear this game gets harder every week. anyone else stuck on level 9', true],
    ['Honestly I love how Priya handles the whole crew #teamwork', true],
  ])('a post: %s', (text, conversational) => {
    expect(isConversational([text])).toBe(conversational);
  });

  test.each([
    // The people quoted say "I" and "you"; the copy around them does not.
    [['"I think you will see a recovery," Marta Vinter said on Tuesday.']],
    // "U" in "U.S." is no chat "u"; a wrapped line opening in lower case is no sentence.
    [['WASHINGTON 1996-08-30', 'U.S. officials said on Friday that the talks in', 'the capital would go on next week.']],
    [['Shares of Zentrix Corp rose 4 pct on Tuesday after the company said sales grew.']],
    // An abbreviation's dot opens no sentence; ©, ® and ™ are no emoji; "#1" is no hashtag.
    [['Zentrix Corp. said on Tuesday that Vexor would buy its plant, the world #1 maker.']],
    [['© 2026 Reuters. All rights reserved.™']],
    // Quotes in single curly marks (British papers), with an apostrophe inside.
    [['‘I don’t think you will see a recovery,’ the chief of Vexor said on Tuesday.']],
    // A quote taken out leaves no sentence opening in lower case behind it.
    [['Vexor said. "We expect growth," she added on Tuesday.']],
  ])('news copy: %j', (blocks) => {
    expect(isConversational(blocks)).toBe(false);
  });

  test('a long text speaking as "I" to "you" is an article (a column, a how-to), not a post', () => {
    const column = Array.from({ length: 8 }, () => 'I think you should back up your files before you update, as I do every week.').join(' ');
    expect(isConversational([column])).toBe(false);
    expect(isConversational(['I think you should back up your files before you update.'])).toBe(true);
  });
});

describe('the register of a whole document: news copy, a brief text or a conversation', () => {
  const story = Array.from({ length: 6 }, () => 'The ministers of Tarvosh will meet their counterparts next week to talk about trade.');
  test.each([
    [['omg my sister just met Brianna at the mall'], 'conversation'],
    [['Glenda Vollan on stage at the Kelvara festival, 2025.'], 'brief'],
    [story, 'news'],
    // A dateline makes news copy of a brief, the wire's with a dash too.
    [['LONDON 1996-08-30', 'Tarvosh said on Friday it would buy Dorvant.'], 'news'],
    [['STAMFORD, Conn., March 2 - Dorvant Inc said it sold its unit.'], 'news'],
    [['NEW YORK, Feb 26 - Shr loss 6.48 dlrs vs profit.'], 'news'],
    [['Paris, 2 March (AFP) – Dorvant will reopen its plant.'], 'news'],
    [['WASHINGTON, March 2, 2024 — Dorvant will reopen its plant.'], 'news'],
    [['NEW DELHI: Dorvant will reopen its plant.'], 'news'],
    [['LONDON - Dorvant will reopen its plant.'], 'news'],
    // No dateline: a score, chat's capitals or a post's label before a colon, a caption's date.
    [['Final score, Kelvara 2 - Tarvosh 1'], 'brief'],
    [['OMG: Glenda Vollan on stage tonight'], 'brief'],
    [['EDIT: Glenda replied to the thread'], 'brief'],
    [['WOW - Glenda is back'], 'brief'],
    [['Glenda, 12 May - birthday girl'], 'brief'],
    [['Glenda and Martin, June 5: wedding day'], 'brief'],
    [['Our wedding, June 12, 2021 - best day'], 'brief'],
    // News's marks: a day of the week, a sum, a share.
    [['Dorvant recalled its vans on Tuesday.'], 'news'],
    [['Dorvant sold $5 million of bonds.'], 'news'],
    [['Dorvant shares rose 4 pct.'], 'news'],
    [[''], 'news'],
  ])('%j', (blocks, register) => {
    expect(registerOf(blocks)).toBe(register);
  });
});

describe('wordCount reads words as runs of letters and apostrophes', () => {
  test('as the regex /[\\p{L}\'’]+/gu counts them, up to one past the limit, on random text', () => {
    const alphabet = ['a', 'Z', ' ', "'", '’', '-', '.', '7', 'é', 'Ж', '🎉', '𝐀', '\ud800', '\n', '\u00a0'];
    const random = seededRandom(3);
    const next = () => random(alphabet.length);
    for (let n = 0; n < 3000; n++) {
      const blocks = Array.from({ length: 1 + (n % 3) }, () => Array.from({ length: n % 17 }, () => alphabet[next()]!).join(''));
      const max = n % 7;
      const all = blocks.reduce((sum, b) => sum + (b.match(/[\p{L}'’]+/gu)?.length ?? 0), 0);
      expect(wordCount(blocks, max), JSON.stringify(blocks)).toBe(Math.min(all, max + 1));
    }
  });
});

describe('words of chat', () => {
  test.each([
    ['hahaha', true],
    ['ahaha', true],
    ['hahaa', true],
    ['hihihi', true],
    ['heheh', true],
    ['lolz', true],
    ['lmaooo', true],
    ['xoxo', true],
    ['he', false],
    ['ha', false],
    ['hannah', false],
    ['lola', false],
    ['awwwww', true],
    ['ewww', true],
    ['hmmm', true],
    ['bruh', true],
    ['awe', false],
    ['ewan', false],
  ])('%s: %s', (word, chat) => {
    expect(isChatWord(word)).toBe(chat);
  });

  test('a long run of laughter is read in linear time', () => {
    const start = performance.now();
    expect(isChatWord(`${'ha'.repeat(20_000)}x`)).toBe(false);
    expect(performance.now() - start).toBeLessThan(50);
  });
});
