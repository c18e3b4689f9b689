import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * The card renders in a closed shadow root, so neither the page nor a test's page-world code can
 * read it through `host.shadowRoot`. The browsers' automation protocols can (as DevTools does):
 * this finds the closed root of `<backstory-card>` and defines `shadowRoot` on that one host
 * element, in the page's main world, so the tests' page functions read the card as a reader sees
 * it. Call it again after the card's host is recreated (site turned off and on, reload).
 */
export async function revealCardRoot(page: Page): Promise<void> {
  await page.waitForSelector('backstory-card', { timeout: 15_000 });
  if (/firefox/i.test(await page.browser().version())) await revealWithBidi(page);
  else await revealWithCdp(page);
}

const DEFINE_ON_HOST = `function () { Object.defineProperty(this.host, 'shadowRoot', { value: this, configurable: true }); }`;

async function revealWithCdp(page: Page): Promise<void> {
  const cdp = await page.createCDPSession();
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'backstory-card' });
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) throw new Error('<backstory-card> has no shadow root');
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: DEFINE_ON_HOST });
  } finally {
    await cdp.detach();
  }
}

interface BidiRemoteNode {
  type: string;
  value?: { shadowRoot?: { sharedId?: string } | null };
}

async function revealWithBidi(page: Page): Promise<void> {
  // WebDriver BiDi serialises closed shadow roots when asked to ("includeShadowTree": "all").
  const connection = (page.browser() as unknown as { connection: { send(method: string, params: object): Promise<{ result: { result: BidiRemoteNode } }> } }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const found = await connection.send('script.callFunction', {
    functionDeclaration: '() => document.querySelector("backstory-card")',
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const sharedId = found.result.result.value?.shadowRoot?.sharedId;
  if (!sharedId) throw new Error(`<backstory-card> has no shadow root the protocol can see: ${JSON.stringify(found.result.result)}`);
  await connection.send('script.callFunction', {
    functionDeclaration: `(root) => (${DEFINE_ON_HOST}).call(root)`,
    target: { context },
    arguments: [{ sharedId }],
    awaitPromise: false,
    resultOwnership: 'none',
  });
}

/** The open card's dialog, for pointer actions (after `revealCardRoot`). */
export async function cardDialog(page: Page): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('[role="dialog"]') ?? null);
  const dialog = handle.asElement();
  if (!dialog) throw new Error('no card is open');
  return dialog as ElementHandle<Element>;
}
