import type { Mention } from '../lib/ner/detect-mentions';
import { foldName } from '../lib/text/normalize';
import { contentTerms } from '../lib/index/keywords';
import { MAX_PAGE_TERMS } from '../browser/messages';
import type { PageEntity, PageReport } from '../browser/messages';
import { Highlighter, MARK_TAG } from './highlight';
import { collectTextBlocks, isExcluded, type TextBlock } from './text-blocks';

/** Detects mentions for a batch of texts (the background does the work). */
export type DetectFn = (texts: string[]) => Promise<Mention[][]>;

const BATCH_BLOCKS = 80;
const MUTATION_DELAY_MS = 150;
export const SCAN_ATTRIBUTE = 'data-backstory-scan';

/**
 * Scans a document: reads its text blocks, asks for mentions in batches, highlights the linked
 * ones, tallies all of them for the popup, and follows content added later. `stop()` removes
 * every trace.
 */
export class PageScanner {
  private highlighter = new Highlighter();
  private tally = new Map<string, PageEntity>();
  private terms = new Map<string, number>();
  private observer: MutationObserver | null = null;
  private pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private scanned = false;
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly detect: DetectFn,
    private readonly onHighlights: (marks: readonly HTMLElement[]) => void = () => {},
    /** Where to read text; the whole body by default. */
    private readonly root: HTMLElement | null = null,
  ) {}

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const generation = ++this.generation;
    this.doc.documentElement.setAttribute(SCAN_ATTRIBUTE, 'running');
    await this.scan(collectTextBlocks(this.root ?? this.doc.body ?? this.doc.documentElement), generation);
    if (generation !== this.generation) return;
    this.scanned = true;
    this.doc.documentElement.setAttribute(SCAN_ATTRIBUTE, 'done');
    this.observe();
  }

  stop(): void {
    this.generation++;
    this.running = false;
    this.scanned = false;
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.pending.clear();
    this.highlighter.undo();
    this.tally.clear();
    this.terms.clear();
    this.doc.documentElement.removeAttribute(SCAN_ATTRIBUTE);
  }

  get marks(): readonly HTMLElement[] {
    return this.highlighter.all;
  }

  report(enabled: boolean): PageReport {
    const entities = [...this.tally.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    const { hostname, href } = this.doc.location ?? { hostname: '', href: '' };
    const terms = [...this.terms.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_PAGE_TERMS);
    return { host: hostname, url: href, enabled, scanned: this.scanned, entities, terms };
  }

  private async scan(blocks: TextBlock[], generation: number): Promise<void> {
    for (let i = 0; i < blocks.length; i += BATCH_BLOCKS) {
      const batch = blocks.slice(i, i + BATCH_BLOCKS);
      let results: Mention[][];
      try {
        results = await this.detect(batch.map((b) => b.text));
      } catch {
        return; // The extension went away (update, reload): leave the page as it is.
      }
      if (generation !== this.generation) return;
      const created: HTMLElement[] = [];
      batch.forEach((block, j) => {
        const mentions = results[j] ?? [];
        this.count(mentions);
        for (const [term, n] of contentTerms(block.text)) this.terms.set(term, (this.terms.get(term) ?? 0) + n);
        // The page may have changed while we waited: only touch text that is still the same.
        if (block.nodes.every((n) => n.isConnected) && block.nodes.map((n) => n.data).join('') === block.text) {
          created.push(...this.highlighter.apply(block, mentions));
        }
      });
      if (created.length) this.onHighlights(created);
    }
  }

  private count(mentions: readonly Mention[]): void {
    for (const m of mentions) {
      // Unknown names are told apart by their folded text: "TOKYO" and "Tokyo" are one place.
      const key = m.entity ?? `${m.kind}:?${foldName(m.text)}`;
      const entry = this.tally.get(key);
      if (entry) entry.count++;
      else this.tally.set(key, { id: m.entity, kind: m.kind, name: m.name, count: 1 });
    }
  }

  /** Follows content that arrives later; our own marks never retrigger a scan. */
  private observe(): void {
    const view = this.doc.defaultView;
    if (!view || !this.doc.body) return;
    this.observer = new view.MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeName.toLowerCase() === MARK_TAG) continue;
          if (n.nodeType === Node.TEXT_NODE && n.parentElement?.tagName.toLowerCase() === MARK_TAG) continue;
          if (this.highlighter.isOwn(n)) continue;
          if (isExcluded(n)) continue;
          this.pending.add(n);
        }
      }
      if (this.pending.size && this.timer === null) {
        this.timer = setTimeout(() => this.flush(), MUTATION_DELAY_MS);
      }
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true });
  }

  private flush(): void {
    this.timer = null;
    // Added text is read through its parent; several texts of one parent make one root.
    const roots = new Set<Node>();
    for (const n of this.pending) if (n.isConnected) roots.add(n.nodeType === Node.TEXT_NODE ? n.parentNode! : n);
    this.pending.clear();
    // Scan each added subtree once: skip roots inside another root (an ancestor walk, not a pairwise
    // comparison: infinite scroll can add thousands of nodes in one burst).
    const top = [...roots].filter((n) => {
      for (let p = n.parentNode; p; p = p.parentNode) if (roots.has(p)) return false;
      return true;
    });
    const blocks = top.flatMap((n) => collectTextBlocks(n));
    const fresh = blocks.filter((b) => b.nodes.every((t) => t.parentElement?.tagName.toLowerCase() !== MARK_TAG));
    if (fresh.length) void this.scan(fresh, this.generation);
  }
}
