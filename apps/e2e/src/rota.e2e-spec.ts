import { expect, it } from '@jest/globals';
import path from 'node:path';
import { type Page } from 'playwright-core';
import { expectAccessible } from './support/accessibility.js';
import { describeInBrowser, SCREENSHOTS } from './support/browser-journey.js';
import { signInAs } from './support/sign-in.js';

/** The A&E evening gaps in the planner's gap row ("AE −1"), as the page shows them. */
function aAndEEveningGaps(page: Page) {
  return page.locator('tfoot button', { hasText: /^AE \u2212\d/ });
}

describeInBrowser('the rota in the browser', (journey) => {

  it('lets a manager fill an A&E evening gap in next period’s draft from the ranked candidates, then publish it', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signInAs(page, journey.product.baseUrl, 'manager');
    await page.getByRole('link', { name: 'Rota planner' }).first().click();
    await page.getByRole('heading', { name: 'Rota planner' }).waitFor();
    await page.locator('li', { hasText: 'Draft' }).getByRole('link').waitFor();
    await expectAccessible(page, 'rota periods');
    // The demo's next period is the draft: open it from the list of periods.
    await page.locator('li', { hasText: 'Draft' }).getByRole('link').click();
    await page.getByRole('table', { name: /^Shifts for/ }).waitFor();
    await expect(page.locator('h1').textContent()).resolves.toContain('Draft');
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(20);

    const gapsBefore = await aAndEEveningGaps(page).count();
    expect(gapsBefore).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    // The grid at the top of the window, so the picture shows the gap row under the rows.
    await page.getByRole('region', { name: /^Rota grid/ }).evaluate((grid) => grid.scrollIntoView());
    await page.screenshot({ path: path.join(SCREENSHOTS, 'rota-planner.png') });
    await expectAccessible(page, 'rota planner');

    // A person's period-wide warnings are a button whose tip shows on focus and which Escape hides
    // without moving focus (WCAG 2.2 SC 1.4.13); a CSS :focus tip stays until focus leaves.
    const warnings = page.getByRole('region', { name: /^Rota grid/ }).getByRole('button', { name: /^\d+ (warning|broken rule)/ }).first();
    await warnings.focus();
    const tip = page.getByRole('tooltip').filter({ visible: true });
    await tip.waitFor();
    expect(await warnings.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    // Readable: not painted over by the sticky name cells of the rows under it.
    const tipOnTop = await tip.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return element.contains(document.elementFromPoint(box.left + 8, box.bottom - 8));
    });
    expect(tipOnTop).toBe(true);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    expect(await warnings.evaluate((button) => button === document.activeElement)).toBe(true);

    await aAndEEveningGaps(page).first().click();
    const panelHeading = page.getByRole('heading', { name: /^Cover for A&E evening/ });
    await panelHeading.waitFor();
    const candidates = page.locator('.app-rota-candidates tbody tr');
    await candidates.first().waitFor();
    const topName = (await candidates.first().locator('th').textContent()) ?? '';
    expect(topName.length).toBeGreaterThan(0);
    await expect(candidates.first().textContent()).resolves.toContain('Holds the A&E records desk skill');
    await page.waitForLoadState('networkidle');
    await panelHeading.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'rota-candidates.png') });
    await expectAccessible(page, 'rota planner, candidates panel open');

    await candidates.first().getByRole('button', { name: /^Assign/ }).click();
    await page.getByText(`${topName} is on the A&E evening`).first().waitFor();
    // The planner was fetched again: that A&E evening is no longer a gap.
    await expect(aAndEEveningGaps(page).count()).resolves.toBe(gapsBefore - 1);

    // Gaps are soft (minimum-cover); publishing is refused only for hard breaches, and the demo draft has none.
    const hard = await page.evaluate(async () => {
      const id = location.pathname.split('/').at(-1) ?? '';
      const planner = (await (await fetch(`/api/rota/periods/${id}/planner`)).json()) as { violations: { severity: string }[] };
      return planner.violations.filter((v) => v.severity === 'hard').length;
    });
    expect(hard).toBe(0);
    await page.getByRole('button', { name: 'Publish rota' }).click();
    await page.getByText(/is published: staff can now see their shifts/).first().waitFor();
    await expect(page.locator('h1').textContent()).resolves.toContain('Published');
    await expectAccessible(page, 'rota planner, published');
    await page.close();
  });

  it('shows a member of staff their shifts, their leave and their calendar feed', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAs(page, journey.product.baseUrl, 'staff');
    await page.getByRole('link', { name: 'My rota' }).first().click();
    await page.getByRole('heading', { name: 'My shifts', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'My leave' }).waitFor();
    await page.getByRole('table', { name: 'Every shift' }).waitFor();
    expect(await page.getByRole('table', { name: 'Every shift' }).locator('tbody tr').count()).toBeGreaterThan(0);

    await page.getByRole('heading', { name: 'My shifts in my own calendar' }).waitFor();
    // The demo staff member has no feed yet; the address is shown once, when it is made.
    await page.getByRole('button', { name: 'Create my calendar address' }).click();
    const address = await page.getByLabel('Your calendar address').inputValue();
    expect(address).toMatch(/\/api\/rota\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const feed = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
    }, address);
    expect(feed.status).toBe(200);
    expect(feed.type).toContain('text/calendar');
    expect(feed.body).toContain('BEGIN:VEVENT');

    // The page as staff use it, for the docs: before any form is sent empty.
    await page.getByRole('heading', { name: 'My swaps' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'my-rota.png'), fullPage: true });
    await expectAccessible(page, 'my rota');

    // Asking for leave with nothing filled in names each field in the error summary.
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText('There is a problem').waitFor();
    await expect(page.locator('.nhsuk-error-summary__list').textContent()).resolves.toContain('Select the kind of leave');
    await page.locator('.nhsuk-error-summary').screenshot({ path: path.join(SCREENSHOTS, 'my-rota-leave-errors.png') });
    await expectAccessible(page, 'my rota, leave request errors');

    // Only the address's hash is kept: coming back, the page says so instead of showing it.
    await page.reload();
    await page.getByText('it is shown only once, when it is made').waitFor();
    await page.close();
  });

  it('lets a member of staff ask a colleague to swap a shift, which then waits in the manager’s queue', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAs(page, journey.product.baseUrl, 'staff');
    await page.getByRole('link', { name: 'My rota' }).first().click();
    const myName = ((await page.locator('h1 .nhsuk-caption-l').textContent()) ?? '').trim();
    // Shifts still to come on a published rota carry the action.
    const swapLink = page.getByRole('table', { name: 'Every shift' }).getByRole('link', { name: /^Swap this shift/ }).first();
    await swapLink.waitFor();
    await swapLink.click();
    await page.getByRole('heading', { name: 'Swap a shift' }).waitFor();

    // With nothing chosen, the error summary says what to do.
    await page.getByRole('button', { name: 'Send swap request' }).click();
    await expect(page.locator('.nhsuk-error-summary__list').textContent()).resolves.toContain('Select who you would like to take the shift');
    await expectAccessible(page, 'swap request, errors');
    // Start again without the errors, so the docs picture shows the form as it is filled in.
    await page.reload();
    await page.getByRole('heading', { name: 'Swap a shift' }).waitFor();

    const colleagues = page.getByRole('group', { name: 'Who would you like to take it?' }).getByRole('radio');
    const colleagueName = ((await page.locator('label[for="colleague"]').textContent()) ?? '').trim();
    expect(colleagueName.length).toBeGreaterThan(0);
    await colleagues.first().check();
    const inReturn = page.getByRole('group', { name: /shifts will you take in return\?$/ }).getByRole('radio');
    await inReturn.first().waitFor();
    await inReturn.first().check();
    await page.getByLabel('Note for your line manager (optional)').fill('A family wedding');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'my-rota-swap.png'), fullPage: true });
    await expectAccessible(page, 'swap request');

    const sent = page.waitForResponse((response) => response.url().endsWith('/api/rota/swaps') && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Send swap request' }).click();
    expect((await sent).status()).toBe(201);
    await page.getByText('Your swap request has been sent to your line manager').waitFor();
    const mySwaps = page.getByRole('table', { name: 'Your swaps' });
    await mySwaps.getByRole('row', { name: new RegExp(`to ${colleagueName}.*Waiting for a decision`) }).first().waitFor();
    await page.close();

    // The manager sees it, newest first, in the swap queue.
    const manager = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAs(manager, journey.product.baseUrl, 'manager');
    await manager.getByRole('link', { name: 'Leave and swaps' }).first().click();
    await manager.getByRole('heading', { name: /^Swap requests/ }).waitFor();
    const card = manager.locator('li.nhsuk-card', { has: manager.getByRole('heading', { name: `${myName} and ${colleagueName}` }) });
    await card.first().waitFor();
    await expect(card.first().textContent()).resolves.toContain('A family wedding');
    await manager.waitForLoadState('networkidle');
    await expectAccessible(manager, 'leave and swaps, manager');
    await manager.close();
  });

  it('gives an officer the leave requests of their line with the clash check of each', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAs(page, journey.product.baseUrl, 'officer');
    await page.getByRole('link', { name: 'Leave and swaps' }).first().click();
    await page.getByRole('heading', { name: /^Leave requests/ }).waitFor();
    const waiting = await page.evaluate(async () => ((await (await fetch('/api/rota/absences?status=requested&page=1&pageSize=10')).json()) as { total: number }).total);
    await expect(page.getByRole('heading', { name: /^Leave requests/ }).textContent()).resolves.toBe(`Leave requests (${waiting})`);
    if (waiting > 0) {
      const first = page.locator('li.nhsuk-card').first();
      await first.getByRole('button', { name: /^Decline/ }).waitFor();
      // The clash check has answered: either no clash, or what stands in the way.
      await first.getByText(/No clash|Cannot be approved|Clashes|What it does to the rota|Approving takes/).first().waitFor();
    } else {
      await page.getByText('No leave is waiting for a decision.').waitFor();
    }
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'leave-queue.png'), fullPage: true });
    await expectAccessible(page, 'leave and swaps, officer');
    await page.close();
  });
});
