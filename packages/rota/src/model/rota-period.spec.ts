import { describe, expect, it } from '@jest/globals';
import { checkRota } from '../check/rota-checker.js';
import { aRota } from '../test-support/factories.js';
import { transitionRotaPeriod, type RotaPeriod } from './rota-period.js';

const draft: RotaPeriod = { id: 'mar', name: 'March 2026', startDate: '2026-03-02', endDate: '2026-03-29', status: 'draft' };

describe('transitionRotaPeriod', () => {
  it('publishes a draft whose check has no hard breach', () => {
    const result = transitionRotaPeriod(draft, 'published', { report: checkRota(aRota({ work: [['ann', 'early', '2026-03-02']] })) });
    expect(result).toEqual({ ok: true, period: { ...draft, status: 'published' } });
  });

  it('refuses to publish a rota that breaks a hard rule, naming the rule’s people and times', () => {
    const result = transitionRotaPeriod(draft, 'published', { report: checkRota(aRota({ work: [['cy', 'ae-evening', '2026-03-02']] })) });
    expect(result).toMatchObject({ ok: false, reason: 'The rota breaks a hard rule: Cy Patel is on the A&E evening shift on Mon 2 Mar 16:00-Tue 3 Mar 00:30 without the A&E records desk skill it requires' });
    expect(result.ok ? [] : result.violations.map((v) => v.ruleId)).toEqual(['required-skill']);
  });

  it('refuses to publish without a check', () => {
    expect(transitionRotaPeriod(draft, 'published')).toMatchObject({ ok: false, reason: 'Check the rota before publishing it' });
  });

  it('finalises a published rota only once its last day is past, and never changes it after', () => {
    const published: RotaPeriod = { ...draft, status: 'published' };
    expect(transitionRotaPeriod(published, 'finalised', { today: '2026-03-29' })).toMatchObject({ ok: false, reason: 'The rota can be finalised once its last day, Sun 29 Mar, is past' });
    const finalised = transitionRotaPeriod(published, 'finalised', { today: '2026-03-30' });
    expect(finalised).toEqual({ ok: true, period: { ...draft, status: 'finalised' } });
    expect(transitionRotaPeriod({ ...draft, status: 'finalised' }, 'draft')).toMatchObject({ ok: false });
  });

  it('reopens a published rota as a draft', () => {
    expect(transitionRotaPeriod({ ...draft, status: 'published' }, 'draft')).toEqual({ ok: true, period: draft });
  });
});
