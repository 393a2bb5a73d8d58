import { describe, expect, it } from '@jest/globals';
import { dueStatus } from './due-status.js';

describe('dueStatus', () => {
  it('is due on the date itself and after it', () => {
    expect(dueStatus('2026-03-02', '2026-03-02')).toBe('due');
    expect(dueStatus('2026-03-02', '2026-05-01')).toBe('due');
  });

  it('is due soon from 28 days before by default, and not due the day before that', () => {
    expect(dueStatus('2026-03-30', '2026-03-02')).toBe('due-soon'); // 28 days ahead
    expect(dueStatus('2026-03-31', '2026-03-02')).toBe('not-due'); // 29 days ahead
  });

  it('takes the due-soon window as a setting', () => {
    expect(dueStatus('2026-03-10', '2026-03-02', 7)).toBe('not-due');
    expect(dueStatus('2026-03-09', '2026-03-02', 7)).toBe('due-soon');
  });
});
