import { type Page } from 'playwright-core';

/**
 * Collects the Content-Security-Policy violations a page reports, so a test can prove the
 * dashboard works under the API's policy (a blocked font, script or request shows up here, not as
 * a visible failure).
 */
export function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
