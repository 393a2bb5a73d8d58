import { describe, expect, it } from '@jest/globals';
import { instantInDuty } from './components/on-call-duties-section';

describe('placing a call-out inside an on-call duty by its London time', () => {
  const winter = { startAt: '2026-11-21T17:00:00.000Z', endAt: '2026-11-22T09:00:00.000Z' };
  const summer = { startAt: '2026-06-20T16:00:00.000Z', endAt: '2026-06-21T08:00:00.000Z' };

  it('finds the evening or the next morning of the duty', () => {
    expect(instantInDuty(winter, '22:00')?.toISOString()).toBe('2026-11-21T22:00:00.000Z');
    expect(instantInDuty(winter, '03:15')?.toISOString()).toBe('2026-11-22T03:15:00.000Z');
    expect(instantInDuty(summer, '22:00')?.toISOString()).toBe('2026-06-20T21:00:00.000Z');
  });

  it('refuses a time outside the duty or not on the 24-hour clock', () => {
    expect(instantInDuty(winter, '12:00')).toBeNull();
    expect(instantInDuty(winter, '9pm')).toBeNull();
    expect(instantInDuty(winter, '24:00')).toBeNull();
  });
});
