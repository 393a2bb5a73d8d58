import { addDays, daysBetween, type IsoDate } from '@recordroom/calendar';
import { type ClinicPull, type RecordRequest, type RequestPriority } from '@recordroom/kpi';
import { createRandom, type Random } from '../prng.js';
import {
  CLINIC_SPECIALTIES,
  electiveSeasonFactor,
  emergencySeasonFactor,
  HOURLY_WEIGHTS,
  isNonWorkingDay,
  NON_WORKING_DAY_REQUESTS,
  WORKING_DAY_REQUESTS,
} from './demand-profile.js';
import { resolveKpiOptions, compactDate, type DemoKpiDepartment, type DemoKpiOptions, type ResolvedKpiOptions } from './demo-kpi-options.js';
import { countAround, cumulative, pickWeighted } from './draws.js';
import { londonWallClockToEpoch } from './london-time.js';
import { drawRetrieval } from './retrieval-profile.js';

/** A record request of a department, as a tracking system would export it. */
export interface DemoRecordRequest extends RecordRequest {
  organisationId: string;
  departmentId: string;
}

/** One attendance's notes pulled for a clinic. */
export interface DemoClinicPull extends ClinicPull {
  /** External id of the pull. */
  id: string;
  organisationId: string;
  departmentId: string;
}

export type DemoRecordActivity = { kind: 'record-request'; event: DemoRecordRequest } | { kind: 'clinic-pull'; event: DemoClinicPull };

/** Random streams per department and day start here, clear of the organisation's streams. */
const ACTIVITY_STREAM_BASE = 10_000;
const STREAMS_PER_DEPARTMENT = 1_000;
/** Clinic sessions: start (local minutes after midnight), chance a specialty runs one that day, mean booked attendances. */
const SESSIONS = [
  { name: 'AM', startMinute: 9 * 60, chance: 0.6, attendances: 11 },
  { name: 'PM', startMinute: 13 * 60 + 30, chance: 0.5, attendances: 11 },
] as const;
const CUMULATIVE_HOURS: Readonly<Record<RequestPriority, number[]>> = {
  emergency: cumulative(HOURLY_WEIGHTS.emergency),
  urgent: cumulative(HOURLY_WEIGHTS.urgent),
  routine: cumulative(HOURLY_WEIGHTS.routine),
  'clinic-pull': cumulative(HOURLY_WEIGHTS['clinic-pull']),
};
const REQUESTING_LOCATIONS: Readonly<Record<Exclude<RequestPriority, 'clinic-pull'>, readonly string[]>> = {
  emergency: ['A&E records desk'],
  urgent: ['Ward 4 (acute medical unit)', 'Ward 9 (general surgery)', 'Ward 14 (care of older people)', 'Medical secretaries'],
  routine: ['Medical secretaries', 'Clinical coding office', 'Clinical audit', 'Access to records office'],
};

/**
 * Every record request and clinic pull of the departments from the first to the last day of the
 * range, day by day (a lazy stream: a trust's million events are never held at once). Clinic
 * notes are requested on the working day before the clinic; a pull counts as available when
 * the main folder was delivered before the session started. Each department and day draws from
 * its own random stream, so the same options give the same events.
 */
export function* demoRecordActivity(departments: readonly DemoKpiDepartment[], options: DemoKpiOptions = {}): Generator<DemoRecordActivity> {
  const resolved = resolveKpiOptions(options);
  for (let date = resolved.from, day = 0; date <= resolved.to; date = addDays(date, 1), day += 1) {
    for (let index = 0; index < departments.length; index += 1) {
      const department = departments[index] as DemoKpiDepartment;
      const random = createRandom(resolved.seed, ACTIVITY_STREAM_BASE + index * STREAMS_PER_DEPARTMENT + day);
      yield* departmentDay(department, date, resolved, random);
    }
  }
}

/** The record requests alone (clinic pulls' requests included). */
export function* demoRecordRequests(departments: readonly DemoKpiDepartment[], options: DemoKpiOptions = {}): Generator<DemoRecordRequest> {
  for (const activity of demoRecordActivity(departments, options)) if (activity.kind === 'record-request') yield activity.event;
}

