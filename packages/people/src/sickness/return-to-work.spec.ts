import { describe, expect, it } from '@jest/globals';
import { type WorkSchedule } from '../work-schedule.js';
import { returnToWorkInterview } from './return-to-work.js';

// Off sick Wed 4 - Fri 6 Mar 2026; a Monday-to-Friday worker is back on Mon 9 Mar.
const episode = { endDate: '2026-03-06' };

describe('returnToWorkInterview', () => {
  it('is due from the first day back, on time to the third working day (Mon, Tue, Wed)', () => {
    expect(returnToWorkInterview(episode, '2026-03-09')).toEqual({ status: 'due', returnDate: '2026-03-09', dueBy: '2026-03-11', heldOn: null });
    expect(returnToWorkInterview(episode, '2026-03-11').status).toBe('due');
    expect(returnToWorkInterview(episode, '2026-03-12').status).toBe('overdue');
  });

  it('waits while the person is still off: open, or back after today', () => {
    expect(returnToWorkInterview({ endDate: null }, '2026-03-09')).toEqual({ status: 'still-off', returnDate: null, dueBy: null, heldOn: null });
    expect(returnToWorkInterview(episode, '2026-03-07').status).toBe('still-off'); // the weekend before
  });

  it('is done once held', () => {
    expect(returnToWorkInterview({ ...episode, returnToWorkInterviewOn: '2026-03-09' }, '2026-03-20').status).toBe('done');
  });

  it('counts the person’s own working days and skips public holidays', () => {
    // Back after Easter: off to Thu 2 Apr 2026; Good Friday and Easter Monday off; back Tue 7 Apr.
    expect(returnToWorkInterview({ endDate: '2026-04-02' }, '2026-04-07')).toMatchObject({ returnDate: '2026-04-07', dueBy: '2026-04-09' });
    // A Mon-Wed part-timer off to Wed 4 Mar is back Mon 9 Mar, due by Wed 11 Mar.
    const monToWed: WorkSchedule = { weeks: [[7.5, 7.5, 7.5, 0, 0, 0, 0]] };
    expect(returnToWorkInterview({ endDate: '2026-03-04' }, '2026-03-09', { schedule: monToWed })).toMatchObject({ returnDate: '2026-03-09', dueBy: '2026-03-11' });
  });

  it('counts a half-day return as back that day, and takes the window as a setting', () => {
    expect(returnToWorkInterview({ endDate: '2026-03-06', endHalfDay: true }, '2026-03-06', { withinWorkingDays: 1 })).toEqual({ status: 'due', returnDate: '2026-03-06', dueBy: '2026-03-06', heldOn: null });
  });
});
