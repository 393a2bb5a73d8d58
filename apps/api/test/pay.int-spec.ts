import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type AgencyPriceDto,
  type CallOutDto,
  type EstablishmentDto,
  type EstablishmentLineDto,
  type KpiSummaryDto,
  type ForecastDto,
  type MonthlySpendDto,
  type MonthlySpendImportResultDto,
  type PaySettingsDto,
  type PayTablesDto,
  type PayViewDto,
  type RotaCostDto,
  type WhatIfResultDto,
} from '@recordroom/contracts';
import {
  annualSalary,
  costByBand,
  costRota,
  DEFAULT_ON_CALL_AGREEMENT,
  ENGLAND,
  englandTimeBands,
  fullYearPostCost,
  hourlyRate,
  onCallPay,
  payTableOn,
  payTermsResolver,
  priceCoverOption,
  share,
  summariseEstablishment,
  UK_EMPLOYER_TAXES,
  whatIf,
  type EstablishmentLine,
  type MonthlySpend,
  type PayPosition,
  type PostHolder,
  type ShiftToCost,
} from '@recordroom/pay';
import { type StaffMember } from '@recordroom/people';
import { epochMinutesAt, type CoverCandidates } from '@recordroom/rota';
import { computeVacancyRate } from '@recordroom/kpi';
import { FixedClock } from '../src/time/clock.js';
import { auditRowsAbout } from './support/database-rows.js';
import { PayArranger, type CostedPeriodArrangement } from './support/pay-arrange.js';
import { fieldsNamedBy, problemOf } from './support/problem-details.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/** Monday 16 November 2026, 08:00 in London (GMT): financial year 2026/27, months to 2026-11 recorded. */
const TODAY = new Date('2026-11-16T08:00:00Z');
const YEAR = '2026/27';
const context = { rules: ENGLAND, calendar: englandTimeBands(), termsOn: payTermsResolver(ENGLAND), taxes: UK_EMPLOYER_TAXES };

/** The establishment as the API reads staff records: bank staff hold no post, WTE to two places. */
function holdersOf(staff: readonly StaffMember[], departmentId: string, costCentre: string): PostHolder[] {
  return staff
    .filter((s) => s.departmentId === departmentId && s.contractType !== 'bank')
    .map((s) => ({ staffId: s.id, costCentre, band: s.band, payPoint: s.payPoint, wte: Math.round((s.contractedHoursPerWeek * 100) / 37.5) / 100 }));
}

function positionOf(person: StaffMember): PayPosition {
  return { band: person.band, payPoint: person.payPoint, contractedHoursPerWeek: person.contractedHoursPerWeek };
}

/** A shift in London wall-clock time; an end at or before the start is the next day. */
function londonShift(id: string, date: string, from: string, to: string, unpaidBreakMinutes: number): ShiftToCost {
  const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const end = minutes(to) <= minutes(from) ? minutes(to) + 1440 : minutes(to);
  return { id, start: epochMinutesAt(date, minutes(from), 'Europe/London'), end: epochMinutesAt(date, end, 'Europe/London'), unpaidBreakMinutes };
}

/**
 * Staffing costs and budgets over a trust of two departments (`trust`, 80 staff) with the clock
 * pinned, and a one-department organisation (`fresh`) that keeps the default pay settings. Every
 * figure is compared with the @recordroom/pay function on the same data, to the penny.
 */
