import { expect, it } from '@jest/globals';
import path from 'node:path';
import { expectAccessible } from './support/accessibility.js';
import { describeInBrowser, SCREENSHOTS } from './support/browser-journey.js';
import { signInAs } from './support/sign-in.js';

describeInBrowser('auto-rostering in the browser', (journey) => {
  it('lets a manager auto-roster the demo draft: progress, then a preview to accept, and the planner shows the new shifts', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signInAs(page, journey.product.baseUrl, 'manager');
    await page.getByRole('link', { name: 'Rota planner' }).first().click();
    await page.locator('li', { hasText: 'Draft' }).getByRole('link').click();
    await page.getByRole('table', { name: /^Shifts for/ }).waitFor();
    const autoCount = () => page.evaluate(async () => {
      const id = location.pathname.split('/').at(-1) ?? '';
      const planner = (await (await fetch(`/api/rota/periods/${id}/planner`)).json()) as { assignments: { source: string }[] };
      return planner.assignments.filter((a) => a.source === 'auto').length;
    });
    expect(await autoCount()).toBe(0);

    const section = page.getByRole('region', { name: 'Auto-roster' });
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: path.join(SCREENSHOTS, 'rota-autoroster-options.png') });
    await expectAccessible(page, 'rota planner, auto-roster options');
    await section.getByLabel('Time limit (seconds)').fill('6');
    await section.getByRole('button', { name: 'Auto-roster' }).click();

    const bar = section.getByRole('progressbar');
    await bar.waitFor();
    // Running with progress written: the bar's text names the time and the best penalty.
    await page.waitForFunction(() => Number(document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow') ?? '0') >= 20);
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/of 6\.0 s; (best penalty so far \d|no rota without)/);
    expect(Number(await bar.getAttribute('aria-valuemax'))).toBe(100);
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: path.join(SCREENSHOTS, 'rota-autoroster-progress.png') });
    await expectAccessible(page, 'rota planner, auto-roster running');

    const accept = section.getByRole('button', { name: 'Accept' });
    await accept.waitFor({ timeout: 60_000 });
    await section.getByRole('table', { name: 'Changes by person and day' }).waitFor();
    await section.getByRole('table', { name: 'Penalty by rule' }).waitFor();
    await expect(section.textContent()).resolves.toMatch(/Preview: \d+ shifts added/);
    const added = Number(/Preview: (\d+) shifts added/.exec((await section.textContent()) ?? '')?.[1] ?? '0');
    expect(added).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: path.join(SCREENSHOTS, 'rota-autoroster-preview.png') });
    await expectAccessible(page, 'rota planner, auto-roster preview');

    await accept.click();
    await page.getByText(/Auto-roster applied: \d+ shifts added/).first().waitFor();
    expect(await autoCount()).toBe(added);
  });
});
