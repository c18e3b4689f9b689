import type { Page } from 'puppeteer-core';
import { revealSealedCard } from './card-root';

export interface HighlightInfo {
  entity: string;
  kind: string;
  text: string;
  inLink: boolean;
  tabIndex: number;
  role: string | null;
  /** The text of the paragraph around it. */
  context: string;
}

export async function waitForScan(page: Page): Promise<void> {
  await page.waitForSelector('html[data-backstory-scan="done"]', { timeout: 30_000 });
}

export function readHighlights(page: Page): Promise<HighlightInfo[]> {
  return page.$$eval('[data-backstory-entity]', (els) =>
    els.map((el) => ({
      entity: el.getAttribute('data-backstory-entity') ?? '',
      kind: el.getAttribute('data-backstory-kind') ?? '',
      text: el.textContent ?? '',
      inLink: el.closest('a[href]') !== null,
      tabIndex: (el as HTMLElement).tabIndex,
      role: el.getAttribute('role'),
      context: el.parentElement?.textContent ?? '',
    })),
  );
}

/**
 * Waits for the card dialog and returns its accessible name (aria-labelledby, or aria-label on a
 * sealed card) and its text (a sealed card's body read through the automation protocol).
 */
export async function readOpenCard(page: Page): Promise<{ name: string; text: string }> {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('backstory-card')?.shadowRoot;
      const dialog = root?.querySelector('[role="dialog"]');
      return dialog && !dialog.querySelector('[role="status"]');
    },
    { timeout: 15_000 },
  );
  await revealSealedCard(page);
  return page.evaluate(() => {
    const root = document.querySelector('backstory-card')!.shadowRoot!;
    const dialog = root.querySelector('[role="dialog"]')!;
    const sealed = dialog.querySelector('.bs-sealed')?.shadowRoot ?? null;
    const labelId = dialog.getAttribute('aria-labelledby');
    const name = labelId ? (root.getElementById(labelId)?.textContent ?? '') : (dialog.getAttribute('aria-label') ?? '');
    return { name, text: (dialog.textContent ?? '') + (sealed?.textContent ?? '') };
  });
}

/** Presses Tab until a highlight of `entity` has focus; returns its text. */
export async function tabToMark(page: Page, entity: string, maxTabs = 40): Promise<string | null> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((id) => {
      const el = document.activeElement;
      return el?.getAttribute('data-backstory-entity') === id ? el.textContent : null;
    }, entity);
    if (hit) return hit;
  }
  return null;
}
