import { describe, expect, it } from '@jest/globals';
import { rightToWorkStatus } from './right-to-work.js';

describe('rightToWorkStatus', () => {
  it('needs a check on file', () => {
    expect(rightToWorkStatus(null, '2026-03-20').status).toBe('not-checked');
    expect(rightToWorkStatus({ checkedOn: null, permissionExpiresOn: '2027-01-01' }, '2026-03-20')).toEqual({ status: 'not-checked', expiresOn: '2027-01-01' });
  });

  it('never expires without a time limit', () => {
    expect(rightToWorkStatus({ checkedOn: '2019-05-01', permissionExpiresOn: null }, '2026-03-20').status).toBe('no-time-limit');
  });

  it('is valid, then needs a follow-up in the 28 days before expiry, valid through its last day, expired after', () => {
    const check = { checkedOn: '2024-05-01', permissionExpiresOn: '2026-04-17' };
    expect(rightToWorkStatus(check, '2026-03-19').status).toBe('valid'); // 29 days ahead
    expect(rightToWorkStatus(check, '2026-03-20').status).toBe('follow-up-due');
    expect(rightToWorkStatus(check, '2026-04-17').status).toBe('follow-up-due');
    expect(rightToWorkStatus(check, '2026-04-18')).toEqual({ status: 'expired', expiresOn: '2026-04-17' });
  });
});
