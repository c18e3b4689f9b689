import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROME_BUILD = join(PROJECT_ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(PROJECT_ROOT, '.output/firefox-mv2');
export const PAGES_DIR = join(PROJECT_ROOT, 'test/fixtures/pages');
export const SCREENSHOTS_DIR = join(PROJECT_ROOT, 'test-results/screenshots');
export const SEED_TITLE = 'Working with allies critical to push back Chinese aggression: US';

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return join(SCREENSHOTS_DIR, `${name}.png`);
}

/** Why a real-browser test cannot run here, or null when it can. Under CI it must run. */
export function browserSkipReason(executable: string, build: string): string | null {
  const reason = !existsSync(executable)
    ? `${executable} is not installed (apt-get install chromium firefox-esr)`
    : !existsSync(join(build, 'manifest.json'))
      ? `no extension build at ${build} (run npm run build / npm run build:firefox first)`
      : null;
  if (reason && process.env.CI === 'true') throw new Error(`real-browser test cannot run under CI: ${reason}`);
  if (reason) console.warn(`skipping real-browser test: ${reason}`);
  return reason;
}
