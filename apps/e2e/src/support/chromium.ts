import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Debian's chromium (installed by .ci/run; never `npx playwright install`). Where none is installed
 * the browser tests are skipped with a warning, unless REQUIRE_BROWSER=1 (CI), where it is a failure.
 */
export function chromiumPath(): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return configured;
  const found = CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
  if (!found && process.env.REQUIRE_BROWSER === '1') {
    throw new Error('REQUIRE_BROWSER=1 but no Chromium was found: install Debian\'s chromium or set CHROMIUM_PATH');
  }
  if (!found) console.warn('No Chromium found: browser tests are skipped (set REQUIRE_BROWSER=1 to make this a failure)');
  return found;
}

export function launchChromium(executablePath: string): Promise<Browser> {
  // Flags that work on this kind of machine (../shared/STACK.md): without the background
  // networking switches Chromium keeps trying hosts the closed network refuses.
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
