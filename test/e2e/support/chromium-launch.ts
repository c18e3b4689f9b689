import puppeteer, { type Browser, type Target } from 'puppeteer-core';
import { CHROME_BUILD } from './shared-paths';

export const CHROMIUM = '/usr/bin/chromium';

/** Flags from TOOLCHAIN.md plus the ones that silence Chromium's own calls home. */
export function chromiumArgs(proxyPort: number): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-client-side-phishing-detection',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--no-pings',
    '--metrics-recording-only',
    '--safebrowsing-disable-auto-update',
    '--extensions-update-frequency=999999',
    '--disable-features=AutofillServerCommunication,OptimizationHints,OptimizationGuideModelDownloading,MediaRouter,DialMediaRouteProvider,Translate,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying',
    `--proxy-server=http://127.0.0.1:${proxyPort}`,
    // Loopback goes through the proxy too: nothing escapes the record.
    '--proxy-bypass-list=<-loopback>',
    '--window-size=1200,900',
  ];
}

export function launchChromium(proxyPort: number, extensionDir = CHROME_BUILD, userDataDir?: string): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, enableExtensions: [extensionDir], args: chromiumArgs(proxyPort), ...(userDataDir ? { userDataDir } : {}) });
}

/**
 * Records the URL of every request made by the extension's service worker and its pages (popup,
 * reader), attaching to each such target as it appears.
 */
export async function watchExtensionRequests(browser: Browser, into: string[]): Promise<void> {
  const attach = async (target: Target) => {
    if (!target.url().startsWith('chrome-extension://')) return;
    if (target.type() !== 'service_worker' && target.type() !== 'page') return;
    try {
      const session = await target.createCDPSession();
      session.on('Network.requestWillBeSent', (e) => into.push(e.request.url));
      await session.send('Network.enable');
    } catch {
      // The target went away before we could attach (a closed popup): nothing to record.
    }
  };
  browser.on('targetcreated', (t: Target) => void attach(t));
  await Promise.all(browser.targets().map(attach));
}
