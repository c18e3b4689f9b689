import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { makeArticle, type Article, type CorpusError, type ParseResult } from './article';
import { parseNewsDate } from './dates';
import { findDateline } from './dateline';
import { paragraphsOf } from './parse-html';

/** Elements that may repeat, read as arrays whatever their count in a given feed. */
const REPEATED = new Set(['item', 'entry', 'link', 'category']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  htmlEntities: true,
  // Feed text is data, never markup to evaluate: keep values as strings.
  parseTagValue: false,
  isArray: (name) => REPEATED.has(name),
});

type Node = Record<string, unknown>;

/** The text of an element that may be a plain value or `{ "#text": ..., "@_type": ... }`. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return textOf((value as Node)['#text']);
  return null;
}

/** Paragraphs of a feed's HTML or plain-text body. */
function bodyText(raw: string): string {
  if (!/<[a-z!/]/i.test(raw)) return raw.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
  const root = parse(raw, { blockTextElements: { script: false, style: false, noscript: false } });
  const paragraphs = paragraphsOf(root);
  return (paragraphs.length > 0 ? paragraphs : [root.textContent.replace(/\s+/g, ' ').trim()]).filter(Boolean).join('\n\n');
}

/** A title is text even when the feed marks it as HTML ("A &amp; B", "<b>Hi</b>"). */
function plainTitle(raw: string): string {
  return /[<&]/.test(raw) ? parse(raw).textContent.replace(/\s+/g, ' ').trim() : raw;
}

/** The address an Atom entry or RSS item points to. */
function linkOf(item: Node): string | null {
  for (const link of (item.link as unknown[] | undefined) ?? []) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    if (link && typeof link === 'object') {
      const l = link as Node;
      const rel = typeof l['@_rel'] === 'string' ? l['@_rel'] : 'alternate';
      if (rel === 'alternate' && typeof l['@_href'] === 'string') return l['@_href'].trim() || null;
      const text = textOf(l);
      if (text) return text;
    }
  }
  const guid = item.guid;
  const permalink = guid && typeof guid === 'object' ? (guid as Node)['@_isPermaLink'] !== 'false' : true;
  const guidText = textOf(guid);
  return permalink && guidText && /^https?:\/\//.test(guidText) ? guidText : null;
}

/** RSS 2.0, RSS 1.0 (RDF) and Atom items as articles; the feed's own title is their source. */
export function parseFeed(content: string, file: string): ParseResult {
  const valid = XMLValidator.validate(content);
  if (valid !== true) {
    return { articles: [], errors: [{ file, line: valid.err.line, message: `not a well-formed feed: ${valid.err.msg}` }] };
  }
  let doc: Node;
  try {
    doc = parser.parse(content) as Node;
  } catch (e) {
    return { articles: [], errors: [{ file, line: null, message: `not a readable feed: ${(e as Error).message}` }] };
  }
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const channel = (rss?.channel ?? rdf?.channel) as Node | undefined;
  const items = ((rss ? channel?.item : rdf ? rdf.item : atom?.entry) as Node[] | undefined) ?? null;
  if (!items) return { articles: [], errors: [{ file, line: null, message: 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> with items)' }] };
  const source = textOf(atom ? atom.title : channel?.title);
  const articles: Article[] = [];
  const errors: CorpusError[] = [];
  items.forEach((item, i) => {
    const body = textOf(item['content:encoded']) ?? textOf(item.content) ?? textOf(item.description) ?? textOf(item.summary);
    const text = body ? bodyText(body) : '';
    const title = plainTitle(textOf(item.title) ?? '');
    if (!text) {
      errors.push({ file, line: null, message: `item ${i + 1}${title ? ` ("${title}")` : ''} has no text (no content, description or summary)` });
      return;
    }
    const dateRaw = textOf(item.pubDate) ?? textOf(item.published) ?? textOf(item['dc:date']) ?? textOf(item.updated);
    const dateline = findDateline(text);
    articles.push(
      makeArticle({
        title: title || text.slice(0, 80),
        source,
        published: dateRaw ? parseNewsDate(dateRaw) : null,
        url: linkOf(item),
        datelinePlace: dateline ? dateline.place : null,
        text,
      }),
    );
  });
  return { articles, errors };
}
