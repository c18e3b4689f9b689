/**
 * `npm start`: opens Chromium with the freshly built extension and a sample news page served on
 * 127.0.0.1, so you can hover the names straight away. Close the browser to stop.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const page = readFileSync(join(root, 'test/fixtures/pages/news.html'));
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const browser = process.env.CHROMIUM ?? '/usr/bin/chromium';
  const profile = mkdtempSync(join(tmpdir(), 'backstory-'));
  const child = spawn(
    browser,
    [`--user-data-dir=${profile}`, `--load-extension=${join(root, '.output/chrome-mv3')}`, '--no-first-run', `http://127.0.0.1:${port}/`],
    { stdio: 'inherit' },
  );
  console.log(`Backstory is loaded in ${browser}; sample page at http://127.0.0.1:${port}/`);
  child.on('exit', () => server.close());
});
