/**
 * Finds the article on a page, so highlights go in the story and not in menus, teasers, footers or
 * ads. The live DOM is scored in place (Readability's approach, without cloning the document):
 * each paragraph gives points to its parent and, less, to the ancestors above; the best-scoring
 * container, discounted by how much of its text is links, is the article, together with siblings
 * that score nearly as well (a story split across several containers).
 */

/** Landmarks and boilerplate no article lives in. */
const BOILERPLATE = 'nav, aside, footer, form, menu, dialog, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [role="search"], [role="dialog"], [aria-hidden="true"], [hidden]';
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|promo|share|subscribe|outbrain|taboola|teaser|recirc|trending/i;
const MAYBE = /and|article|body|column|content|main|shadow|story|entry|post/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|teaser|recirc/i;
const PARAGRAPH_SELECTOR = 'p, pre, td, blockquote, li, div, section';
const MIN_PARAGRAPH_CHARS = 25;
/** Less text than this in the best container: the page is not an article (a home page, a list). */
const MIN_ARTICLE_CHARS = 400;

function classAndId(el: Element): string {
  return `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
}

function isUnlikely(el: Element): boolean {
  if (el.tagName === 'BODY' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') return false;
  const names = classAndId(el);
  return UNLIKELY.test(names) && !MAYBE.test(names);
}

function classWeight(el: Element): number {
  const names = classAndId(el);
  let w = 0;
  if (NEGATIVE.test(names)) w -= 25;
  if (POSITIVE.test(names)) w += 25;
  return w;
}

function tagWeight(el: Element): number {
  switch (el.tagName) {
    case 'ARTICLE':
    case 'MAIN':
      return 10;
    case 'DIV':
    case 'SECTION':
      return 5;
    case 'PRE':
    case 'TD':
    case 'BLOCKQUOTE':
      return 3;
    case 'OL':
    case 'UL':
    case 'DL':
    case 'DD':
    case 'DT':
    case 'LI':
    case 'FORM':
      return -3;
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
    case 'TH':
      return -5;
    default:
      return 0;
  }
}

/** Text directly inside `el` (a <div> that holds text itself works as a paragraph). */
function ownText(el: Element): string {
  if (el.tagName === 'P' || el.tagName === 'PRE' || el.tagName === 'BLOCKQUOTE') return el.textContent ?? '';
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) text += (n as Text).data;
    else if (n.nodeType === 1 && /^(A|B|I|EM|STRONG|SPAN|SMALL|SUP|SUB|ABBR|CITE|Q|TIME|MARK|U|S|BR)$/.test((n as Element).tagName)) text += n.textContent ?? '';
  }
  return text;
}

function linkDensity(el: Element, textLength: number): number {
  if (textLength === 0) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += (a.textContent ?? '').length;
  return links / textLength;
}

/** Where the article is: its containers, best first; empty when the page has none. */
export function findArticleRoots(doc: Document): Element[] {
  const body = doc.body;
  if (!body) return [];
  const scores = new Map<Element, number>();
  const score = (el: Element, points: number) => {
    if (!scores.has(el)) scores.set(el, tagWeight(el) + classWeight(el));
    scores.set(el, scores.get(el)! + points);
  };
  const excludedCache = new Map<Element, boolean>();
  const excluded = (el: Element): boolean => {
    const hit = excludedCache.get(el);
    if (hit !== undefined) return hit;
    const result = el.matches(BOILERPLATE) || isUnlikely(el) || (el.parentElement !== null && el.parentElement !== body && excluded(el.parentElement));
    excludedCache.set(el, result);
    return result;
  };
  for (const el of body.querySelectorAll(PARAGRAPH_SELECTOR)) {
    const text = ownText(el).trim();
    if (text.length < MIN_PARAGRAPH_CHARS || excluded(el)) continue;
    const points = 1 + (text.match(/,/g)?.length ?? 0) + Math.min(3, Math.floor(text.length / 100));
    let ancestor = el.parentElement;
    for (let level = 0; ancestor && level < 3; level++, ancestor = ancestor.parentElement) {
      score(ancestor, level === 0 ? points : level === 1 ? points / 2 : points / (level * 3));
      if (ancestor === body) break;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  const finalScores = new Map<Element, number>();
  for (const [el, s] of scores) {
    const length = (el.textContent ?? '').length;
    const final = s * (1 - linkDensity(el, length));
    finalScores.set(el, final);
    if (final > bestScore) {
      best = el;
      bestScore = final;
    }
  }
  if (!best || best === body) return best === body ? [body] : [];
  // A story split in several containers: siblings that score nearly as well belong to it.
  const roots = [best];
  const parent = best.parentElement;
  if (parent) {
    const threshold = Math.max(10, bestScore * 0.2);
    for (const sibling of parent.children) {
      if (sibling === best || excluded(sibling)) continue;
      const s = finalScores.get(sibling) ?? 0;
      const text = (sibling.textContent ?? '').trim();
      const plainParagraph = sibling.tagName === 'P' && text.length > 80 && linkDensity(sibling, text.length) < 0.25;
      if (s >= threshold || plainParagraph) roots.push(sibling);
    }
  }
  const chars = roots.reduce((n, r) => n + (r.textContent ?? '').trim().length, 0);
  return chars >= MIN_ARTICLE_CHARS ? roots : [];
}

/**
 * Decides where highlights may go on a page: inside the article when there is one, else anywhere
 * but the page's boilerplate (menus, footers, sidebars). Recomputed when the article leaves the
 * page (a single-page app replacing it).
 */
export class ArticleRegion {
  private roots: Element[] | null = null;

  constructor(private readonly doc: Document) {}

  private current(): Element[] {
    if (!this.roots || this.roots.some((r) => !r.isConnected)) this.roots = findArticleRoots(this.doc);
    return this.roots;
  }

  /** True when the page has an article Backstory can tell apart. */
  get found(): boolean {
    return this.current().length > 0;
  }

  allows(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) return false;
    const roots = this.current();
    if (roots.length > 0) return roots.some((r) => r.contains(el));
    return el.closest(BOILERPLATE) === null;
  }

  /** Forget the article found so far (the page navigated). */
  reset(): void {
    this.roots = null;
  }
}
