import { describe, expect, it } from '@jest/globals';
import type { TeamComplianceDto } from '@recordroom/contracts';
import { complianceCsv } from './compliance-csv';

const table: TeamComplianceDto = {
  today: '2026-11-18',
  courses: [{ id: 'c1', code: 'data-security-awareness', name: 'Data security awareness', renewalMonths: 12, requiredForSkills: null }],
  rows: [
    { staffId: 's1', displayName: 'Ann Smith', teamName: 'Library, north', courses: { c1: { status: 'expired', dueOn: '2026-10-01' } }, appraisal: { status: 'due', dueOn: '2026-09-01' }, dbs: { status: 'current', dueOn: '2028-01-01' }, percent: 0 },
    { staffId: 's2', displayName: '=Bo Jones', teamName: null, courses: {}, appraisal: { status: 'up-to-date', dueOn: '2027-05-01' }, dbs: { status: 'missing', dueOn: null }, percent: null },
  ],
  byTeam: [],
  overall: { numerator: 0, denominator: 1, percent: 0 },
};

describe('complianceCsv', () => {
  it('writes a header and one line per row, quoting commas and defusing formulas', () => {
    expect(complianceCsv(table, table.rows).split('\r\n')).toEqual([
      'Name,Team,Training compliance %,Data security awareness,Appraisal,Appraisal due,DBS,DBS renewal due',
      'Ann Smith,"Library, north",0,Expired (due 2026-10-01),Due,2026-09-01,Current,2028-01-01',
      "'=Bo Jones,No team,,Not required,Up to date,2027-05-01,Missing,",
      '',
    ]);
  });
});
