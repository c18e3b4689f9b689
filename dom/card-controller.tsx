import { autoUpdate, computePosition, flip, hide, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import type { EntityCard } from '../lib/index/entity-card';
import type { HoverModifier } from '../lib/reader-settings';
import { EntityCardView, type CardState } from '../components/EntityCardView';
import cardCss from '../components/card.css?inline';
import { MARK_TAG } from './highlight';
import { pageTheme } from './page-theme';

export interface CardControllerOptions {
  loadCard: (entity: string) => Promise<EntityCard | null>;
  openStory: (storyId: string) => void;
  /** Hover intent before a card opens, in ms. */
  hoverDelayMs?: number;
  /** Time the pointer has to travel from the name onto the card, in ms. */
  closeGraceMs?: number;
  /** A key to hold for hover to open a card; hover alone when absent or "none". */
  hoverModifier?: HoverModifier;
}

const HEADING_ID = 'backstory-card-name';
const MARK_SELECTOR = `${MARK_TAG}[data-backstory-entity]`;

/**
 * The host of the card's shadow root: one per document, removed with `destroy()`. The root is open
 * (other tools read the card there); a card drawn while the reader has a library of their own is
 * sealed instead: its body goes into a closed root inside the dialog (see paint()).
 */
/** Gives a shadow root the card's styles. */
function adoptCardStyles(doc: Document, root: ShadowRoot, css: string): void {
  // A constructed style sheet is not blocked by a page's style-src CSP; fall back to <style>.
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

/** The sealed body's styles: the card's, its host inheriting the dialog's type and colours. */
const SEALED_CSS = `${cardCss}\n:host { all: unset; display: block; }`;

/** The closed root of a sealed card's body, made once per body element. */
const sealedRoots = new WeakMap<Element, ShadowRoot>();
function sealedRootOf(doc: Document, body: Element): ShadowRoot {
  let root = sealedRoots.get(body);
  if (!root) {
    root = body.attachShadow({ mode: 'closed' });
    adoptCardStyles(doc, root, SEALED_CSS);
    sealedRoots.set(body, root);
  }
  return root;
}

function createHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot; mount: HTMLElement } {
  const host = doc.createElement('backstory-card');
  host.setAttribute('data-backstory-ui', '');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptCardStyles(doc, shadow, cardCss);
  const mount = doc.createElement('div');
  shadow.append(mount);
  (doc.body ?? doc.documentElement).append(host);
  return { host, shadow, mount };
}

/**
 * Shows one card at a time for the highlighted names of a document: after a short hover, at once
 * on keyboard focus; pinned as a non-modal dialog on click or Enter; Escape closes and gives focus
 * back. Meets WCAG 2.1 SC 1.4.13: dismissible, hoverable, persistent.
 */
export class CardController {
  /** The card's host, made when the first card opens: most pages never show one. */
  private ui: { host: HTMLElement; shadow: ShadowRoot; mount: HTMLElement } | null = null;
  private abort = new AbortController();
  private trigger: HTMLElement | null = null;
  private entity: string | null = null;
  private pinned = false;
  private state: CardState | null = null;
  private openTimer: ReturnType<typeof setTimeout> | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private stopPositioning: (() => void) | null = null;
  private cache = new Map<string, Promise<EntityCard | null>>();
  /** After Escape, the name under the pointer does not reopen its card until the pointer leaves it. */
  private suppressed: HTMLElement | null = null;
  /** Focus we give back on close must not reopen the card. */
  private returningFocus = false;
  /** The name under the pointer, so pressing the hover key opens its card. */
  private hovered: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private options: CardControllerOptions,
  ) {
    const signal = this.abort.signal;
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
      doc.addEventListener(type, fn, { capture: true, signal });
    on('pointerover', (e) => this.onPointerOver(e));
    on('pointerout', (e) => this.onPointerOut(e));
    on('focusin', (e) => this.onFocusIn(e));
    on('focusout', (e) => this.onFocusOut(e));
    on('keydown', (e) => this.onKeyDown(e));
    on('click', (e) => this.onClick(e));
    on('pointerdown', (e) => this.onPointerDown(e));
    // The page's or the system's scheme can change under an open card: paint it again.
    doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => this.paint(), { signal });
  }

  private get surface(): { host: HTMLElement; shadow: ShadowRoot; mount: HTMLElement } {
    if (!this.ui) {
      this.ui = createHost(this.doc);
      const { host } = this.ui;
      const signal = this.abort.signal;
      host.addEventListener('pointerenter', () => this.cancelClose(), { signal });
      host.addEventListener('pointerleave', () => !this.pinned && this.scheduleClose(), { signal });
      host.addEventListener('keydown', (e) => this.onKeyDown(e), { signal });
    }
    return this.ui;
  }

  /** The card's host on the page, or null before the first card. */
  private get host(): HTMLElement | null {
    return this.ui?.host ?? null;
  }

  private get hoverDelay() {
    return this.options.hoverDelayMs ?? 300;
  }

  /** Takes new timing settings; an open card stays open. */
  updateOptions(changes: Partial<Pick<CardControllerOptions, 'hoverDelayMs' | 'hoverModifier'>>): void {
    this.options = { ...this.options, ...changes };
  }

  private modifierHeld(e: MouseEvent | KeyboardEvent): boolean {
    const key = this.options.hoverModifier ?? 'none';
    return key === 'none' || e.getModifierState(key);
  }

  private markFrom(target: EventTarget | null): HTMLElement | null {
    if (!(target instanceof (this.doc.defaultView ?? window).Element)) return null;
    return target.closest<HTMLElement>(MARK_SELECTOR);
  }

  private onPointerOver(e: PointerEvent) {
    const mark = this.markFrom(e.target);
    if (!mark) return;
    this.hovered = mark;
    if (mark === this.suppressed) return;
    this.cancelClose();
    if (mark === this.trigger) return;
    if (this.pinned || !this.modifierHeld(e)) return;
    this.cancelOpen();
    this.openTimer = setTimeout(() => void this.open(mark, false), this.hoverDelay);
  }

  private onPointerOut(e: PointerEvent) {
    const mark = this.markFrom(e.target);
    if (!mark) return;
    if (e.relatedTarget instanceof Node && mark.contains(e.relatedTarget)) return;
    if (this.hovered === mark) this.hovered = null;
    if (this.suppressed === mark) this.suppressed = null;
    this.cancelOpen();
    if (mark === this.trigger && !this.pinned) this.scheduleClose();
  }

  private onFocusIn(e: FocusEvent) {
    if (this.returningFocus) return;
    const target = e.target as Element | null;
    let mark = this.markFrom(target);
    // A name inside a link is reached through the link itself: no nested tab stop.
    if (!mark && target instanceof (this.doc.defaultView ?? window).HTMLElement && target.matches('a[href]')) {
      mark = target.querySelector<HTMLElement>(MARK_SELECTOR);
    }
    if (!mark || mark === this.trigger) return;
    this.cancelOpen();
    void this.open(mark, false);
  }

  private onFocusOut(e: FocusEvent) {
    if (this.pinned || !this.trigger) return;
    const next = e.relatedTarget;
    if (next instanceof Node && (this.host?.contains(next) || this.trigger.contains(next))) return;
    const from = e.target as Node;
    if (from === this.trigger || this.trigger.contains(from) || (from as Element).contains?.(this.trigger)) this.close(false);
  }

  private onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape' && this.trigger) {
      e.stopPropagation();
      this.suppressed = this.hovered;
      // Focus goes back to the name only if it was in the card; a hover card leaves focus alone.
      this.close(this.ui?.shadow.activeElement != null);
      return;
    }
    // Modifier mode: pressing the key while pointing at a name opens its card at once.
    const modifier = this.options.hoverModifier ?? 'none';
    if (modifier !== 'none' && e.key === modifier && this.hovered && this.hovered !== this.trigger && !this.pinned) {
      void this.open(this.hovered, false);
      return;
    }
    const mark = this.markFrom(e.target);
    if (mark && (e.key === 'Enter' || e.key === ' ') && mark.getAttribute('role') === 'button') {
      e.preventDefault();
      void this.open(mark, true);
    }
  }

  private onClick(e: MouseEvent) {
    const mark = this.markFrom(e.target);
    // Inside a link the click belongs to the link.
    if (!mark || mark.getAttribute('role') !== 'button') return;
    e.preventDefault();
    void this.open(mark, true);
  }

  private onPointerDown(e: PointerEvent) {
    if (!this.trigger || !this.pinned) return;
    const t = e.target as Node;
    if (this.host?.contains(t) || this.trigger.contains(t)) return;
    this.close(false);
  }

  private cancelOpen() {
    if (this.openTimer !== null) clearTimeout(this.openTimer);
    this.openTimer = null;
  }

  private cancelClose() {
    if (this.closeTimer !== null) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  private scheduleClose() {
    this.cancelClose();
    this.closeTimer = setTimeout(() => this.close(false), this.options.closeGraceMs ?? 300);
  }

  private load(entity: string) {
    let p = this.cache.get(entity);
    if (!p) {
      p = this.options.loadCard(entity).catch(() => null);
      this.cache.set(entity, p);
    }
    return p;
  }

  /** Opens (or re-targets) the card on a highlighted name; pinned cards take focus. */
  async open(mark: HTMLElement, pin: boolean): Promise<void> {
    this.cancelOpen();
    this.cancelClose();
    if (this.trigger && this.trigger !== mark) this.trigger.setAttribute('aria-expanded', 'false');
    const entity = mark.getAttribute('data-backstory-entity')!;
    const sameCard = this.trigger === mark && this.entity === entity;
    this.trigger = mark;
    this.pinned = this.pinned && sameCard ? true : pin;
    if (mark.hasAttribute('aria-expanded')) mark.setAttribute('aria-expanded', 'true');
    await this.show(entity, mark.textContent ?? '');
    if (pin) this.focusCard();
  }

  private async show(entity: string, fallbackName: string) {
    this.entity = entity;
    if (!this.state || this.state.status !== 'ready' || this.state.card.id !== entity) {
      this.state = { status: 'loading', name: fallbackName };
      this.paint();
    }
    const card = await this.load(entity);
    if (this.entity !== entity) return;
    this.state = card ? { status: 'ready', card } : { status: 'error', name: fallbackName };
    this.paint();
  }

  private focusCard() {
    const dialog = this.ui?.mount.querySelector<HTMLElement>('[role="dialog"]');
    dialog?.focus();
  }

  close(returnFocus: boolean): void {
    this.cancelOpen();
    this.cancelClose();
    const trigger = this.trigger;
    const active = this.ui?.shadow.activeElement ?? null;
    this.trigger = null;
    this.entity = null;
    this.pinned = false;
    this.state = null;
    this.stopPositioning?.();
    this.stopPositioning = null;
    if (this.ui) render(null, this.ui.mount);
    if (trigger) {
      if (trigger.hasAttribute('aria-expanded')) trigger.setAttribute('aria-expanded', 'false');
      if (returnFocus || active) {
        this.returningFocus = true;
        try {
          (trigger.closest<HTMLElement>('a[href]') ?? trigger).focus({ preventScroll: true });
        } finally {
          this.returningFocus = false;
        }
      }
    }
  }

  get isOpen(): boolean {
    return this.trigger !== null;
  }

  get isPinned(): boolean {
    return this.pinned;
  }

  private paint() {
    if (!this.state || !this.trigger) return;
    const trigger = this.trigger;
    const { mount } = this.surface;
    const view = (
      <EntityCardView
        state={this.state}
        headingId={HEADING_ID}
        onClose={() => this.close(true)}
        onOpenStory={(id) => this.options.openStory(id)}
        onOpenEntity={(id) => {
          this.pinned = true;
          void this.show(id, '');
        }}
      />
    );
    const theme = pageTheme(this.doc) ?? undefined;
    const state = this.state;
    if (state.status === 'ready' && state.card.sealed) {
      // The page may read the open root: it finds the dialog and its name (the name is on the page
      // already), never what the card says. Screen readers and keyboards go through closed roots.
      render(
        <div class="bs-card" role="dialog" aria-modal="false" aria-label={state.card.name} tabIndex={-1} data-theme={theme}>
          <div class="bs-sealed" />
        </div>,
        mount,
      );
      render(view, sealedRootOf(this.doc, mount.querySelector('.bs-sealed')!));
    } else {
      render(
        <div class="bs-card" role="dialog" aria-modal="false" aria-labelledby={HEADING_ID} tabIndex={-1} data-theme={theme}>
          {view}
        </div>,
        mount,
      );
    }
    const card = mount.firstElementChild as HTMLElement | null;
    if (!card) return;
    this.stopPositioning?.();
    this.stopPositioning = autoUpdate(trigger, card, () => {
      void computePosition(trigger, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Never taller than the room left on screen: the card scrolls inside instead.
          size({ padding: 8, apply: ({ availableHeight }) => void (card.style.maxHeight = `${Math.max(160, availableHeight)}px`) }),
          // A name scrolled out of sight takes its card with it, rather than leave it hanging off screen.
          hide(),
        ],
      }).then(({ x, y, middlewareData }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
        card.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
      });
    });
  }

  destroy(): void {
    this.close(false);
    this.abort.abort();
    this.host?.remove();
    this.ui = null;
  }
}
