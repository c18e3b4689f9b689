/**
 * Finds the article on a page, so highlights go in the story and not in menus, teasers, footers or
 * ads. The live DOM is scored in place (Readability's approach, without cloning the document):
 * each paragraph gives points to its parent and, less, to the ancestors above; the best-scoring
 * container, discounted by how much of its text is links, is the article, together with siblings
 * that score nearly as well (a story split across several containers). Inside it, what Readability
 * would clean out of its article before showing it (captions full of links, related-story lists,
 * share bars, bylines, forms, boilerplate-looking blocks) is left out too: see `ArticleCleaner`.
 */
import { SliceClock, yieldToMain } from './main-thread';
import type { ScanRegion } from './page-scanner';

/** Landmarks and boilerplate no article lives in. */
const BOILERPLATE = 'nav, aside, footer, form, menu, dialog, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [role="search"], [role="dialog"], [aria-hidden="true"], [hidden]';
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|promo|subscribe|outbrain|taboola|teaser|recirc|trending/i;
/**
 * Share bars: dropped when small (Readability's rule). A class like "share" is no sign against a
 * large block: sites name the story's own container after the share buttons it carries.
 */
const SHARE = /(\b|_)(share|sharedaddy)(\b|_)/i;
const SHARE_MAX_CHARS = 500;
/** A byline or author line (Readability's rule), dropped when short. */
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const BYLINE_MAX_CHARS = 100;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
const MAYBE = /and|article|body|column|content|main|shadow|story|entry|post/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|teaser|recirc/i;
const PARAGRAPH_SELECTOR = 'p, pre, td, blockquote, li, div, section';
const MIN_PARAGRAPH_CHARS = 25;
/** Searches in slices begun again when the page keeps changing under them, before one is run in one go. */
const MAX_SLICED_SEARCHES = 3;
/** Less text than this in the best container: the page is not an article (a home page, a list). */
const MIN_ARTICLE_CHARS = 400;

