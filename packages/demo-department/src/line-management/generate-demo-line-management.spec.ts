import { describe, expect, it } from '@jest/globals';
import { bradfordFactor, reportingLine, validateSicknessEpisode } from '@recordroom/people';
import { generateDemoOrganisation } from '../organisation.js';
import { generateDemoLineManagement } from './generate-demo-line-management.js';

const today = '2026-11-18';
const demo = generateDemoOrganisation();
const generated = generateDemoLineManagement(demo, { referenceDate: today });

describe('generateDemoLineManagement', () => {
  it('is the same for the same organisation and date', () => {
    expect(generateDemoLineManagement(demo, { referenceDate: today })).toEqual(generated);
  });

  it("gives every episode that the domain accepts, with no overlaps, and the officer's line a Bradford trigger and someone still off", () => {
    type Episode = (typeof generated.sickness)[number];
    const byPerson = new Map<string, Episode[]>();
    for (const e of generated.sickness) byPerson.set(e.staffId, [...(byPerson.get(e.staffId) ?? []), e]);
    for (const episodes of byPerson.values()) {
      episodes.forEach((episode, i) => expect(validateSicknessEpisode({ ...episode, id: `e${i}` }, episodes.filter((_, j) => j !== i).map((e, j) => ({ ...e, id: `o${j}` })), { today })).toEqual([]));
    }
    const officer = demo.accounts.find((a) => a.role === 'officer')?.staffMemberId;
    const reports = reportingLine(officer ?? '', demo.staff);
    const triggered = [...byPerson].filter(([id, episodes]) => reports.has(id) && bradfordFactor(episodes.map((e, i) => ({ ...e, id: `e${i}` })), today).trigger !== null);
    expect(triggered.length).toBeGreaterThanOrEqual(1);
    expect(generated.sickness.some((e) => reports.has(e.staffId) && e.endDate === null)).toBe(true);
    // Someone one short spell away from the first trigger (the browser journey records it): three single days, 27.
    const nearly = [...byPerson].filter(([id, episodes]) => reports.has(id) && bradfordFactor(episodes.map((e, i) => ({ ...e, id: `e${i}` })), today).score === 27);
    expect(nearly.length).toBeGreaterThanOrEqual(1);
  });

  it('records no sickness before the person started', () => {
    const started = new Map(demo.staff.map((s) => [s.id, s.nhsServiceStartDate]));
    expect(generated.sickness.filter((e) => e.startDate < (started.get(e.staffId) ?? ''))).toEqual([]);
  });

  it('leaves some data security training expired or never done, and none in the future', () => {
    const dsa = generated.training.filter((t) => t.courseCode === 'data-security-awareness');
    expect(dsa.some((t) => t.completedOn < '2025-11-18')).toBe(true);
    expect(dsa.length).toBeLessThan(demo.staff.length);
    expect(generated.training.every((t) => t.completedOn <= today)).toBe(true);
  });
});
