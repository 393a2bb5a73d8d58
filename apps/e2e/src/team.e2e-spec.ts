import { expect, it } from '@jest/globals';
import type { AbsenceDto, MyTeamDto, Page as ApiPage, StaffMemberDto } from '@recordroom/contracts';
import path from 'node:path';
import { expectAccessible } from './support/accessibility.js';
import { describeInBrowser, SCREENSHOTS } from './support/browser-journey.js';
import { signInAs } from './support/sign-in.js';

/** yyyy-mm-dd `days` from `date`. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The latest Tuesday at least a week before `today`: a working day clear of the demo's spells. */
function aTuesdayLastWeek(today: string): string {
  let day = addDays(today, -7);
  while (new Date(`${day}T12:00:00Z`).getUTCDay() !== 2) day = addDays(day, -1);
  return day;
}

describeInBrowser('line management in the browser', (journey) => {
  it('lets an officer record sickness, see the Bradford trigger, book the return-to-work meeting, and not open someone outside their line', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'en-GB' });
    const base = journey.product.baseUrl;
    await signInAs(page, base, 'officer');
    await page.getByRole('link', { name: 'My team' }).first().click();
    await page.getByRole('heading', { name: 'My team', level: 1 }).waitFor();
    await page.getByRole('table', { name: /Your team/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'team-my-team.png'), fullPage: true });
    await expectAccessible(page, 'my team');

    // The demo gives one of the officer's reports three single days off: one more spell reaches the first trigger.
    const team = (await (await page.request.get(`${base}/api/people/team`)).json()) as MyTeamDto;
    const person = team.members.find((m) => m.bradfordScore === 27 && !m.bradfordTriggered);
    if (!person) throw new Error('The demo has no report of the officer one spell away from a trigger');
    await page.getByRole('link', { name: person.displayName, exact: true }).first().click();
    await page.getByRole('heading', { name: /^Bradford factor: 27/ }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'person-sickness.png'), fullPage: true });
    await expectAccessible(page, 'person sickness');

    const day = aTuesdayLastWeek(team.today);
    await page.getByLabel('First day off sick').fill(day);
    await page.getByLabel(/^Last day off sick \(leave empty/).fill(day);
    await page.getByLabel('Reason').selectOption('S13');
    await page.getByRole('button', { name: 'Record sickness' }).click();
    await page.getByRole('heading', { name: /^Bradford factor: 64/ }).waitFor();
    await expect(page.getByText('Trigger reached: monitor: informal conversation').isVisible()).resolves.toBe(true);
    // The episode is on the rota too: that day the person is off sick.
    const onRota = (await (await page.request.get(`${base}/api/rota/absences?from=${day}&to=${day}&pageSize=200`)).json()) as ApiPage<AbsenceDto>;
    expect(onRota.items.filter((a) => a.staffId === person.id).map((a) => [a.kind, a.status, a.startDate, a.endDate])).toEqual([['sickness', 'approved', day, day]]);

    // The new episode is the first listed: book its return-to-work meeting for tomorrow.
    const episode = page.locator('li.nhsuk-card').first();
    await episode.getByLabel('Return-to-work meeting on').fill(addDays(team.today, 1));
    await episode.getByRole('button', { name: 'Save return-to-work meeting' }).click();
    await page.locator('li.nhsuk-card').first().getByText(/meeting booked on/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'person-return-to-work-booked.png'), fullPage: true });

    // Sickness over leave already on the rota is refused, the field named, nothing written.
    const leave = (await (await page.request.get(`${base}/api/rota/absences?status=approved&from=${addDays(team.today, -300)}&to=${addDays(team.today, -1)}&pageSize=200`)).json()) as ApiPage<AbsenceDto>;
    const booked = leave.items.find((a) => a.staffId === person.id && a.kind === 'annual-leave' && a.endDate < team.today);
    if (!booked) throw new Error('The demo gave the person no past annual leave');
    await page.getByLabel('First day off sick').fill(booked.startDate);
    await page.getByLabel(/^Last day off sick \(leave empty/).fill(booked.startDate);
    await page.getByRole('button', { name: 'Record sickness' }).click();
    await page.locator('.nhsuk-error-summary').getByText(/overlaps approved annual leave/).waitFor();
    await page.locator('form[aria-labelledby="record-sickness-heading"]').screenshot({ path: path.join(SCREENSHOTS, 'person-sickness-refused.png') });
    await expectAccessible(page, 'person sickness refused');

    for (const tab of ['Leave', 'Training and appraisal', 'Checks']) {
      await page.getByRole('link', { name: tab, exact: true }).click();
      await page.getByRole('heading', { level: 2, name: tab === 'Leave' ? 'Annual leave' : tab === 'Checks' ? 'Checks' : 'Mandatory training' }).waitFor();
      const slug = tab === 'Leave' ? 'leave' : tab === 'Checks' ? 'checks' : 'training';
      await page.screenshot({ path: path.join(SCREENSHOTS, `person-${slug}.png`), fullPage: true });
      await expectAccessible(page, `person ${slug}`);
    }

    // Someone in the department but outside the officer's line: the API answers 404, the page says so.
    const manager = await journey.browser.newPage();
    await signInAs(manager, base, 'manager');
    const directory = (await (await manager.request.get(`${base}/api/staff?pageSize=200`)).json()) as ApiPage<StaffMemberDto>;
    const inLine = new Set(team.members.map((m) => m.id));
    const outsider = directory.items.find((s) => !inLine.has(s.id) && s.jobTitle !== 'Health records officer' && s.lineManagerId !== null);
    if (!outsider) throw new Error('No one outside the officer’s line');
    await manager.close();
    expect((await page.request.get(`${base}/api/people/staff/${outsider.id}`)).status()).toBe(404);
    await page.goto(`${base}/team/${outsider.id}`);
    await page.getByRole('heading', { name: 'Not found' }).waitFor();
    await page.close();
  });

  it('shows the team compliance table, sorted, filtered and exported, and who is off', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'en-GB' });
    const base = journey.product.baseUrl;
    await signInAs(page, base, 'officer');
    await page.goto(`${base}/team/compliance`);
    const table = page.getByRole('table', { name: /Compliance by person/ });
    await table.waitFor();
    await expect(page.getByText('Expired').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'team-compliance.png'), fullPage: true });
    await expectAccessible(page, 'team compliance');

    const rowsBefore = await table.locator('tbody tr').count();
    const firstName = (await table.locator('tbody tr th').first().textContent()) ?? '';
    await page.getByLabel('Search').fill(firstName);
    await expect(table.locator('tbody tr').count()).resolves.toBeLessThanOrEqual(rowsBefore);
    await expect(table.locator('tbody tr th').first().textContent()).resolves.toBe(firstName);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^team-compliance-\d{4}-\d{2}-\d{2}\.csv$/);

    await page.goto(`${base}/team/off`);
    await page.getByRole('table', { name: /Who is off, by day/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'team-who-is-off.png'), fullPage: true });
    await expectAccessible(page, 'who is off');
    await page.close();
  });
});
