import { describe, expect, it } from '@jest/globals';
import { addDays } from '@recordroom/calendar';
import fc from 'fast-check';
import { bradfordFactor, DEFAULT_BRADFORD_SETTINGS, type BradfordSettings } from './bradford-factor.js';
import { type SicknessEpisode } from './sickness-episode.js';

const today = '2026-03-02'; // a Monday; the 52-week window is Tue 4 Mar 2025 to Mon 2 Mar 2026
let next = 0;
const anEpisode = (startDate: string, endDate: string | null, overrides: Partial<SicknessEpisode> = {}): SicknessEpisode => ({
  id: `e${(next += 1)}`,
  staffId: 'ann',
  startDate,
  endDate,
  reasonCode: 'S13',
  ...overrides,
});
const settings = (overrides: Partial<BradfordSettings>): BradfordSettings => ({ ...DEFAULT_BRADFORD_SETTINGS, ...overrides });
/** `count` spells of `length` days starting on the Tuesdays `weeksApart` weeks apart, from Tue 13 May 2025. */
const spells = (count: number, length: number, weeksApart = 3) =>
  Array.from({ length: count }, (_, i) => {
    const start = addDays('2025-05-13', i * 7 * weeksApart);
    return anEpisode(start, addDays(start, length - 1));
  });

describe('bradfordFactor: the worked examples of absence.md §1', () => {
  it('scores one 10-day spell 1 × 1 × 10 = 10 (two working weeks, Mon 2 Jun to Fri 13 Jun 2025)', () => {
    const b = bradfordFactor([anEpisode('2025-06-02', '2025-06-13')], today);
    expect([b.spells, b.days, b.score, b.trigger]).toEqual([1, 10, 10, null]);
  });

  it('scores five 2-day spells 25 × 10 = 250, the 125 trigger', () => {
    const b = bradfordFactor(spells(5, 2), today);
    expect([b.spells, b.days, b.score, b.trigger?.score]).toEqual([5, 10, 250, 125]);
  });

  it('scores ten 1-day spells 100 × 10 = 1,000, the 400 trigger', () => {
    const b = bradfordFactor(spells(10, 1), today);
    expect([b.score, b.trigger?.label]).toEqual([1000, 'escalation']);
  });

  it('scores three spells totalling 7 days 9 × 7 = 63, the 50 trigger', () => {
    const b = bradfordFactor([anEpisode('2025-06-03', '2025-06-05'), anEpisode('2025-09-09', '2025-09-10'), anEpisode('2026-01-13', '2026-01-14')], today);
    expect([b.spells, b.days, b.score, b.trigger?.score]).toEqual([3, 7, 63, 50]);
  });
});

describe('bradfordFactor: the explicit choices', () => {
  it('counts working days by default and calendar days when set: Mon 2 to Fri 13 Jun 2025 is 10 or 12', () => {
    const episode = [anEpisode('2025-06-02', '2025-06-13')];
    expect(bradfordFactor(episode, today).days).toBe(10);
    const calendar = bradfordFactor(episode, today, { settings: settings({ dayCount: 'calendar' }) });
    expect([calendar.days, calendar.dayCount]).toEqual([12, 'calendar']);
  });

  it('counts a part-timer’s working days from her schedule: Mon-Wed only, so Mon 2 to Fri 13 Jun is 6', () => {
    const schedule = { weeks: [[7.5, 7.5, 7.5, 0, 0, 0, 0] as const] };
    expect(bradfordFactor([anEpisode('2025-06-02', '2025-06-13')], today, { schedule }).days).toBe(6);
  });

  it('joins sickness on a Friday and again on the Monday into one spell by default, two when not', () => {
    const episodes = [anEpisode('2025-06-06', '2025-06-06'), anEpisode('2025-06-09', '2025-06-09')];
    expect(bradfordFactor(episodes, today).score).toBe(2); // 1² × 2
    expect(bradfordFactor(episodes, today, { settings: settings({ joinSpellsAcrossDaysOff: false }) }).score).toBe(8); // 2² × 2
  });

  it('always joins episodes that meet end to start (a reason changed mid-absence)', () => {
    const episodes = [anEpisode('2025-06-02', '2025-06-04'), anEpisode('2025-06-05', '2025-06-06', { reasonCode: 'S10' })];
    expect(bradfordFactor(episodes, today, { settings: settings({ joinSpellsAcrossDaysOff: false }) }).spellDetails).toEqual([
      { startDate: '2025-06-02', endDate: '2025-06-06', days: 5, episodeIds: [episodes[0]?.id, episodes[1]?.id] },
    ]);
  });

  it('never joins across a half-day return: back Friday lunchtime, off again Monday, is two spells', () => {
    const episodes = [anEpisode('2025-06-04', '2025-06-06', { endHalfDay: true }), anEpisode('2025-06-09', '2025-06-09')];
    const b = bradfordFactor(episodes, today);
    expect([b.spells, b.days, b.score]).toEqual([2, 3.5, 14]);
  });

  it('counts half days as 0.5 by default, whole when set', () => {
    const episode = [anEpisode('2025-06-04', '2025-06-05', { startHalfDay: true })];
    expect(bradfordFactor(episode, today).days).toBe(1.5);
    expect(bradfordFactor(episode, today, { settings: settings({ countHalfDays: false }) }).days).toBe(2);
  });

  it('leaves out disability-related and pregnancy-related episodes, and counts them when the trust says so', () => {
    const episodes = [...spells(2, 1), anEpisode('2025-11-04', '2025-11-04', { exclusion: 'disability-related' }), anEpisode('2025-12-02', '2025-12-02', { reasonCode: 'S30' })];
    const b = bradfordFactor(episodes, today);
    expect([b.score, b.excludedEpisodeIds]).toEqual([8, [episodes[2]?.id, episodes[3]?.id]]);
    expect(bradfordFactor(episodes, today, { settings: settings({ excluded: [] }) }).score).toBe(64); // 4² × 4
  });
});

