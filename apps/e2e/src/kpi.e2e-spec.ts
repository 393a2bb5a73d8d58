import { expect, it } from '@jest/globals';
import path from 'node:path';
import { type Page } from 'playwright-core';
import { expectAccessible } from './support/accessibility.js';
import { describeInBrowser, SCREENSHOTS } from './support/browser-journey.js';
import { signInAs } from './support/sign-in.js';

const CSV_HEADER = 'external_id,record_id,priority,requesting_location,requested_at,located_at,dispatched_at,delivered_at,outcome,handled_by';

/** A small tracking-system export: three requests on one Monday, one per priority. */
function recordRequestsCsv(options: { deliveredBeforeRequestOnLine3?: boolean } = {}): string {
  const lines = [
    CSV_HEADER,
    'E2E-1001,R-700001,emergency,A&E records desk,2025-03-03 21:10,2025-03-03 21:14,2025-03-03 21:20,2025-03-03 21:32,delivered,HRO-1',
    // Line 3: delivered an hour before it was asked for, when the test wants a bad line.
    options.deliveredBeforeRequestOnLine3
      ? 'E2E-1002,R-700002,urgent,Ward 7,2025-03-03 10:00,,,2025-03-03 09:00,delivered,HRO-2'
      : 'E2E-1002,R-700002,urgent,Ward 7,2025-03-03 10:00,2025-03-03 10:40,2025-03-03 11:00,2025-03-03 11:45,delivered,HRO-2',
    'E2E-1003,R-700003,routine,Outpatients B,2025-03-03 09:00,2025-03-03 15:00,2025-03-04 08:00,2025-03-04 10:30,delivered,HRO-3',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * A larger export, made here: `lines` valid routine requests in spring 2025 (outside the
 * dashboard's year, so the charts other tests read are unchanged), about 97 bytes a line.
 */
function largeRecordRequestsCsv(lines: number): Buffer {
  const rows = [CSV_HEADER];
  for (let i = 0; i < lines; i += 1) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const hour = String(8 + (i % 9)).padStart(2, '0');
    rows.push(`E2E-BIG-${i},R-${String(800000 + i)},routine,Outpatients B,2025-04-${day} ${hour}:00,,,2025-04-${day} ${hour}:45,delivered,HRO-${i % 7}`);
  }
  return Buffer.from(`${rows.join('\n')}\n`);
}

/**
 * The first Monday after the demo department's process change: its service events run to
 * yesterday (London) and improve five months before that (packages/demo-department, demo-kpi-options.ts).
 */
function firstWeekAfterTheDemoChange(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const yesterday = new Date(`${today}T00:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  const year = yesterday.getUTCFullYear();
  const month = yesterday.getUTCMonth() - 5;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = new Date(Date.UTC(year, month, Math.min(yesterday.getUTCDate(), lastDay)));
  do day.setUTCDate(day.getUTCDate() + 1);
  while (day.getUTCDay() !== 1);
  return day.toISOString().slice(0, 10);
}

/** The summary table's icons' text alternatives, as a screen reader would hear them. */
async function iconLabels(page: Page, prefix: string): Promise<string[]> {
  return page.locator(`#kpi-summary svg[role="img"][aria-label^="${prefix}"]`).evaluateAll((icons) => icons.map((icon) => icon.getAttribute('aria-label') ?? ''));
}

describeInBrowser('the records service KPIs in the browser', (journey) => {

  it('lets the director read the KPI summary with its icons, drill into retrieval times and print a board paper', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 1800 } });
    await signInAs(page, journey.product.baseUrl, 'senior');

    // The senior home leads to the dashboard; the header offers it too.
    await page.getByRole('link', { name: 'Service KPIs' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Records service KPIs/ }).waitFor();
    const summaryRows = page.locator('#kpi-summary tbody tr');
    await summaryRows.first().waitFor();
    const rowCount = await summaryRows.count();
    expect(rowCount).toBeGreaterThan(5);

    // Every row has a variation icon; KPIs with a target have an assurance icon, said in words.
    const variation = await iconLabels(page, 'Special cause variation');
    const commonCause = await iconLabels(page, 'Common cause variation');
    expect(variation.length + commonCause.length).toBe(rowCount);
    // The demo department's retrieval times improved five months ago: an improving signal shows.
    expect(variation).toContain('Special cause variation – improving (low)');
    const assurance = await iconLabels(page, 'Assurance –');
    expect(assurance.length).toBeGreaterThan(0);

    // The first charts load with the summary, their points coloured by variation.
    const firstChart = page.locator('.recordroom-spc-chart').first();
    await firstChart.locator('svg.recharts-surface').waitFor();
    expect(await firstChart.locator('circle[data-point-type="special-cause-improvement"]').count()).toBeGreaterThan(0);
    // A chart is an image named by its KPI (the data table under it is its text alternative), not
    // an "application" that switches a screen reader to focus mode and then says nothing.
    const firstTitle = (await firstChart.getByRole('heading').first().textContent()) ?? '';
    await firstChart.getByRole('img', { name: firstTitle, exact: true }).waitFor();
    expect(await page.getByRole('application').count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kpi-dashboard.png') });
    await expectAccessible(page, 'KPI dashboard');

    // Over the whole year the slow months before the demo's change say the emergency p90 target
    // will consistently be missed. Recalculating the limits from the first week after the change
    // (kept in the address) gives a chart of two segments and an assurance based on recent weeks.
    const p90Row = summaryRows.filter({ hasText: 'Retrieval time, 90th percentile' }).filter({ hasText: 'Emergency (A&E) requests' });
    const p90Assurance = p90Row.locator('svg[role="img"][aria-label^="Assurance –"]');
    expect(await p90Assurance.getAttribute('aria-label')).toBe('Assurance – the target will consistently be missed');
    const p90Chart = page.locator('#kpi-retrieval-p90-minutes-emergency');
    await p90Chart.scrollIntoViewIfNeeded();
    const rebaseWeek = firstWeekAfterTheDemoChange();
    await p90Chart.getByLabel('Recalculate the limits from').selectOption(rebaseWeek);
    await p90Chart.getByRole('button', { name: 'Recalculate limits' }).click();
    await page.waitForURL((url) => url.searchParams.get('rebase') === `retrieval-p90-minutes.emergency@${rebaseWeek}`);
    await p90Row.locator('svg[role="img"][aria-label="Assurance – the target will be hit and missed at random"]').waitFor();
    await p90Chart.getByText('(limits recalculated from here)').waitFor({ state: 'attached' });
    expect(await p90Chart.getByLabel('Recalculate the limits from').inputValue()).toBe(rebaseWeek);
    await page.waitForLoadState('networkidle');
    await p90Chart.screenshot({ path: path.join(SCREENSHOTS, 'kpi-rebase.png') });
    await expectAccessible(page, 'KPI dashboard, limits recalculated');
    // The address carries it: a fresh load shows the same recalculated chart, and the paper says so.
    await page.reload();
    await p90Row.locator('svg[role="img"][aria-label="Assurance – the target will be hit and missed at random"]').waitFor();
    expect(await page.getByTestId('board-paper-rebased').textContent()).toMatch(/Retrieval time, 90th percentile – Emergency \(A&E\) requests from \d+ \w+ \d{4}/);

    // A row links to its chart further down the page, which loads when it is reached.
    const lastRowLink = summaryRows.last().getByRole('link');
    const anchor = (await lastRowLink.getAttribute('href')) ?? '';
    await lastRowLink.click();
    await page.locator(`${anchor} svg.recharts-surface`).waitFor();

    // Drill down: retrieval times week by week, one chart per priority with its target.
    await page.getByRole('link', { name: 'Retrieval times by priority, week by week' }).click();
    await page.getByRole('heading', { level: 1, name: /Retrieval times by priority/ }).waitFor();
    await page.locator('.app-retrieval-chart svg.recharts-surface').nth(3).waitFor();
    expect(await page.getByRole('heading', { level: 3, name: 'Emergency (A&E) requests' }).count()).toBe(1);
    expect(await page.getByText('Target (30 min)').count()).toBe(1);
    expect(await page.getByRole('application').count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kpi-retrieval-drilldown.png'), clip: { x: 0, y: 0, width: 1280, height: 1800 } });
    await expectAccessible(page, 'retrieval drill-down');

    // Demand against planned staffing, from GET /api/kpi/demand-vs-staffing: every weekday, each
    // cell needed/planned, the under-staffed hours said in words and marked "short n" in the grid.
    const demand = page.locator('section.app-demand');
    await demand.locator('table.app-heatmap').waitFor();
    expect(await demand.locator('table.app-heatmap tbody tr').count()).toBe(7);
    expect(await demand.getByTestId('demand-assumptions').textContent()).toMatch(/emergency \(A&E\) requests .* within 30 min/);
    const shortCells = demand.locator('td[data-status="under-staffed"]');
    // The demo rota plans nobody in the small hours, when A&E still asks for notes.
    expect(await shortCells.count()).toBeGreaterThan(0);
    expect(await shortCells.first().textContent()).toMatch(/^\d+\/\d+short \d+/);
    expect(await demand.getByTestId('understaffed-hours').textContent()).toMatch(/under-staffed:.*\d\d:00 to \d\d:00/);
    await demand.scrollIntoViewIfNeeded();
    await demand.screenshot({ path: path.join(SCREENSHOTS, 'kpi-demand-vs-staffing.png') });
    // Another priority has its own target.
    await demand.getByLabel('Priority of requests').selectOption('urgent');
    await demand.getByText(/urgent requests .* within 4 hours/).waitFor();
    await demand.locator('table.app-heatmap').waitFor();
    await expectAccessible(page, 'retrieval drill-down, demand heatmap for urgent requests');

    // Print: the button loads every chart, then opens the print dialogue (recorded here instead).
    await page.goBack();
    await summaryRows.first().waitFor();
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    await page.locator('body[data-printed="yes"]').waitFor({ state: 'attached' });
    // An A4 page's width at 96 dpi, so the screenshot looks like the paper.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.nhsuk-header').isVisible()).toBe(false);
    expect(await page.locator('nav.nhsuk-breadcrumb').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    // The summary's sort arrow (a CSS mask after the button) is not printed.
    expect(await page.locator('#kpi-summary th[data-sort] button').first().evaluate((button) => getComputedStyle(button, '::after').display)).toBe('none');
    expect(await page.getByTestId('board-paper-header').textContent()).toMatch(/Northgate Hospitals NHS Foundation Trust: \d+ \w+ \d{4} to \d+ \w+ \d{4}, weekly points\. Generated/);
    // One chart per KPI row, every one drawn.
    expect(await page.locator('.recordroom-spc-chart svg.recharts-surface').count()).toBe(rowCount);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kpi-print.png'), fullPage: true, clip: { x: 0, y: 0, width: 794, height: 2200 } });
    await expectAccessible(page, 'KPI dashboard, print view');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('prints a note for the charts not yet loaded when the browser’s own print starts, and loads them for the next print', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAs(page, journey.product.baseUrl, 'senior');
    await page.goto(`${journey.product.baseUrl}/kpi`);
    await page.locator('#kpi-summary tbody tr').first().waitFor();
    const lastChart = page.locator('.app-kpi-chart').last();
    const note = lastChart.getByText('This chart had not loaded when printing began');
    // On screen the far charts wait to be scrolled to, and the print note is hidden.
    expect(await note.isVisible()).toBe(false);
    // Ctrl+P: the browser fires beforeprint and prints at once, without waiting for data.
    await page.emulateMedia({ media: 'print' });
    expect(await note.isVisible()).toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    // Every chart then loads, so printing again has them all.
    await lastChart.locator('svg.recharts-surface').waitFor();
    expect(await page.locator('.app-kpi-chart__placeholder').count()).toBe(0);
    await page.close();
  });

  it('lets a manager import a tracking-system CSV: a bad line is named and nothing is imported; a good file is counted', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 1100 } });
    await signInAs(page, journey.product.baseUrl, 'manager');
    await page.getByRole('link', { name: 'Import KPI events from the tracking system' }).click();
    await page.getByRole('heading', { level: 1, name: /Import KPI events/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'KPI import');

    await page.setInputFiles('#import-file', { name: 'requests-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(recordRequestsCsv({ deliveredBeforeRequestOnLine3: true })) });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await page.getByRole('heading', { name: 'requests-bad.csv was not imported' }).waitFor();
    expect(await page.getByText('Nothing was imported').count()).toBe(1);
    const errorRow = page.locator('table tbody tr').first();
    expect(await errorRow.getByRole('rowheader').textContent()).toBe('3');
    expect(await errorRow.textContent()).toMatch(/deliver/i);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kpi-import-refused.png'), fullPage: true });
    await expectAccessible(page, 'KPI import, file refused');

    await page.setInputFiles('#import-file', { name: 'requests.csv', mimeType: 'text/csv', buffer: Buffer.from(recordRequestsCsv()) });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await page.getByRole('heading', { name: 'requests.csv was imported' }).waitFor();
    const counts = page.locator('.nhsuk-summary-list');
    expect(await counts.locator('.nhsuk-summary-list__row', { hasText: 'Lines read' }).locator('dd').textContent()).toBe('3');
    expect(await counts.locator('.nhsuk-summary-list__row', { hasText: 'New events imported' }).locator('dd').textContent()).toBe('3');
    // The list of recent imports shows the file.
    await page.locator('table', { hasText: 'Recent imports' }).getByText('requests.csv').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kpi-import.png'), fullPage: true });
    await expectAccessible(page, 'KPI import, file imported');

    // A bigger export over a slow link: the progress bar is the file's own upload progress, so it
    // passes through values between 0 and 100 before the import is counted.
    const big = largeRecordRequestsCsv(50_000);
    expect(big.length).toBeGreaterThan(4_000_000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    // About 1.5 MB/s up: the upload takes a few seconds.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 1_500_000 });
    await page.setInputFiles('#import-file', { name: 'requests-big.csv', mimeType: 'text/csv', buffer: big });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await page.waitForFunction(() => {
      const bar = document.querySelector<HTMLProgressElement>('progress#upload-progress');
      return bar !== null && bar.value > 0 && bar.value < bar.max;
    });
    expect(await page.locator('#upload-progress-text').textContent()).toMatch(/^\d+% uploaded \(\d+\.\d MB of 4\.\d MB\)$/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kpi-import-progress.png'), clip: { x: 0, y: 0, width: 1280, height: 900 } });
    await expectAccessible(page, 'KPI import, uploading');
    await page.getByRole('heading', { name: 'requests-big.csv was imported' }).waitFor({ timeout: 60_000 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    expect(await page.locator('.nhsuk-summary-list__row', { hasText: 'New events imported' }).locator('dd').textContent()).toBe('50,000');

    // The manager sees demand against planned staffing on the drill-down too.
    await page.goto(`${journey.product.baseUrl}/kpi/retrieval`);
    await page.locator('section.app-demand table.app-heatmap').waitFor();
    await page.close();
  });
});
