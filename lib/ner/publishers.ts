import type { Article } from '../corpus/article';
import { foldName } from '../text/normalize';
import type { Gazetteer } from './gazetteer';

/**
 * The names a corpus's publishers go by in its stories, read from the stories' `source`: "BBC
 * News" is "BBC", "Reuters (Reuters-21578)" is "Reuters", "The New York Times" is "New York
 * Times". A wire's stories name the wire ("told Reuters", "BBC Radio Scotland said"), and no such
 * name is a person or a place.
 */
export interface Publisher {
  /** Folded words: "new", "york", "times". */
  words: string[];
  /** Written in capitals ("ANI"): only a name written so is the publisher's ("Ani DiFranco" is no agency). */
  acronym: boolean;
}

/** Words a publisher's name closes with that its stories leave out ("BBC News", "CNN International"). */
const GENERIC_TAILS = new Set(['news', 'online', 'website', 'wire', 'newswire', 'service', 'services', 'media', 'digital', 'international', 'edition']);
const SCHEME = /^[a-z][a-z+.-]*:\/\/([^/?#\s]+).*$/i;
const DOMAIN = /(?:\.(?:com|net|org|co|gov|edu|ac))?\.(?:com|org|net|co|uk|in|au|ca|ie|de|fr|nz|jp|za|sg)$/i;
const BRACKETS = /\([^)]*\)|\[[^\]]*\]/g;
/** What follows the name: "BBC News | World", "Reuters - Business", "The Times: Politics". */
const SECTION = /\s+[|–—:-]\s+|\s*\|\s*/;
const EDGE_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const ACRONYM = /^[\p{Lu}\d&]+$/u;

/**
 * The publishers of `sources`, once each. Left out: a name of everyday words only ("The Times",
 * "The Independent"), of one letter, or a place's ("Taiwan News" is no reason to forget Taiwan;
 * `isPlace` reads a folded name).
 */
export function publishersOf(sources: Iterable<string | null>, isEverydayWord: (folded: string) => boolean, isPlace: (folded: string) => boolean): Publisher[] {
  const out = new Map<string, Publisher>();
  for (const source of sources) {
    if (!source) continue;
    const name = source.trim().replace(SCHEME, '$1').split(SECTION)[0]!.replace(BRACKETS, ' ').replace(/^www\./i, '').trim().replace(DOMAIN, '');
    const written = name.split(/\s+/).map((w) => w.replace(EDGE_MARKS, '')).filter(Boolean);
    if (written[0] && foldName(written[0]) === 'the') written.shift();
    while (written.length > 1 && GENERIC_TAILS.has(foldName(written.at(-1)!)) && !isPlace(written.slice(0, -1).map(foldName).join(' '))) written.pop();
    const words = written.map(foldName);
    if (words.length === 0 || words.join('').length < 2 || words.every(isEverydayWord) || isPlace(words.join(' '))) continue;
    const acronym = written.length === 1 && ACRONYM.test(written[0]!);
    out.set(`${acronym ? 'A' : 'W'}${words.join(' ')}`, { words, acronym });
  }
  return [...out.values()];
}

/** Publishers by their first folded word, for asking of many names. */
export type PublisherIndex = ReadonlyMap<string, readonly Publisher[]>;

export function indexPublishers(publishers: readonly Publisher[]): PublisherIndex {
  const index = new Map<string, Publisher[]>();
  for (const p of publishers) {
    const list = index.get(p.words[0]!);
    if (list) list.push(p);
    else index.set(p.words[0]!, [p]);
  }
  return index;
}

/**
 * The name (folded `words`, as most often written `spelling`) is a publisher's or opens with one:
 * "Reuters", "BBC Radio Scotland", "New York Times Co".
 */
export function isPublishersName(index: PublisherIndex, words: readonly string[], spelling: string): boolean {
  const candidates = index.get(words[0]!);
  if (!candidates) return false;
  const first = spelling.split(/\s/, 1)[0] ?? '';
  return candidates.some((p) => p.words.length <= words.length && p.words.every((w, i) => words[i] === w) && (!p.acronym || (first !== '' && first === first.toUpperCase())));
}

/**
 * The publishers of a corpus's stories, indexed: a place's name or a dictionary's words never count
 * as one, nor a person's name (a newsletter under its author's: "Glenda Vollan" of the first-names
 * list and a surname).
 */
export function corpusPublishers(articles: readonly Article[], gazetteer: Gazetteer, dictionary: ReadonlySet<string>): PublisherIndex {
  const isPlace = (key: string) => gazetteer.places[key] !== undefined || gazetteer.cities[key] !== undefined;
  const firstNames = new Set(gazetteer.firstNames ?? []);
  const publishers = publishersOf(articles.map((a) => a.source), (w) => dictionary.has(w), isPlace);
  return indexPublishers(publishers.filter((p) => !(p.words.length >= 2 && p.words.length <= 3 && firstNames.has(p.words[0]!))));
}
