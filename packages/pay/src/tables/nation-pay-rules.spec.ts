import { describe, expect, it } from '@jest/globals';
import englandData from './data/england.json' with { type: 'json' };
import { loadNationPayRules } from './nation-pay-rules.js';
import { PayLookupError, PayRulesError } from './pay-rules-error.js';
import { annualSalary, payPointAfterYears, payTableOn } from './pay-table-lookup.js';

type File = typeof englandData;
const copy = (): File => structuredClone(englandData);
function issuesOf(data: unknown): string[] {
  try {
    loadNationPayRules(data);
  } catch (error) {
    if (error instanceof PayRulesError) return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    throw error;
  }
  return [];
}

describe('loading a nation pay-rules file', () => {
  it('loads England as shipped', () => {
    expect(issuesOf(englandData)).toEqual([]);
  });

  it('refuses two tables in force on the same day', () => {
    const data = copy();
    const table = data.payTables[5];
    if (table) table.effectiveFrom = '2025-03-01';
    expect(issuesOf(data)).toEqual([expect.stringMatching(/^payTables\[5\]\.effectiveFrom: overlaps payTables\[4\]/)]);
  });

  it('refuses a gap between tables that the file does not declare', () => {
    const data = copy();
    data.knownGaps = [];
    expect(issuesOf(data)).toEqual([expect.stringMatching(/^payTables\[3\]\.effectiveFrom: leaves a gap from 2022-04-01 to 2023-03-31/)]);
  });

  it('names a band that is not an Agenda for Change band by its path', () => {
    const data = copy() as unknown as { payTables: { bands: Record<string, unknown> }[] };
    const table = data.payTables[6];
    if (table) table.bands['10'] = { points: [1], yearsToReach: [0] };
    expect(issuesOf(data)).toEqual(['payTables.6.bands: Unrecognized key: "10"']);
  });

  it('lists every problem with a scale, not only the first', () => {
    const data = copy();
    const table = data.payTables[6];
    if (!table) throw new Error('no 2026/27 table');
    const { 5: bandFive, 6: bandSix } = table.bands;
    if (!bandFive || !bandSix) throw new Error('no bands 5 and 6 in 2026/27');
    bandFive.points = [39_043, 34_592, 32_073];
    bandSix.yearsToReach = [0, 2];
    expect(issuesOf(data)).toEqual([
      'payTables[6].bands.5.points[1]: is less than the point below it (£39043)',
      'payTables[6].bands.5.points[2]: is less than the point below it (£34592)',
      'payTables[6].bands.6.yearsToReach: has 2 entries for 3 points',
    ]);
  });

  it('refuses money that is not whole pounds', () => {
    const data = copy();
    const table = data.payTables[6];
    if (table) table.bands['2'].points = [25_272.5];
    expect(issuesOf(data)).toEqual(['payTables.6.bands.2.points.0: must be whole pounds']);
  });
});

describe('looking up pay', () => {
  const england = loadNationPayRules(englandData);

  it('finds the table in force on a date, 1 April to 31 March', () => {
    expect(payTableOn(england, '2026-03-31').year).toBe('2025/26');
    expect(payTableOn(england, '2026-04-01').year).toBe('2026/27');
  });

  it('says why there is no table for a date in a declared gap', () => {
    expect(() => payTableOn(england, '2022-09-01')).toThrow(new PayLookupError('date', 'No Agenda for Change, England pay table covers 2022-09-01 (no stored, verified copy of the England 2022/23 pay scales).'));
  });

  it('refuses a band a partial historic table does not have, and a point a band does not have', () => {
    expect(() => annualSalary(payTableOn(england, '2019-10-01'), '5', 1)).toThrow('The 2019/20 pay table has no Band 5 (it has bands 2, 3).');
    expect(() => annualSalary(payTableOn(england, '2025-10-01'), '3', 3)).toThrow('Band 3 has points 1 to 2 in the 2025/26 table, not 3.');
    expect(() => annualSalary(payTableOn(england, '2025-10-01'), '2', 2)).toThrow('Band 2 has one point in the 2025/26 table, not 2.');
  });

  it('gives the point due after years on the band', () => {
    const table = payTableOn(england, '2025-10-01');
    expect([0, 1, 2, 3, 4, 9].map((years) => payPointAfterYears(table, '5', years))).toEqual([1, 1, 2, 2, 3, 3]);
    expect(payPointAfterYears(table, '3', 2)).toBe(2);
    expect(payPointAfterYears(payTableOn(england, '2023-10-01'), '8a', 3)).toBe(1);
  });
});
