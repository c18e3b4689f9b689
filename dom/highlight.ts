import type { Mention } from '../lib/ner/detect-mentions';
import type { HighlightStyle } from '../lib/reader-settings';
import type { TextBlock } from './text-blocks';

/** The element wrapped around a highlighted name. A custom tag, so page CSS for spans does not apply. */
export const MARK_TAG = 'backstory-mark';

/** Which linked mentions become highlights, and how they look. */
export interface HighlightPolicy {
  people: boolean;
  places: boolean;
  firstMentionOnly: boolean;
  style: HighlightStyle;
  /** Where highlights may go (e.g. the article only); everywhere when absent. */
  allows?: (node: Text) => boolean;
}

export const HIGHLIGHT_EVERYTHING: Readonly<HighlightPolicy> = Object.freeze({ people: true, places: true, firstMentionOnly: false, style: 'underline' });

interface SplitRecord {
  node: Text;
  originalData: string;
  /** What we left in `node`: if the page changed it since, the record is stale. */
  keptData: string;
  inserted: Node[];
}

/**
 * Wraps names in <backstory-mark> elements and can put every text node back exactly as it was:
 * the original node keeps its identity and its data is restored, the inserted nodes are removed.
 */
export class Highlighter {
  private records: SplitRecord[] = [];
  private marks: HTMLElement[] = [];
  private tabbable = new Set<string>();
  /** Every node this highlighter inserted (marks and split-off text), so observers can skip them. */
  private own = new WeakSet<Node>();
  private highlighted = new Set<string>();

  constructor(readonly policy: Readonly<HighlightPolicy> = HIGHLIGHT_EVERYTHING) {}

  private wanted(m: Mention, node: Text): boolean {
    if (!m.entity) return false;
    if (m.kind === 'person' ? !this.policy.people : !this.policy.places) return false;
    if (this.policy.firstMentionOnly && this.highlighted.has(m.entity)) return false;
    return this.policy.allows?.(node) ?? true;
  }

  /** True for a mark or a piece of split text this highlighter inserted. */
  isOwn(node: Node): boolean {
    return this.own.has(node);
  }

  /** Highlights the linked mentions of one block; mentions crossing a node boundary are skipped. */
  apply(block: TextBlock, mentions: readonly Mention[]): HTMLElement[] {
    const created: HTMLElement[] = [];
    const perNode = new Map<number, Mention[]>();
    for (const m of mentions) {
      // An empty or reversed range would insert an empty mark or duplicate text: skip it.
      if (!m.entity || !(m.start < m.end)) continue;
      let i = block.starts.length - 1;
      while (i > 0 && block.starts[i]! > m.start) i--;
      const nodeStart = block.starts[i]!;
      const node = block.nodes[i]!;
      if (m.end > nodeStart + node.data.length) continue;
      if (!this.wanted(m, node)) continue;
      this.highlighted.add(m.entity);
      const list = perNode.get(i) ?? [];
      list.push(m);
      perNode.set(i, list);
    }
    for (const [i, list] of perNode) {
      const node = block.nodes[i]!;
      if (!node.parentNode || !node.isConnected) continue;
      const base = block.starts[i]!;
      const data = node.data;
      const doc = node.ownerDocument;
      const inserted: Node[] = [];
      let cursor = 0;
      let firstPiece: string | null = null;
      for (const m of list) {
        const s = m.start - base;
        const e = m.end - base;
        if (s < cursor) continue;
        const before = data.slice(cursor, s);
        if (firstPiece === null) firstPiece = before;
        else if (before) inserted.push(doc.createTextNode(before));
        const mark = this.createMark(doc, m, node);
        inserted.push(mark);
        created.push(mark);
        cursor = e;
      }
      if (firstPiece === null) continue;
      const after = data.slice(cursor);
      if (after) inserted.push(doc.createTextNode(after));
      this.records.push({ node, originalData: data, keptData: firstPiece, inserted });
      node.data = firstPiece;
      const parent = node.parentNode;
      const ref = node.nextSibling;
      for (const n of inserted) {
        this.own.add(n);
        parent.insertBefore(n, ref);
      }
    }
    this.marks.push(...created);
    return created;
  }

  private createMark(doc: Document, m: Mention, node: Text): HTMLElement {
    const mark = doc.createElement(MARK_TAG);
    mark.textContent = m.text;
    mark.setAttribute('data-backstory-entity', m.entity!);
    mark.setAttribute('data-backstory-kind', m.kind);
    mark.setAttribute('data-backstory-style', this.policy.style);
    const inLink = node.parentElement?.closest('a[href], [role="link"], [role="button"]') != null;
    if (!inLink) {
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-haspopup', 'dialog');
      mark.setAttribute('aria-expanded', 'false');
      // Only the first mention of each entity is a tab stop: the reader tabs through names, not repeats.
      // Later ones can still take focus from a click or the popup's "show on page".
      mark.tabIndex = this.tabbable.has(m.entity!) ? -1 : 0;
      this.tabbable.add(m.entity!);
    }
    return mark;
  }

  get all(): readonly HTMLElement[] {
    return this.marks;
  }

  /**
   * Forgets the highlights split off `node` when the page has rewritten its text since (a
   * framework re-rendering): the pieces we inserted next to it are removed, its new text is left
   * alone. Returns true when something was released.
   */
  release(node: Text): boolean {
    const stale = this.records.filter((r) => r.node === node && r.node.data !== r.keptData);
    if (stale.length === 0) return false;
    const gone = new Set<Node>();
    for (const r of stale) {
      for (const n of r.inserted) {
        n.parentNode?.removeChild(n);
        gone.add(n);
      }
    }
    this.records = this.records.filter((r) => !stale.includes(r));
    this.marks = this.marks.filter((m) => !gone.has(m));
    return true;
  }

  /** Puts every touched text node back as it was, newest change first. */
  undo(): void {
    for (let i = this.records.length - 1; i >= 0; i--) {
      const { node, originalData, keptData, inserted } = this.records[i]!;
      for (const n of inserted) n.parentNode?.removeChild(n);
      // Text the page rewrote since is the page's: leave it.
      if (node.data === keptData) node.data = originalData;
    }
    this.records = [];
    this.marks = [];
    this.tabbable.clear();
    this.highlighted.clear();
  }
}
