import type { Mention } from '../lib/ner/detect-mentions';
import { registerOf, type Register } from '../lib/ner/register';
import { foldName } from '../lib/text/normalize';
import { forEachContentTerm } from '../lib/index/keywords';
import { MAX_PAGE_TERMS } from '../browser/messages';
import type { PageEntity, PageReport } from '../browser/messages';
import { HIGHLIGHT_EVERYTHING, Highlighter, MARK_TAG, type HighlightPolicy } from './highlight';
import { SliceClock, yieldToMain } from './main-thread';
import { appendText, emptyBlock, isExcluded, walkTextBlocks, type TextBlock } from './text-blocks';

/**
 * Detects mentions for a batch of texts (the background does the work). `register`: how the page's
 * article reads, news copy, a brief text or a conversation; a batch is only part of it, so the
 * scanner says.
 */
export type DetectFn = (texts: string[], register: Register) => Promise<Mention[][]>;

const BATCH_BLOCKS = 80;
/** The first batch is what the reader sees: small, so its highlights come back fast. */
const FIRST_BATCH_BLOCKS = 30;
const MUTATION_DELAY_MS = 150;
/** The longest a report waits for the page to be read: past it, the popup gets what is counted so far. */
const REPORT_WAIT_MS = 2_000;
export const SCAN_ATTRIBUTE = 'data-backstory-scan';

/**
 * Where the scan reads first, and highlights: the containers to walk, less the subtrees `skips`
 * leaves out (the article, less what is cleaned out of it).
 */
export interface ScanRegion {
  roots: readonly Node[];
  skips?: (el: Element) => boolean;
}

export interface PageScannerOptions {
  /** Called with the marks each batch adds. */
  onHighlights?: (marks: readonly HTMLElement[]) => void;
  /**
   * Where to read text for highlights; the whole body by default. The rest of the page is read
   * only when its report is asked for (the popup lists every name on the page): most pages are
   * never asked, and a page's menus, teasers and footers are often longer than its story.
   */
  region?: () => Promise<ScanRegion>;
  /** The report covers the region alone (a page of the extension's own around a story). */
  regionOnly?: boolean;
  /** Which names to highlight and how; everything, underlined, by default. */
  policy?: Readonly<HighlightPolicy>;
}

/**
 * Scans a document: reads the text blocks of its region (the article) in short slices, the ones
 * on screen first, asks for mentions in batches, highlights the linked ones, tallies all of them
 * for the popup, and follows content added later (and single-page navigations). The rest of the
 * page is read and tallied when a report is asked for. `stop()` removes every trace.
 */
export class PageScanner {
  private highlighter: Highlighter;
  private tally = new Map<string, PageEntity>();
  /** The text of every block read, for the page's terms: counted when the popup asks, not during the scan. */
  private texts: string[] = [];
  /** Text nodes read so far: the rest of the page is what is not in here. */
  private read = new WeakSet<Text>();
  /** Settles when the region's text has been collected (the rest of the page is read after it, never during). */
  private regionRead: Promise<boolean> = Promise.resolve(false);
  /** Settles when the region has been scanned (its names tallied) or the scan stopped. */
  private regionScanned: Promise<void> = Promise.resolve();
  private restRead: Promise<void> | null = null;
  private observer: MutationObserver | null = null;
  private pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private scanned = false;
  private generation = 0;
  private scannedUrl = '';
  /** How the article reads (lib/ner/register.ts): told with each batch. */
  private register: Register = 'news';
  private readonly clock = new SliceClock();

  constructor(
    private readonly doc: Document,
    private readonly detect: DetectFn,
    private readonly options: PageScannerOptions = {},
  ) {
    this.highlighter = new Highlighter(options.policy ?? HIGHLIGHT_EVERYTHING);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const generation = ++this.generation;
    const scanned = this.scanRegion(generation);
    this.regionScanned = scanned;
    await scanned;
  }

