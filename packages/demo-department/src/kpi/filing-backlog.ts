import { addDays, isoWeekday, type IsoDate } from '@recordroom/calendar';
import { type FilingBacklogSnapshot } from '@recordroom/kpi';
import { createRandom } from '../prng.js';
import { compactDate, resolveKpiOptions, type DemoKpiDepartment, type DemoKpiOptions } from './demo-kpi-options.js';
import { countAround } from './draws.js';

export interface DemoFilingBacklogSnapshot extends FilingBacklogSnapshot {
  id: string;
  organisationId: string;
  departmentId: string;
}

/** Where loose filing waits, with typical counts and ages (working days, roughly) before and after the change. Illustrative. */
const FILING_LOCATIONS = [
  { name: 'Main records library', items: { before: 420, after: 240 }, oldestDays: { before: [6, 13], after: [3, 8] } },
  { name: 'A&E records desk', items: { before: 45, after: 30 }, oldestDays: { before: [2, 6], after: [1, 4] } },
  { name: 'Ward 4 (acute medical unit)', items: { before: 25, after: 18 }, oldestDays: { before: [2, 7], after: [1, 5] } },
] as const;
const FILING_STREAM_BASE = 900_000;
const FRIDAY = 5;

/**
 * A Friday count of loose filing at each location, every week of the range. The backlog swells
 * after Christmas and in August (leave) and shrinks after the process change.
 */
export function* demoFilingBacklog(departments: readonly DemoKpiDepartment[], options: DemoKpiOptions = {}): Generator<DemoFilingBacklogSnapshot> {
  const resolved = resolveKpiOptions(options);
  let friday = resolved.from;
  while (isoWeekday(friday) !== FRIDAY) friday = addDays(friday, 1);
  for (let week = 0; friday <= resolved.to; friday = addDays(friday, 7), week += 1) {
    const improved = friday >= resolved.changeDate;
    const month = friday.slice(5, 7);
    const season = month === '01' ? 1.3 : month === '08' || month === '09' ? 1.15 : 1;
    for (const [index, department] of departments.entries()) {
      const random = createRandom(resolved.seed, FILING_STREAM_BASE + index * 200 + week);
      for (const [l, location] of FILING_LOCATIONS.entries()) {
        const items = countAround(random, (improved ? location.items.after : location.items.before) * season * resolved.volume);
        const [low, high] = improved ? location.oldestDays.after : location.oldestDays.before;
        const oldest: IsoDate | null = items === 0 ? null : addDays(friday, -random.integer(low, high + (season > 1 ? 3 : 0)));
        yield {
          id: `FB-${department.code}-${compactDate(friday)}-${l + 1}`,
          organisationId: department.organisationId,
          departmentId: department.id,
          takenOn: friday,
          location: location.name,
          items,
          oldestItemReceivedOn: oldest,
        };
      }
    }
  }
}
