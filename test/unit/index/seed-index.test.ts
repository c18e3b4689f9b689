import { describe, expect, test } from 'vitest';
import { compileIndex } from '../../../lib/index/compile-index';
import { detectDocument, detectMentions } from '../../../lib/ner/detect-mentions';
import { buildCorpus } from '../../../scripts/corpus/build-corpus';
import { ROOT, SECOND_ARTICLE_FILE, SEEDS_DIR, SEED_FILE, engineResources, readPlainTextArticle, seedCorpus } from '../helpers/engine';

const { compiled, matcher } = seedCorpus();
const { index } = compiled;
const entityById = (id: string) => index.entities.find((e) => e.id === id);

describe('people of the seed corpus', () => {
  test.each([
    ['person:antony-blinken', 'Antony Blinken', 'US Secretary of State'],
    ['person:lloyd-austin', 'Lloyd Austin', 'Secretary of Defense'],
  ])('%s is a person named %j, role %j', (id, name, role) => {
    expect(entityById(id)).toMatchObject({ kind: 'person', name, role });
  });

  test('there is exactly one Blinken entity and one Austin entity', () => {
    expect(index.entities.filter((e) => /blinken/i.test(e.name)).map((e) => e.id)).toEqual(['person:antony-blinken']);
    expect(index.entities.filter((e) => /austin/i.test(e.name)).map((e) => e.id)).toEqual(['person:lloyd-austin']);
  });

  const DISPLAY: Record<string, string> = { 'person:antony-blinken': 'Antony Blinken', 'person:lloyd-austin': 'Lloyd Austin' };

  test.each([
    ['Blinken said the talks went well.', 'Blinken', 'person:antony-blinken'],
    ['Antony Blinken met allies in Tokyo.', 'Antony Blinken', 'person:antony-blinken'],
    ['Secretary Blinken arrived in Seoul on Monday.', 'Blinken', 'person:antony-blinken'],
    ["Blinken's trip to Japan was short.", 'Blinken', 'person:antony-blinken'],
    ['Officials praised Blinken’s remarks.', 'Blinken', 'person:antony-blinken'],
    ['Mr. Blinken said little.', 'Blinken', 'person:antony-blinken'],
    ['US Secretary of State Antony Blinken said', 'Antony Blinken', 'person:antony-blinken'],
    ['Lloyd Austin flew to India.', 'Lloyd Austin', 'person:lloyd-austin'],
    ['Austin said the alliance was strong.', 'Austin', 'person:lloyd-austin'],
    ['The talks were led by Austin.', 'Austin', 'person:lloyd-austin'],
    ['Defense Secretary Lloyd Austin landed in Tokyo.', 'Lloyd Austin', 'person:lloyd-austin'],
  ])('%j: %j links to %s', (sentence, text, id) => {
    const mentions = detectMentions(sentence, matcher);
    const start = sentence.indexOf(text);
    expect(mentions).toContainEqual({ start, end: start + text.length, kind: 'person', entity: id, text, name: DISPLAY[id] });
  });

  test('the mention for "Blinken\'s" is exactly "Blinken", with JS string offsets', () => {
    const sentence = "Critics questioned Blinken's approach.";
    const [m] = detectMentions(sentence, matcher);
    expect(m).toEqual({ start: 19, end: 26, kind: 'person', entity: 'person:antony-blinken', text: 'Blinken', name: 'Antony Blinken' });
    expect(sentence.slice(m!.start, m!.end)).toBe('Blinken');
  });

  test('a document with full names and surnames links every form to the same two people', () => {
    const blocks = [
      'Blinken and Austin meet allies',
      'US Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin arrived in Tokyo.',
      "Blinken's counterpart welcomed him. Austin said the alliance was strong, and Secretary Blinken agreed.",
    ];
    const ids = detectDocument(blocks, matcher)
      .flat()
      .filter((m) => m.kind === 'person')
      .map((m) => [m.text, m.entity]);
    expect(ids).toEqual([
      ['Blinken', 'person:antony-blinken'],
      ['Austin', 'person:lloyd-austin'],
      ['Antony Blinken', 'person:antony-blinken'],
      ['Lloyd Austin', 'person:lloyd-austin'],
      ['Blinken', 'person:antony-blinken'],
      ['Austin', 'person:lloyd-austin'],
      ['Blinken', 'person:antony-blinken'],
    ]);
  });

  test('names in capitals still link ("BLINKEN AND AUSTIN MEET")', () => {
    expect(detectMentions('BLINKEN AND AUSTIN MEET', matcher).map((m) => [m.text, m.entity])).toEqual([
      ['BLINKEN', 'person:antony-blinken'],
      ['AUSTIN', 'person:lloyd-austin'],
    ]);
  });
});

