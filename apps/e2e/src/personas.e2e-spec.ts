import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page } from 'playwright-core';
import { chromiumPath, launchChromium } from './support/chromium.js';
import { collectCspViolations } from './support/csp-violations.js';
import { startProduct, type RunningProduct } from './support/running-product.js';

const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/screenshots');
const DEMO_PASSWORD = 'recordroom-demo';
const browserPath = chromiumPath();

/** Each demo persona, the heading of the home page they land on, and what that page must show. */
const personas = [
  { role: 'manager', heading: /Health Records/, shows: 'Staff in post by band' },
  { role: 'officer', heading: /My team/, shows: 'People you manage' },
  { role: 'senior', heading: /Northgate Hospitals NHS Foundation Trust/, shows: 'Health records staffing' },
  { role: 'staff', heading: /My details/, shows: 'Employee number' },
  { role: 'admin', heading: /Northgate Hospitals NHS Foundation Trust/, shows: 'Organisation overview' },
] as const;

async function signIn(page: Page, baseUrl: string, role: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(`${role}@demo.recordroom.org`);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

(browserPath ? describe : describe.skip)('a person signing in to the dashboard', () => {
  let product: RunningProduct;
  let browser: Browser;

  beforeAll(async () => {
    await mkdir(screenshots, { recursive: true });
    product = await startProduct();
    browser = await launchChromium(browserPath ?? '');
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('sees the sign-in page with the demo sign-ins', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${product.baseUrl}/`);
    await page.waitForURL(/\/sign-in/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Sign in to Recordroom');
    await page.getByText('manager@demo.recordroom.org').first().waitFor();
    await page.screenshot({ path: path.join(screenshots, 'sign-in.png'), fullPage: true });
    await page.close();
  });

  it('is told plainly when the password is wrong, and stays on the sign-in page', async () => {
    const page = await browser.newPage();
    await page.goto(`${product.baseUrl}/sign-in`);
    await page.getByLabel('Email address').fill('manager@demo.recordroom.org');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter a correct email address and password').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.close();
  });

  it.each(personas)('as $role lands on their own home page, with nothing blocked by the security policy', async ({ role, heading, shows }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cspViolations = collectCspViolations(page);
    await signIn(page, product.baseUrl, role);
    const h1 = page.getByRole('heading', { level: 1 });
    await h1.waitFor();
    expect(await h1.textContent()).toMatch(heading);
    await page.getByText(shows, { exact: false }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(screenshots, `home-${role}.png`), fullPage: true });
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  it('lets a manager search the staff directory and open a person', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, product.baseUrl, 'manager');
    await page.goto(`${product.baseUrl}/staff`);
    await page.getByRole('heading', { name: 'Staff directory' }).waitFor();
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(10);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(screenshots, 'staff-directory.png'), fullPage: true });

    await rows.first().getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('Employee number').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(screenshots, 'person.png'), fullPage: true });
    await page.close();
  });

  it('keeps an officer to their line: a person in another team is "not found"', async () => {
    const managerPage = await (await browser.newContext()).newPage();
    await signIn(managerPage, product.baseUrl, 'manager');
    const department = await managerPage.evaluate(async () => {
      const body = (await (await fetch('/api/staff?pageSize=200')).json()) as { items: { id: string }[] };
      return body.items.map((person) => person.id);
    });

    const officerPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signIn(officerPage, product.baseUrl, 'officer');
    const line = await officerPage.evaluate(async () => {
      const body = (await (await fetch('/api/staff?pageSize=200')).json()) as { items: { id: string }[] };
      return body.items.map((person) => person.id);
    });
    expect(line.length).toBeGreaterThan(1);
    expect(line.length).toBeLessThan(department.length);
    const outsider = department.find((id) => !line.includes(id));
    await officerPage.goto(`${product.baseUrl}/staff/${outsider}`);
    await officerPage.getByText('Not found').first().waitFor();
    await officerPage.screenshot({ path: path.join(screenshots, 'officer-outside-line.png') });
  });
});
