import { describe, expect, it } from '@jest/globals';
import { ownRequestReason } from './own-request';

describe('ownRequestReason', () => {
  it('keeps a request from somebody else decidable', () => {
    expect(ownRequestReason('me', { requester: 'ann', receiver: 'bob' })).toBeNull();
  });

  it('says why a person cannot decide what they asked for', () => {
    expect(ownRequestReason('me', { requester: 'me' })).toBe('This is your own request, so someone else decides it.');
  });

  it('says why the colleague a swap hands a shift to cannot decide it', () => {
    expect(ownRequestReason('me', { requester: 'ann', receiver: 'me' })).toBe('This swap hands a shift to you, so someone else decides it.');
  });

  it('lets an account with no staff record (an administrator) decide', () => {
    expect(ownRequestReason(null, { requester: 'ann' })).toBeNull();
  });
});
