import { describe, expect, it } from '@jest/globals';
import { computeSarOnTime } from '@recordroom/kpi';
import { generateDemoOrganisation } from '../organisation.js';
import { demoKpiDepartments } from './demo-kpi-options.js';
import { demoSubjectAccessRequests } from './subject-access-requests.js';

const departments = demoKpiDepartments(generateDemoOrganisation());

describe('demo subject access requests', () => {
  const sars = [...demoSubjectAccessRequests(departments)];

  it('include paused, extended and late-starting requests, and some still open', () => {
    expect(sars.length).toBeGreaterThan(800);
    expect(sars.some((s) => s.pauses.length > 0)).toBe(true);
    expect(sars.some((s) => s.extended)).toBe(true);
    expect(sars.some((s) => s.clockStartsOn !== null)).toBe(true);
    expect(sars.some((s) => s.completedOn === null)).toBe(true);
  });

  it('are mostly answered on time, with a few late', () => {
    const onTime = computeSarOnTime(sars, { from: '2026-01-01', to: '2026-10-31', asOf: '2026-11-02' });
    expect(onTime.percent).toBeGreaterThan(90);
    expect(onTime.percent).toBeLessThan(100);
  });
});