describe('bradfordFactor: the rolling 52 weeks', () => {
  it('leaves out an episode that ended before the window, and counts only the days inside of one that straddles it', () => {
    // Window starts Tue 4 Mar 2025: Mon 3 Mar 2025 is outside; Mon 3 to Wed 5 Mar 2025 has 2 days inside.
    expect(bradfordFactor([anEpisode('2025-03-03', '2025-03-03')], today).score).toBe(0);
    const b = bradfordFactor([anEpisode('2025-03-03', '2025-03-05')], today);
    expect([b.window, b.spells, b.days]).toEqual([{ start: '2025-03-04', end: '2026-03-02' }, 1, 2]);
  });

  it('counts an open episode up to today: off since Wed 25 Feb 2026, 4 working days', () => {
    expect(bradfordFactor([anEpisode('2026-02-25', null)], today).days).toBe(4);
  });

  it('takes a 26-week window when set', () => {
    // Tuesdays 13 May, 22 Jul, 30 Sep, 9 Dec 2025 and 17 Feb 2026; 26 weeks back from today is Tue 2 Sep 2025.
    expect(bradfordFactor(spells(5, 2, 10), today).spells).toBe(5);
    expect(bradfordFactor(spells(5, 2, 10), today, { settings: settings({ windowWeeks: 26 }) }).spells).toBe(3);
  });
});

describe('bradfordFactor: invariants', () => {
  // One person's episodes, never overlapping: gaps of 1-30 days between spells of 1-10 days.
  const history = fc
    .array(fc.record({ gap: fc.integer({ min: 1, max: 30 }), length: fc.integer({ min: 1, max: 10 }), half: fc.boolean() }), { maxLength: 12 })
    .map((parts) => {
      let day = '2025-01-01';
      return parts.map(({ gap, length, half }, i) => {
        const start = addDays(day, gap);
        day = addDays(start, length - 1);
        return { id: `p${i}`, staffId: 'ann', startDate: start, endDate: day, reasonCode: 'S13', startHalfDay: half } satisfies SicknessEpisode;
      });
    });

  it('is S² × D, never negative, whatever the order of the episodes', () => {
    fc.assert(
      fc.property(history, (episodes) => {
        const b = bradfordFactor(episodes, today);
        expect(b.score).toBe(b.spells * b.spells * b.days);
        expect(b.score).toBeGreaterThanOrEqual(0);
        expect(bradfordFactor([...episodes].reverse(), today).score).toBe(b.score);
      }),
    );
  });

  it('counts at least as many days in calendar days, and at least as many spells without joining', () => {
    fc.assert(
      fc.property(history, (episodes) => {
        const b = bradfordFactor(episodes, today);
        expect(bradfordFactor(episodes, today, { settings: settings({ dayCount: 'calendar' }) }).days).toBeGreaterThanOrEqual(b.days);
        expect(bradfordFactor(episodes, today, { settings: settings({ joinSpellsAcrossDaysOff: false }) }).spells).toBeGreaterThanOrEqual(b.spells);
      }),
    );
  });

  it('does not move for excluded episodes, wherever they fall', () => {
    const excludedEpisode = fc.record({ offset: fc.integer({ min: 0, max: 500 }), length: fc.integer({ min: 1, max: 20 }) }).map(({ offset, length }) =>
      anEpisode(addDays('2025-01-01', offset), addDays('2025-01-01', offset + length - 1), { exclusion: 'disability-related' }),
    );
    fc.assert(
      fc.property(history, fc.array(excludedEpisode, { maxLength: 3 }), (episodes, excluded) => {
        expect(bradfordFactor([...episodes, ...excluded], today).score).toBe(bradfordFactor(episodes, today).score);
      }),
    );
  });
});
