import { addDays, isWorkingDay, type IsoDate } from '@recordroom/calendar';
import { sarDueDate, type SarPause, type SubjectAccessRequest } from '@recordroom/kpi';
import { createRandom } from '../prng.js';
import { compactDate, resolveKpiOptions, type DemoKpiDepartment, type DemoKpiOptions } from './demo-kpi-options.js';
import { countAround } from './draws.js';

export interface DemoSubjectAccessRequest extends SubjectAccessRequest {
  organisationId: string;
  departmentId: string;
}

/** SARs received per working day by a 40-staff department's access to records office (illustrative). */
const SARS_PER_WORKING_DAY = 4;
/** Shares of SARs with identity or a fee arriving late, paused for clarification, extended, and answered late. */
const SAR_SHARES = { lateStart: 0.12, paused: 0.08, extended: 0.04, late: { before: 0.06, after: 0.02 } } as const;
const SAR_STREAM_BASE = 950_000;

/**
 * Subject access requests received on each working day of the range, with their clock (late
 * identity, pauses, extensions) and completion; those not finished by the reference date are
 * open. A few are answered late, fewer after the process change.
 */
export function* demoSubjectAccessRequests(departments: readonly DemoKpiDepartment[], options: DemoKpiOptions = {}): Generator<DemoSubjectAccessRequest> {
  const resolved = resolveKpiOptions(options);
  for (let date = resolved.from, day = 0; date <= resolved.to; date = addDays(date, 1), day += 1) {
    if (!isWorkingDay(date)) continue;
    for (const [index, department] of departments.entries()) {
      const random = createRandom(resolved.seed, SAR_STREAM_BASE + index * 1000 + day);
      const count = countAround(random, SARS_PER_WORKING_DAY * resolved.volume);
      for (let n = 1; n <= count; n += 1) {
        const clockStartsOn = random.chance(SAR_SHARES.lateStart) ? addDays(date, random.integer(2, 12)) : null;
        const start = clockStartsOn ?? date;
        const pauses: SarPause[] = [];
        if (random.chance(SAR_SHARES.paused)) {
          const from = addDays(start, random.integer(3, 10));
          const to = addDays(from, random.integer(2, 15));
          if (from <= resolved.to) pauses.push({ from, to: to <= resolved.to ? to : null });
        }
        const extended = random.chance(SAR_SHARES.extended);
        const due = sarDueDate(date, { clockStartsOn, pauses, extension: extended });
        const late = random.chance(date >= resolved.changeDate ? SAR_SHARES.late.after : SAR_SHARES.late.before);
        let completedOn: IsoDate | null = null;
        if (due !== null) {
          const finished = late ? addDays(due, random.integer(1, 20)) : addDays(due, -random.integer(0, 18));
          const earliest = addDays(start, 1);
          const onOrAfterStart = finished < earliest ? earliest : finished;
          completedOn = onOrAfterStart <= resolved.to ? onOrAfterStart : null;
        }
        yield {
          id: `SAR-${department.code}-${compactDate(date)}-${n}`,
          organisationId: department.organisationId,
          departmentId: department.id,
          receivedOn: date,
          clockStartsOn,
          pauses,
          extended,
          completedOn,
        };
      }
    }
  }
}
