import puppeteer, { type Browser } from 'puppeteer-core';
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

export function launchChromium(proxyPort: number, extensionDir = CHROME_BUILD): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, enableExtensions: [extensionDir], args: chromiumArgs(proxyPort) });
}
