// Dashboard first-render benchmark: headless Chromium opens /kpi as the director, N times with a
// cold browser cache, and times (from navigation start) the summary table and the first SPC chart
// becoming visible, and counts the API requests made by then. Median of N runs → bench/dashboard.json.
// Not a test: it asserts nothing; the target (< 1.5 s) is reported beside the figures.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, launchChromium } from '../support/chromium.js';
import { startProduct } from '../support/running-product.js';
import { signInAs } from '../support/sign-in.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TARGET_MS = 1500;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const browserPath = chromiumPath();
if (!browserPath) throw new Error('The dashboard benchmark needs Chromium (set CHROMIUM_PATH)');
const product = await startProduct();
const browser = await launchChromium(browserPath);
try {
  const signIn = await browser.newContext();
  await signInAs(await signIn.newPage(), product.baseUrl, 'senior');
  const session = await signIn.storageState();
  await signIn.close();

  const runs: { summaryVisibleMs: number; firstChartVisibleMs: number; apiRequestsByFirstChart: number }[] = [];
  // One warm-up run (the API's first queries after start-up), then the measured runs.
  for (let run = 0; run <= RUNS; run += 1) {
    // A new context each run: a cold HTTP cache, as a director opening the link from an email.
    const context = await browser.newContext({ storageState: session, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request.url());
    });
    await page.goto(`${product.baseUrl}/kpi`, { waitUntil: 'commit' });
    // Times are the page's own clock (performance.now(): ms since navigation start), taken when seen.
    const summaryVisibleMs = (await (
      await page.waitForFunction(() => (document.querySelector('#kpi-summary tbody tr') ? performance.now() : null), undefined, { polling: 'raf' })
    ).jsonValue()) as number;
    const firstChartVisibleMs = (await (
      await page.waitForFunction(() => (document.querySelector('.recordroom-spc-chart svg.recharts-surface') ? performance.now() : null), undefined, {
        polling: 'raf',
      })
    ).jsonValue()) as number;
    if (run > 0) runs.push({ summaryVisibleMs: Math.round(summaryVisibleMs), firstChartVisibleMs: Math.round(firstChartVisibleMs), apiRequestsByFirstChart: apiRequests.length });
    await context.close();
  }

  const result = {
    benchmark: 'dashboard-first-render',
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    database: process.env.DATABASE_URL ? 'PostgreSQL server (DATABASE_URL)' : 'embedded PostgreSQL',
    page: '/kpi as senior (demo organisation, 12 months of weekly KPI events)',
    runs: runs.length,
    targetMs: TARGET_MS,
    median: {
      summaryVisibleMs: median(runs.map((run) => run.summaryVisibleMs)),
      firstChartVisibleMs: median(runs.map((run) => run.firstChartVisibleMs)),
    },
    withinTarget: median(runs.map((run) => run.firstChartVisibleMs)) < TARGET_MS,
    note: 'ms from navigation start (performance.now()) to the summary table\'s first row and the first SPC chart\'s SVG in the DOM; cold HTTP cache, signed-in session; first run discarded as warm-up',
    perRun: runs,
  };
  await writeFile(path.join(repoRoot, 'bench/dashboard.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result.median), result.withinTarget ? `within ${TARGET_MS} ms` : `over ${TARGET_MS} ms`);
} finally {
  await browser.close();
  await product.stop();
}
