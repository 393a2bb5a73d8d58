import { afterAll, beforeAll, describe } from '@jest/globals';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser } from 'playwright-core';
import { chromiumPath, launchChromium } from './chromium.js';
import { startProduct, type RunningProduct } from './running-product.js';

/** Where the journeys leave the screenshots the docs show. */
export const SCREENSHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../docs/screenshots');

/** The product and browser a suite of journeys shares, available once its beforeAll has run. */
export interface BrowserJourney {
  readonly product: RunningProduct;
  readonly browser: Browser;
}

/**
 * A describe block whose tests drive the built product (on a fresh database) in headless
 * Chromium: started once before them, stopped after. Skipped with a warning where no Chromium is
 * installed, unless REQUIRE_BROWSER=1 (see chromium.ts).
 */
export function describeInBrowser(name: string, tests: (journey: BrowserJourney) => void): void {
  const browserPath = chromiumPath();
  (browserPath ? describe : describe.skip)(name, () => {
    let product: RunningProduct | undefined;
    let browser: Browser | undefined;

    beforeAll(async () => {
      await mkdir(SCREENSHOTS, { recursive: true });
      product = await startProduct();
      browser = await launchChromium(browserPath ?? '');
    });

    afterAll(async () => {
      await browser?.close();
      await product?.stop();
    });

    tests({
      get product() {
        if (!product) throw new Error('The product is not started yet: use it inside a test');
        return product;
      },
      get browser() {
        if (!browser) throw new Error('Chromium is not launched yet: use it inside a test');
        return browser;
      },
    });
  });
}
