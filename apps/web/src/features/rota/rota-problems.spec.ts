import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../api/api-error';
import { ruleName, violationsOf } from './rota-problems';

describe('violationsOf', () => {
  it('reads the breaches a 422 problem lists, skipping anything malformed', () => {
    const error = new ApiError({
      status: 422,
      title: 'The assignment breaks a rule',
      extensions: { violations: [{ ruleId: 'required-skill', severity: 'hard', message: 'Bo Jones does not hold the A&E desk skill' }, { ruleId: 'x' }, 'nonsense'] },
    });
    expect(violationsOf(error)).toEqual([{ ruleId: 'required-skill', severity: 'hard', message: 'Bo Jones does not hold the A&E desk skill' }]);
  });

  it('finds none in other answers', () => {
    expect(violationsOf(new ApiError({ status: 409, title: 'Stale', extensions: { violations: [{ message: 'm' }] } }))).toEqual([]);
    expect(violationsOf(new Error('boom'))).toEqual([]);
    expect(violationsOf(new ApiError({ status: 422, title: 'No list' }))).toEqual([]);
  });
});

describe('ruleName', () => {
  it('turns a rule id into words', () => {
    expect(ruleName('minimum-rest-between-shifts')).toBe('Minimum rest between shifts');
  });
});
