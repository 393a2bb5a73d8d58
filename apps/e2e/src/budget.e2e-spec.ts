import { expect, it } from '@jest/globals';
import { isoDateIn } from '@recordroom/calendar';
import { ENGLAND, financialYearOf, formatPence, fullYearPostCost, share, UK_EMPLOYER_TAXES } from '@recordroom/pay';
import path from 'node:path';
import { type Locator, type Page } from 'playwright-core';
import { expectAccessible } from './support/accessibility.js';
import { describeInBrowser, SCREENSHOTS } from './support/browser-journey.js';
import { signInAs } from './support/sign-in.js';

/** The row of the what-if result table with this label: its Today, With the changes and Difference cells. */
async function resultRow(page: Page, label: string): Promise<string[]> {
  const row = page.locator('#what-if-result tbody tr', { has: page.locator('th', { hasText: label }) });
  return row.locator('td').allTextContents();
}

/** A part of the page for the docs, with the page's gutter around it (grid rows reach 16 px past their column). */
async function screenshotOf(page: Page, locator: Locator, file: string): Promise<void> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`Nothing to photograph for ${file}`);
  // The box is measured in the window; a full-page picture is clipped in page coordinates.
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  const x = Math.max(0, box.x + scroll.x - 24);
  const y = Math.max(0, box.y + scroll.y - 16);
  await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true, clip: { x, y, width: box.width + 48, height: box.height + 32 } });
}