function classAndId(el: Element): string {
  return `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
}

function isUnlikely(el: Element): boolean {
  if (el.tagName === 'BODY' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') return false;
  const names = classAndId(el);
  // Semantic markup outweighs a class name: a "site_header" row that holds the <article> is kept.
  return UNLIKELY.test(names) && !MAYBE.test(names) && el.querySelector('article, main, [role="main"]') === null;
}

/** Unlikely by name (a class or id like "related", "legends", "comment") or by role ("navigation", "dialog"). */
function isUnlikelyInside(el: Element, names: string): boolean {
  const role = el.getAttribute('role');
  if (role !== null && UNLIKELY_ROLES.has(role)) return true;
  if (el.tagName === 'A' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') return false;
  return UNLIKELY.test(names) && !MAYBE.test(names);
}

/** False for what the reader cannot see (display: none from a style sheet, a closed overlay). */
function rendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

function classWeight(el: Element): number {
  return namesWeight(classAndId(el));
}

/** `classWeight` of an element whose class and id (`classAndId`) are `names`. */
function namesWeight(names: string): number {
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

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const INLINE_TAGS = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'SMALL', 'SUP', 'SUB', 'ABBR', 'CITE', 'Q', 'TIME', 'MARK', 'U', 'S', 'BR']);
const NON_SPACE = /\S/;

/**
 * Text directly inside `el`, trimmed (a <div> that holds text itself works as a paragraph). Most
 * containers hold only blocks and the whitespace between them: that whitespace is never joined.
 */
function ownText(el: Element): string {
  if (el.tagName === 'P' || el.tagName === 'PRE' || el.tagName === 'BLOCKQUOTE') return (el.textContent ?? '').trim();
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    let part: string;
    if (n.nodeType === TEXT_NODE) part = (n as Text).data;
    else if (n.nodeType === ELEMENT_NODE && INLINE_TAGS.has((n as Element).tagName)) part = n.textContent ?? '';
    else continue;
    // Whitespace before any text is trimmed away: not joined at all.
    if (text !== '' || NON_SPACE.test(part)) text += part;
  }
  return text.trim();
}

const CDATA_SECTION_NODE = 4;
/** Nodes or elements handled between two points where a search in slices may pause. */
const STEP = 256;

/** A search that can pause (yield) between steps and returns its answer at the end. */
type Steps<T> = Generator<void, T, void>;

/** Runs a search to its end without pausing. */
function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The length of an element's text (its `textContent`) and of the text of the links inside it (its
 * `<a>` descendants' `textContent`, summed as `querySelectorAll('a')` finds them), each subtree
 * walked once: scoring asks about nested containers (a paragraph's parent, grandparent and
 * great-grandparent, the body among them), and reading each one's `textContent` and links again
 * made the scoring quadratic in the depth of the page (the longest task of the content script on
 * a long Wikipedia article, 150 ms).
 */
class TextLengths {
  private readonly text = new Map<Element, number>();
  private readonly links = new Map<Element, number>();

  /** Measures `el` unless done before. */
  *measured(el: Element): Steps<void> {
    if (!this.text.has(el)) yield* this.measure(el);
  }

  /** Characters of text under `el` (measured before). */
  textOf(el: Element): number {
    return this.text.get(el)!;
  }

  /** `el.textContent.trim().length` (measured before), without building the text: the whitespace at both ends taken off. */
  trimmedTextOf(el: Element): number {
    const total = this.textOf(el);
    const lead = edgeWhitespace(el, false);
    return lead >= total ? 0 : total - lead - edgeWhitespace(el, true);
  }

  /** Share of the text under `el` (measured before) that is link text, given its text length (0 for no text). */
  linkDensity(el: Element, textLength: number): number {
    return textLength === 0 ? 0 : this.links.get(el)! / textLength;
  }

  /** Walks `root`'s subtree (without recursion: pages nest deep), reusing elements measured before. */
  private *measure(root: Element): Steps<void> {
    interface Open {
      el: Element;
      text: number;
      links: number;
      next: Node | null;
    }
    const stack: Open[] = [{ el: root, text: 0, links: 0, next: root.firstChild }];
    const close = (parent: Open | undefined, el: Element, text: number, links: number) => {
      if (!parent) return;
      parent.text += text;
      // An <a> counts its own text as link text; links inside it count again, as querySelectorAll('a') does.
      parent.links += links + (el.localName === 'a' ? text : 0);
    };
    for (let n = 1; stack.length > 0; n++) {
      if (n % STEP === 0) yield;
      const top = stack[stack.length - 1]!;
      const node = top.next;
      if (node) {
        top.next = node.nextSibling;
        if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
          top.text += (node as CharacterData).data.length;
        } else if (node.nodeType === ELEMENT_NODE) {
          const el = node as Element;
          const known = this.text.get(el);
          if (known !== undefined) close(top, el, known, this.links.get(el)!);
          else stack.push({ el, text: 0, links: 0, next: el.firstChild });
        }
        continue;
      }
      stack.pop();
      this.text.set(top.el, top.text);
      this.links.set(top.el, top.links);
      close(stack[stack.length - 1], top.el, top.text, top.links);
    }
  }
}

/** The text nodes under `root` in document order, or from the last one back. */
function* textNodesOf(root: Node, backwards: boolean): Generator<CharacterData> {
  let node: Node | null = root;
  for (;;) {
    const child: Node | null = backwards ? node.lastChild : node.firstChild;
    if (child) node = child;
    else {
      while (node && node !== root && !(backwards ? node.previousSibling : node.nextSibling)) node = node.parentNode;
      if (!node || node === root) return;
      node = backwards ? node.previousSibling! : node.nextSibling!;
    }
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) yield node as CharacterData;
  }
}

/** The whitespace (as `trim()` sees it) that `el`'s text starts with, or ends with. */
function edgeWhitespace(el: Element, atEnd: boolean): number {
  let n = 0;
  for (const text of textNodesOf(el, atEnd)) {
    const data = text.data;
    const kept = (atEnd ? data.trimEnd() : data.trimStart()).length;
    n += data.length - kept;
    if (kept > 0) break;
  }
  return n;
}

/** How many commas `text` has. */
function commas(text: string): number {
  let n = 0;
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) n++;
  return n;
}

/** A block with enough text of its own to count as a paragraph, and the points it gives. */
interface Paragraph {
  el: Element;
  points: number;
}

/** The article on a page: its containers, best first (none when the page has no article), and what inside them is no part of it. */
export interface Article {
  roots: Element[];
  /** Elements inside the roots left out with their subtrees (captions of links, related lists, bylines...). */
  dropped: ReadonlySet<Element>;
}

const NO_ARTICLE: Article = { roots: [], dropped: new Set() };

/**
 * Where the article is: its containers, best first; empty when the page has none. As Readability
 * does, a first pass leaves out containers whose class or id looks like boilerplate ("sidebar",
 * "comment"); when that leaves too little (a site naming its main column "two-col-sidebar"), a
 * second pass keeps them and relies on the landmarks and scores alone.
 */
export function findArticleRoots(doc: Document): Element[] {
  return findArticle(doc).roots;
}

/** The article's containers and what inside them is left out (see `cleanedOut`). */
export function findArticle(doc: Document): Article {
  return runToEnd(articleSteps(doc));
}

/** `findArticle` as a search that pauses every few hundred nodes (both passes share the paragraphs read and the text measured). */
function* articleSteps(doc: Document): Steps<Article> {
  const body = doc.body;
  if (!body) return NO_ARTICLE;
  const paragraphs: Paragraph[] = [];
  let n = 0;
  for (const el of body.querySelectorAll(PARAGRAPH_SELECTOR)) {
    if (++n % STEP === 0) yield;
    const text = ownText(el);
    if (text.length < MIN_PARAGRAPH_CHARS || !rendered(el)) continue;
    paragraphs.push({ el, points: 1 + commas(text) + Math.min(3, Math.floor(text.length / 100)) });
  }
  const lengths = new TextLengths();
  const boilerplate = new Map<Element, boolean>();
  const isBoilerplate = (el: Element): boolean => {
    let hit = boilerplate.get(el);
    if (hit === undefined) boilerplate.set(el, (hit = el.matches(BOILERPLATE)));
    return hit;
  };
  let stripUnlikely = true;
  let roots = yield* scoreArticle(body, paragraphs, lengths, isBoilerplate, true);
  if (roots.length === 0) {
    stripUnlikely = false;
    roots = yield* scoreArticle(body, paragraphs, lengths, isBoilerplate, false);
  }
  if (roots.length === 0) return NO_ARTICLE;
  const { dropped, kept } = yield* cleanedOut(roots, isBoilerplate, stripUnlikely);
  // Cleaning left too little: the article is the containers as they are (Readability too tries
  // again with less cleaning when its result is short).
  return { roots, dropped: kept >= MIN_ARTICLE_CHARS ? dropped : new Set() };
}

function* scoreArticle(
  body: HTMLElement,
  paragraphs: readonly Paragraph[],
  lengths: TextLengths,
  isBoilerplate: (el: Element) => boolean,
  stripUnlikely: boolean,
): Steps<Element[]> {
  const scores = new Map<Element, number>();
  const score = (el: Element, points: number) => {
    if (!scores.has(el)) scores.set(el, tagWeight(el) + classWeight(el));
    scores.set(el, scores.get(el)! + points);
  };
  const excludedCache = new Map<Element, boolean>();
  const excluded = (el: Element): boolean => {
    const hit = excludedCache.get(el);
    if (hit !== undefined) return hit;
    const result =
      isBoilerplate(el) || (stripUnlikely && isUnlikely(el)) || (el.parentElement !== null && el.parentElement !== body && excluded(el.parentElement));
    excludedCache.set(el, result);
    return result;
  };
  let n = 0;
  for (const { el, points } of paragraphs) {
    if (++n % STEP === 0) yield;
    if (excluded(el)) continue;
    let ancestor = el.parentElement;
    for (let level = 0; ancestor && level < 3; level++, ancestor = ancestor.parentElement) {
      score(ancestor, level === 0 ? points : level === 1 ? points / 2 : points / (level * 3));
      if (ancestor === body) break;
    }
  }
  // A container's final score is its score less its share of link text, so never above its score:
  // read best score first, the containers whose score cannot beat the best final one so far need
  // no measuring (measuring is a walk of the container's whole subtree, the body's among them).
  // Ties go to the first scored, as in a pass in document order.
  const order = new Map<Element, number>();
  for (const el of scores.keys()) order.set(el, order.size);
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!);
  let best: Element | null = null;
  let bestScore = 0;
  const finalScores = new Map<Element, number>();
  const finalScore = function* (el: Element): Steps<number> {
    let final = finalScores.get(el);
    if (final === undefined) {
      yield* lengths.measured(el);
      // Capped at 1: nested links (scripts can build them) count their text twice, and a share of
      // links above 1 would turn a negative score positive.
      final = scores.get(el)! * (1 - Math.min(1, lengths.linkDensity(el, lengths.textOf(el))));
      finalScores.set(el, final);
    }
    return final;
  };
  for (const [el, s] of ranked) {
    if (s < bestScore || s <= 0) break;
    const final = yield* finalScore(el);
    if (final > bestScore || (final === bestScore && best !== null && order.get(el)! < order.get(best)!)) {
      best = el;
      bestScore = final;
    }
  }
  // The whole body is no article: either nothing scored, or the story was left out above.
  if (!best || best === body) return [];
  // A story split in several containers: siblings that score nearly as well belong to it.
  const roots = [best];
  const parent = best.parentElement;
  if (parent) {
    const threshold = Math.max(10, bestScore * 0.2);
    for (const sibling of parent.children) {
      if (sibling === best || excluded(sibling)) continue;
      if ((scores.get(sibling) ?? 0) >= threshold && (yield* finalScore(sibling)) >= threshold) {
        roots.push(sibling);
        continue;
      }
      if (sibling.tagName !== 'P') continue;
      yield* lengths.measured(sibling);
      const length = lengths.trimmedTextOf(sibling);
      if (length > 80 && lengths.linkDensity(sibling, length) < 0.25) roots.push(sibling);
    }
  }
  let chars = 0;
  for (const root of roots) {
    yield* lengths.measured(root);
    chars += lengths.trimmedTextOf(root);
  }
  return chars >= MIN_ARTICLE_CHARS ? roots : [];
}

/** Elements that hold no article text (Readability's `_clean`), or only the page's own controls. */
const DROPPED_TAGS = new Set(['FOOTER', 'ASIDE', 'NAV', 'OBJECT', 'EMBED', 'IFRAME', 'INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'LINK']);
/** Containers Readability cleans out when they look like boilerplate rather than prose (`_cleanConditionally`). */
const CONDITIONAL_TAGS = new Set(['DIV', 'UL', 'TABLE', 'FORM', 'FIELDSET']);
/** Block-level elements: a <div> holding none of them is a paragraph (Readability's DIV_TO_P_ELEMS). */
const BLOCK_TAGS = new Set(['BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL']);
/** Elements whose text counts as text rather than chrome (Readability's text density). */
const TEXTISH_TAGS = new Set(['SPAN', 'LI', 'TD', ...BLOCK_TAGS]);
const PHRASING_TAGS = new Set(['ABBR', 'AUDIO', 'B', 'BDO', 'BR', 'BUTTON', 'CITE', 'CODE', 'DATA', 'DATALIST', 'DFN', 'EM', 'EMBED', 'I', 'IMG', 'INPUT', 'KBD', 'LABEL', 'MARK', 'MATH', 'METER', 'NOSCRIPT', 'OBJECT', 'OUTPUT', 'PROGRESS', 'Q', 'RUBY', 'SAMP', 'SCRIPT', 'SELECT', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TEXTAREA', 'TIME', 'VAR', 'WBR', 'A', 'DEL', 'INS']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Elements that may embed a video (kept when they do). */
const EMBED_TAGS = new Set(['OBJECT', 'EMBED', 'IFRAME']);
/** Elements whose content is no text of the page. */
const UNREAD_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const VIDEO = /\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)/i;
const AD_OR_LOADING = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|(loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;
/** Commas as Readability counts them (Latin, Arabic, CJK and other scripts). */
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/** Length of `text` with each run of two or more whitespace characters counted as one (Readability's inner text). */
function collapsedLength(text: string): number {
  let n = 0;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x1680 || c === 0x202f || c === 0x205f) {
      spaces++;
      continue;
    }
    n += (spaces > 1 ? 1 : spaces) + 1;
    spaces = 0;
  }
  return n + (spaces > 1 ? 1 : spaces);
}

/** A table of data (kept whole) rather than one laying out the page (Readability's `_markDataTables`). */
function isDataTable(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation' || table.getAttribute('datatable') === '0') return false;
  if (table.getAttribute('summary')) return true;
  const caption = table.querySelector('caption');
  if (caption && caption.childNodes.length > 0) return true;
  if (table.querySelector('col, colgroup, tfoot, thead, th')) return true;
  if (table.querySelector('table')) return false;
  let rows = 0;
  let columns = 0;
  for (const tr of table.querySelectorAll('tr')) {
    rows += parseInt(tr.getAttribute('rowspan') ?? '', 10) || 1;
    let inRow = 0;
    for (const td of tr.querySelectorAll('td')) inRow += parseInt(td.getAttribute('colspan') ?? '', 10) || 1;
    columns = Math.max(columns, inRow);
    // Already a table of data, whatever the rows still to come (a long table is read no further).
    if (columns > 1 && (rows >= 10 || (rows > 1 && columns > 4))) return true;
  }
  if (columns === 1 || rows === 1) return false;
  return rows >= 10 || columns > 4 || rows * columns > 10;
}

/** A <div> Readability reads as a paragraph (see `droppedOnClose`), never cleaned out. */
function isParagraphDiv(b: Open): boolean {
  const single = (b.runs === 1 && b.others === 0) || (b.runs === 0 && b.others === 1 && b.el.childElementCount === 1 && b.el.firstElementChild!.tagName === 'P');
  return (single && b.links < 0.25 * b.text) || (b.runs === 0 && !b.blocks);
}

/** What a subtree holds once what is cleaned out of it is taken away. */
interface Open {
  el: Element;
  /** Its class and id (`classAndId`). */
  names: string;
  next: Node | null;
  text: number;
  links: number;
  commas: number;
  paragraphs: number;
  images: number;
  items: number;
  inputs: number;
  headings: number;
  lists: number;
  /** A text-like descendant (paragraph, span, list item, cell) has text. */
  textish: boolean;
  /** A block-level descendant (a <div> without one reads as a paragraph). */
  blocks: boolean;
  /** Runs of inline content directly inside (each one a paragraph to Readability), and whether one has text. */
  runs: number;
  inRun: boolean;
  directText: boolean;
  /** Child elements that are not inline content. */
  others: number;
  video: boolean;
  dataTable: boolean;
  /** Inside a table of data (or one): never cleaned out. */
  inDataTable: boolean;
  /** This element is a table of data. */
  isDataTable: boolean;
}

/**
 * What Readability would clean out of the article before showing it, found in the live DOM without
 * changing it: one walk over each root, each element judged once its subtree is known (the
 * subtrees already cleaned out no longer count, as when Readability removes them bottom up).
 *  - landmarks and boilerplate (nav, aside, footer, forms' controls, dialogs), and in the strict
 *    pass blocks whose class, id or role look unlikely ("related", "comment", "legends");
 *  - small share bars, short bylines, h1/h2 with a class that weighs against them;
 *  - `_cleanConditionally`: a div, list, layout table or form with few commas that is mostly links,
 *    has more images than paragraphs, more list items than paragraphs, no text-like content, or a
 *    class weighing against it.
 */
function* cleanedOut(roots: readonly Element[], isBoilerplate: (el: Element) => boolean, stripUnlikely: boolean): Steps<{ dropped: Set<Element>; kept: number }> {
  const dropped = new Set<Element>();
  let kept = 0;
  const fresh = (el: Element, names: string, inDataTable: boolean, isData: boolean): Open => ({
    el,
    names,
    next: el.firstChild,
    text: 0,
    links: 0,
    commas: 0,
    paragraphs: 0,
    images: 0,
    items: 0,
    inputs: 0,
    headings: 0,
    lists: 0,
    textish: false,
    blocks: false,
    runs: 0,
    inRun: false,
    directText: false,
    others: 0,
    video: false,
    dataTable: false,
    inDataTable: inDataTable || isData,
    isDataTable: isData,
  });
  /** An ancestor within four levels (Readability's `_hasAncestorTag`) has one of `tags`. */
  const nearAncestor = (stack: Open[], tags: RegExp): boolean => {
    for (let i = stack.length - 1, depth = 0; i >= 0 && depth <= 3; i--, depth++) if (tags.test(stack[i]!.el.tagName)) return true;
    return false;
  };
  const droppedAtOnce = (el: Element, names: string, stack: Open[]): boolean => {
    if (DROPPED_TAGS.has(el.tagName)) return !(EMBED_TAGS.has(el.tagName) && [...el.attributes].some((a) => VIDEO.test(a.value)));
    if (isBoilerplate(el)) return true;
    if ((el.tagName === 'H1' || el.tagName === 'H2') && namesWeight(names) < 0) return true;
    return stripUnlikely && isUnlikelyInside(el, names) && !nearAncestor(stack, /^(TABLE|CODE)$/);
  };
  /** Whether a closed element goes, judged on what is left inside it. */
  const droppedOnClose = (b: Open, stack: Open[]): boolean => {
    const el = b.el;
    const names = b.names;
    if (SHARE.test(names) && b.text < SHARE_MAX_CHARS) return true;
    if (b.text > 0 && b.text < BYLINE_MAX_CHARS && (el.getAttribute('rel') === 'author' || (el.getAttribute('itemprop') ?? '').includes('author') || BYLINE.test(names))) return true;
    if (!CONDITIONAL_TAGS.has(el.tagName) || b.inDataTable || b.dataTable || nearAncestor(stack, /^CODE$/)) return false;
    // Readability wraps a <div>'s inline content in paragraphs: a <div> that then holds a single
    // paragraph with few links is that paragraph, and one without blocks inside is a paragraph too.
    if (el.tagName === 'DIV' && isParagraphDiv(b)) return false;
    const weight = namesWeight(names);
    if (weight < 0) return true;
    if (b.commas >= 10) return false;
    if (b.video) return false;
    const paragraphs = b.paragraphs + (el.tagName === 'DIV' ? b.runs : 0);
    const textish = b.textish || (el.tagName === 'DIV' && b.directText);
    const isList = el.tagName === 'UL' || (b.text > 0 && b.lists / b.text > 0.9);
    const figure = nearAncestor(stack, /^FIGURE$/);
    const linkDensity = b.text === 0 ? 0 : b.links / b.text;
    if (b.text < 20 && AD_OR_LOADING.test((el.textContent ?? '').trim())) return true;
    const bad =
      (!figure && b.images > 1 && paragraphs / b.images < 0.5) ||
      (!isList && b.items - 100 > paragraphs) ||
      b.inputs > Math.floor(paragraphs / 3) ||
      (!isList && !figure && (b.text === 0 || b.headings / b.text < 0.9) && b.text < 25 && (b.images === 0 || b.images > 2) && linkDensity > 0) ||
      (!isList && weight < 25 && linkDensity > 0.2) ||
      (weight >= 25 && linkDensity > 0.5) ||
      (b.images === 0 && !textish);
    if (!bad || !isList) return bad;
    // A plain list of images stays.
    for (const child of el.children) if (child.childElementCount > 1) return true;
    return b.images !== el.getElementsByTagName('li').length;
  };
  const close = (parent: Open, b: Open) => {
    const el = b.el;
    const tag = el.tagName;
    let links = b.links;
    if (tag === 'A') {
      const href = el.getAttribute('href');
      links = b.text * (href && /^#.+/.test(href) ? 0.3 : 1);
    }
    parent.text += b.text;
    parent.links += links;
    parent.commas += b.commas;
    // A <div>'s runs of inline content become paragraphs; one with nothing else, a paragraph.
    parent.paragraphs += b.paragraphs + (tag === 'P' ? 1 : tag === 'DIV' ? b.runs || (b.blocks ? 0 : 1) : 0);
    parent.images += b.images + (tag === 'IMG' ? 1 : 0);
    parent.items += b.items + (tag === 'LI' ? 1 : 0);
    parent.inputs += b.inputs + (tag === 'INPUT' ? 1 : 0);
    parent.headings += b.headings + (HEADING_TAGS.has(tag) ? b.text : 0);
    parent.lists += b.lists + (tag === 'UL' || tag === 'OL' ? b.text : 0);
    parent.textish ||= b.textish || (TEXTISH_TAGS.has(tag) && b.text > 0) || (tag === 'DIV' && b.directText);
    parent.blocks ||= b.blocks || BLOCK_TAGS.has(tag);
    parent.video ||= b.video || (EMBED_TAGS.has(tag) && [...el.attributes].some((a) => VIDEO.test(a.value)));
    parent.dataTable ||= b.dataTable || b.isDataTable;
  };
  for (const root of roots) {
    const stack: Open[] = [fresh(root, classAndId(root), false, false)];
    for (let n = 1; stack.length > 0; n++) {
      if (n % STEP === 0) yield;
      const top = stack[stack.length - 1]!;
      const node = top.next;
      if (node) {
        top.next = node.nextSibling;
        if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
          const data = (node as CharacterData).data;
          const length = collapsedLength(data);
          top.text += length;
          if (NON_SPACE.test(data)) {
            top.commas += data.match(COMMAS)?.length ?? 0;
            if (!top.inRun) top.runs++;
            top.inRun = true;
            top.directText = true;
          }
        } else if (node.nodeType === ELEMENT_NODE) {
          const el = node as Element;
          if (UNREAD_TAGS.has(el.tagName)) continue;
          if (PHRASING_TAGS.has(el.tagName)) {
            if (!top.inRun && el.tagName !== 'BR') top.runs++;
            top.inRun ||= el.tagName !== 'BR';
          } else {
            top.inRun = false;
            top.others++;
          }
          const names = classAndId(el);
          if (droppedAtOnce(el, names, stack)) dropped.add(el);
          else stack.push(fresh(el, names, top.inDataTable, el.tagName === 'TABLE' && isDataTable(el)));
        }
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) {
        kept += top.text;
        break;
      }
      if (droppedOnClose(top, stack)) dropped.add(top.el);
      else close(parent, top);
    }
  }
  return { dropped, kept };
}

/** A search for the article running in slices, and whether the page changed under it. */
interface BackgroundSearch {
  body: HTMLElement;
  steps: Steps<Article>;
  observer: MutationObserver;
  changed: boolean;
  result: Article | null;
  /** Settles when the search stops: done, or given up because the page changed or a new one began. */
  stopped: Promise<void>;
}

/** A change that can change the answer: anything but the scanner's own state on <html> (data-backstory-scan). */
function changesPage(record: MutationRecord): boolean {
  return !(record.type === 'attributes' && record.target.nodeType === ELEMENT_NODE && (record.target as Element).tagName === 'HTML' && record.attributeName?.startsWith('data-backstory'));
}

/**
 * Decides where highlights may go on a page: inside the article when there is one, else anywhere
 * but the page's boilerplate (menus, footers, sidebars). Recomputed when the article leaves the
 * page (a single-page app replacing it).
 *
 * `reset()` (the content script calls it when Backstory turns on) starts the search in slices of
 * at most SLICE_MS, giving the main thread back between them: on a long page the search is tens of
 * milliseconds, too long for the task that highlights the first names. Its answer is used only if
 * the document did not change meanwhile (a mutation observer watches it; the scanner's own
 * attribute on <html> aside); the first question asked before it ends finishes it at once. Either
 * way the answer is the one a search at that moment would give (short of a change of viewport or
 * media that hides a paragraph without a DOM change).
 */
export class ArticleRegion {
  private article: Article | null = null;
  private search: BackgroundSearch | null = null;

  constructor(private readonly doc: Document) {}

  private current(): Article {
    if (!this.article || this.article.roots.some((r) => !r.isConnected)) this.article = this.takeSearch() ?? findArticle(this.doc);
    return this.article;
  }

  /** True when the page has an article Backstory can tell apart. */
  get found(): boolean {
    return this.current().roots.length > 0;
  }

  allows(node: Node): boolean {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el) return false;
    const { roots, dropped } = this.current();
    if (roots.length === 0) return el.closest(BOILERPLATE) === null;
    const root = roots.find((r) => r.contains(el));
    if (!root) return false;
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (dropped.has(e)) return false;
    return true;
  }

  /**
   * Where the scanner reads and highlights: the article's containers less what is cleaned out of
   * them; on a page with no article, the body less its boilerplate. Waits for the search in slices
   * (searching again, in slices, when the page changed under it) rather than finishing it at once.
   */
  async region(): Promise<ScanRegion> {
    const known = () => this.article !== null && this.article.roots.every((r) => r.isConnected);
    for (let attempt = 0; attempt < MAX_SLICED_SEARCHES && !known(); attempt++) {
      const search = this.search ?? this.startSearch();
      if (!search) break;
      await search.stopped;
      if (this.search === search && search.changed) this.dropSearch();
    }
    const { roots, dropped } = this.current();
    // In the page's order (the best container first is the search's order): the scanner puts what is on screen first.
    const inPageOrder = [...roots].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    if (roots.length > 0) return { roots: inPageOrder, skips: (el) => dropped.has(el) };
    const body = this.doc.body ?? this.doc.documentElement;
    const boilerplate = new Set(body.querySelectorAll(BOILERPLATE));
    return { roots: [body], skips: (el) => boilerplate.has(el) };
  }

  /** Forget the article found so far (the page navigated, or Backstory was turned on) and look for it again, in slices. */
  reset(): void {
    this.article = null;
    this.dropSearch();
    this.startSearch();
  }

  private startSearch(): BackgroundSearch | null {
    const view = this.doc.defaultView;
    const body = this.doc.body;
    if (!view || !body || typeof view.MutationObserver !== 'function') return null;
    let stop = () => {};
    const search: BackgroundSearch = {
      body,
      steps: articleSteps(this.doc),
      observer: new view.MutationObserver((records) => {
        if (!records.some(changesPage)) return;
        search.changed = true;
        search.observer.disconnect();
      }),
      changed: false,
      result: null,
      stopped: new Promise((resolve) => (stop = resolve)),
    };
    // The whole document: a style sheet added to the head can hide a paragraph (see rendered()).
    search.observer.observe(this.doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    this.search = search;
    void (async () => {
      const clock = new SliceClock();
      try {
        // Not in the caller's task: that one (turning Backstory on) has its own work to do.
        await yieldToMain(view);
        clock.reset();
        for (;;) {
          if (this.search !== search || search.changed) return;
          const step = search.steps.next();
          if (step.done) {
            search.result = step.value;
            return;
          }
          if (clock.spent()) {
            await yieldToMain(view);
            clock.reset();
          }
        }
      } catch {
        // The page went away under the search: a question asked later searches from scratch.
        if (this.search === search) this.dropSearch();
      } finally {
        stop();
      }
    })();
    return search;
  }

  /** The answer of the search started by reset(), finished now if need be; null when the page changed since. */
  private takeSearch(): Article | null {
    const search = this.search;
    if (!search) return null;
    this.search = null;
    const changed = search.changed || search.observer.takeRecords().some(changesPage) || this.doc.body !== search.body;
    search.observer.disconnect();
    if (changed) {
      search.steps.return(NO_ARTICLE);
      return null;
    }
    return search.result ?? runToEnd(search.steps);
  }

  private dropSearch(): void {
    if (!this.search) return;
    this.search.observer.disconnect();
    this.search.steps.return(NO_ARTICLE);
    this.search = null;
  }
}
