import { describe, expect, it } from '@jest/globals';
import { ENGLAND, fullYearPostCost, summariseEstablishment, UK_EMPLOYER_TAXES } from '@recordroom/pay';
import { generateDemoOrganisation } from '../organisation.js';
import { generateDemoPay } from './generate-demo-pay.js';

describe('the demo pay budget', () => {
  const organisation = generateDemoOrganisation();
  const department = organisation.departments[0];
  const pay = generateDemoPay(organisation, { referenceDate: '2026-12-03' });
  const holders = organisation.staff
    .filter((s) => s.contractType !== 'bank')
    .map((s) => ({ staffId: s.id, costCentre: department?.costCentre ?? '', band: s.band, payPoint: s.payPoint, wte: Math.round((s.contractedHoursPerWeek * 100) / 37.5) / 100 }));
  const summary = summariseEstablishment(
    pay.financialYear,
    pay.establishment.map((l) => ({ costCentre: l.costCentre, band: l.band, fundedWte: l.fundedWte, budget: l.budgetPence })),
    holders,
    ENGLAND,
    UK_EMPLOYER_TAXES,
  );

  it('is the same every time for the same organisation and date', () => {
    expect(generateDemoPay(organisation, { referenceDate: '2026-12-03' })).toEqual(pay);
  });

  it('funds every band someone is in post on, at or above in-post, with some vacancies', () => {
    expect(summary.rows.every((row) => row.fundedWte >= row.inPostWte)).toBe(true);
    expect(summary.totals.vacancyWte).toBeGreaterThan(0);
  });

  it('sets a budget within a few per cent of the in-post cost with the vacancies funded', () => {
    const vacant = summary.rows.reduce((sum, row) => sum + fullYearPostCost({ band: row.band, payPoint: 1, wte: Math.round(row.vacancyWte * 100) / 100 }, pay.financialYear, ENGLAND, UK_EMPLOYER_TAXES).total, 0);
    const ratio = summary.totals.budget / (summary.totals.inPostFullYearCost + vacant);
    expect(ratio).toBeGreaterThan(0.96);
    expect(ratio).toBeLessThan(1.04);
  });

  it('records spend for the months of the year before the reference month, in whole pence', () => {
    expect(pay.monthlySpend.map((m) => m.month)).toEqual(['2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01']);
    for (const month of pay.monthlySpend) {
      expect([month.substantivePence, month.bankPence, month.agencyPence].every((p) => Number.isSafeInteger(p) && p >= 0)).toBe(true);
      expect(Math.abs(month.substantivePence * 12 - summary.totals.inPostFullYearCost) / summary.totals.inPostFullYearCost).toBeLessThan(0.03);
    }
    expect(pay.monthlySpend.some((m) => m.agencyPence > 0)).toBe(true);
  });
});
