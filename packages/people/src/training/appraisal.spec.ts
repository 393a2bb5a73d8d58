import { describe, expect, it } from '@jest/globals';
import { appraisalDue } from './appraisal.js';

describe('appraisalDue', () => {
  it('falls due a year after the last appraisal, due soon in the 28 days before', () => {
    const person = { employmentStartDate: '2020-01-06', lastAppraisalOn: '2025-04-14' };
    expect(appraisalDue(person, '2026-03-16')).toEqual({ status: 'up-to-date', dueOn: '2026-04-14', lastAppraisalOn: '2025-04-14' }); // 29 days ahead
    expect(appraisalDue(person, '2026-03-17').status).toBe('due-soon');
    expect(appraisalDue(person, '2026-04-14').status).toBe('due');
  });

  it('falls due a year after starting when none has been held', () => {
    expect(appraisalDue({ employmentStartDate: '2025-09-01', lastAppraisalOn: null }, '2026-03-16')).toEqual({ status: 'up-to-date', dueOn: '2026-09-01', lastAppraisalOn: null });
  });

  it('does not count an appraisal dated after today', () => {
    expect(appraisalDue({ employmentStartDate: '2024-01-08', lastAppraisalOn: '2026-04-01' }, '2026-03-16')).toMatchObject({ status: 'due', dueOn: '2025-01-08', lastAppraisalOn: null });
  });

  it('takes the interval as a setting', () => {
    expect(appraisalDue({ employmentStartDate: '2020-01-06', lastAppraisalOn: '2025-10-01' }, '2026-03-16', { intervalMonths: 6 }).dueOn).toBe('2026-04-01');
  });
});