describe('places of the seed corpus', () => {
  test.each([
    ['China'],
    ['Beijing'],
    ['Xinjiang'],
    ['Hong Kong'],
    ['Tibet'],
    ['Taiwan'],
    ['South China Sea'],
    ['Japan'],
    ['South Korea'],
    ['India'],
    ['North Korea'],
  ])('%s is a place entity', (name) => {
    const e = index.entities.find((x) => x.name === name);
    expect(e).toMatchObject({ kind: 'place', name });
    expect(e!.stories.length).toBe(1);
  });

  test.each([
    ['Tensions rose in the South China Sea near Taiwan.', ['South China Sea', 'Taiwan']],
    ['Rights groups cite Xinjiang, Tibet and Hong Kong.', ['Xinjiang', 'Tibet', 'Hong Kong']],
    ['Austin will visit India, Japan and South Korea.', ['India', 'Japan', 'South Korea']],
    ['Beijing denied it.', ['Beijing']],
    ['Threats from North Korea grew.', ['North Korea']],
  ])('%j: places link to their entities', (sentence, names) => {
    const places = detectMentions(sentence, matcher).filter((m) => m.kind === 'place');
    expect(places.map((m) => m.text)).toEqual(names);
    for (const m of places) expect(entityById(m.entity!)?.name).toBe(m.text);
  });

  // Known gap: at a sentence start "North" is a common word the chunker drops, leaving "Korea",
  // which is not an alias, so a known two-word place is lost ("South Korea" survives only because
  // the seed capitalises "South" often enough).
  test('"North Korea" opening a sentence is still a place', () => {
    expect(detectMentions('North Korea fired two missiles on Sunday.', matcher)).toContainEqual({
      start: 0, end: 11, kind: 'place', entity: 'place:north-korea', text: 'North Korea', name: 'North Korea',
    });
  });

  test.each([
    ['Blinken and Austin wrote in The Washington Post on Sunday.'],
    ['An op-ed in the Washington Post drew replies.'],
    ['The Washington Post reported it first.'],
  ])('%j: no mention covers "Washington" of the newspaper', (sentence) => {
    const at = sentence.indexOf('Washington');
    const mentions = detectMentions(sentence, matcher);
    expect(mentions.filter((m) => m.start < at + 'Washington'.length && at < m.end)).toEqual([]);
  });

  test('Washington the city still links outside the newspaper name', () => {
    const sentence = 'The Washington Post said Washington would act.';
    const at = sentence.lastIndexOf('Washington');
    expect(detectMentions(sentence, matcher)).toEqual([
      { start: at, end: at + 10, kind: 'place', entity: 'place:washington', text: 'Washington', name: 'Washington' },
    ]);
  });
});

describe('determinism', () => {
  test('compiling the seeds twice gives byte-identical JSON', () => {
    const again = buildCorpus([SEEDS_DIR], ROOT).compiled;
    expect(JSON.stringify(again.index)).toBe(JSON.stringify(index));
    expect(JSON.stringify(again.texts)).toBe(JSON.stringify(compiled.texts));
  });

  test('the order of the input articles does not change the index', () => {
    const seed = readPlainTextArticle(SEED_FILE);
    const second = readPlainTextArticle(SECOND_ARTICLE_FILE);
    const a = compileIndex([seed, second], engineResources());
    const b = compileIndex([second, seed, seed], engineResources());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.index.stories.map((s) => s.published)).toEqual(['2022-06-02', '2021-03-15']);
  });

  test('entity ids are kind + slug of the name, unique, and sorted', () => {
    const ids = index.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const e of index.entities) expect(e.id).toMatch(new RegExp(`^${e.kind}:[a-z0-9-]+$`));
  });
});
