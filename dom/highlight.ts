import type { Mention } from '../lib/ner/detect-mentions';
import type { TextBlock } from './text-blocks';

/** The element wrapped around a highlighted name. A custom tag, so page CSS for spans does not apply. */
export const MARK_TAG = 'backstory-mark';

interface SplitRecord {
  node: Text;
  originalData: string;
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

  /** True for a mark or a piece of split text this highlighter inserted. */
  isOwn(node: Node): boolean {
    return this.own.has(node);
  }

  /** Highlights the linked mentions of one block; mentions crossing a node boundary are skipped. */
  apply(block: TextBlock, mentions: readonly Mention[]): HTMLElement[] {
    const created: HTMLElement[] = [];
    const perNode = new Map<number, Mention[]>();
    for (const m of mentions) {
      if (!m.entity) continue;
      let i = block.starts.length - 1;
      while (i > 0 && block.starts[i]! > m.start) i--;
      const nodeStart = block.starts[i]!;
      const node = block.nodes[i]!;
      if (m.end > nodeStart + node.data.length) continue;
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
      this.records.push({ node, originalData: data, inserted });
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
    const inLink = node.parentElement?.closest('a[href], [role="link"], [role="button"]') != null;
    if (!inLink) {
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-haspopup', 'dialog');
      mark.setAttribute('aria-expanded', 'false');
      // Only the first mention of each entity is a tab stop: the reader tabs through names, not repeats.
      if (!this.tabbable.has(m.entity!)) {
        this.tabbable.add(m.entity!);
        mark.tabIndex = 0;
      }
    }
    return mark;
  }

  get all(): readonly HTMLElement[] {
    return this.marks;
  }

  /** Puts every touched text node back as it was, newest change first. */
  undo(): void {
    for (let i = this.records.length - 1; i >= 0; i--) {
      const { node, originalData, inserted } = this.records[i]!;
      for (const n of inserted) n.parentNode?.removeChild(n);
      node.data = originalData;
    }
    this.records = [];
    this.marks = [];
    this.tabbable.clear();
  }
}
