/** Each call moves to the next mention of the entity, wrapping around. */
const lastRevealed = new WeakMap<readonly HTMLElement[], HTMLElement>();

/**
 * Scrolls to the next highlighted mention of `entity` and flashes it. Returns false when the page
 * has none (unknown names are listed in the popup but not highlighted).
 */
export function revealMention(marks: readonly HTMLElement[], entity: string | null, _name: string): boolean {
  if (!entity) return false;
  const list = marks.filter((m) => m.isConnected && m.getAttribute('data-backstory-entity') === entity);
  if (list.length === 0) return false;
  const last = lastRevealed.get(marks);
  const next = list[(last ? list.indexOf(last) + 1 : 0) % list.length]!;
  lastRevealed.set(marks, next);
  const reduced = next.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  next.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  next.removeAttribute('data-backstory-flash');
  void next.offsetWidth;
  next.setAttribute('data-backstory-flash', '');
  setTimeout(() => next.removeAttribute('data-backstory-flash'), 1500);
  return true;
}
