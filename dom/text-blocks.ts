/** Elements whose text Backstory never reads or touches. */
export const EXCLUDED_SELECTOR = [
  'input', 'textarea', 'select', 'option', 'button', '[contenteditable]:not([contenteditable="false"])', '[role="textbox"]',
  'code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object',
  'embed', 'canvas', 'video', 'audio', 'head', 'title', '[data-backstory-ui]', 'backstory-mark', '[aria-hidden="true"]',
].join(',');

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'HTML',
]);

/** A run of text read as one piece (a paragraph, a list item): its text nodes and where each starts. */
export interface TextBlock {
  nodes: Text[];
  starts: number[];
  text: string;
}

/** An empty block, and one text node added at its end. */
export const emptyBlock = (): TextBlock => ({ nodes: [], starts: [], text: '' });
export function appendText(block: TextBlock, node: Text): void {
  block.starts.push(block.text.length);
  block.nodes.push(node);
  block.text += node.data;
}

/** True when Backstory must leave `node` alone (it or an ancestor is excluded). */
export function isExcluded(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !el || el.closest(EXCLUDED_SELECTOR) !== null;
}

function blockOf(node: Node, root: Node): Node {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
  return el ?? root;
}

/**
 * Reads the text under `root` as blocks, skipping excluded elements and the extension's own UI.
 * A <br> or a change of block element starts a new block. Blocks with no letters are dropped.
 */
export function collectTextBlocks(root: Node): TextBlock[] {
  return [...walkTextBlocks(root)];
}

/**
 * `collectTextBlocks` one block at a time, so a caller can pause between blocks. The walk has no
 * NodeFilter and asks no selector of each element: both are a call from the content script into
 * the DOM for every node, the dearest part of the walk on a long page. The excluded elements are
 * found by one query instead, asked again when the caller resumes the walk after a pause
 * (`next(true)`: the page may have added some meanwhile). `skips` leaves out more subtrees (the
 * parts of a page that are no part of its article).
 */
export function* walkTextBlocks(root: Node, skips?: (el: Element) => boolean): Generator<TextBlock, void, boolean | undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType !== Node.DOCUMENT_NODE && isExcluded(root)) return;
  const findExcluded = () => new Set<Element>((root as ParentNode).querySelectorAll?.(EXCLUDED_SELECTOR) ?? []);
  let excluded = findExcluded();
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  /** The node after `walker.currentNode`'s subtree. */
  const skipSubtree = (): Node | null => {
    let next = walker.nextSibling();
    while (!next && walker.parentNode()) next = walker.nextSibling();
    return next;
  };
  let current: TextBlock | null = null;
  let currentBlock: Node | null = null;
  let lastBreak: Node | null = null;
  // Text nodes side by side share a parent: its block is looked up once.
  let lastParent: Element | null = null;
  let lastParentBlock: Node = root;
  const hasLetters = (b: TextBlock | null): b is TextBlock => b !== null && /\p{L}/u.test(b.text);
  for (let node = walker.nextNode(); node; ) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      node = excluded.has(el) || skips?.(el) ? skipSubtree() : walker.nextNode();
      continue;
    }
    const text = node as Text;
    const parent = text.parentElement;
    if (parent !== lastParent) {
      lastParent = parent;
      lastParentBlock = blockOf(text, root);
    }
    const block = lastParentBlock;
    // A <br> between the previous text and this one splits the block.
    const prev = text.previousSibling;
    const brokeLine = prev !== null && prev.nodeName === 'BR' && prev !== lastBreak;
    if (brokeLine) lastBreak = prev;
    if (block !== currentBlock || brokeLine || !current) {
      if (hasLetters(current) && (yield current)) excluded = findExcluded();
      current = emptyBlock();
      currentBlock = block;
    }
    appendText(current!, text);
    node = walker.nextNode();
  }
  if (hasLetters(current)) yield current;
}
