import { describe, expect, it } from '@jest/globals';
import { plannerCaption } from './planner-caption';

describe('plannerCaption', () => {
  it('does not repeat the dates a period’s name already gives', () => {
    expect(plannerCaption({ name: 'Rota 30 Nov 2026 to 27 Dec 2026', startDate: '2026-11-30', endDate: '2026-12-27' })).toBe('Shifts for Rota 30 Nov 2026 to 27 Dec 2026');
  });

  it('adds the dates to a name without them', () => {
    expect(plannerCaption({ name: 'Winter cover', startDate: '2026-11-30', endDate: '2026-12-27' })).toBe('Shifts for Winter cover, 30 November 2026 to 27 December 2026');
  });
});
