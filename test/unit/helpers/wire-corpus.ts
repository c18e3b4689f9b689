/**
 * A made-up wire corpus for compiler tests: people with titles and roles, surnames alone, places
 * with datelines and prepositions, organisations, sports results, words written in both cases.
 * The same seed gives the same stories.
 */
import { seededRandom } from '../../../bench/resample';
import { makeArticle, type Article } from '../../../lib/corpus/article';

/** A small deterministic PRNG (mulberry32), the benchmark's own. */
export const random = seededRandom;

const FIRST = ['Amara', 'Tomasz', 'Ingrid', 'Kwame', 'Lucia', 'Haruto', 'Farida', 'Dmitri', 'Sione', 'Elena', 'Ravi', 'Marisol'];
const LAST = ['Okonkwo', 'Lindqvist', 'Brennan', 'Takeda', 'Haddad', 'Moreau', 'Petrov', 'Vaipulu', 'Castillo', 'Mensah', 'Sorensen', 'Iyer'];
const PLACES = ['Nairobi', 'Lima', 'Oslo', 'Hanoi', 'Kenya', 'Peru', 'Norway', 'Vietnam', 'Geneva', 'Brazil', 'Ghana', 'Lisbon'];
const ROLES = ['Foreign Minister', 'central bank governor', 'Finance Minister', 'opposition leader', 'coach'];
const ORGS = ['the Harbour Workers Union', 'the Northern Grain Company', 'the Coastal Rail Authority'];
const TOPICS = [
  'grain exports rose as the harvest improved and prices for wheat fell',
  'the central bank kept interest rates on hold and inflation eased',
  'port workers ended a strike over wages and shipping resumed',
  'the striker scored twice and the club stayed top of the league',
  'floods closed roads and the government promised aid to farmers',
];
const CAPITALISED = ['Bank', 'Court', 'Union', 'Field', 'Stone'];

export type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** One sentence about people and places, in one of several news patterns. */
export function sentence(rng: Rng): string {
  const person = `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
  const surname = person.split(' ')[1]!;
  const place = pick(rng, PLACES);
  switch (Math.floor(rng() * 9)) {
    case 0:
      return `${pick(rng, ROLES)} ${person} said on Monday that ${pick(rng, TOPICS)}.`;
    case 1:
      return `${surname} told reporters in ${place} that ${pick(rng, TOPICS)}.`;
    case 2:
      return `Mr ${surname} visited ${place} and ${pick(rng, PLACES)} last week.`;
    case 3:
      return `${person}, the ${pick(rng, ROLES).toLowerCase()}, met officials from ${pick(rng, ORGS)}.`;
    case 4:
      return `${place} ${Math.floor(rng() * 4)} ${pick(rng, PLACES)} ${Math.floor(rng() * 4)}`;
    case 5:
      return `In ${place}, ${pick(rng, TOPICS)}, ${person} said.`;
    case 6:
      return `The ${pick(rng, CAPITALISED).toLowerCase()} and the ${pick(rng, CAPITALISED)} of ${place} said ${pick(rng, TOPICS)}.`;
    case 7:
      return `${person} (${pick(rng, ['Kenya', 'Peru', 'Norway', 'Ghana'])}) beat ${pick(rng, FIRST)} ${pick(rng, LAST)} 6-3 6-4.`;
    default:
      return `${pick(rng, TOPICS).replace(/^./, (c) => c.toUpperCase())}, officials in ${place} said.`;
  }
}

/** One story: a dateline, two or three paragraphs of sentences. */
export function story(rng: Rng, n: number): Article {
  const place = pick(rng, PLACES);
  const paragraphs = Array.from({ length: 2 + Math.floor(rng() * 2) }, () => Array.from({ length: 1 + Math.floor(rng() * 3) }, () => sentence(rng)).join(' '));
  paragraphs[0] = `${place.toUpperCase()} (Wire) - ${paragraphs[0]}`;
  const day = String(1 + Math.floor(rng() * 28)).padStart(2, '0');
  return makeArticle({
    title: `${pick(rng, LAST)} in ${place}, report ${n}`,
    text: paragraphs.join('\n\n'),
    source: 'Wire',
    published: rng() < 0.9 ? `2021-0${1 + Math.floor(rng() * 9)}-${day}` : null,
    url: null,
    datelinePlace: place,
  });
}

export function wireCorpus(seed: number, size: number): Article[] {
  const rng = random(seed);
  return Array.from({ length: size }, (_, n) => story(rng, n));
}

/** The article with new text (a new id, as the readers would give it). */
export function withText(a: Article, text: string): Article {
  return makeArticle({ title: a.title, text, source: a.source, published: a.published, url: a.url, datelinePlace: a.datelinePlace });
}