  private async scanRegion(generation: number): Promise<void> {
    this.scannedUrl = this.doc.location?.href ?? '';
    this.doc.documentElement.setAttribute(SCAN_ATTRIBUTE, 'running');
    // Observe from the start: content that arrives during the first scan is not missed.
    this.observe();
    const regionRead = this.collectRegion(generation);
    this.regionRead = regionRead.then((blocks) => blocks !== null);
    const blocks = await regionRead;
    if (!blocks || generation !== this.generation) return;
    this.register = registerOf(blocks.map((b) => b.text));
    await this.scan(this.onScreenFirst(blocks), generation, true);
    if (generation !== this.generation) return;
    this.scanned = true;
    this.doc.documentElement.setAttribute(SCAN_ATTRIBUTE, 'done');
  }

  stop(): void {
    this.generation++;
    this.running = false;
    this.scanned = false;
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
    this.highlighter.undo();
    this.tally.clear();
    this.texts = [];
    this.read = new WeakSet();
    this.regionRead = Promise.resolve(false);
    this.regionScanned = Promise.resolve();
    this.restRead = null;
    this.doc.documentElement.removeAttribute(SCAN_ATTRIBUTE);
  }

  /** Applies a new policy: every highlight is removed and the page read again. */
  async restart(policy: Readonly<HighlightPolicy>): Promise<void> {
    this.stop();
    this.highlighter = new Highlighter(policy);
    await this.start();
  }

  get marks(): readonly HTMLElement[] {
    return this.highlighter.all;
  }

  /** What the page names (the rest of the page read first, once), for the popup. */
  async report(enabled: boolean, hasArticle = true): Promise<PageReport> {
    if (enabled && this.running) {
      const read = Promise.all([this.regionScanned, this.options.regionOnly ? null : (this.restRead ??= this.readRest(this.generation))]);
      // A slow or stopped background must not leave the popup blank: it gets what is counted so far.
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([read, new Promise((resolve) => (timer = setTimeout(resolve, REPORT_WAIT_MS)))]);
      clearTimeout(timer);
    }
    const entities = [...this.tally.values()].map((e) => ({ ...e })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    const { hostname, href } = this.doc.location ?? { hostname: '', href: '' };
    const counts = new Map<string, number>();
    for (const text of this.texts) forEachContentTerm(text, (term) => counts.set(term, (counts.get(term) ?? 0) + 1));
    const terms = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_PAGE_TERMS);
    return { host: hostname, url: href, enabled, scanned: this.scanned, entities, hasArticle, terms };
  }

  private async collectRegion(generation: number): Promise<TextBlock[] | null> {
    const whole = this.doc.body ?? this.doc.documentElement;
    let region: ScanRegion = { roots: [whole] };
    try {
      if (this.options.region) region = await this.options.region();
    } catch {
      // No article to be told apart (the page changed under the search): the whole page, as highlights are checked one by one anyway.
    }
    const blocks: TextBlock[] = [];
    for (const root of region.roots) {
      if (generation !== this.generation) return null;
      const found = await this.collect(root, generation, region.skips);
      if (!found) return null;
      blocks.push(...found);
    }
    return blocks;
  }

  /** Reads and tallies what the region left out: the rest of the page, no highlights there. */
  private async readRest(generation: number): Promise<void> {
    if (!(await this.regionRead) || generation !== this.generation) return;
    const blocks = await this.collect(this.doc.body ?? this.doc.documentElement, generation);
    if (blocks && generation === this.generation) await this.scan(blocks, generation, false);
  }

  /**
   * Reads the text blocks under `root` not read before, yielding the main thread between slices.
   * A block read in part before (text around a part the region left out) keeps its unread nodes.
   */
  private async collect(root: Node, generation: number, skips?: (el: Element) => boolean): Promise<TextBlock[] | null> {
    const blocks: TextBlock[] = [];
    this.clock.reset();
    const walk = walkTextBlocks(root, skips);
    let paused = false;
    for (let step = walk.next(); !step.done; step = walk.next(paused)) {
      paused = false;
      const block = this.unread(step.value);
      if (block) {
        for (const n of block.nodes) this.read.add(n);
        blocks.push(block);
      }
      if (this.clock.spent()) {
        await yieldToMain(this.doc.defaultView);
        if (generation !== this.generation) return null;
        this.clock.reset();
        paused = true;
      }
    }
    return blocks;
  }

  private unread(block: TextBlock): TextBlock | null {
    const fresh = (n: Text) => !this.read.has(n) && !this.highlighter.isOwn(n);
    if (block.nodes.every(fresh)) return block;
    const part = emptyBlock();
    for (const n of block.nodes) if (fresh(n)) appendText(part, n);
    return /\p{L}/u.test(part.text) ? part : null;
  }

