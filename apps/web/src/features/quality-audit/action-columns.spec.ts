import { describe, expect, it } from '@jest/globals';
import type { ActionDto } from '@recordroom/contracts';
import { actionsCsv } from './action-columns';

const anAction = (overrides: Partial<ActionDto> = {}): ActionDto => ({ id: 'a1', departmentId: 'd', auditId: 'au', templateName: 'Record keeping', criterionId: 'c2', criterionText: 'Entries dated', description: 'Retrain', ownerStaffId: 's', ownerName: 'Sam Patel', dueDate: '2026-12-31', status: 'open', evidence: '', overdue: false, version: 1, ...overrides });

describe('actionsCsv', () => {
  it('writes a header and one line per action, quoting commas and quotes', () => {
    expect(actionsCsv([anAction({ description: 'Retrain, then "check"' })])).toBe('dueDate,overdue,status,description,criterionId,criterionText,templateName,ownerName,evidence\r\n2026-12-31,false,open,"Retrain, then ""check""",c2,Entries dated,Record keeping,Sam Patel,\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(actionsCsv([anAction({ evidence: '=HYPERLINK("x")' })]).split('\r\n')[1]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
