import { describe, expect, it } from '@jest/globals';
import {
  arrivalRatesByWeekdayHour,
  computeClinicAvailability,
  retrievalStatisticsByPriority,
  validateRecordRequestRow,
  type RecordRequest,
} from '@recordroom/kpi';
import { generateDemoOrganisation } from '../organisation.js';
import { demoKpiDepartments } from './demo-kpi-options.js';
import { demoRecordActivity, demoRecordRequests, type DemoClinicPull, type DemoRecordRequest } from './record-activity.js';

const departments = demoKpiDepartments(generateDemoOrganisation());
const requests: DemoRecordRequest[] = [];
const pulls: DemoClinicPull[] = [];
for (const activity of demoRecordActivity(departments)) {
  if (activity.kind === 'record-request') requests.push(activity.event);
  else pulls.push(activity.event);
}
/** The default change point is 2026-06-02, five months before the 2026-11-02 reference date. */
const before = requests.filter((r) => r.requestedAt < '2026-05-01');
const after = requests.filter((r) => r.requestedAt >= '2026-06-03');

describe('demo record requests of one 40-staff department over 12 months', () => {
  it('number about 70,000, on the scale of a real department', () => {
    expect(requests.length).toBeGreaterThan(60_000);
    expect(requests.length).toBeLessThan(90_000);
  });

  it('all pass the import validator, with unique ids', () => {
    const bad = requests.map((r) => validateRecordRequestRow(asRow(r))).filter((result) => !result.ok);
    expect(bad).toEqual([]);
    expect(new Set(requests.map((r) => r.id)).size).toBe(requests.length);
  });

  it('show retrieval times improving after the change point, for every priority', () => {
    const was = retrievalStatisticsByPriority(before);
    const now = retrievalStatisticsByPriority(after);
    for (const priority of ['emergency', 'urgent', 'routine', 'clinic-pull'] as const) {
      expect(now[priority].medianMinutes).toBeLessThan(0.8 * (was[priority].medianMinutes ?? 0));
      expect(now[priority].withinTarget.percent).toBeGreaterThan(was[priority].withinTarget.percent ?? 100);
    }
  });

  it('peak on weekdays in office hours, with A&E requests busiest in the evening', () => {
    const rates = arrivalRatesByWeekdayHour(requests, { from: '2025-11-03', to: '2026-11-02' });
    const perDay = rates.map((hours) => hours.reduce((sum, rate) => sum + rate, 0));
    const [monday, , , , , saturday, sunday] = perDay as [number, number, number, number, number, number, number];
    expect(monday).toBeGreaterThan(3 * saturday);
    expect(monday).toBeGreaterThan(3 * sunday);

    const emergency = arrivalRatesByWeekdayHour(requests.filter((r) => r.priority === 'emergency'), { from: '2025-11-03', to: '2026-11-02' });
    const saturdayHours = emergency[5] as number[];
    const busiest = saturdayHours.indexOf(Math.max(...saturdayHours));
    expect(busiest).toBeGreaterThanOrEqual(17);
    expect(busiest).toBeLessThanOrEqual(21);
  });

  it('dip in August and over Christmas', () => {
    const elective = (from: string, to: string): number => requests.filter((r) => r.priority === 'routine' && r.requestedAt >= from && r.requestedAt < to).length;
    expect(elective('2026-08-03', '2026-08-08')).toBeLessThan(0.9 * elective('2026-07-06', '2026-07-11'));
    expect(elective('2025-12-29', '2025-12-31')).toBeLessThan(0.6 * elective('2025-12-08', '2025-12-10'));
  });

  it('include a few not-found and temporary-notes outcomes', () => {
    const notFound = requests.filter((r) => r.outcome === 'not-found').length / requests.length;
    const temporary = requests.filter((r) => r.outcome === 'temporary-notes').length / requests.length;
    expect(notFound).toBeGreaterThan(0.002);
    expect(notFound).toBeLessThan(0.01);
    expect(temporary).toBeGreaterThan(0.005);
    expect(temporary).toBeLessThan(0.02);
  });

  it('pull clinic notes the working day before, with availability improving', () => {
    const pullRequests = new Map(requests.filter((r) => r.priority === 'clinic-pull').map((r) => [r.id, r]));
    const sample = pulls.slice(0, 200).map((p) => pullRequests.get(`RQ-${p.id.slice(3)}`));
    expect(sample.filter((r) => r === undefined)).toEqual([]);
    expect(sample.every((r, i) => r !== undefined && r.requestedAt < `${pulls[i]?.clinicDate ?? ''}T00:00`)).toBe(true);
    const was = computeClinicAvailability(pulls.filter((p) => p.clinicDate < '2026-05-01')).percent ?? 100;
    const now = computeClinicAvailability(pulls.filter((p) => p.clinicDate >= '2026-06-03')).percent ?? 0;
    expect(now).toBeGreaterThan(was);
    expect(was).toBeGreaterThan(95);
  });

  it('are the same on every run for the same seed, and differ for another seed', () => {
    const first = [...take(demoRecordRequests(departments, { seed: 9, months: 1 }), 500)];
    const again = [...take(demoRecordRequests(departments, { seed: 9, months: 1 }), 500)];
    const other = [...take(demoRecordRequests(departments, { seed: 10, months: 1 }), 500)];
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });
});

function* take<T>(items: Iterable<T>, n: number): Generator<T> {
  let i = 0;
  for (const item of items) {
    if (i++ >= n) return;
    yield item;
  }
}

function asRow(r: RecordRequest): Record<string, string | null> {
  return { ...r };
}