  /**
   * Puts the blocks on screen first. Blocks come in document order, which is nearly top-to-bottom,
   * so a binary search over a few bounding boxes finds the first visible one without measuring all.
   */
  private onScreenFirst(blocks: TextBlock[]): TextBlock[] {
    const view = this.doc.defaultView;
    if (!view || blocks.length < 2) return blocks;
    const bottomOf = (b: TextBlock) => b.nodes[0]?.parentElement?.getBoundingClientRect().bottom ?? 0;
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bottomOf(blocks[mid]!) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? blocks : [...blocks.slice(lo), ...blocks.slice(0, lo)];
  }

  /** Asks for the mentions of `blocks` in batches, tallies them and, when `highlight`, highlights them. */
  private async scan(blocks: TextBlock[], generation: number, highlight: boolean): Promise<void> {
    for (let i = 0; i < blocks.length && generation === this.generation; ) {
      const size = i === 0 ? FIRST_BATCH_BLOCKS : BATCH_BLOCKS;
      const batch = blocks.slice(i, i + size);
      i += size;
      let results: Mention[][];
      try {
        // The rest of the page (menus, footers) is no part of the post the article may be.
        results = await this.detect(batch.map((b) => b.text), highlight ? this.register : 'news');
      } catch {
        return; // The extension went away (update, reload): leave the page as it is.
      }
      if (generation !== this.generation) return;
      if (!(await this.apply(batch, results, generation, highlight))) return;
    }
  }

  /** Tallies and highlights one batch in slices; false when the scan was stopped meanwhile. */
  private async apply(batch: TextBlock[], results: Mention[][], generation: number, highlight: boolean): Promise<boolean> {
    const created: HTMLElement[] = [];
    this.clock.reset();
    // Records queued before our changes are the page's: handle them before ours are discarded.
    this.handleMutations(this.observer?.takeRecords() ?? []);
    for (let j = 0; j < batch.length; j++) {
      const block = batch[j]!;
      const mentions = results[j] ?? [];
      this.count(mentions);
      this.texts.push(block.text);
      // The page may have changed while we waited: only touch text that is still the same.
      // Only mentions of the corpus's entities are highlighted: a block without any is not checked.
      if (highlight && mentions.some((m) => m.entity) && block.nodes.every((n) => n.isConnected) && block.nodes.map((n) => n.data).join('') === block.text) {
        created.push(...this.highlighter.apply(block, mentions));
      }
      if (this.clock.spent() && j + 1 < batch.length) {
        this.observer?.takeRecords(); // our own changes
        if (created.length) this.options.onHighlights?.(created.splice(0));
        await yieldToMain(this.doc.defaultView);
        if (generation !== this.generation) return false;
        this.handleMutations(this.observer?.takeRecords() ?? []);
        this.clock.reset();
      }
    }
    this.observer?.takeRecords(); // our own changes
    if (created.length) this.options.onHighlights?.(created);
    return true;
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
    if (!view || !this.doc.body || this.observer) return;
    this.observer = new view.MutationObserver((records) => this.handleMutations(records));
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
  }

  private handleMutations(records: readonly MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        // The page rewrote a text we had split (a framework re-rendering it): our pieces next to
        // it are stale. Drop them and read its parent again.
        const text = r.target as Text;
        if (this.highlighter.release(text) && text.parentNode) {
          this.read.delete(text);
          this.pending.add(text.parentNode);
        }
        continue;
      }
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
  }

  private flush(): void {
    this.timer = null;
    // A single-page app moved to another article: start over, so the popup describes this one.
    const url = this.doc.location?.href ?? '';
    if (url !== this.scannedUrl && this.scanned) {
      this.pending.clear();
      void this.restart(this.highlighter.policy);
      return;
    }
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
    const generation = this.generation;
    void (async () => {
      const blocks: TextBlock[] = [];
      for (const root of top) {
        const found = await this.collect(root, generation);
        if (!found) return;
        blocks.push(...found);
      }
      const fresh = blocks.filter((b) => b.nodes.every((t) => t.parentElement?.tagName.toLowerCase() !== MARK_TAG));
      if (fresh.length) await this.scan(fresh, generation, true);
    })();
  }
}
