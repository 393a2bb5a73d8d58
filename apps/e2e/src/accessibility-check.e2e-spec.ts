import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Browser, type Page } from 'playwright-core';
import { accessibilityFailure, axeViolations } from './support/accessibility.js';
import { chromiumPath, launchChromium } from './support/chromium.js';

const browserPath = chromiumPath();

// The check every journey relies on, proved on pages made here: it must be able to fail.
(browserPath ? describe : describe.skip)('the accessibility check of the browser journeys', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(browserPath ?? '');
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function pageWith(body: string): Promise<Page> {
    if (!browser) throw new Error('Chromium is not launched');
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html lang="en"><head><title>Check</title></head><body><main><h1>Check</h1>${body}</main></body></html>`);
    return page;
  }

  it('fails a page with an unnamed image and pale text, naming each rule, its impact, the element and the help page', async () => {
    const page = await pageWith('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p id="pale" style="color:#bbbbbb;background:#ffffff">Pale text</p>');
    const violations = await axeViolations(page);
    expect(violations.map((violation) => [violation.id, violation.impact])).toEqual(expect.arrayContaining([['image-alt', 'critical'], ['color-contrast', 'serious']]));
    const failure = accessibilityFailure('a made page', violations) ?? '';
    expect(failure).toContain('a made page has 2 serious or critical accessibility violation(s)');
    expect(failure).toContain('- image-alt (critical): Images must have alternative text');
    expect(failure).toMatch(/https:\/\/dequeuniversity\.com\/rules\/axe\/[\d.]+\/image-alt/);
    expect(failure).toContain('    img');
    expect(failure).toContain('    #pale');
    await page.close();
  });

  it('passes a page with nothing wrong', async () => {
    const page = await pageWith('<p>Plain text with a <a href="/somewhere">named link</a>.</p>');
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.close();
  });

  it('counts moderate and minor violations without failing on them', () => {
    const rule = { help: 'A rule', helpUrl: 'https://example.org/rule', targets: ['#a'] };
    const failure = accessibilityFailure('a page', [
      { ...rule, id: 'moderate-rule', impact: 'moderate' },
      { ...rule, id: 'minor-rule', impact: 'minor' },
    ]);
    expect(failure).toBeNull();
    expect(accessibilityFailure('a page', [{ ...rule, id: 'serious-rule', impact: 'serious' }])).toContain('- serious-rule (serious): A rule');
  });
});
