import type { ElementHandle, Page } from 'puppeteer-core';
import { bidiConnection } from './firefox-popup';

/**
 * A card drawn while the reader has a library of their own is sealed: its body sits in a closed
 * shadow root inside the dialog (`.bs-sealed`), out of the page's reach. The browsers' automation
 * protocols can read it (as DevTools does): this finds that closed root and defines `shadowRoot`
 * on the `.bs-sealed` element, in the page's main world, so the tests' page functions read the card
 * as a reader sees it. Returns false when the open card is not sealed.
 */
export async function revealSealedCard(page: Page): Promise<boolean> {
  if (/firefox/i.test(await page.browser().version())) return revealWithBidi(page);
  return revealWithCdp(page);
}

const DEFINE_ON_HOST = `function () { Object.defineProperty(this.host, 'shadowRoot', { value: this, configurable: true }); }`;

interface CdpNode {
  localName?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { backendNodeId: number; shadowRootType?: string })[];
}

function findSealed(node: CdpNode): CdpNode | null {
  const attributes = node.attributes ?? [];
  for (let i = 0; i + 1 < attributes.length; i += 2) if (attributes[i] === 'class' && attributes[i + 1]!.split(' ').includes('bs-sealed')) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = findSealed(child);
    if (hit) return hit;
  }
  return null;
}

async function revealWithCdp(page: Page): Promise<boolean> {
  const cdp = await page.createCDPSession();
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const sealed = findSealed(root as CdpNode);
    const closed = sealed?.shadowRoots?.find((r) => r.shadowRootType === 'closed');
    if (!closed) return false;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: closed.backendNodeId });
    await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: DEFINE_ON_HOST });
    return true;
  } finally {
    await cdp.detach();
  }
}

interface BidiRemoteNode {
  type: string;
  value?: { shadowRoot?: { sharedId?: string } | null };
}

async function revealWithBidi(page: Page): Promise<boolean> {
  // WebDriver BiDi serialises closed shadow roots when asked to ("includeShadowTree": "all").
  const connection = bidiConnection(page.browser());
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const { result: found } = (await connection.send('script.callFunction', {
    functionDeclaration: '() => document.querySelector("backstory-card")?.shadowRoot?.querySelector(".bs-sealed") ?? null',
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  })) as { result: { result: BidiRemoteNode } };
  const sharedId = found.result.value?.shadowRoot?.sharedId;
  if (!sharedId) return false;
  await connection.send('script.callFunction', {
    functionDeclaration: `(root) => (${DEFINE_ON_HOST}).call(root)`,
    target: { context },
    arguments: [{ sharedId }],
    awaitPromise: false,
    resultOwnership: 'none',
  });
  return true;
}

/** The open card's dialog, for pointer actions. */
export async function cardDialog(page: Page): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]') ?? null);
  const dialog = handle.asElement();
  if (!dialog) throw new Error('no card is open');
  return dialog as ElementHandle<Element>;
}
