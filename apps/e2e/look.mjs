// Throwaway: screenshots to look at during development (not committed).
import { chromium } from 'playwright-core';
const [role, path, out, height = '1800', width = '1280'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto('http://127.0.0.1:3177/sign-in');
await page.getByLabel('Email address').fill(`${role}@demo.recordroom.org`);
await page.getByLabel('Password').fill('recordroom-demo');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
await page.goto(`http://127.0.0.1:3177${path}`);
await page.waitForLoadState('networkidle');
await page.waitForTimeout(1500);
if (process.env.SCROLL) { await page.locator(process.env.SCROLL).scrollIntoViewIfNeeded(); await page.waitForTimeout(1500); }
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
