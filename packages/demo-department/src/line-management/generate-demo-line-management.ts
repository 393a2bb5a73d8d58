import { addDays, addMonthsClamped, type IsoDate } from '@recordroom/calendar';
import { reportingLine, returnToWorkInterview, validateSicknessEpisode, type SicknessEpisode } from '@recordroom/people';
import { type DemoOrganisation } from '../organisation.js';
import { createRandom, type Random } from '../prng.js';

/** A training completion of a national course, named by the course's code. */
export interface DemoTrainingCompletion {
  staffId: string;
  courseCode: 'data-security-awareness' | 'fire-safety' | 'equality-diversity-human-rights';
  completedOn: IsoDate;
}

export interface DemoAppraisal {
  staffId: string;
  completedOn: IsoDate;
}

export interface DemoRightToWork {
  staffId: string;
  checkedOn: IsoDate;
  permissionExpiresOn: IsoDate | null;
}

export interface DemoProbation {
  staffId: string;
  startDate: IsoDate;
}

export interface DemoLineManagement {
  sickness: (Omit<SicknessEpisode, 'id'> & { returnToWorkMeetingOn: IsoDate | null })[];
  training: DemoTrainingCompletion[];
  appraisals: DemoAppraisal[];
  rightToWork: DemoRightToWork[];
  probation: DemoProbation[];
}

const SHORT_REASONS = ['S13', 'S16', 'S25', 'S13', 'S99'] as const;
const LONG_REASONS = ['S10', 'S11', 'S12', 'S28'] as const;

/** A weekday on or before `date` (sickness in the demo starts on working days). */
function weekdayOnOrBefore(date: IsoDate): IsoDate {
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
  return weekday < 5 ? date : addDays(date, -(weekday - 4));
}

/**
 * A year of line management for the demo department, around `referenceDate`: sickness (most
 * people none, some a short spell or a longer one, a few enough short spells to reach a Bradford
 * trigger, and one still off), mandatory training with some expired and some never done,
 * appraisals with some overdue, right-to-work checks and probation for recent starters.
 * Deterministic for a given organisation, seed and date; every episode passes the domain's checks.
 */
export function generateDemoLineManagement(demo: DemoOrganisation, options: { referenceDate: IsoDate; seed?: number }): DemoLineManagement {
  const random: Random = createRandom(options.seed ?? 20_261_103, 7);
  const today = options.referenceDate;
  const out: DemoLineManagement = { sickness: [], training: [], appraisals: [], rightToWork: [], probation: [] };
  const officer = demo.accounts.find((a) => a.role === 'officer')?.staffMemberId ?? null;
  // The officer's line (account holders last) comes first, so the officer's team always shows triggers and an open episode.
  const line = officer === null ? new Set<string>() : reportingLine(officer, demo.staff);
  const holders = new Set(demo.accounts.map((a) => a.staffMemberId));
  // Bank staff have no contracted days, so no working days lost to count: they come after the rest of the line.
  const rank = (person: DemoOrganisation['staff'][number]): number => (line.has(person.id) ? (holders.has(person.id) ? 2 : person.contractType === 'bank' ? 1 : 0) : 3);
  // Longest-serving first within each group: their year of sickness all falls after they started.
  const staff = [...demo.staff].sort((a, b) => rank(a) - rank(b) || a.nhsServiceStartDate.localeCompare(b.nhsServiceStartDate) || a.employeeNumber.localeCompare(b.employeeNumber));
  staff.forEach((person, index) => {
    const episodes: SicknessEpisode[] = [];
    const add = (startDate: IsoDate, endDate: IsoDate | null, reasonCode: string, interviewed: boolean): void => {
      const episode: SicknessEpisode = { id: `demo-${index}-${episodes.length}`, staffId: person.id, startDate, endDate, reasonCode, returnToWorkInterviewOn: null };
      // Interviewed on the first day back at work, when that day has come.
      const back = returnToWorkInterview(episode, today).returnDate;
      const withInterview = interviewed && back !== null && back <= today ? { ...episode, returnToWorkInterviewOn: back } : episode;
      if (startDate < person.nhsServiceStartDate || validateSicknessEpisode(withInterview, episodes, { today }).length > 0) return;
      episodes.push(withInterview);
      out.sickness.push({ ...withInterview, returnToWorkMeetingOn: withInterview.returnToWorkInterviewOn ?? null });
    };
    if (index === 0 || index === 2 || random.chance(0.05)) {
      // Frequent short spells: five single days in the year reach the 125 trigger.
      for (const monthsAgo of [11, 9, 6, 4, 1]) {
        const day = weekdayOnOrBefore(addMonthsClamped(today, -monthsAgo));
        add(day, day, random.pick(SHORT_REASONS), monthsAgo > 1);
      }
    } else if (index === 3) {
      // Three single days: a score of 27, one more spell away from the first trigger (4² × 4 = 64 ≥ 50).
      for (const monthsAgo of [10, 7, 3]) {
        const day = weekdayOnOrBefore(addMonthsClamped(today, -monthsAgo));
        add(day, day, random.pick(SHORT_REASONS), true);
      }
    } else if (index === 1) {
      // Still off, since last week.
      add(weekdayOnOrBefore(addDays(today, -6)), null, random.pick(LONG_REASONS), false);
    } else if (random.chance(0.3)) {
      const start = weekdayOnOrBefore(addDays(today, -random.integer(20, 330)));
      add(start, addDays(start, random.integer(0, 9)), random.pick(random.chance(0.2) ? LONG_REASONS : SHORT_REASONS), true);
    }

    // Data security awareness every year: most in date, about one in six expired, a few never done.
    const roll = random.next();
    if (roll < 0.78) out.training.push({ staffId: person.id, courseCode: 'data-security-awareness', completedOn: addDays(today, -random.integer(10, 350)) });
    else if (roll < 0.94) out.training.push({ staffId: person.id, courseCode: 'data-security-awareness', completedOn: addDays(today, -random.integer(380, 600)) });
    if (random.chance(0.85)) out.training.push({ staffId: person.id, courseCode: 'fire-safety', completedOn: addDays(today, -random.integer(30, 800)) });
    if (random.chance(0.8)) out.training.push({ staffId: person.id, courseCode: 'equality-diversity-human-rights', completedOn: addDays(today, -random.integer(60, 1200)) });

    const started = person.nhsServiceStartDate;
    const appraisedOn = addDays(today, -random.integer(20, 460));
    if (appraisedOn > started) out.appraisals.push({ staffId: person.id, completedOn: appraisedOn });

    if (random.chance(0.9) && started <= today) out.rightToWork.push({ staffId: person.id, checkedOn: started, permissionExpiresOn: random.chance(0.08) ? addDays(today, random.integer(5, 200)) : null });
    if (started > addMonthsClamped(today, -7) && started <= today) out.probation.push({ staffId: person.id, startDate: started });
  });
  return out;
}
