import { describe, expect, it } from '@jest/globals';
import { computeFilingBacklog } from '@recordroom/kpi';
import { generateDemoOrganisation } from '../organisation.js';
import { demoKpiDepartments } from './demo-kpi-options.js';
import { demoFilingBacklog } from './filing-backlog.js';

const departments = demoKpiDepartments(generateDemoOrganisation());

describe('demo filing backlog', () => {
  const snapshots = [...demoFilingBacklog(departments)];

  it('is counted every Friday at three locations for a year', () => {
    const fridays = new Set(snapshots.map((s) => s.takenOn));
    expect(fridays.size).toBeGreaterThanOrEqual(52);
    expect(snapshots.length).toBe(fridays.size * 3);
  });

  it('is smaller after the process change', () => {
    const itemsOn = (day: string): number => computeFilingBacklog(snapshots.filter((s) => s.takenOn === day))?.items ?? 0;
    expect(itemsOn('2026-10-30')).toBeLessThan(itemsOn('2026-03-06'));
  });
});
