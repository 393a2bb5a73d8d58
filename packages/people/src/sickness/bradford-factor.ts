import { addDays, eachDate, type IsoDate } from '@recordroom/calendar';
import { intersectRanges, type DateRange } from '../date-range.js';
import { standardWorkSchedule, workingHoursOn, type WorkSchedule } from '../work-schedule.js';
import { SICKNESS_EXCLUSIONS, sickDaysSoFar, sickDayWeight, type SicknessEpisode, type SicknessExclusion } from './sickness-episode.js';
import { DEFAULT_SICKNESS_REASONS, sicknessReason, type SicknessReason } from './sickness-reasons.js';

/** A score at which an attendance conversation is suggested, with what the trust calls it. */
export interface BradfordTrigger {
  score: number;
  label: string;
}

/**
 * Illustrative bands quoted for the Bradford factor (../shared/domain/absence.md §1): not an NHS
 * standard ([U]); trusts set their own. A configurable default.
 */
export const DEFAULT_BRADFORD_TRIGGERS: readonly BradfordTrigger[] = [
  { score: 50, label: 'monitor: informal conversation' },
  { score: 125, label: 'possible formal review' },
  { score: 400, label: 'escalation' },
];

/**
 * The choices absence.md §1 says the software must make explicit, none nationally set ([U]):
 * - `dayCount`: D in working days (the person's schedule) or calendar days. Default working:
 *   a spell over a weekend then weighs what it cost the rota;
 * - `joinSpellsAcrossDaysOff`: episodes separated only by days the person does not work (sick
 *   on Friday and again on Monday) are one spell. Default yes: the person never came back.
 *   Episodes that meet end to start are always one spell; a half-day return always ends one;
 * - `countHalfDays`: a half day is 0.5 (default) or a whole day;
 * - `excluded`: episodes reviewed apart (disability, pregnancy, dependants; all by default).
 */
export interface BradfordSettings {
  /** Rolling period ending today: 52 weeks (absence.md §1, [V]; some employers use 26). */
  windowWeeks: number;
  dayCount: 'working' | 'calendar';
  joinSpellsAcrossDaysOff: boolean;
  countHalfDays: boolean;
  excluded: readonly SicknessExclusion[];
  triggers: readonly BradfordTrigger[];
}

export const DEFAULT_BRADFORD_SETTINGS: BradfordSettings = {
  windowWeeks: 52,
  dayCount: 'working',
  joinSpellsAcrossDaysOff: true,
  countHalfDays: true,
  excluded: SICKNESS_EXCLUSIONS,
  triggers: DEFAULT_BRADFORD_TRIGGERS,
};

/** One spell: continuous absence made of one or more episodes, and its days inside the window. */
export interface BradfordSpell {
  startDate: IsoDate;
  endDate: IsoDate;
  days: number;
  episodeIds: string[];
}

export interface BradfordScore {
  /** S² × D. */
  score: number;
  spells: number;
  days: number;
  window: DateRange;
  dayCount: BradfordSettings['dayCount'];
  spellDetails: BradfordSpell[];
  /** Episodes in the window left out under `settings.excluded`. */
  excludedEpisodeIds: string[];
  /** The highest trigger reached, or null. */
  trigger: BradfordTrigger | null;
}

export interface BradfordOptions {
  /** The person's schedule, for working days; Monday to Friday without public holidays when omitted. */
  schedule?: WorkSchedule;
  settings?: BradfordSettings;
  reasons?: readonly SicknessReason[];
}

interface Run {
  start: IsoDate;
  end: IsoDate;
  episodes: SicknessEpisode[];
}

/**
 * The Bradford factor S² × D of one person's sickness episodes over the rolling window ending on
 * `today` (52 weeks: today and the 363 days before), S spells and D days (../shared/domain/absence.md
 * §1, [V]), under the explicit choices of BradfordSettings. Open episodes count to today; a spell
 * begun before the window counts as a spell, with only its days inside. A screening indicator,
 * never an automatic sanction (absence.md §1).
 *
 * @example
 * // Five 2-day spells (Tue-Wed, weeks apart) in the last year: 5² × 10 = 250, the 125 trigger.
 * bradfordFactor(fiveTwoDaySpells, '2026-03-02').score // 250
 */
export function bradfordFactor(episodes: readonly SicknessEpisode[], today: IsoDate, options: BradfordOptions = {}): BradfordScore {
  const settings = options.settings ?? DEFAULT_BRADFORD_SETTINGS;
  const schedule = options.schedule ?? standardWorkSchedule(37.5);
  const reasons = options.reasons ?? DEFAULT_SICKNESS_REASONS;
  const window: DateRange = { start: addDays(today, -(settings.windowWeeks * 7) + 1), end: today };
  const works = (date: IsoDate) => workingHoursOn(schedule, date) > 0;

  const excludedEpisodeIds: string[] = [];
  const counted: SicknessEpisode[] = [];
  for (const episode of episodes) {
    const soFar = sickDaysSoFar(episode, today);
    if (soFar === null || soFar.end < window.start) continue;
    const exclusion = episode.exclusion ?? sicknessReason(episode.reasonCode, reasons)?.exclusion ?? null;
    if (exclusion !== null && settings.excluded.includes(exclusion)) excludedEpisodeIds.push(episode.id);
    else counted.push(episode);
  }
  counted.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));

  const runs: Run[] = [];
  for (const episode of counted) {
    const soFar = sickDaysSoFar(episode, today) as DateRange;
    const last = runs.at(-1);
    if (last && joins(last, episode, settings.joinSpellsAcrossDaysOff, works)) {
      last.episodes.push(episode);
      if (soFar.end > last.end) last.end = soFar.end;
    } else runs.push({ start: soFar.start, end: soFar.end, episodes: [episode] });
  }

  const spellDetails: BradfordSpell[] = [];
  for (const run of runs) {
    const inWindow = intersectRanges(run, window);
    if (inWindow === null) continue;
    let days = 0;
    for (const date of eachDate(inWindow.start, inWindow.end)) {
      if (settings.dayCount === 'working' && !works(date)) continue;
      days += Math.max(0, ...run.episodes.map((e) => sickDayWeight(e, date, settings.countHalfDays)));
    }
    if (days > 0) spellDetails.push({ startDate: run.start, endDate: run.end, days, episodeIds: run.episodes.map((e) => e.id) });
  }
  const spells = spellDetails.length;
  const days = spellDetails.reduce((sum, s) => sum + s.days, 0);
  const score = spells * spells * days;
  const trigger = [...settings.triggers].sort((a, b) => b.score - a.score).find((t) => score >= t.score) ?? null;
  return { score, spells, days, window, dayCount: settings.dayCount, spellDetails, excludedEpisodeIds, trigger };
}

function joins(run: Run, next: SicknessEpisode, acrossDaysOff: boolean, works: (date: IsoDate) => boolean): boolean {
  if (next.startDate <= run.end) return true; // overlapping records: one absence
  const lastEpisode = run.episodes.at(-1) as SicknessEpisode;
  // A half day at either side means the person was back at work in between.
  if ((lastEpisode.endHalfDay === true && lastEpisode.endDate === run.end) || next.startHalfDay === true) return false;
  if (next.startDate === addDays(run.end, 1)) return true;
  if (!acrossDaysOff) return false;
  for (let day = addDays(run.end, 1); day < next.startDate; day = addDays(day, 1)) if (works(day)) return false;
  return true;
}
