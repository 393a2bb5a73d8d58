import { describe, expect, it } from '@jest/globals';
import { mentions } from './leak-check.js';

// The matrix's leak check looks for names in answers; generated names can be prefixes of one another.
describe('the leak check', () => {
  it('finds a name that stands on its own in an answer', () => {
    expect(mentions('{"name":"Robin Newstarter1","id":"x"}', 'Robin Newstarter1')).toBe(true);
    expect(mentions('Robin Newstarter1 and Robin Newstarter11', 'Robin Newstarter1')).toBe(true);
  });

  it('does not take a longer name that starts or ends with it for that name', () => {
    expect(mentions('{"displayName":"Robin Newstarter11"}', 'Robin Newstarter1')).toBe(false);
    expect(mentions('{"name":"Ann Leeson"}', 'Ann Lee')).toBe(false);
    expect(mentions('{"name":"Ann Lee-Smith"}', 'Ann Lee')).toBe(false);
    expect(mentions('{"name":"Jo Ann Lee"}', 'o Ann Lee')).toBe(false);
  });
});