/** The clinic pulls alone. */
export function* demoClinicPulls(departments: readonly DemoKpiDepartment[], options: DemoKpiOptions = {}): Generator<DemoClinicPull> {
  for (const activity of demoRecordActivity(departments, options)) if (activity.kind === 'clinic-pull') yield activity.event;
}

function* departmentDay(department: DemoKpiDepartment, date: IsoDate, options: ResolvedKpiOptions, random: Random): Generator<DemoRecordActivity> {
  const improved = date >= options.changeDate;
  const nonWorking = isNonWorkingDay(date);
  const volumes = nonWorking ? NON_WORKING_DAY_REQUESTS : WORKING_DAY_REQUESTS;
  const elective = electiveSeasonFactor(date) * options.volume;
  const idPrefix = `RQ-${department.code}-${compactDate(date)}-`;
  let sequence = 0;
  const request = (priority: RequestPriority, requestedMs: number, requestingLocation: string): DemoRecordRequest => {
    sequence += 1;
    const { outcome, minutes } = drawRetrieval(random, priority, improved);
    const at = (fraction: number): string | null => (minutes === null ? null : new Date(requestedMs + Math.round(minutes * fraction) * 60_000).toISOString());
    return {
      id: `${idPrefix}${sequence}`,
      organisationId: department.organisationId,
      departmentId: department.id,
      recordId: `R${String(random.integer(0, 9_999_999)).padStart(7, '0')}`,
      priority,
      requestingLocation,
      requestedAt: new Date(requestedMs).toISOString(),
      // A temporary folder is made, not located: only the main folder has a located time.
      locatedAt: outcome === 'delivered' ? at(0.4) : null,
      dispatchedAt: outcome === 'not-found' ? null : at(0.6),
      deliveredAt: outcome === 'not-found' ? null : at(1),
      outcome,
      handledBy: department.handlers.length === 0 ? null : random.pick(department.handlers),
    };
  };
  const minuteIn = (priority: RequestPriority): number => pickWeighted(random, CUMULATIVE_HOURS[priority]) * 60 + random.integer(0, 59);

  const adHoc: [Exclude<RequestPriority, 'clinic-pull'>, number][] = [
    ['emergency', volumes.emergency * emergencySeasonFactor(date) * options.volume],
    ['urgent', volumes.urgent * elective],
    ['routine', volumes.routine * elective],
  ];
  for (const [priority, mean] of adHoc) {
    const count = countAround(random, mean);
    for (let i = 0; i < count; i += 1) {
      const location = random.pick(REQUESTING_LOCATIONS[priority]);
      yield { kind: 'record-request', event: request(priority, londonWallClockToEpoch(date, minuteIn(priority)), location) };
    }
  }

  // Clinics run on working days; their notes are asked for on the working day before.
  if (nonWorking) return;
  const pullDay = previousWorkingDay(date);
  if (pullDay < options.from) return;
  const dayOffset = daysBetween(pullDay, date) * 24 * 60;
  for (const specialty of CLINIC_SPECIALTIES) {
    for (const session of SESSIONS) {
      if (!random.chance(session.chance)) continue;
      const clinicId = `${department.code}-${specialty}-${compactDate(date)}-${session.name}`;
      const startsMs = londonWallClockToEpoch(pullDay, dayOffset + session.startMinute);
      const attendances = countAround(random, session.attendances * elective);
      for (let i = 0; i < attendances; i += 1) {
        const pull = request('clinic-pull', londonWallClockToEpoch(pullDay, minuteIn('clinic-pull')), `Outpatients: ${specialty} clinic`);
        yield { kind: 'record-request', event: pull };
        const available = pull.outcome === 'delivered' && pull.deliveredAt !== null && Date.parse(pull.deliveredAt) <= startsMs;
        yield {
          kind: 'clinic-pull',
          event: {
            id: `CP-${pull.id.slice(3)}`,
            organisationId: department.organisationId,
            departmentId: department.id,
            clinicId,
            clinicDate: date,
            recordId: pull.recordId,
            notesAvailableAtStart: available,
          },
        };
      }
    }
  }
}

function previousWorkingDay(date: IsoDate): IsoDate {
  let day = addDays(date, -1);
  while (isNonWorkingDay(day)) day = addDays(day, -1);
  return day;
}