describe('pay and budgets', () => {
  let api: TestApp;
  let trust: TestOrganisation;
  let fresh: TestOrganisation;
  let admin: Agent;
  let manager: Agent;
  let senior: Agent;
  let officer: Agent;
  let staff: Agent;
  let own: string;
  let other: string;

  beforeAll(async () => {
    api = await startTestApp({}, new FixedClock(TODAY));
    [trust, fresh] = await Promise.all([seedTestOrganisation(api.app, { seed: 611, staffCount: 80 }), seedTestOrganisation(api.app, { seed: 612 })]);
    [admin, manager, senior, officer, staff] = await Promise.all([trust.signInAs('admin'), trust.signInAs('manager'), trust.signInAs('senior'), trust.signInAs('officer'), trust.signInAs('staff')]);
    ({ own, other } = trust.managerAndOtherDepartment());
  });

  afterAll(async () => {
    await api.close();
  });

  const costCentreOf = (departmentId: string): string => trust.departments.find((d) => d.id === departmentId)?.costCentre ?? '';
  /** A cost centre no other test uses, so each test's lines are its own. */
  const freshCostCentre = (): string => `T${Math.random().toString(36).slice(2, 9).toUpperCase()}`;

  async function aLine(overrides: Record<string, unknown> = {}): Promise<EstablishmentLineDto> {
    const response = await manager.post('/api/pay/establishment-lines').send({ financialYear: YEAR, costCentre: freshCostCentre(), band: '3', fundedWte: 4.5, budgetPence: 15_000_000, ...overrides });
    expect(response.status).toBe(201);
    return response.body as EstablishmentLineDto;
  }

  const lineRows = async (): Promise<number> =>
    (await api.database.query<{ n: number }[]>('SELECT count(*)::int AS n FROM establishment_line WHERE organisation_id = $1', [trust.organisation.id]))[0]?.n ?? 0;
  const spendRows = async (): Promise<number> =>
    (await api.database.query<{ n: number }[]>('SELECT count(*)::int AS n FROM monthly_spend WHERE organisation_id = $1', [trust.organisation.id]))[0]?.n ?? 0;

  describe('establishment lines', () => {
    it('lets a manager fund a band in a cost centre of their department for a year, with an audit row', async () => {
      const line = await aLine({ band: '4', fundedWte: 2.25, budgetPence: 7_654_321 });

      expect(line).toMatchObject({ departmentId: own, financialYear: YEAR, band: '4', fundedWte: 2.25, budgetPence: 7_654_321, version: 1 });
      const audit = await auditRowsAbout(api.database, line.id);
      expect(audit.map((r) => [r.action, r.entity_type, r.department_id])).toEqual([['create', 'establishment-line', own]]);
      expect(audit[0]?.after).toMatchObject({ band: '4', fundedWte: 2.25, budgetPence: 7_654_321 });
    });

    it('changes a line at the version read, and refuses a change based on an older version with 409', async () => {
      const line = await aLine();
      const changed = await manager.patch(`/api/pay/establishment-lines/${line.id}`).send({ version: 1, fundedWte: 5, budgetPence: 16_500_000 });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ fundedWte: 5, budgetPence: 16_500_000, version: 2 });

      const stale = await manager.patch(`/api/pay/establishment-lines/${line.id}`).send({ version: 1, fundedWte: 6 });

      expect(stale.status).toBe(409);
      expect(problemOf(stale).currentVersion).toBe(2);
      const audit = await auditRowsAbout(api.database, line.id);
      expect(audit.map((r) => r.action)).toEqual(['create', 'update']);
      expect([audit[1]?.before?.fundedWte, audit[1]?.after?.fundedWte]).toEqual([4.5, 5]);
    });

    it('deletes a line at its version, leaving the audit row', async () => {
      const line = await aLine();
      await manager.delete(`/api/pay/establishment-lines/${line.id}`).query({ version: 2 }).expect(409);
      await manager.delete(`/api/pay/establishment-lines/${line.id}`).query({ version: 1 }).expect(204);
      expect((await auditRowsAbout(api.database, line.id)).map((r) => r.action)).toEqual(['create', 'delete']);
    });

    it.each([
      { problem: 'an unknown band', body: { band: '1' }, status: 400, field: 'band' },
      { problem: 'negative WTE', body: { fundedWte: -1 }, status: 400, field: 'fundedWte' },
      { problem: 'WTE finer than hundredths', body: { fundedWte: 1.005 }, status: 400, field: 'fundedWte' },
      { problem: 'a budget in pounds rather than whole pence', body: { budgetPence: 1234.5 }, status: 400, field: 'budgetPence' },
      { problem: 'a negative budget', body: { budgetPence: -100 }, status: 400, field: 'budgetPence' },
      { problem: 'a year written 2026-27', body: { financialYear: '2026-27' }, status: 400, field: 'financialYear' },
      { problem: 'a year that is not two consecutive years', body: { financialYear: '2026/28' }, status: 400, field: 'financialYear' },
      { problem: 'a year no pay table covers', body: { financialYear: '2031/32' }, status: 422, field: 'financialYear' },
      { problem: 'a band the year’s table lacks', body: { financialYear: '2019/20', band: '8a' }, status: 422, field: 'band' },
    ])('refuses $problem with $status naming $field, and writes nothing', async ({ body, status, field }) => {
      const before = await lineRows();

      const response = await manager.post('/api/pay/establishment-lines').send({ financialYear: YEAR, costCentre: freshCostCentre(), band: '3', fundedWte: 1, budgetPence: 100, ...body });

      expect(response.status).toBe(status);
      expect(fieldsNamedBy(response)).toContain(field);
      expect(await lineRows()).toBe(before);
    });

    it('refuses a second line for the same band, cost centre and year with 409 naming the band', async () => {
      const line = await aLine();
      const again = await manager.post('/api/pay/establishment-lines').send({ financialYear: YEAR, costCentre: line.costCentre, band: line.band, fundedWte: 1, budgetPence: 1 });
      expect(again.status).toBe(409);
      expect(fieldsNamedBy(again)).toEqual(['band']);
    });
  });

  describe('who may see and change pay', () => {
    it.each([
      ['GET', '/api/pay/establishment'],
      ['GET', '/api/pay/forecast'],
      ['GET', '/api/pay/monthly-spend'],
      ['GET', '/api/pay/tables'],
      ['POST', '/api/pay/what-if'],
    ])('refuses officers and staff %s %s with 403', async (method, path) => {
      for (const agent of [officer, staff]) {
        const response = method === 'GET' ? await agent.get(path) : await agent.post(path).send({});
        expect(response.status).toBe(403);
      }
    });

    it('answers a manager asking about another department with 404, as if it did not exist', async () => {
      for (const path of ['/api/pay/establishment', '/api/pay/forecast', '/api/pay/monthly-spend']) {
        expect((await manager.get(path).query({ departmentId: other })).status).toBe(404);
      }
      expect((await manager.post('/api/pay/what-if').query({ departmentId: other }).send({})).status).toBe(404);
      expect((await manager.post('/api/pay/establishment-lines').send({ departmentId: other, financialYear: YEAR, costCentre: 'X1', band: '3', fundedWte: 1, budgetPence: 1 })).status).toBe(404);
    });

    it('lets senior management read any department but change nothing', async () => {
      expect((await senior.get('/api/pay/establishment').query({ departmentId: other })).status).toBe(200);
      expect((await senior.get('/api/pay/forecast').query({ departmentId: own })).status).toBe(200);
      expect((await senior.post('/api/pay/what-if').query({ departmentId: own }).send({ payAwardPercent: 3 })).status).toBe(200);
      const before = [await lineRows(), await spendRows()];
      expect((await senior.post('/api/pay/establishment-lines').send({ departmentId: own, financialYear: YEAR, costCentre: 'S1', band: '3', fundedWte: 1, budgetPence: 1 })).status).toBe(403);
      expect((await senior.put('/api/pay/monthly-spend').send({ departmentId: own, costCentre: 'S1', month: '2026-10', substantivePence: 1, bankPence: 0, agencyPence: 0 })).status).toBe(403);
      expect([await lineRows(), await spendRows()]).toEqual(before);
    });

    it('asks admins and senior managers which department they mean', async () => {
      const response = await admin.get('/api/pay/establishment');
      expect(response.status).toBe(422);
      expect(fieldsNamedBy(response)).toEqual(['departmentId']);
    });
  });

  describe('the establishment', () => {
    it('shows funded against in-post WTE and cost by cost centre and band, exactly as summariseEstablishment', async () => {
      const costCentre = costCentreOf(other);
      const lines: EstablishmentLine[] = [
        { costCentre, band: '2', fundedWte: 20, budget: 62_000_000 },
        { costCentre, band: '3', fundedWte: 8, budget: 27_500_000 },
        { costCentre, band: '4', fundedWte: 3, budget: 12_000_000 },
      ];
      for (const line of lines) {
        await admin.post('/api/pay/establishment-lines').send({ departmentId: other, financialYear: YEAR, costCentre, band: line.band, fundedWte: line.fundedWte, budgetPence: line.budget }).expect(201);
      }
      const holders = holdersOf(trust.staff, other, costCentre);
      const expected = summariseEstablishment(YEAR, lines, holders, ENGLAND, UK_EMPLOYER_TAXES);

      const response = await senior.get('/api/pay/establishment').query({ departmentId: other, year: YEAR });

      expect(response.status).toBe(200);
      const body = response.body as EstablishmentDto;
      expect(body.rows.map((r) => [r.costCentre, r.band, r.fundedWte, r.inPostWte, r.vacancyWte, r.budgetPence, r.inPostFullYearCostPence, r.headroomPence])).toEqual(
        expected.rows.map((r) => [r.costCentre, r.band, r.fundedWte, r.inPostWte, r.vacancyWte, r.budget, r.inPostFullYearCost, r.headroom]),
      );
      expect(body.totals).toEqual({
        fundedWte: expected.totals.fundedWte,
        inPostWte: expected.totals.inPostWte,
        vacancyWte: expected.totals.vacancyWte,
        vacancyPercent: expected.totals.vacancyPercent,
        budgetPence: expected.totals.budget,
        inPostFullYearCostPence: expected.totals.inPostFullYearCost,
        headroomPence: expected.totals.headroom,
      });
      expect(body.vacancies.every((row) => row.vacancyWte > 0)).toBe(true);
      expect(body.inPost.map((p) => p.staffId).sort()).toEqual(holders.map((h) => h.staffId).sort());
      expect(body.costByBand.map((b) => b.totalPence)).toEqual(
        costByBand(holders, YEAR, ENGLAND, UK_EMPLOYER_TAXES)
          .filter((b) => b.total > 0)
          .map((b) => b.total),
      );
      expect(body.costByBand.reduce((sum, b) => sum + b.totalPence, 0)).toBe(expected.totals.inPostFullYearCost);
      expect(Number.isInteger(body.totals.inPostFullYearCostPence)).toBe(true);
      expect(body.payTable).toMatchObject({ year: YEAR });
    });

    it('puts vacancy % on the KPI summary: funded WTE less WTE in post over funded WTE, as computeVacancyRate, for this month', async () => {
      await admin.post('/api/pay/establishment-lines').send({ departmentId: other, financialYear: YEAR, costCentre: costCentreOf(other), band: '5', fundedWte: 40, budgetPence: 100_000_000 }).expect(201);
      const funded = ((await senior.get('/api/pay/establishment-lines').query({ departmentId: other, year: YEAR }).expect(200)).body as EstablishmentLineDto[]).reduce((sum, l) => sum + Math.round(l.fundedWte * 100), 0);
      const inPost = trust.staff.filter((s) => s.departmentId === other && s.contractType !== 'bank').reduce((sum, s) => sum + Math.round((s.contractedHoursPerWeek * 100) / 37.5), 0);
      const expected = computeVacancyRate([{ fundedWte: funded, inPostWte: inPost }]).percent;

      const summary = (await senior.get('/api/kpi/summary').query({ departmentId: other, granularity: 'month', from: '2026-04-01', to: '2026-11-30' }).expect(200)).body as KpiSummaryDto;

      const row = summary.rows.find((r) => r.kpiId === 'vacancy-percent');
      expect(funded).toBeGreaterThan(0);
      expect(row).toMatchObject({ points: 1, latest: { period: '2026-11-01', value: expected, numerator: (funded - inPost) / 100, denominator: funded / 100 } });
    });

    it('exports the establishment table as CSV, filtered by band, amounts in pounds and pence', async () => {
      const costCentre = freshCostCentre();
      await manager.post('/api/pay/establishment-lines').send({ financialYear: YEAR, costCentre, band: '5', fundedWte: 1.5, budgetPence: 6_543_210 }).expect(201);

      const response = await manager.get('/api/pay/establishment.csv').query({ band: '5' });

      expect(response.status).toBe(200);
      expect(response.get('Content-Type')).toMatch(/^text\/csv/);
      const lines = response.text.trim().split('\r\n');
      expect(lines[0]).toBe('Cost centre,Band,Funded WTE,In-post WTE,Vacancy WTE,Budget (£),In-post full-year cost (£),Headroom (£)');
      expect(lines).toContain(`${costCentre},5,1.5,0,1.5,65432.10,0.00,65432.10`);
      expect(lines.slice(1).every((line) => line.split(',')[1] === '5')).toBe(true);
      const vacant = (await manager.get('/api/pay/establishment.csv').query({ vacantOnly: 'true' }).expect(200)).text.trim().split('\r\n').slice(1);
      expect(vacant).toContain(`${costCentre},5,1.5,0,1.5,65432.10,0.00,65432.10`);
      expect(vacant.every((line) => Number(line.split(',')[4]) > 0)).toBe(true);
    });

    it('refuses a year with no pay table with 422 naming the year', async () => {
      const response = await manager.get('/api/pay/establishment').query({ year: '2031/32' });
      expect(response.status).toBe(422);
      expect(fieldsNamedBy(response)).toEqual(['year']);
      expect((await manager.get('/api/pay/establishment').query({ year: '2026' })).status).toBe(400);
    });
  });

  describe('monthly spend', () => {
    const aMonth = (costCentre: string, month: string, substantivePence = 2_100_000) => ({ costCentre, month, substantivePence, bankPence: 12_345, agencyPence: 0 });

    it('records a month, refuses a second copy without its version and a stale one with 409, and replaces it at the version read', async () => {
      const costCentre = freshCostCentre();
      const created = await manager.put('/api/pay/monthly-spend').send(aMonth(costCentre, '2026-09'));
      expect(created.status).toBe(200);
      const spend = created.body as MonthlySpendDto;
      expect(spend).toMatchObject({ month: '2026-09', substantivePence: 2_100_000, bankPence: 12_345, totalPence: 2_112_345, version: 1 });

      expect((await manager.put('/api/pay/monthly-spend').send(aMonth(costCentre, '2026-09', 1))).status).toBe(409);
      const replaced = await manager.put('/api/pay/monthly-spend').send({ ...aMonth(costCentre, '2026-09', 2_200_000), version: 1 });
      expect(replaced.body).toMatchObject({ substantivePence: 2_200_000, version: 2 });
      const stale = await manager.put('/api/pay/monthly-spend').send({ ...aMonth(costCentre, '2026-09', 1), version: 1 });
      expect(stale.status).toBe(409);
      expect((await auditRowsAbout(api.database, spend.id)).map((r) => r.action)).toEqual(['create', 'update']);
    });

    it.each([
      { problem: 'a month still to come', body: { month: '2026-12' }, status: 422, field: 'month' },
      { problem: 'a month written 2026-9', body: { month: '2026-9' }, status: 400, field: 'month' },
      { problem: 'negative bank spend', body: { bankPence: -1 }, status: 400, field: 'bankPence' },
      { problem: 'agency spend as a fraction of a penny', body: { agencyPence: 10.5 }, status: 400, field: 'agencyPence' },
    ])('refuses $problem naming $field', async ({ body, status, field }) => {
      const response = await manager.put('/api/pay/monthly-spend').send({ ...aMonth(freshCostCentre(), '2026-08'), ...body });
      expect(response.status).toBe(status);
      expect(fieldsNamedBy(response)).toContain(field);
    });

    it('imports a CSV file of months in one go, each change audited, and replaces a month already recorded', async () => {
      const costCentre = freshCostCentre();
      await manager.put('/api/pay/monthly-spend').send(aMonth(costCentre, '2026-04', 100)).expect(200);
      const csv = ['month,cost_centre,substantive,bank,agency', `2026-04,${costCentre},41250.00,1200.5,0`, `2026-05,${costCentre},41250,0,950.25`, `2026-06,${costCentre},0.01,0,0`].join('\n');

      const response = await manager.post('/api/pay/monthly-spend/import').set('Content-Type', 'text/csv').send(csv);

      expect(response.status).toBe(201);
      expect(response.body as MonthlySpendImportResultDto).toEqual({ linesRead: 3, created: 2, updated: 1, unchanged: 0 });
      const months = ((await manager.get('/api/pay/monthly-spend').expect(200)).body as MonthlySpendDto[]).filter((m) => m.costCentre === costCentre);
      expect(months.map((m) => [m.month, m.substantivePence, m.bankPence, m.agencyPence])).toEqual([
        ['2026-04', 4_125_000, 120_050, 0],
        ['2026-05', 4_125_000, 0, 95_025],
        ['2026-06', 1, 0, 0],
      ]);
      const audits = await api.database.query<{ n: number }[]>("SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'monthly-spend' AND entity_id = ANY ($1::text[])", [months.map((m) => m.id)]);
      expect(audits[0]?.n).toBe(4);
      // The same file again changes nothing.
      expect((await manager.post('/api/pay/monthly-spend/import').set('Content-Type', 'text/csv').send(csv)).body).toEqual({ linesRead: 3, created: 0, updated: 0, unchanged: 3 });
    });

    it('refuses a file with bad lines, naming each by line and field, and imports none of it', async () => {
      const costCentre = freshCostCentre();
      const csv = [
        'month,cost_centre,substantive,bank,agency',
        `2026-04,${costCentre},41250.00,0,0`,
        `2026-05,${costCentre},41250.00,12.345,0`,
        `2026-13,${costCentre},41250.00,0,0`,
        `2026-04,${costCentre},1.00,0,0`,
        `2027-01,${costCentre},£1,0,-5`,
      ].join('\n');
      const before = await spendRows();

      const response = await manager.post('/api/pay/monthly-spend/import').set('Content-Type', 'text/csv').send(csv);

      expect(response.status).toBe(422);
      const problem = problemOf(response);
      expect((problem.errors as unknown as { line: number; field: string }[]).map((e) => [e.line, e.field])).toEqual([
        [3, 'bank'],
        [4, 'month'],
        [5, 'month'],
        [6, 'month'],
        [6, 'substantive'],
        [6, 'agency'],
      ]);
      expect(problem.errorCount).toBe(6);
      expect(await spendRows()).toBe(before);
    });

    it('refuses a file without the columns it needs, and a body that is not CSV', async () => {
      const missing = await manager.post('/api/pay/monthly-spend/import').set('Content-Type', 'text/csv').send('month,substantive\n2026-04,1\n');
      expect(missing.status).toBe(422);
      expect(problemOf(missing).detail).toContain('cost_centre, bank, agency');
      expect((await manager.post('/api/pay/monthly-spend/import').send({ month: '2026-04' })).status).toBe(415);
      // A quote inside an unquoted field: csv-parse's INVALID_OPENING_QUOTE, whose code lacks the CSV_ prefix (found by the fuzz, seed 1054839364).
      const quoted = await manager.post('/api/pay/monthly-spend/import').set('Content-Type', 'text/csv').send('{"month":"2026-04"}\n');
      expect(quoted.status).toBe(422);
      expect(problemOf(quoted).detail).toContain('line 1');
    });
  });

  describe('forecast outturn and what-if', () => {
    /** The manager's department as the API costs it, for the same functions here. */
    async function ownDepartmentInputs(): Promise<{ lines: EstablishmentLine[]; holders: PostHolder[]; actuals: MonthlySpend[] }> {
      const lines = ((await manager.get('/api/pay/establishment-lines').expect(200)).body as EstablishmentLineDto[]).map((l) => ({ costCentre: l.costCentre, band: l.band, fundedWte: l.fundedWte, budget: l.budgetPence }));
      const spend = (await manager.get('/api/pay/monthly-spend').expect(200)).body as MonthlySpendDto[];
      const byMonth = new Map<string, MonthlySpend>();
      for (const s of spend) {
        const sum = byMonth.get(s.month) ?? { month: s.month, substantive: 0, bank: 0, agency: 0 };
        byMonth.set(s.month, { month: s.month, substantive: sum.substantive + s.substantivePence, bank: sum.bank + s.bankPence, agency: sum.agency + s.agencyPence });
      }
      return { lines, holders: holdersOf(trust.staff, own, costCentreOf(own)), actuals: [...byMonth.values()] };
    }

    it('forecasts the year to March from the actuals and the in-post run rate, as forecastOutturn does', async () => {
      const costCentre = costCentreOf(own);
      const csv = ['month,cost_centre,substantive,bank,agency', ...['2026-04', '2026-05', '2026-06', '2026-07'].map((m, i) => `${m},${costCentre},${81000 + i * 250}.00,${1500 + i}.10,${i === 3 ? '2400.00' : '0'}`)].join('\n');
      await manager.post('/api/pay/monthly-spend/import').set('Content-Type', 'text/csv').send(csv).expect(201);
      const inputs = await ownDepartmentInputs();
      const { today } = whatIf({ year: YEAR, ...inputs, rules: ENGLAND, taxes: UK_EMPLOYER_TAXES }, {});

      const response = await manager.get('/api/pay/forecast').query({ year: YEAR });

      expect(response.status).toBe(200);
      const forecast = response.body as ForecastDto;
      expect(forecast.outturn.outturnPence).toBe(today.outturn.outturn);
      expect(forecast.outturn.budgetPence).toBe(today.outturn.budget);
      expect(forecast.outturn.variancePence).toBe(today.outturn.variance);
      expect(forecast.outturn.months.map((m) => [m.month, m.budgetPence, m.actual?.totalPence ?? null, m.forecast?.totalPence ?? null, m.cumulativeSpendPence])).toEqual(
        today.outturn.months.map((m) => [
          m.month,
          m.budget,
          m.actual ? m.actual.substantive + m.actual.bank + m.actual.agency : null,
          m.forecast ? m.forecast.substantive + m.forecast.bank + m.forecast.agency : null,
          m.cumulativeSpend,
        ]),
      );
      expect(forecast.fullYearCostPence).toBe(today.fullYearCost);
      expect(forecast.substantiveRunRatePence).toBe(share(today.fullYearCost, 1, 12));
    });

    it('adds a full-time Band 3 post from December: £32,707.09 a year with on-costs, four months of it in the outturn, and writes nothing', async () => {
      const before = [await lineRows(), await spendRows()];

      const response = await manager.post('/api/pay/what-if').query({ year: YEAR }).send({ addPosts: [{ band: '3', payPoint: 1, wte: 1, fromMonth: '2026-12' }] });

      expect(response.status).toBe(200);
      const result = response.body as WhatIfResultDto;
      // 2026/27 Band 3 entry £25,760 + NI 15% above £5,000 £3,114 + pension 14.38% £3,704.29 + levy 0.5% £128.80.
      expect(fullYearPostCost({ band: '3', payPoint: 1, wte: 1 }, YEAR, ENGLAND, UK_EMPLOYER_TAXES).total).toBe(3_270_709);
      expect(result.difference.fullYearCostPence).toBe(3_270_709);
      // December to March (no actuals yet) at £32,707.09 ÷ 12 = £2,725.59 a month.
      expect(result.difference.outturnPence).toBe(4 * 272_559);
      expect(result.difference.variancePence).toBe(-4 * 272_559);
      expect(result.scenario.fullYearCostPence - result.today.fullYearCostPence).toBe(3_270_709);
      expect(result.scenario.costByBand.reduce((sum, b) => sum + b.totalPence, 0)).toBe(result.scenario.fullYearCostPence);
      const inputs = await ownDepartmentInputs();
      const expected = whatIf({ year: YEAR, ...inputs, rules: ENGLAND, taxes: UK_EMPLOYER_TAXES }, { addPosts: [{ costCentre: costCentreOf(own), band: '3', payPoint: 1, wte: 1, fromMonth: '2026-12' }] });
      expect([result.today.outturn.outturnPence, result.scenario.outturn.outturnPence]).toEqual([expected.today.outturn.outturn, expected.scenario.outturn.outturn]);
      expect([await lineRows(), await spendRows()]).toEqual(before);
    });

    it('removes and regrades people in post and applies a pay award, as whatIf does', async () => {
      const inputs = await ownDepartmentInputs();
      const [leaver, regraded] = inputs.holders.filter((h) => h.band === '2');
      if (!leaver || !regraded) throw new Error('The department needs two Band 2 staff');
      const changes = { removeStaffIds: [leaver.staffId], regrade: [{ staffId: regraded.staffId, band: '3' as const, payPoint: 1 }], payAwardBasisPoints: 330 };

      const response = await manager.post('/api/pay/what-if').send({ removeStaffIds: changes.removeStaffIds, regrade: changes.regrade, payAwardPercent: 3.3 });

      expect(response.status).toBe(200);
      const expected = whatIf({ year: YEAR, ...inputs, rules: ENGLAND, taxes: UK_EMPLOYER_TAXES }, changes);
      const result = response.body as WhatIfResultDto;
      expect([result.today.fullYearCostPence, result.scenario.fullYearCostPence, result.difference.outturnPence]).toEqual([expected.today.fullYearCost, expected.scenario.fullYearCost, expected.difference.outturn]);
    });

    it.each([
      { problem: 'a point Band 3 does not have', body: { addPosts: [{ band: '3', payPoint: 3, wte: 1 }] }, status: 422, field: 'addPosts.0.payPoint' },
      { problem: 'an unknown band', body: { addPosts: [{ band: '10', payPoint: 1, wte: 1 }] }, status: 400, field: 'addPosts.0.band' },
      { problem: 'negative WTE', body: { addPosts: [{ band: '3', payPoint: 1, wte: -0.5 }] }, status: 400, field: 'addPosts.0.wte' },
      { problem: 'a first month outside the year', body: { addPosts: [{ band: '3', payPoint: 1, wte: 1, fromMonth: '2027-04' }] }, status: 422, field: 'addPosts.0.fromMonth' },
      { problem: 'someone not in post', body: { removeStaffIds: ['00000000-0000-4000-8000-000000000000'] }, status: 422, field: 'removeStaffIds.0' },
      { problem: 'a pay award with three decimals', body: { payAwardPercent: 3.333 }, status: 400, field: 'payAwardPercent' },
    ])('refuses $problem with $status naming $field', async ({ body, status, field }) => {
      const response = await manager.post('/api/pay/what-if').send(body);
      expect(response.status).toBe(status);
      expect(fieldsNamedBy(response)).toContain(field);
    });
  });

  describe('the cost of a rota period', () => {
    let arranged: CostedPeriodArrangement;
    let onCallAssignment: string;
    let officeAssignment: string;
    const person = (): StaffMember => trust.staffRecordOf('staff');
    const onCallPerson = (): StaffMember => trust.staffRecordOf('officer');
    const weekOne = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21'];

    beforeAll(async () => {
      const location = trust.locations.find((l) => l.departmentId === own);
      if (!location) throw new Error('No location in the manager’s department');
      const arranger = new PayArranger(admin, own, location.id);
      const types = await arranger.shiftTypes();
      arranged = await arranger.period('Pay fortnight', '2026-11-16', '2026-11-29', types, ['2026-11-21']);
      for (const date of weekOne) await arranger.assign(arranged, types.officeDay.id, date, person().id);
      officeAssignment = await arranger.assign(arranged, types.officeDay.id, '2026-11-29', onCallPerson().id);
      onCallAssignment = await arranger.assign(arranged, types.onCall.id, '2026-11-21', onCallPerson().id);
      // Called out on the Saturday night for an hour and a half (GMT: London time is UTC).
      const callOut = await manager.post('/api/pay/call-outs').send({ assignmentId: onCallAssignment, start: '2026-11-21T22:00:00Z', end: '2026-11-21T23:30:00Z', note: 'Notes for resus' });
      if (callOut.status !== 201) throw new Error(`Logging a call-out gave ${callOut.status}: ${callOut.text}`);
      await arranger.publish(arranged);
    });

    /** The same period costed here: six office days for one person; an office day, an on-call duty and its call-out for the other. */
    function expectedRotaCost() {
      const office = (id: string, date: string) => londonShift(id, date, '09:00', '17:00', 30);
      const onCall = onCallPay(
        positionOf(onCallPerson()),
        { sessions: [londonShift('duty', '2026-11-21', '17:00', '09:00', 0)], callOuts: [londonShift('call', '2026-11-21', '22:00', '23:30', 0)], frequencyOneIn: 14, weeks: 2 },
        DEFAULT_ON_CALL_AGREEMENT,
        context,
      );
      const rota = costRota(
        {
          people: new Map([
            [person().id, positionOf(person())],
            [onCallPerson().id, positionOf(onCallPerson())],
          ]),
          shifts: [...weekOne.map((date) => ({ ...office(date, date), staffId: person().id })), { ...office('29', '2026-11-29'), staffId: onCallPerson().id }],
          onCostDate: '2026-11-16',
          period: { kind: 'weeks', count: 2 },
          onCall: new Map([[onCallPerson().id, onCall.total]]),
        },
        context,
      );
      return { rota, onCall };
    }

    it('costs the period to the penny: base, enhancements, overtime, on-call and on-costs, per person and in total', async () => {
      const response = await manager.get(`/api/rota/periods/${arranged.period.id}/cost`);

      expect(response.status).toBe(200);
      const cost = response.body as RotaCostDto;
      const { rota, onCall } = expectedRotaCost();
      expect([cost.basicPence, cost.enhancementsPence, cost.overtimePence, cost.onCallPence, cost.payPence, cost.onCosts.totalLocalPence, cost.totalPence]).toEqual([
        rota.basic,
        rota.enhancements,
        rota.overtime,
        rota.onCall,
        rota.pay,
        rota.onCosts.totalLocal,
        rota.total,
      ]);
      for (const expected of rota.people) {
        const row = cost.people.find((p) => p.staffId === expected.staffId);
        expect(row).toMatchObject({ basicPence: expected.basic, enhancementsPence: expected.enhancements, overtimePence: expected.overtime, onCallPence: expected.onCall, payPence: expected.pay, totalPence: expected.total });
        expect(row?.onCosts.nationalInsurancePence).toBe(expected.onCosts.nationalInsurance);
      }
      // The call-out: 90 minutes at time and a half of the officer's basic hourly rate (annual ÷ 1,955.4).
      const salary = annualSalary(payTableOn(ENGLAND, '2026-11-21'), onCallPerson().band, onCallPerson().payPoint);
      expect(onCall.callOuts).toBe(Math.round((salary * 10 * 90 * 150) / (19_554 * 60 * 100)));
      expect(cost.byDate.at(-1)?.cumulativePayPence).toBe(rota.basic + rota.enhancements + rota.overtime);
      expect(cost.byDate.find((d) => d.date === '2026-11-22')?.payPence).toBe(0);
    });

    it('lists the period’s on-call duties as instants with their call-outs, for logging one from the planner', async () => {
      const cost = (await manager.get(`/api/rota/periods/${arranged.period.id}/cost`).expect(200)).body as RotaCostDto;

      expect(cost.onCallDuties).toHaveLength(1);
      expect(cost.onCallDuties[0]).toMatchObject({
        assignmentId: onCallAssignment,
        staffId: onCallPerson().id,
        staffName: `${onCallPerson().firstName} ${onCallPerson().lastName}`,
        date: '2026-11-21',
        // 17:00 to 09:00 in London, which is UTC in November.
        startAt: '2026-11-21T17:00:00.000Z',
        endAt: '2026-11-22T09:00:00.000Z',
      });
      expect(cost.onCallDuties[0]?.callOuts.map((c) => [c.start, c.minutes, c.note])).toEqual([['2026-11-21T22:00:00.000Z', 90, 'Notes for resus']]);
    });

    it('shows a member of staff their own pay: salary at their point, hourly rate, progression, and this period’s shifts', async () => {
      const response = await staff.get('/api/me/pay');

      expect(response.status).toBe(200);
      const view = response.body as PayViewDto;
      const table = payTableOn(ENGLAND, '2026-11-16');
      const salary = annualSalary(table, person().band, person().payPoint);
      expect(view).toMatchObject({ staffId: person().id, band: person().band, payPoint: person().payPoint, annualSalaryPence: salary, hourlyRatePence: hourlyRate(salary), financialYear: YEAR });
      expect(view.progression.find((p) => p.current)?.point).toBe(person().payPoint);
      const mine = expectedRotaCost().rota.people.find((p) => p.staffId === person().id);
      expect(view.period?.shifts.map((s) => s.date)).toEqual(weekOne);
      expect([view.period?.basicPence, view.period?.enhancementsPence, view.period?.overtimePence, view.period?.payPence]).toEqual([mine?.basic, mine?.enhancements, mine?.overtime, mine?.pay]);
      expect(view.period?.shifts.reduce((sum, s) => sum + s.totalPence, 0)).toBe(mine?.pay);
    });

    it('shows the on-call person their availability and call-out pay', async () => {
      const view = (await officer.get('/api/me/pay').expect(200)).body as PayViewDto;
      const { onCall } = expectedRotaCost();
      expect(view.period?.onCall).toEqual({ sessions: 1, callOuts: 1, callOutMinutes: 90, availabilityPence: onCall.availability, callOutsPence: onCall.callOuts, totalPence: onCall.total });
      expect(view.period?.shifts.map((s) => s.date)).toEqual(['2026-11-29']);
    });

    it('lets everyone see their own pay but not a colleague’s, unless they hold the budget', async () => {
      expect((await staff.get(`/api/staff/${person().id}/pay`)).status).toBe(200);
      expect((await staff.get(`/api/staff/${onCallPerson().id}/pay`)).status).toBe(403);
      expect((await officer.get(`/api/staff/${person().id}/pay`)).status).toBe(403);
      expect((await manager.get(`/api/staff/${person().id}/pay`)).status).toBe(200);
      expect((await senior.get(`/api/staff/${person().id}/pay`)).status).toBe(200);
      const elsewhere = trust.staff.find((s) => s.departmentId === other);
      expect((await manager.get(`/api/staff/${elsewhere?.id ?? ''}/pay`)).status).toBe(404);
      expect((await admin.get('/api/me/pay')).status).toBe(403);
    });

    it('prices each cover candidate for a gap, and shows officers no price', async () => {
      const shiftId = arranged.shifts.get(`${arranged.officeDay.id}|2026-11-22`) ?? '';
      const forManager = (await manager.get(`/api/rota/periods/${arranged.period.id}/shifts/${shiftId}/candidates`).expect(200)).body as CoverCandidates;
      const forOfficer = (await officer.get(`/api/rota/periods/${arranged.period.id}/shifts/${shiftId}/candidates`).expect(200)).body as CoverCandidates;

      // Someone with no other shift that week: the shift at their own rate, plain time or additional hours.
      const idle = forManager.candidates.find((c) => c.staffId !== person().id && c.staffId !== onCallPerson().id);
      const record = trust.staff.find((s) => s.id === idle?.staffId);
      if (!idle || !record) throw new Error('No idle candidate');
      const price = priceCoverOption(
        londonShift('sunday', '2026-11-22', '09:00', '17:00', 30),
        record.contractType === 'bank' ? { kind: 'bank', position: positionOf(record) } : { kind: 'staff', position: positionOf(record), otherShiftsThatWeek: [] },
        { ...context, agencyRates: new Map() },
      );
      expect(idle.cost).toEqual({ pence: price.pence, basis: price.basis });
      expect(idle.reasons.some((r) => r.kind === 'cost')).toBe(true);
      expect(forManager.candidates.every((c) => c.cost !== null)).toBe(true);
      expect(forOfficer.candidates.every((c) => c.cost === null)).toBe(true);
    });

    it('prices a shift by the agency rate card the trust saved', async () => {
      const settings = (await admin.get('/api/pay/settings').expect(200)).body as PaySettingsDto;
      await admin.put('/api/pay/settings').send({ version: settings.version, nation: 'england', agencyRateCard: { '2': 2_500, '3': 2_850 }, onCallAgreement: settings.onCallAgreement, pensionable: settings.pensionable }).expect(200);
      const shiftId = arranged.shifts.get(`${arranged.officeDay.id}|2026-11-22`) ?? '';

      const price = (await manager.get(`/api/rota/periods/${arranged.period.id}/shifts/${shiftId}/agency-price`).expect(200)).body as AgencyPriceDto;

      // 7 h 30 min paid at £28.50 an hour: £213.75.
      expect(price).toEqual({ shiftId, paidMinutes: 450, rates: [{ band: '2', pencePerHour: 2_500, pence: 18_750 }, { band: '3', pencePerHour: 2_850, pence: 21_375 }] });
    });

    it('keeps the rota cost from officers (403) and from a manager of another department (404)', async () => {
      expect((await officer.get(`/api/rota/periods/${arranged.period.id}/cost`)).status).toBe(403);
      expect((await staff.get(`/api/rota/periods/${arranged.period.id}/cost`)).status).toBe(403);
      const elsewhere = await admin.post('/api/rota/periods').send({ departmentId: other, name: 'Elsewhere', startDate: '2026-12-07', endDate: '2026-12-13' }).expect(201);
      expect((await manager.get(`/api/rota/periods/${(elsewhere.body as { id: string }).id}/cost`)).status).toBe(404);
      expect((await senior.get(`/api/rota/periods/${(elsewhere.body as { id: string }).id}/cost`)).status).toBe(200);
    });

    it('logs call-outs only within an on-call duty, versioned and audited', async () => {
      const outside = await manager.post('/api/pay/call-outs').send({ assignmentId: onCallAssignment, start: '2026-11-21T12:00:00Z', end: '2026-11-21T13:00:00Z' });
      expect(outside.status).toBe(422);
      expect(fieldsNamedBy(outside)).toContain('start');
      const notOnCall = await manager.post('/api/pay/call-outs').send({ assignmentId: officeAssignment, start: '2026-11-29T10:00:00Z', end: '2026-11-29T11:00:00Z' });
      expect(fieldsNamedBy(notOnCall)).toEqual(['assignmentId']);
      const overlapping = await manager.post('/api/pay/call-outs').send({ assignmentId: onCallAssignment, start: '2026-11-21T23:00:00Z', end: '2026-11-22T00:30:00Z' });
      expect(fieldsNamedBy(overlapping)).toEqual(['start']);

      const created = await manager.post('/api/pay/call-outs').send({ assignmentId: onCallAssignment, start: '2026-11-22T03:00:00Z', end: '2026-11-22T03:40:00Z' });
      expect(created.status).toBe(201);
      const callOut = created.body as CallOutDto;
      expect(callOut).toMatchObject({ minutes: 40, staffId: onCallPerson().id, dutyDate: '2026-11-21', version: 1 });
      expect((await manager.patch(`/api/pay/call-outs/${callOut.id}`).send({ version: 2, note: 'x' })).status).toBe(409);
      expect((await manager.patch(`/api/pay/call-outs/${callOut.id}`).send({ version: 1, end: '2026-11-22T03:50:00Z' })).body).toMatchObject({ minutes: 50, version: 2 });
      await manager.delete(`/api/pay/call-outs/${callOut.id}`).query({ version: 2 }).expect(204);
      expect((await auditRowsAbout(api.database, callOut.id)).map((r) => r.action)).toEqual(['create', 'update', 'delete']);
      expect((await officer.post('/api/pay/call-outs').send({ assignmentId: onCallAssignment, start: '2026-11-22T03:00:00Z', end: '2026-11-22T03:40:00Z' })).status).toBe(403);
    });
  });

  describe('pay settings and tables', () => {
    it('starts from the documented defaults, saves the trust’s own once, and refuses a save based on the defaults after that', async () => {
      const admin2 = await fresh.signInAs('admin');
      const defaults = (await admin2.get('/api/pay/settings').expect(200)).body as PaySettingsDto;
      expect(defaults).toMatchObject({ nation: 'england', agencyRateCard: {}, version: null, pensionable: { enhancements: true, overtime: false, onCall: false }, loadedNations: ['england'] });
      expect(defaults.onCallAgreement.availability).toEqual({ kind: 'percent-of-basic-by-frequency', tiers: DEFAULT_ON_CALL_AGREEMENT.availability.kind === 'percent-of-basic-by-frequency' ? DEFAULT_ON_CALL_AGREEMENT.availability.tiers.map((t) => ({ atLeastOneIn: Number.isFinite(t.atLeastOneIn) ? t.atLeastOneIn : null, basisPoints: t.basisPoints })) : [] });
      const body = { version: null, nation: 'england', agencyRateCard: { '3': 2_850 }, onCallAgreement: { ...defaults.onCallAgreement, minimumCallOutMinutes: 60 }, pensionable: defaults.pensionable };

      const saved = await admin2.put('/api/pay/settings').send(body);

      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ version: 1, agencyRateCard: { '3': 2_850 } });
      expect((await admin2.put('/api/pay/settings').send(body)).status).toBe(409);
      expect((await auditRowsAbout(api.database, fresh.organisation.id)).filter((r) => r.entity_type === 'pay-settings').map((r) => r.action)).toEqual(['create']);
      expect((await (await fresh.signInAs('manager')).put('/api/pay/settings').send(body)).status).toBe(403);
      const wales = await admin2.put('/api/pay/settings').send({ ...body, version: 1, nation: 'wales' });
      expect(wales.status).toBe(422);
      expect(fieldsNamedBy(wales)).toEqual(['nation']);
      const unordered = await admin2.put('/api/pay/settings').send({ ...body, version: 1, onCallAgreement: { ...body.onCallAgreement, availability: { kind: 'percent-of-basic-by-frequency', tiers: [{ atLeastOneIn: 8, basisPoints: 450 }, { atLeastOneIn: 3, basisPoints: 950 }] } } });
      expect(fieldsNamedBy(unordered)).toEqual(['onCallAgreement.availability.tiers']);
    });

    it('lists the pay tables of the trust’s nation as the data file holds them', async () => {
      const tables = (await manager.get('/api/pay/tables').expect(200)).body as PayTablesDto;
      const year = tables.tables.find((t) => t.year === YEAR);
      // 2026/27 Band 3: £25,760 on entry, £27,476 after two years (pay-and-costs.md §2).
      expect(year?.bands.find((b) => b.band === '3')?.points).toEqual([
        { point: 1, yearsOnBand: 0, annualSalaryPence: 2_576_000, hourlyRatePence: hourlyRate(2_576_000) },
        { point: 2, yearsOnBand: 2, annualSalaryPence: 2_747_600, hourlyRatePence: hourlyRate(2_747_600) },
      ]);
      expect(tables.knownGaps.length).toBeGreaterThan(0);
    });
  });
});
