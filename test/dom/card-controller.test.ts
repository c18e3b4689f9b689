// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { CardController } from '../../dom/card-controller';
import type { EntityCard } from '../../lib/index/entity-card';
import { blinkenCard } from '../components/fixtures';

// The card's open root is an interface other tools read (role="dialog", named by the entity). A
// card drawn while the reader has a library of their own is sealed: its body goes into a closed
// root, so the page finds the dialog and the name, never what the card says.

let controller: CardController | null = null;
afterEach(() => {
  controller?.destroy();
  controller = null;
  document.body.innerHTML = '';
});

async function openCardFor(card: EntityCard) {
  document.body.innerHTML = '<p>Talks with <backstory-mark data-backstory-entity="person:antony-blinken" tabindex="0" role="button" aria-expanded="false">Blinken</backstory-mark> went on.</p>';
  controller = new CardController(document, { loadCard: async () => card, openStory: () => undefined, hoverDelayMs: 0 });
  document.querySelector<HTMLElement>('backstory-mark')!.focus();
  // Loading first (the name as the page writes it, and a status), then the card.
  const ready = () => {
    const dialog = document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]');
    return dialog && !dialog.querySelector('[role="status"]');
  };
  for (let i = 0; i < 100 && !ready(); i++) await new Promise((r) => setTimeout(r, 10));
  const root = document.querySelector('backstory-card')!.shadowRoot!;
  return { root, dialog: root.querySelector<HTMLElement>('[role="dialog"]')! };
}

describe('CardController: open card, sealed card', () => {
  test('without a library the card is read in the open root, named by its heading', async () => {
    const { root, dialog } = await openCardFor(blinkenCard());
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Antony Blinken');
    expect(dialog.textContent).toContain('US Secretary of State');
    expect(dialog.querySelector('.bs-sealed')).toBeNull();
  });

  test('with a library the dialog keeps its name, and its body is out of the page’s reach', async () => {
    const { root, dialog } = await openCardFor(blinkenCard({ sealed: true }));
    expect(dialog.getAttribute('aria-label')).toBe('Antony Blinken');
    expect(dialog.hasAttribute('aria-labelledby')).toBe(false);
    const body = dialog.querySelector('.bs-sealed')!;
    expect(body).not.toBeNull();
    expect(body.shadowRoot).toBeNull();
    expect(root.innerHTML).not.toContain('US Secretary of State');
    expect(dialog.textContent).toBe('');
  });
});

describe('CardController: its host', () => {
  test('is added to the page with the first card only, once, and removed by destroy()', async () => {
    document.body.innerHTML = '<p>Talks with <backstory-mark data-backstory-entity="person:antony-blinken" tabindex="0" role="button" aria-expanded="false">Blinken</backstory-mark> went on.</p>';
    controller = new CardController(document, { loadCard: async () => blinkenCard(), openStory: () => undefined, hoverDelayMs: 0 });
    expect(document.querySelectorAll('backstory-card')).toHaveLength(0);
    const mark = document.querySelector<HTMLElement>('backstory-mark')!;
    await controller.open(mark, false);
    controller.close(false);
    await controller.open(mark, true);
    expect(document.querySelectorAll('backstory-card')).toHaveLength(1);
    controller.destroy();
    controller = null;
    expect(document.querySelectorAll('backstory-card')).toHaveLength(0);
  });
});
