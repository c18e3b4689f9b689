import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from './shared-paths';

/** The 19k-story corpus of ../shared, and where the extension built on it goes. */
export const SHARED_CORPUS = resolve(PROJECT_ROOT, '../shared/corpus');
export const LARGE_OUT = join(PROJECT_ROOT, '.output-19k');
export const LARGE_BUILD = join(LARGE_OUT, 'chrome-mv3');

/** Why the 19k-story build cannot be made here, or null. Under CI it must be. */
export function largeBuildSkipReason(): string | null {
  const reason = existsSync(SHARED_CORPUS) ? null : `${SHARED_CORPUS} is absent (the 19k-story corpus lives in ../shared)`;
  if (reason && process.env.CI === 'true') throw new Error(`the 19k-story build must be made under CI: ${reason}`);
  return reason;
}

/**
 * Vitest global setup of the e2e project: builds the extension on the 19k-story corpus once, with
 * the same command a reader uses for an archive, for every suite that needs a real corpus.
 */
export default function buildLargeExtension(): void {
  const reason = largeBuildSkipReason();
  if (reason) {
    console.warn(`not building the 19k-story extension: ${reason}`);
    return;
  }
  if (process.env.BACKSTORY_REUSE_LARGE_BUILD === '1' && existsSync(join(LARGE_BUILD, 'manifest.json'))) return;
  const t0 = Date.now();
  execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'pipe', env: { ...process.env, BACKSTORY_CORPUS: SHARED_CORPUS, BACKSTORY_OUT_DIR: LARGE_OUT } });
  console.log(`built the extension on the 19k-story corpus in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
