import { type Page } from 'playwright-core';

/** The demo accounts' password (packages/demo-department; the sign-in page shows it in demo mode). */
const DEMO_PASSWORD = 'recordroom-demo';

/** Signs in as a demo persona through the sign-in form, as a person would. */
export async function signInAs(page: Page, baseUrl: string, role: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(`${role}@demo.recordroom.org`);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}
