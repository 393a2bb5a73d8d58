import { expect, it } from '@jest/globals';
import path from 'node:path';
import { expectAccessible } from './support/accessibility.js';
import { describeInBrowser, SCREENSHOTS } from './support/browser-journey.js';
import { signInAs } from './support/sign-in.js';

describeInBrowser('auto-rostering in the browser', (journey) => {
  it('lets a manager re-roster the demo draft keeping chosen assignments: progress, a preview person by person with its reasons, accepted into the planner', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signInAs(page, journey.product.baseUrl, 'manager');
    await page.getByRole('link', { name: 'Rota planner' }).first().click();
    await page.locator('li', { hasText: 'Draft' }).getByRole('link').click();
    await page.getByRole('table', { name: /^Shifts for/ }).waitFor();
    const autoCount = () =>
      page.evaluate(async () => {
        const id = location.pathname.split('/').at(-1) ?? '';
        const planner = (await (await fetch(`/api/rota/periods/${id}/planner`)).json()) as { assignments: { source: string }[] };
        return planner.assignments.filter((a) => a.source === 'auto').length;
      });
    expect(await autoCount()).toBe(0);

    const section = page.getByRole('region', { name: 'Auto-roster' });
    await section.scrollIntoViewIfNeeded();
    await expect(section.getByText('Every assignment already on the rota stays as it is.').isVisible()).resolves.toBe(true);
    await section.screenshot({ path: path.join(SCREENSHOTS, 'rota-autoroster-options.png') });
    await expectAccessible(page, 'rota planner, auto-roster options');

    // Re-roster the whole period, keeping all of one person's shifts and one shift of another.
    await section.getByLabel('Re-roster the whole period').check();
    const people = section.getByRole('table', { name: 'People and their shifts on the rota' });
    await people.waitFor();
    const summary = section.locator('.app-rota-autoroster__pin-summary');
    await expect(summary.textContent()).resolves.toMatch(/^Keeping none of the \d+ assignments/);
    const rows = people.locator('tbody tr');
    const first = rows.nth(0);
    const firstName = (await first.locator('th').textContent()) ?? '';
    await section.getByLabel('Find a person').fill(firstName.split(' ')[0] ?? '');
    await expect(rows.count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(rows.first().locator('th').textContent()).resolves.toContain(firstName.split(' ')[0] ?? '');
    await section.getByLabel('Find a person').fill('');
    await first.getByRole('checkbox', { name: `Keep all of ${firstName}’s shifts` }).check();
    const second = rows.nth(1);
    await second.locator('summary').click();
    await second.getByRole('checkbox').nth(1).check();
    await expect(second.getByRole('checkbox').nth(0).evaluate((el) => (el as HTMLInputElement).indeterminate)).resolves.toBe(true);
    const kept = Number(/^(\d+) of/.exec((await first.locator('td').first().textContent()) ?? '')?.[1] ?? '0') + 1;
    await expect(summary.textContent()).resolves.toMatch(new RegExp(`^Keeping ${kept} of \\d+ assignments, of 2 people; the other \\d+ may be moved or taken off\\.$`));
    await page.mouse.move(0, 0);
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: path.join(SCREENSHOTS, 'rota-autoroster-keep.png') });
    await expectAccessible(page, 'rota planner, auto-roster choosing what to keep');

    await section.getByLabel('Time limit (seconds)').fill('6');
    await section.getByRole('button', { name: 'Auto-roster' }).click();
    const bar = section.getByRole('progressbar');
    await bar.waitFor();
    // Running with progress written: the bar's text names the time and the best penalty.
    await page.waitForFunction(() => Number(document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow') ?? '0') >= 20);
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/of 6\.0 s; (best penalty so far \d|no rota without)/);
    expect(Number(await bar.getAttribute('aria-valuemax'))).toBe(100);
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: path.join(SCREENSHOTS, 'rota-autoroster-progress.png') });
    await expectAccessible(page, 'rota planner, auto-roster running');

    const accept = section.getByRole('button', { name: 'Accept' });
    await accept.waitFor({ timeout: 60_000 });
    const changes = section.getByRole('table', { name: 'Changes by person' });
    await changes.waitFor();
    await section.getByRole('table', { name: 'Penalty by rule' }).waitFor();
    await section.getByRole('heading', { name: /^Shifts still short \(\d+\)$/ }).waitFor();
    const text = (await section.textContent()) ?? '';
    const [, peopleChanged, on, off, moved] = /Preview: (\d+) people’s rotas change: (\d+) shifts? put on, (\d+) shifts? taken off and (\d+) shifts? moved/.exec(text) ?? [];
    expect(Number(peopleChanged)).toBeGreaterThan(10);

    // The API's pages of people agree with the preview's counts, and nothing kept is moved or taken off.
    const check = await page.evaluate(async () => {
      const periodId = location.pathname.split('/').at(-1) ?? '';
      const [solve] = (await (await fetch(`/api/rota/periods/${periodId}/solves`)).json()) as { id: string; pinnedAssignmentIds: string[] }[];
      const pinned = new Set(solve?.pinnedAssignmentIds ?? []);
      const taken: string[] = [];
      let added = 0;
      for (let pageNumber = 1; ; pageNumber += 1) {
        const body = (await (await fetch(`/api/rota/solves/${solve?.id ?? ''}/changes?page=${pageNumber}&pageSize=25`)).json()) as { total: number; items: { changes: { from: { assignmentId: string } | null; to: unknown }[] }[] };
        for (const person of body.items)
          for (const c of person.changes) {
            if (c.from) taken.push(c.from.assignmentId);
            if (c.to) added += 1;
          }
        if (pageNumber * 25 >= body.total) return { pinned: pinned.size, people: body.total, added, takenPinned: taken.filter((id) => pinned.has(id)).length };
      }
    });
    expect(check).toEqual({ pinned: kept, people: Number(peopleChanged), added: Number(on) + Number(moved), takenPinned: 0 });
    expect(Number(off)).toBeGreaterThanOrEqual(0);

    // Ten people a page: the next page, then a person's days opened.
    await expect(changes.locator('tbody tr').count()).resolves.toBe(10);
    await page.locator('#autoroster-changes').getByRole('button', { name: /^Next/ }).click();
    await page.getByText(/Showing 11 to \d+ of \d+ people/).waitFor();
    const opened = changes.locator('tbody tr').first();
    await opened.locator('summary').click();
    await expect(opened.locator('li').first().textContent()).resolves.toMatch(/^\w{3} \d{1,2} \w{3}: (put on|taken off|moved from) /);
    await page.waitForLoadState('networkidle');
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: path.join(SCREENSHOTS, 'rota-autoroster-preview.png') });
    await expectAccessible(page, 'rota planner, auto-roster preview');

    // Each short shift says why in words, each candidate's reason to open.
    const shortShifts = Number(/Shifts still short \((\d+)\)/.exec(text)?.[1] ?? '0');
    if (shortShifts === 0) await section.getByText('Every shift reaches its ideal cover.').waitFor();
    else {
      const gap = section.locator('.app-rota-autoroster__gaps > li').first();
      await gap.filter({ hasText: /short of the (minimum|ideal|skill mix)/ }).filter({ hasText: /(Of \d+ (people|person), \d+ |Nobody in the department)/ }).waitFor();
      await gap.locator('summary').click();
      await gap.locator('dd').filter({ hasText: /^(Cannot take it|Could take it|Already works)/ }).first().waitFor();
      await gap.scrollIntoViewIfNeeded();
      const box = await gap.boundingBox();
      // The shift, its sentence and the first of its people's reasons: the rest of the list runs on the same way.
      if (box) await page.screenshot({ path: path.join(SCREENSHOTS, 'rota-autoroster-short-shift.png'), fullPage: true, clip: { x: box.x, y: box.y + (await page.evaluate(() => window.scrollY)), width: box.width, height: Math.min(box.height, 900) } });
    }
    await expect(section.textContent()).resolves.not.toMatch(/minimum-rest-between-shifts|approved-absence|fair-share/);

    await accept.click();
    await page.getByText(/Auto-roster applied: \d+ shifts added/).first().waitFor();
    expect(await autoCount()).toBe(Number(on) + Number(moved));
  });

  it('refuses to accept a preview over a hand edit made after the solve read the rota, says so, and rejects it', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signInAs(page, journey.product.baseUrl, 'manager');
    await page.getByRole('link', { name: 'Rota planner' }).first().click();
    await page.locator('li', { hasText: 'Draft' }).getByRole('link').click();
    await page.getByRole('table', { name: /^Shifts for/ }).waitFor();
    const section = page.getByRole('region', { name: 'Auto-roster' });
    await section.getByLabel('Fill the gaps only').check();
    await section.getByLabel('Time limit (seconds)').fill('2');
    await section.getByRole('button', { name: 'Auto-roster' }).click();
    await section.getByRole('button', { name: 'Accept' }).waitFor({ timeout: 60_000 });

    // Another manager takes someone off a shift meanwhile (the API, as their planner would).
    const removed = await page.evaluate(async () => {
      const id = location.pathname.split('/').at(-1) ?? '';
      const planner = (await (await fetch(`/api/rota/periods/${id}/planner`)).json()) as { period: { version: number }; assignments: { id: string }[] };
      const assignment = planner.assignments[0]?.id ?? '';
      const response = await fetch(`/api/rota/periods/${id}/assignments/${assignment}?periodVersion=${planner.period.version}`, { method: 'DELETE' });
      return response.status;
    });
    expect(removed).toBe(200);

    await section.getByRole('button', { name: 'Accept' }).click();
    const alert = section.getByRole('alert').filter({ hasText: 'The rota changed after the solve read it' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('accepting would overwrite those changes');
    await section.scrollIntoViewIfNeeded();
    await alert.screenshot({ path: path.join(SCREENSHOTS, 'rota-autoroster-stale.png') });
    await alert.getByRole('button', { name: 'Reject this preview' }).click();
    await section.getByRole('button', { name: 'Auto-roster' }).waitFor();
    await expect(section.getByRole('alert').count()).resolves.toBe(0);
    const latest = await page.evaluate(async () => {
      const id = location.pathname.split('/').at(-1) ?? '';
      const [solve] = (await (await fetch(`/api/rota/periods/${id}/solves`)).json()) as { status: string }[];
      return solve?.status;
    });
    expect(latest).toBe('rejected');
  });

  it('shows a solve that was running when the API restarted as failed, with the reason, nothing applied, and lets the manager start again', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signInAs(page, journey.product.baseUrl, 'manager');
    await page.getByRole('link', { name: 'Rota planner' }).first().click();
    await page.locator('li', { hasText: 'Draft' }).getByRole('link').click();
    await page.getByRole('table', { name: /^Shifts for/ }).waitFor();
    const assignments = () =>
      page.evaluate(async () => {
        const id = location.pathname.split('/').at(-1) ?? '';
        const planner = (await (await fetch(`/api/rota/periods/${id}/planner`)).json()) as { assignments: { id: string }[] };
        return planner.assignments.map((a) => a.id).sort();
      });
    const before = await assignments();
    const section = page.getByRole('region', { name: 'Auto-roster' });
    await section.getByLabel('Re-roster the whole period').check();
    await section.getByLabel('Time limit (seconds)').fill('120');
    await section.getByRole('button', { name: 'Auto-roster' }).click();
    await page.waitForFunction(() => Number(document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow') ?? '0') > 0);

    // The page keeps polling through the restart (sessions live in PostgreSQL) and shows what became of the solve.
    await journey.product.restart();
    const failed = section.locator('.nhsuk-warning-callout').filter({ hasText: 'The last solve failed' });
    await failed.waitFor({ timeout: 60_000 });
    await expect(failed.textContent()).resolves.toContain('The API stopped while this solve ran, so nothing was applied. Start it again.');
    expect(await assignments()).toEqual(before);
    await section.getByRole('button', { name: 'Auto-roster' }).waitFor();
    await section.scrollIntoViewIfNeeded();
    await failed.screenshot({ path: path.join(SCREENSHOTS, 'rota-autoroster-failed.png') });
    await expectAccessible(page, 'rota planner, auto-roster failed across a restart');
  });
});
