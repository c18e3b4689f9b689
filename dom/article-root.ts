/**
 * Finds the article on a page, so highlights go in the story and not in menus, teasers, footers or
 * ads. The live DOM is scored in place (Readability's approach, without cloning the document):
 * each paragraph gives points to its parent and, less, to the ancestors above; the best-scoring
 * container, discounted by how much of its text is links, is the article, together with siblings
 * that score nearly as well (a story split across several containers).
 */
import { SliceClock, yieldToMain } from './main-thread';

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
  // Semantic markup outweighs a class name: a "site_header" row that holds the <article> is kept.
  return UNLIKELY.test(names) && !MAYBE.test(names) && el.querySelector('article, main, [role="main"]') === null;
}

/** False for what the reader cannot see (display: none from a style sheet, a closed overlay). */
function rendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
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

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
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

/**
 * Where the article is: its containers, best first; empty when the page has none. As Readability
 * does, a first pass leaves out containers whose class or id looks like boilerplate ("sidebar",
 * "comment"); when that leaves too little (a site naming its main column "two-col-sidebar"), a
 * second pass keeps them and relies on the landmarks and scores alone.
 */
export function findArticleRoots(doc: Document): Element[] {
  return runToEnd(articleRootSteps(doc));
}

/** `findArticleRoots` as a search that pauses every few hundred nodes (both passes share the paragraphs read and the text measured). */
function* articleRootSteps(doc: Document): Steps<Element[]> {
  const body = doc.body;
  if (!body) return [];
  const paragraphs: Paragraph[] = [];
  let n = 0;
  for (const el of body.querySelectorAll(PARAGRAPH_SELECTOR)) {
    if (++n % STEP === 0) yield;
    const text = ownText(el).trim();
    if (text.length < MIN_PARAGRAPH_CHARS || !rendered(el)) continue;
    paragraphs.push({ el, points: 1 + commas(text) + Math.min(3, Math.floor(text.length / 100)) });
  }
  const lengths = new TextLengths();
  const boilerplate = new Map<Element, boolean>();
  const strict = yield* scoreArticle(body, paragraphs, lengths, boilerplate, true);
  return strict.length > 0 ? strict : yield* scoreArticle(body, paragraphs, lengths, boilerplate, false);
}

function* scoreArticle(
  body: HTMLElement,
  paragraphs: readonly Paragraph[],
  lengths: TextLengths,
  boilerplate: Map<Element, boolean>,
  stripUnlikely: boolean,
): Steps<Element[]> {
  const scores = new Map<Element, number>();
  const score = (el: Element, points: number) => {
    if (!scores.has(el)) scores.set(el, tagWeight(el) + classWeight(el));
    scores.set(el, scores.get(el)! + points);
  };
  const isBoilerplate = (el: Element): boolean => {
    let hit = boilerplate.get(el);
    if (hit === undefined) boilerplate.set(el, (hit = el.matches(BOILERPLATE)));
    return hit;
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
  let best: Element | null = null;
  let bestScore = 0;
  const finalScores = new Map<Element, number>();
  for (const [el, s] of scores) {
    yield* lengths.measured(el);
    const final = s * (1 - lengths.linkDensity(el, lengths.textOf(el)));
    finalScores.set(el, final);
    if (final > bestScore) {
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
      if ((finalScores.get(sibling) ?? 0) >= threshold) {
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

/** A search for the article running in slices, and whether the page changed under it. */
interface BackgroundSearch {
  body: HTMLElement;
  steps: Steps<Element[]>;
  observer: MutationObserver;
  changed: boolean;
  result: Element[] | null;
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
  private roots: Element[] | null = null;
  private search: BackgroundSearch | null = null;

  constructor(private readonly doc: Document) {}

  private current(): Element[] {
    if (!this.roots || this.roots.some((r) => !r.isConnected)) this.roots = this.takeSearch() ?? findArticleRoots(this.doc);
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

  /** Forget the article found so far (the page navigated, or Backstory was turned on) and look for it again, in slices. */
  reset(): void {
    this.roots = null;
    this.dropSearch();
    this.startSearch();
  }

  private startSearch(): void {
    const view = this.doc.defaultView;
    const body = this.doc.body;
    if (!view || !body || typeof view.MutationObserver !== 'function') return;
    const search: BackgroundSearch = {
      body,
      steps: articleRootSteps(this.doc),
      observer: new view.MutationObserver((records) => {
        if (!records.some(changesPage)) return;
        search.changed = true;
        search.observer.disconnect();
      }),
      changed: false,
      result: null,
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
      }
    })();
  }

  /** The answer of the search started by reset(), finished now if need be; null when the page changed since. */
  private takeSearch(): Element[] | null {
    const search = this.search;
    if (!search) return null;
    this.search = null;
    const changed = search.changed || search.observer.takeRecords().some(changesPage) || this.doc.body !== search.body;
    search.observer.disconnect();
    if (changed) {
      search.steps.return([]);
      return null;
    }
    return search.result ?? runToEnd(search.steps);
  }

  private dropSearch(): void {
    if (!this.search) return;
    this.search.observer.disconnect();
    this.search.steps.return([]);
    this.search = null;
  }
}
