import { describe, expect, it } from '@jest/globals';
import type { SubjectAccessRequest } from '../events/subject-access-request.js';
import { computeSarOnTime, dueDateOf } from './sar-on-time.js';

function aSar(overrides: Partial<SubjectAccessRequest> = {}): SubjectAccessRequest {
  return { id: 'SAR-1', receivedOn: '2025-02-03', clockStartsOn: null, pauses: [], extended: false, completedOn: null, ...overrides };
}

const march = { from: '2025-03-01', to: '2025-03-31', asOf: '2025-04-15' };

describe('dueDateOf', () => {
  it('applies the logged clock start, pauses and extension', () => {
    expect(dueDateOf(aSar())).toBe('2025-03-03');
    expect(dueDateOf(aSar({ extended: true }))).toBe('2025-05-06');
  });
});

describe('computeSarOnTime', () => {
  it('counts completion on the due date as on time and after it as late', () => {
    const sars = [
      aSar({ id: 'A', completedOn: '2025-03-03' }),
      aSar({ id: 'B', completedOn: '2025-03-04' }),
      aSar({ id: 'C', receivedOn: '2025-02-10', completedOn: '2025-02-20' }),
    ];
    expect(computeSarOnTime(sars, march)).toEqual({ numerator: 2, denominator: 3, percent: 2 * (100 / 3) });
  });

  it('counts an open SAR past its due date as late', () => {
    expect(computeSarOnTime([aSar()], march)).toEqual({ numerator: 0, denominator: 1, percent: 0 });
  });

  it('leaves out an open SAR not yet due, and SARs due outside the period', () => {
    const sars = [aSar({ receivedOn: '2025-02-28' }), aSar({ receivedOn: '2025-01-06', completedOn: '2025-01-07' })];
    expect(computeSarOnTime(sars, { ...march, asOf: '2025-03-20' })).toEqual({ numerator: 0, denominator: 0, percent: null });
  });

  it('leaves out a SAR whose clock is stopped', () => {
    expect(computeSarOnTime([aSar({ pauses: [{ from: '2025-02-05', to: null }] })], march).denominator).toBe(0);
  });

  it('judges an extended SAR against its extended date', () => {
    const sars = [aSar({ receivedOn: '2024-12-10', extended: true, completedOn: '2025-03-05' })];
    expect(computeSarOnTime(sars, march)).toEqual({ numerator: 1, denominator: 1, percent: 100 });
  });
});
