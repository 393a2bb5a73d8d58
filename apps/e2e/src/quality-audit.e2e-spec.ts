import { expect, it } from '@jest/globals';
import path from 'node:path';
import { type Page } from 'playwright-core';
import { axeViolations, expectAccessible } from './support/accessibility.js';
import { describeInBrowser, SCREENSHOTS } from './support/browser-journey.js';
import { signInAs } from './support/sign-in.js';

const londonToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  target.setUTCDate(Math.min(d, new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()));
  return target.toISOString().slice(0, 10);
}

/** axe's WCAG 2.2 AA check with no violation of any impact, the counts recorded in bench/axe.json. */
/** How the pages write a date: "3 June 2027". */
const inWords = (isoDate: string): string => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

async function expectNoViolations(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  expect((await axeViolations(page)).map((v) => v.id)).toEqual([]);
}

describeInBrowser('records-quality audits in the browser', (journey) => {
  it('lets an officer audit 20 sampled records from the keyboard, see the score and RAG, raise two actions and the re-audit date', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 1400 } });
    await signInAs(page, journey.product.baseUrl, 'officer');
    await page.getByRole('link', { name: 'Quality audits' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Records-quality audits' }).waitFor();
    await page.getByTestId('programme-calendar').waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'quality-audit-programme.png'), fullPage: true });
    await expectNoViolations(page, 'quality audits programme');

    // Start: the record-keeping template (15 criteria, 20 records) on a pasted list of 60 records.
    await page.locator('#start-templateId').selectOption({ label: 'Record-keeping standards (version 1, 20 records)' });
    await page.locator('#start-scopeName').fill('Ward 7');
    await page.locator('#start-population').fill(Array.from({ length: 60 }, (_, i) => `E2E-${String(i + 1).padStart(4, '0')}`).join('\n'));
    await page.getByRole('button', { name: 'Draw the sample and start' }).click();
    const grid = page.getByRole('grid', { name: 'Answers: records by criteria' });
    await grid.waitFor();
    expect(await grid.locator('tbody tr').count()).toBe(20);
    expect(await grid.locator('thead th').count()).toBe(16);

    // Every answer from the keyboard: Y on each cell (moving on by itself), N on c2 for 8 records and c11 for 6.
    await grid.locator('td[role="gridcell"]').first().focus();
    for (let record = 0; record < 20; record += 1) {
      for (let c = 1; c <= 15; c += 1) await page.keyboard.press((c === 2 && record < 8) || (c === 11 && record < 6) ? 'n' : 'y');
    }
    // Back up to the first record's c2 with the arrows and comment on it.
    await page.keyboard.press('ArrowUp');
    for (let i = 0; i < 19; i += 1) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.locator('#answer-comment').fill('No date on the 3 May entry');
    await expect(page.locator('td[role="gridcell"]').nth(1).textContent()).resolves.toBe('Nno*, comment: No date on the 3 May entry');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'quality-audit-form.png'), fullPage: true });
    await expectNoViolations(page, 'quality audit form');

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('status').filter({ hasText: 'Draft saved (300 answers).' }).waitFor();
    await page.getByRole('button', { name: 'Submit audit' }).click();
    await page.getByRole('heading', { name: 'Results' }).waitFor();

    // 398 of 420 weighted (c2 weighs 2: 16 lost, c11: 6 lost) = 94.8%, amber; the re-audit in 6 months.
    const score = page.getByTestId('audit-score');
    await expect(score.textContent()).resolves.toContain('94.8% weighted');
    await expect(score.textContent()).resolves.toContain('Amber');
    await expect(score.textContent()).resolves.toContain('12 of 20');
    await expect(page.getByTestId('reaudit-date').textContent()).resolves.toContain(inWords(plusMonths(londonToday(), 6)));

    // The two failing criteria become actions with owners and due dates.
    const due = plusMonths(londonToday(), 1);
    for (const criterion of ['c2', 'c11']) {
      await page.locator(`#action-${criterion}-ownerStaffId`).selectOption({ index: 1 });
      await page.locator(`#action-${criterion}-dueDate`).fill(due);
      await page.getByRole('button', { name: `Add action for ${criterion}` }).click();
      await page.getByRole('button', { name: `Add action for ${criterion}` }).waitFor({ state: 'detached' });
    }
    const actions = page.getByTestId('audit-actions').locator('li');
    expect(await actions.count()).toBe(2);
    await expect(actions.allTextContents()).resolves.toEqual([expect.stringContaining(`c2: Improve: Every entry dated`), expect.stringContaining(`c11: Improve: Filed in chronological order`)]);
    await page.locator('.recharts-surface').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'quality-audit-results.png'), fullPage: true });
    await expectNoViolations(page, 'quality audit results');

    // The programme now schedules the re-audit of Ward 7.
    await page.goto(`${journey.product.baseUrl}/quality-audits`);
    await page.getByTestId('programme-calendar').getByText('Record-keeping standards, Ward 7').waitFor();

    // The actions table: the two new actions, filtered, with a CSV download.
    await page.goto(`${journey.product.baseUrl}/quality-audits/actions`);
    await page.getByRole('heading', { level: 1, name: 'Audit actions' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await page.locator('#action-search').fill('Improve:');
    await page.getByText('Download these 2 actions as CSV').waitFor();
    await expect(page.locator('table tbody tr').count()).resolves.toBe(2);
    await page.locator('#action-search').fill('');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'quality-audit-actions.png'), fullPage: true });
    await expectNoViolations(page, 'quality audit actions');
    await page.close();
  });

  it('lets a manager open the template editor and the standards library', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 1400 } });
    await signInAs(page, journey.product.baseUrl, 'manager');
    await page.goto(`${journey.product.baseUrl}/quality-audits/templates`);
    await page.getByRole('heading', { level: 1, name: 'Audit templates and standards' }).waitFor();
    await page.locator('#template-choice').selectOption({ label: 'Record-keeping standards (version 1)' });
    await page.getByRole('heading', { name: 'Record-keeping standards, version 1' }).waitFor();
    await expect(page.getByRole('rowheader', { name: 'RK-02' }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'quality-audit-templates.png'), fullPage: true });
    await expectNoViolations(page, 'quality audit template editor');
    await page.close();
  });
});
