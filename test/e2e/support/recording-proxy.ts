import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

/** The made-up host the test pages are served as; the browser reaches it only through this proxy. */
export const NEWS_HOST = 'news.backstory.test';

/**
 * Chromium itself still calls Google's own service domains with every flag that stops background
 * traffic set (extension updater, account check, component downloads: update.googleapis.com,
 * accounts.google.com, redirector.gvt1.com were seen on this machine). They are the browser's, not
 * Backstory's: the Chromium test also watches the extension's own service worker and pages over the
 * DevTools protocol, where any request is a failure. Nothing else is excused here.
 */
export const BROWSER_OWN_DOMAINS: readonly string[] = ['googleapis.com', 'google.com', 'gvt1.com', 'gstatic.com'];

function isBrowserOwn(host: string): boolean {
  return BROWSER_OWN_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

export interface RecordedRequest {
  method: string;
  url: string;
  host: string;
}

export interface RecordingProxy {
  port: number;
  requests: RecordedRequest[];
  /** Requests to any host but the test pages' own and the browser's own services (see BROWSER_OWN_DOMAINS). */
  outside(): RecordedRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

/**
 * An HTTP proxy that the browser must use for everything: it serves the fixture pages for
 * NEWS_HOST, refuses every other destination, and records every request it sees, so a request
 * made by the extension (background included) cannot go unnoticed.
 */
export async function startRecordingProxy(pagesDir: string, extraHeaders: Record<string, string> = {}): Promise<RecordingProxy> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '', `http://${req.headers.host ?? 'unknown'}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    requests.push({ method: req.method ?? 'GET', url: url.href, host: url.hostname });
    if (url.hostname !== NEWS_HOST) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(pagesDir, path === '/' ? 'news.html' : path);
    if (!file.startsWith(pagesDir) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // A page can carry its own response headers (e.g. a strict Content-Security-Policy) in PAGE.headers.json.
    const own = existsSync(`${file}.headers.json`) ? (JSON.parse(readFileSync(`${file}.headers.json`, 'utf8')) as Record<string, string>) : {};
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extraHeaders, ...own });
    res.end(readFileSync(file));
  });
  server.on('connect', (req, socket) => {
    const [host = ''] = (req.url ?? '').split(':');
    requests.push({ method: 'CONNECT', url: req.url ?? '', host });
    // The raw socket is ours once 'connect' fires: a browser resetting it (it does, for its own
    // HTTPS services) must not become an uncaught ECONNRESET that fails the whole test run.
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    outside: () => requests.filter((r) => r.host !== NEWS_HOST && !isBrowserOwn(r.host)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