describeInBrowser('the budget in the browser', (journey) => {
  it('lets a manager add a Band 3 post in the what-if panel and see the full-year cost and the forecast change', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAs(page, journey.product.baseUrl, 'manager');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Budget' }).click();
    await page.getByRole('heading', { level: 1, name: /Budget \d{4}\/\d{2}/ }).waitFor();
    await page.getByRole('table', { name: /^Establishment .*: funded and in post by cost centre and band/ }).waitFor();
    expect(await page.getByRole('table', { name: /^Establishment / }).locator('tbody tr').count()).toBeGreaterThan(3);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'budget.png'), fullPage: true });
    await expectAccessible(page, 'budget');

    // The table sorts by a column and filters by band.
    await page.getByRole('button', { name: 'Headroom' }).click();
    await page.getByRole('status').filter({ hasText: 'Sorted by Headroom (ascending)' }).waitFor();
    await page.getByLabel('Band', { exact: true }).first().selectOption('3');
    await expect(page.getByRole('table', { name: /^Establishment / }).locator('tbody tr').count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: /Download this row as a spreadsheet/ }).getAttribute('href')).resolves.toContain('band=3');

    // A full-time Band 3 post at the entry point, filled from the first month still to come.
    const today = isoDateIn(new Date(), 'Europe/London');
    const year = financialYearOf(today);
    const whatIf = page.getByRole('region', { name: 'What if' });
    await whatIf.getByLabel('Band', { exact: true }).selectOption('3');
    await whatIf.getByLabel('Pay point', { exact: true }).selectOption('1');
    await whatIf.getByLabel('Whole-time equivalent').fill('1');
    const months = await whatIf.getByLabel('Filled from').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
    const firstMonth = months[0];
    if (!firstMonth) throw new Error('No month of the year is still to come');
    await whatIf.getByLabel('Filled from').selectOption(firstMonth);
    await whatIf.getByRole('button', { name: 'Add this post' }).click();
    await expect(whatIf.getByRole('list', { name: 'Changes to try' }).textContent()).resolves.toContain('New Band 3 post, point 1, 1 WTE');
    await whatIf.getByRole('button', { name: 'Show the cost' }).click();
    await whatIf.getByRole('status').filter({ hasText: 'With these changes the posts cost' }).waitFor();

    // The same figures as @recordroom/pay: the post's full-year cost with on-costs, and a twelfth of
    // it in each month from the first month still to come to March.
    const postCost = fullYearPostCost({ band: '3', payPoint: 1, wte: 1 }, year, ENGLAND, UK_EMPLOYER_TAXES).total;
    const [todayCost, scenarioCost, costChange] = await resultRow(page, 'Full-year cost of the posts');
    expect(costChange).toBe(`+${formatPence(postCost)}`);
    expect(todayCost).not.toBe(scenarioCost);
    const [todayOutturn, scenarioOutturn, outturnChange] = await resultRow(page, 'Forecast outturn');
    expect(outturnChange).toBe(`+${formatPence(months.length * share(postCost, 1, 12))}`);
    expect(todayOutturn).not.toBe(scenarioOutturn);
    const [, , varianceChange] = await resultRow(page, 'Forecast against budget');
    expect(varianceChange).toBe(formatPence(-months.length * share(postCost, 1, 12)));
    await screenshotOf(page, whatIf, 'budget-what-if.png');
    await expectAccessible(page, 'budget what-if');
    await page.close();
  });

  it('lets a manager add and change a funded line, enter a month of spend and import a spend file, with errors said by field and by line', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAs(page, journey.product.baseUrl, 'manager');
    await page.goto(`${journey.product.baseUrl}/budget`);
    const lines = page.getByRole('region', { name: /^Funded lines/ });
    await lines.getByRole('button', { name: 'Add a funded line' }).click();
    const form = page.getByRole('form', { name: /^Add a funded line/ });
    const costCentre = `E2E${Date.now().toString(36).toUpperCase().slice(-5)}`;
    await form.getByLabel('Cost centre').fill(costCentre);
    await form.getByLabel('Band').selectOption('4');
    await form.getByLabel('Funded WTE').fill('2.5');
    await form.getByLabel('Budget (£)').fill('lots');
    await form.getByRole('button', { name: 'Add the line' }).click();
    await form.getByRole('alert').filter({ hasText: 'Enter the budget in pounds' }).waitFor();
    await form.getByLabel('Budget (£)').fill('78,000');
    await form.getByRole('button', { name: 'Add the line' }).click();
    const row = lines.getByRole('row').filter({ hasText: costCentre });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('£78,000.00');

    // Changed here, then by someone else before it is saved: a clear 409, nothing saved.
    await row.getByRole('button', { name: /^Change/ }).click();
    const change = page.getByRole('form', { name: `Change Band 4 in ${costCentre}` });
    await change.getByLabel('Funded WTE').fill('3');
    const id = await page.evaluate(async (centre) => {
      const all = (await (await fetch('/api/pay/establishment-lines', { credentials: 'include' })).json()) as { id: string; costCentre: string; version: number }[];
      const line = all.find((l) => l.costCentre === centre);
      if (!line) throw new Error('No such line');
      await fetch(`/api/pay/establishment-lines/${line.id}`, { method: 'PATCH', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ version: line.version, budgetPence: 8_000_000 }) });
      return line.id;
    }, costCentre);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await change.getByRole('button', { name: 'Save the change' }).click();
    await change.getByRole('alert').filter({ hasText: 'Someone else changed this line' }).waitFor();
    await screenshotOf(page, lines, 'budget-line-stale.png');
    await expectAccessible(page, 'budget funded line changed by someone else');
    await change.getByRole('button', { name: 'Cancel' }).click();
    await lines.getByRole('row').filter({ hasText: costCentre }).filter({ hasText: '£80,000.00' }).waitFor();

    // A month of spend, with a wrong amount first.
    const spend = page.getByRole('region', { name: 'Monthly spend' });
    const month = spend.getByRole('form', { name: 'Enter a month' });
    await month.getByLabel('Cost centre').fill(costCentre);
    await month.getByLabel('Substantive pay (£)').fill('12,345.678');
    await month.getByRole('button', { name: /^Save / }).click();
    await month.getByRole('alert').filter({ hasText: 'Enter an amount in pounds' }).waitFor();
    await month.getByLabel('Substantive pay (£)').fill('12,345.67');
    await month.getByLabel('Bank (£)').fill('800');
    await month.getByRole('button', { name: /^Save / }).click();
    await month.getByRole('status').filter({ hasText: 'in all' }).waitFor();
    await expect(month.getByRole('status').textContent()).resolves.toContain('£13,145.67 in all');

    // A file with two bad lines: each named by its line, nothing imported.
    const today = isoDateIn(new Date(), 'Europe/London');
    const csv = `month,cost_centre,substantive,bank,agency\n${today.slice(0, 7)},${costCentre},100.00,0,0\n2019-13,${costCentre},1,0,0\n${today.slice(0, 7)},${costCentre}X,-5,0,0\n`;
    const importForm = spend.getByRole('form', { name: 'Import a spend file' });
    await importForm.getByLabel('Spend file (CSV)').setInputFiles({ name: 'spend.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await importForm.getByRole('button', { name: 'Import the file' }).click();
    const refused = importForm.getByRole('alert');
    await refused.filter({ hasText: 'The file was not imported' }).waitFor();
    await expect(refused.textContent()).resolves.toMatch(/Line 3, month/);
    await expect(refused.textContent()).resolves.toMatch(/Line 4, substantive/);
    await screenshotOf(page, spend, 'budget-spend.png');
    await expectAccessible(page, 'budget monthly spend');
    // The good file is imported whole.
    await importForm.getByLabel('Spend file (CSV)').setInputFiles({ name: 'spend.csv', mimeType: 'text/csv', buffer: Buffer.from(`month,cost_centre,substantive,bank,agency\n${today.slice(0, 7)},${costCentre},100.00,0,0\n`) });
    await importForm.getByRole('button', { name: 'Import the file' }).click();
    await importForm.getByRole('status').filter({ hasText: 'Imported 1 line' }).waitFor();
    await page.close();
  });

  it('shows the manager what the rota costs and what each cover candidate would cost', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signInAs(page, journey.product.baseUrl, 'manager');
    await page.getByRole('link', { name: 'Rota planner' }).first().click();
    await page.locator('li', { hasText: 'Draft' }).getByRole('link').click();
    const cost = page.getByRole('region', { name: /^This rota costs £[\d,]+\.\d\d$/ });
    await cost.waitFor();
    await cost.getByText('The cost person by person').click();
    await cost.getByRole('table', { name: 'The rota’s cost person by person, most first' }).waitFor();
    await screenshotOf(page, cost, 'rota-cost.png');
    await cost.getByText('The cost person by person').click();

    const before = (await cost.locator('#rota-cost-total').textContent()) ?? '';
    await page.locator('tfoot button', { hasText: /^AE \u2212\d/ }).first().click();
    const candidates = page.locator('.app-rota-candidates tbody tr');
    await candidates.first().waitFor();
    await expect(candidates.first().textContent()).resolves.toMatch(/£[\d,]+\.\d\d(plain time|additional hours at plain time|overtime|bank)/);
    await page.getByText(/^Agency \(the trust’s rate card/).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshotOf(page, page.locator('section[aria-labelledby="candidates-heading"]'), 'rota-candidates-cost.png');
    await expectAccessible(page, 'rota planner with costs');

    // Assigning the top candidate adds their price to the rota's running total.
    await candidates.first().getByRole('button', { name: /^Assign/ }).click();
    await page.waitForFunction((was) => {
      const now = document.getElementById('rota-cost-total')?.textContent ?? was;
      return now !== was;
    }, before);
    const after = (await cost.locator('#rota-cost-total').textContent()) ?? '';
    const pence = (text: string) => Number(text.replace(/[£,.]/g, ''));
    expect(pence(after)).toBeGreaterThan(pence(before));
    await page.close();
  });

  it('shows a member of staff their own pay on My rota, and no Budget', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAs(page, journey.product.baseUrl, 'staff');
    await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Budget' }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'My rota' }).first().click();
    const pay = page.getByRole('region', { name: 'My pay' });
    await pay.getByRole('term').filter({ hasText: 'Hourly rate' }).waitFor();
    await expect(pay.textContent()).resolves.toMatch(/Full-time salary£[\d,]+\.\d\d a year/);
    await expect(pay.textContent()).resolves.toMatch(/Hourly rate£\d+\.\d\d/);
    await page.waitForLoadState('networkidle');
    await screenshotOf(page, pay, 'my-pay.png');
    await expectAccessible(page, 'my rota with pay');

    await page.goto(`${journey.product.baseUrl}/budget`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'You cannot view this page' }).waitFor();
    await page.close();
  });
});
