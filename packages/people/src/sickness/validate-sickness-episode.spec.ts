import { describe, expect, it } from '@jest/globals';
import { type SicknessEpisode } from './sickness-episode.js';
import { validateSicknessEpisode } from './validate-sickness-episode.js';

const today = '2026-03-16';
const anEpisode = (overrides: Partial<SicknessEpisode> = {}): SicknessEpisode => ({ id: 'e1', staffId: 'ann', startDate: '2026-03-02', endDate: '2026-03-04', reasonCode: 'S13', ...overrides });

describe('validateSicknessEpisode', () => {
  it('accepts a closed episode, an open one, and one with a half day', () => {
    expect(validateSicknessEpisode(anEpisode(), [], { today })).toEqual([]);
    expect(validateSicknessEpisode(anEpisode({ endDate: null }), [], { today })).toEqual([]);
    expect(validateSicknessEpisode(anEpisode({ startHalfDay: true }), [], { today })).toEqual([]);
  });

  it('refuses an episode that ends before it starts, naming endDate', () => {
    expect(validateSicknessEpisode(anEpisode({ startDate: '2026-03-06', endDate: '2026-03-02' }), [], { today })).toEqual([
      { field: 'endDate', message: 'ends on Mon 2 Mar 2026, before it starts on Fri 6 Mar 2026' },
    ]);
  });

  it('refuses an episode starting after today', () => {
    expect(validateSicknessEpisode(anEpisode({ startDate: '2026-03-17', endDate: null }), [], { today })).toEqual([
      { field: 'startDate', message: 'is after today (Mon 16 Mar 2026): record sickness once it has begun' },
    ]);
  });

  it('refuses an episode overlapping another of the person’s, open ones included', () => {
    const others = [anEpisode({ id: 'closed', startDate: '2026-03-04', endDate: '2026-03-05' }), anEpisode({ id: 'open', startDate: '2026-03-10', endDate: null })];
    expect(validateSicknessEpisode(anEpisode({ id: 'new', startDate: '2026-03-03', endDate: '2026-03-11' }), others, { today })).toEqual([
      { field: 'startDate', message: 'overlaps the episode from Wed 4 Mar 2026 to Thu 5 Mar 2026' },
      { field: 'startDate', message: 'overlaps the open episode from Tue 10 Mar 2026' },
    ]);
    expect(validateSicknessEpisode(anEpisode({ id: 'new', startDate: '2026-03-12', endDate: '2026-03-12' }), others, { today })).toHaveLength(1);
  });

  it('allows episodes that meet end to start, someone else’s, and the episode itself being edited', () => {
    const others = [anEpisode({ id: 'before', startDate: '2026-02-25', endDate: '2026-03-01' }), anEpisode({ id: 'bo', staffId: 'bo' }), anEpisode()];
    expect(validateSicknessEpisode(anEpisode(), others, { today })).toEqual([]);
  });

  it('refuses a reason not on the list, and checks a trust’s own list', () => {
    expect(validateSicknessEpisode(anEpisode({ reasonCode: 'flu' }), [], { today })[0]?.field).toBe('reasonCode');
    expect(validateSicknessEpisode(anEpisode({ reasonCode: 'FLU' }), [], { today, reasons: [{ code: 'FLU', label: 'Flu' }] })).toEqual([]);
  });

  it('refuses half days at both ends of a one-day episode', () => {
    expect(validateSicknessEpisode(anEpisode({ endDate: '2026-03-02', startHalfDay: true, endHalfDay: true }), [], { today }).map((e) => e.field)).toEqual(['endHalfDay']);
  });

  it('refuses a return-to-work interview in the future, while still off, or before the return', () => {
    const fields = (o: Partial<SicknessEpisode>) => validateSicknessEpisode(anEpisode(o), [], { today }).map((e) => e.message);
    expect(fields({ returnToWorkInterviewOn: '2026-03-17' })).toEqual(['is after today (Mon 16 Mar 2026): record the interview once it is held']);
    expect(fields({ endDate: null, returnToWorkInterviewOn: '2026-03-05' })).toEqual(['cannot be held while the episode is open: give its endDate first']);
    expect(fields({ returnToWorkInterviewOn: '2026-03-04' })).toEqual(['is on Wed 4 Mar 2026, while the person was still off sick (to Wed 4 Mar 2026)']);
    expect(fields({ returnToWorkInterviewOn: '2026-03-04', endHalfDay: true })).toEqual([]); // back at lunchtime, seen that afternoon
    expect(fields({ returnToWorkInterviewOn: '2026-03-05' })).toEqual([]);
  });

  it('names bad dates', () => {
    expect(validateSicknessEpisode(anEpisode({ startDate: 'Monday', endDate: '2026-02-30' }), [], { today }).map((e) => e.field)).toEqual(['startDate', 'endDate']);
  });
});
