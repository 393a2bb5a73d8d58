import { expect, it } from '@jest/globals';
import path from 'node:path';
import { expectAccessible } from './support/accessibility.js';
import { describeInBrowser, SCREENSHOTS } from './support/browser-journey.js';
import { collectCspViolations } from './support/csp-violations.js';
import { signInAs } from './support/sign-in.js';

/** Each demo persona, the heading of the home page they land on, and what that page must show. */
const personas = [
  { role: 'manager', heading: /Health Records/, shows: 'Staff in post by band' },
  { role: 'officer', heading: /My team/, shows: 'People you manage' },
  { role: 'senior', heading: /Northgate Hospitals NHS Foundation Trust/, shows: 'Health records staffing' },
  { role: 'staff', heading: /My details/, shows: 'Employee number' },
  { role: 'admin', heading: /Northgate Hospitals NHS Foundation Trust/, shows: 'Organisation overview' },
] as const;


describeInBrowser('a person signing in to the dashboard', (journey) => {

  it('sees the sign-in page with the demo sign-ins', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${journey.product.baseUrl}/`);
    await page.waitForURL(/\/sign-in/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Sign in to Recordroom');
    await page.getByText('manager@demo.recordroom.org').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sign-in.png'), fullPage: true });
    await expectAccessible(page, 'sign-in');
    await page.close();
  });

  it('is told plainly when the password is wrong, and stays on the sign-in page', async () => {
    const page = await journey.browser.newPage();
    await page.goto(`${journey.product.baseUrl}/sign-in`);
    await page.getByLabel('Email address').fill('manager@demo.recordroom.org');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter a correct email address and password').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expectAccessible(page, 'sign-in, wrong password');
    await page.close();
  });

  it.each(personas)('as $role lands on their own home page, with nothing blocked by the security policy', async ({ role, heading, shows }) => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cspViolations = collectCspViolations(page);
    await signInAs(page, journey.product.baseUrl, role);
    const h1 = page.getByRole('heading', { level: 1 });
    await h1.waitFor();
    expect(await h1.textContent()).toMatch(heading);
    await page.getByText(shows, { exact: false }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, `home-${role}.png`), fullPage: true });
    expect(cspViolations).toEqual([]);
    await expectAccessible(page, `home, ${role}`);
    await page.close();
  });

  it('lets a manager search the staff directory and open a person', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAs(page, journey.product.baseUrl, 'manager');
    await page.goto(`${journey.product.baseUrl}/staff`);
    await page.getByRole('heading', { name: 'Staff directory' }).waitFor();
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(10);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'staff-directory.png'), fullPage: true });
    await expectAccessible(page, 'staff directory');
    await page.getByLabel('Team', { exact: true }).waitFor();

    await rows.first().getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('Employee number').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'person.png'), fullPage: true });
    await expectAccessible(page, 'person');
    await page.close();
  });

  it('lets a manager change a person’s job title, told first what is missing, and then read the change in the audit trail', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAs(page, journey.product.baseUrl, 'manager');
    await page.goto(`${journey.product.baseUrl}/staff`);
    await page.locator('table tbody tr').first().getByRole('link').first().click();
    await page.getByRole('link', { name: 'Change details' }).click();
    await page.getByRole('heading', { level: 1, name: /Change details/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'person-edit.png'), fullPage: true });
    await expectAccessible(page, 'edit person');
    // Every field is labelled in words (a rename once left "TeamDto" here and on the directory's filter).
    await page.getByLabel('Team', { exact: true }).waitFor();

    // An empty job title is named in the error summary and beside the field.
    const jobTitle = page.getByLabel('Job title');
    await jobTitle.fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('There is a problem').waitFor();
    await expectAccessible(page, 'edit person, errors');

    await jobTitle.fill('Senior health records clerk');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(/record saved$/).first().waitFor();
    await page.getByRole('link', { name: 'View the history of changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    await page.getByRole('table', { name: /History of this record/ }).getByText('Senior health records clerk').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'audit-trail.png'), fullPage: true });
    await expectAccessible(page, 'audit trail');
    await page.close();
  });

  it('tells a signed-in person plainly that an address does not exist', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAs(page, journey.product.baseUrl, 'staff');
    await page.goto(`${journey.product.baseUrl}/no-such-page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'Recordroom home page' }).waitFor();
    await expectAccessible(page, 'page not found');
    await page.close();
  });

  it('keeps an officer to their line: a person in another team is "not found"', async () => {
    const managerPage = await (await journey.browser.newContext()).newPage();
    await signInAs(managerPage, journey.product.baseUrl, 'manager');
    const department = await managerPage.evaluate(async () => {
      const body = (await (await fetch('/api/staff?pageSize=200')).json()) as { items: { id: string }[] };
      return body.items.map((person) => person.id);
    });

    const officerPage = await (await journey.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signInAs(officerPage, journey.product.baseUrl, 'officer');
    const line = await officerPage.evaluate(async () => {
      const body = (await (await fetch('/api/staff?pageSize=200')).json()) as { items: { id: string }[] };
      return body.items.map((person) => person.id);
    });
    expect(line.length).toBeGreaterThan(1);
    expect(line.length).toBeLessThan(department.length);
    const outsider = department.find((id) => !line.includes(id));
    await officerPage.goto(`${journey.product.baseUrl}/staff/${outsider}`);
    await officerPage.getByText('Not found').first().waitFor();
    await officerPage.screenshot({ path: path.join(SCREENSHOTS, 'officer-outside-line.png') });
    await expectAccessible(officerPage, 'person outside the officer’s line');
  });
});
