import { options, render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/**
 * Small DOM helpers for the component tests: mount with Preact's own `render` inside `act`
 * (so effects and state updates are flushed), and query the result the way a reader or a screen
 * reader meets it — by role and accessible name rather than by class.
 */

let container: HTMLElement | null = null;

/** Renders into a fresh container attached to the document and flushes effects. */
export async function mount(vnode: ComponentChild): Promise<HTMLElement> {
  unmount();
  container = document.createElement('div');
  document.body.appendChild(container);
  const target = container;
  await act(() => {
    render(vnode, target);
  });
  return target;
}

/** Unmounts what `mount` rendered and empties the document. */
export function unmount(): void {
  if (container) {
    const target = container;
    void act(() => {
      render(null, target);
    });
    target.remove();
    container = null;
  }
  document.body.innerHTML = '';
}

/** The real `setImmediate`, kept before any test fakes timers. */
const realSetImmediate = globalThis.setImmediate;

// Outside `act`, Preact runs effects after the next animation frame, raced with a 35 ms timeout
// and then one more timeout: how soon that is depends on timers. Run them on the next immediate
// instead, so that `settle` (which waits for immediates) sees them run, fake timers or not.
// `act` swaps this hook for its own and puts it back when it finishes.
options.requestAnimationFrame = (flush) => {
  realSetImmediate(flush);
};

/**
 * Lets pending promise callbacks (loaders resolving or rejecting) run, then flushes renders and
 * effects: a few rounds, each inside `act`, each waiting one real immediate.
 */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise<void>((resolve) => realSetImmediate(() => resolve()));
    });
  }
}

/** Runs a user action (click, change) inside `act` and lets what it starts settle. */
export async function userAction(fn: () => void): Promise<void> {
  await act(() => {
    fn();
  });
  await settle();
}

/** Dispatches a real, cancelable click and returns the event (to check `defaultPrevented`). */
export function click(el: Element): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
  el.dispatchEvent(event);
  return event;
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A promise that never settles: the component stays in its loading state. */
export function pending<T>(): Promise<T> {
  return new Promise<T>(() => {});
}

/** Text as it is read: aria-hidden subtrees skipped, whitespace collapsed. */
export function readableText(node: Node | null): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) {
      parts.push(n.textContent ?? '');
      return;
    }
    if (n.nodeType !== Node.ELEMENT_NODE) return;
    if ((n as Element).getAttribute('aria-hidden') === 'true') return;
    n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** A simplified accessible name: aria-labelledby, then aria-label, then an enclosing <label>, then content. */
export function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => readableText(el.ownerDocument.getElementById(id)))
      .join(' ')
      .trim();
  }
  const label = el.getAttribute('aria-label');
  if (label !== null) return label.trim();
  if (el.tagName === 'INPUT' || el.tagName === 'SELECT') {
    const byFor = el.id ? el.ownerDocument.querySelector(`label[for="${el.id}"]`) : null;
    return readableText(byFor ?? el.closest('label'));
  }
  if (el.tagName === 'FIELDSET') return readableText(el.querySelector(':scope > legend'));
  return readableText(el);
}

const IMPLICIT: Record<string, string> = {
  button: 'button',
  link: 'a[href]',
  heading: 'h1, h2, h3, h4, h5, h6',
  checkbox: 'input[type="checkbox"]',
  searchbox: 'input[type="search"]',
  radio: 'input[type="radio"]',
  slider: 'input[type="range"]',
  combobox: 'select',
  option: 'option',
  group: 'fieldset',
  list: 'ul, ol',
  listitem: 'li',
  main: 'main',
  article: 'article',
  complementary: 'aside',
  region: 'section',
  contentinfo: 'footer',
  img: 'img',
};

export interface RoleQuery {
  /** Exact accessible name, or a pattern it must match. */
  name?: string | RegExp;
  /** Heading level. */
  level?: number;
}

/** Every element with the role (explicit `role` or the implicit one of its tag), optionally filtered by name. */
export function allByRole(root: ParentNode, role: string, query: RoleQuery = {}): HTMLElement[] {
  const implicit = IMPLICIT[role];
  const selector = implicit ? `[role="${role}"], ${implicit}` : `[role="${role}"]`;
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    const explicit = el.getAttribute('role');
    if (explicit && explicit !== role) return false;
    // A <section> is a region only when it has a name.
    if (role === 'region' && !explicit && !accessibleName(el)) return false;
    if (query.level !== undefined && el.tagName !== `H${query.level}`) return false;
    if (query.name === undefined) return true;
    const name = accessibleName(el);
    return typeof query.name === 'string' ? name === query.name : query.name.test(name);
  });
}

/** The single element with the role (and name); throws with what was found otherwise. */
export function getByRole(root: ParentNode, role: string, query: RoleQuery = {}): HTMLElement {
  const found = allByRole(root, role, query);
  if (found.length !== 1) {
    const seen = allByRole(root, role).map((el) => JSON.stringify(accessibleName(el)));
    throw new Error(`Expected one ${role} named ${String(query.name ?? '(any)')}, found ${found.length}. ${role}s present: ${seen.join(', ') || 'none'}`);
  }
  return found[0]!;
}

export function queryByRole(root: ParentNode, role: string, query: RoleQuery = {}): HTMLElement | null {
  const found = allByRole(root, role, query);
  if (found.length > 1) throw new Error(`Expected at most one ${role}, found ${found.length}`);
  return found[0] ?? null;
}

/** A control a keyboard user can reach with Tab and activate with Enter/Space without scripts of its own. */
export function isNativelyKeyboardOperable(el: HTMLElement): boolean {
  if (el.tabIndex < 0) return false;
  if (el.tagName === 'BUTTON') return !(el as HTMLButtonElement).disabled && el.getAttribute('type') === 'button';
  if (el.tagName === 'A') return el.hasAttribute('href');
  if (el.tagName === 'INPUT') return !(el as HTMLInputElement).disabled;
  return false;
}
