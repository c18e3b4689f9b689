import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWS_HOST, startRecordingProxy, type RecordingProxy } from '../../e2e/support/recording-proxy';

/** Sends a CONNECT, as Chromium does for its own HTTPS services, and resets the socket at once. */
function connectAndReset(port: number, target: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`);
      setTimeout(() => {
        socket.resetAndDestroy();
        resolve();
      }, 0);
    });
    socket.on('error', () => {});
  });
}

function getThroughProxy(port: number, url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: url, headers: { host: new URL(url).host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the recording proxy the real-browser tests run behind', () => {
  let proxy: RecordingProxy;
  beforeAll(async () => {
    const pages = mkdtempSync(join(tmpdir(), 'bs-proxy-'));
    writeFileSync(join(pages, 'news.html'), '<p>Vollan spoke.</p>');
    proxy = await startRecordingProxy(pages);
  });
  afterAll(() => proxy.close());

  // A reset raw CONNECT socket once surfaced as an uncaught ECONNRESET and failed a whole CI run.
  it('survives the browser resetting its CONNECT sockets, records them, and still serves the pages', async () => {
    for (let i = 0; i < 30; i++) await connectAndReset(proxy.port, 'accounts.google.com:443');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(proxy.requests.filter((r) => r.method === 'CONNECT').length).toBe(30);
    expect(proxy.outside()).toEqual([]);
    const page = await getThroughProxy(proxy.port, `http://${NEWS_HOST}/`);
    expect(page).toEqual({ status: 200, body: '<p>Vollan spoke.</p>' });
    const elsewhere = await getThroughProxy(proxy.port, 'http://tracker.example/pixel');
    expect(elsewhere.status).toBe(502);
    expect(proxy.outside().map((r) => r.host)).toEqual(['tracker.example']);
  });
});
