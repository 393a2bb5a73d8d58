import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { type SicknessEpisode } from './sickness-episode.js';
import { sicknessAbsenceDays, sicknessAbsenceRate } from './sickness-absence-rate.js';

const march = { start: '2026-03-01', end: '2026-03-31' };
const afterMarch = '2026-04-10';
const anEpisode = (startDate: string, endDate: string | null, overrides: Partial<SicknessEpisode> = {}): SicknessEpisode => ({ id: startDate, staffId: 'ann', startDate, endDate, reasonCode: 'S13', ...overrides });
const inPost = (contractedHoursPerWeek: number) => ({ contractedHoursPerWeek, employmentStartDate: '2020-01-01' });

describe('sicknessAbsenceDays', () => {
  it('counts calendar days, weekends included: a 0.6 FTE person off 5 days is 3 FTE days lost (absence.md §2)', () => {
    const days = sicknessAbsenceDays(inPost(22.5), [anEpisode('2026-03-05', '2026-03-09')], march, afterMarch); // Thu to Mon
    expect(days).toEqual({ wte: 0.6, daysAvailable: 31, daysLost: 5 });
    expect(sicknessAbsenceRate([days]).numerator).toBeCloseTo(3, 10);
  });

  it('clips episodes to the period and counts an open episode to today', () => {
    expect(sicknessAbsenceDays(inPost(37.5), [anEpisode('2026-02-20', '2026-03-03'), anEpisode('2026-03-29', null)], march, afterMarch).daysLost).toBe(3 + 3);
    expect(sicknessAbsenceDays(inPost(37.5), [anEpisode('2026-03-29', null)], march, '2026-03-30')).toEqual({ wte: 1, daysAvailable: 30, daysLost: 2 });
  });

  it('counts half days as 0.5, and a day in two overlapping records once', () => {
    expect(sicknessAbsenceDays(inPost(37.5), [anEpisode('2026-03-02', '2026-03-03', { startHalfDay: true })], march, afterMarch).daysLost).toBe(1.5);
    expect(sicknessAbsenceDays(inPost(37.5), [anEpisode('2026-03-02', '2026-03-04'), { ...anEpisode('2026-03-03', '2026-03-05'), id: 'dup' }], march, afterMarch).daysLost).toBe(4);
  });

  it('counts only the days employed: a starter on 16 March has 16 available', () => {
    expect(sicknessAbsenceDays({ contractedHoursPerWeek: 37.5, employmentStartDate: '2026-03-16' }, [anEpisode('2026-03-10', '2026-03-17')], march, afterMarch)).toEqual({ wte: 1, daysAvailable: 16, daysLost: 2 });
    expect(sicknessAbsenceDays({ contractedHoursPerWeek: 37.5, employmentStartDate: '2026-05-01' }, [], march, afterMarch)).toEqual({ wte: 1, daysAvailable: 0, daysLost: 0 });
  });

  it('counts disability-related and pregnancy-related sickness: the NHS rate measures all sickness', () => {
    expect(sicknessAbsenceDays(inPost(37.5), [anEpisode('2026-03-02', '2026-03-02', { exclusion: 'disability-related', reasonCode: 'S30' })], march, afterMarch).daysLost).toBe(1);
  });
});

describe('sicknessAbsenceRate', () => {
  it('is 4.0% for a team of 10 FTE in a 30-day month losing 12 FTE days (absence.md §2 example)', () => {
    const team = Array.from({ length: 10 }, (_, i) => ({ wte: 1, daysAvailable: 30, daysLost: i < 4 ? 3 : 0 }));
    expect(sicknessAbsenceRate(team)).toEqual({ numerator: 12, denominator: 300, percent: 4 });
  });

  it('weights each person by WTE', () => {
    expect(sicknessAbsenceRate([{ wte: 1, daysAvailable: 30, daysLost: 3 }, { wte: 0.6, daysAvailable: 30, daysLost: 5 }])).toEqual({ numerator: 6, denominator: 48, percent: 12.5 });
  });

  it('has no percentage when nobody was available, rather than 0%', () => {
    expect(sicknessAbsenceRate([]).percent).toBeNull();
  });

  it('lies between 0 and 100 when nobody loses more days than they had', () => {
    const person = fc.record({ wte: fc.double({ min: 0.01, max: 1.28, noNaN: true }), daysAvailable: fc.integer({ min: 1, max: 31 }), lostShare: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(person, { minLength: 1 }), (people) => {
        const { percent } = sicknessAbsenceRate(people.map((p) => ({ wte: p.wte, daysAvailable: p.daysAvailable, daysLost: p.daysAvailable * p.lostShare })));
        expect(percent).toBeGreaterThanOrEqual(0);
        expect(percent).toBeLessThanOrEqual(100 + 1e-9);
      }),
    );
  });
});
