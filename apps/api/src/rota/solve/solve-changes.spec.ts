import { describe, expect, it } from '@jest/globals';
import { type SolvePreviewDto } from '@recordroom/contracts';
import { personChanges, previewSummary } from './solve-changes.js';

const ann = { staffId: 'a', name: 'Ann Abbot' };
const bob = { staffId: 'b', name: 'Bob Byers' };
const on = (who: typeof ann, date: string, code: string) => ({ ...who, date, shiftId: `${code}-${date}`, shiftTypeId: code, shiftTypeCode: code });
const off = (who: typeof ann, date: string, code: string) => ({ ...on(who, date, code), assignmentId: `x-${who.staffId}-${code}-${date}` });

function aPreview(overrides: Partial<SolvePreviewDto> = {}): SolvePreviewDto {
  return {
    solveId: 's',
    periodId: 'p',
    baseVersion: 1,
    outcome: 'solved',
    added: [],
    removed: [],
    changed: [],
    kept: 10,
    penalty: { total: 0, rules: 0, cost: 0 },
    hardViolations: 0,
    byRule: [],
    byPerson: [],
    unfilledGaps: [],
    conflicts: [],
    iterations: 1,
    elapsedMs: 1,
    ...overrides,
  };
}

describe('a preview grouped by person', () => {
  it('pairs a shift taken off and one put on the same day into a move, and leaves the rest on or off, by date', () => {
    const preview = aPreview({
      added: [on(bob, '2026-01-05', 'LATE'), on(ann, '2026-01-03', 'EARLY'), on(ann, '2026-01-01', 'LATE')],
      removed: [off(ann, '2026-01-01', 'EARLY'), off(ann, '2026-01-02', 'EARLY')],
      byPerson: [{ staffId: 'a', name: ann.name, softPenalty: 12, hardViolationCount: 0, byRule: { 'staff-preferences': 2, 'fair-share': 10 }, cost: 0 }],
    });
    const people = personChanges(preview);
    expect(people.map((p) => [p.name, p.on, p.off, p.moved, p.softPenalty, p.mainRuleId])).toEqual([
      ['Ann Abbot', 1, 1, 1, 12, 'fair-share'],
      ['Bob Byers', 1, 0, 0, 0, null],
    ]);
    expect(people[0]!.changes.map((c) => [c.date, c.kind, c.from?.shiftTypeCode ?? null, c.to?.shiftTypeCode ?? null])).toEqual([
      ['2026-01-01', 'moved', 'EARLY', 'LATE'],
      ['2026-01-02', 'off', 'EARLY', null],
      ['2026-01-03', 'on', null, 'EARLY'],
    ]);
    expect(people[0]!.changes[0]!.from?.assignmentId).toBe('x-a-EARLY-2026-01-01');
  });

  it('counts every change in the summary and leaves the lists out of it', () => {
    const preview = aPreview({ added: [on(ann, '2026-01-01', 'LATE'), on(bob, '2026-01-01', 'LATE')], removed: [off(ann, '2026-01-01', 'EARLY')], changed: [{ ...ann, date: '2026-01-01', from: off(ann, '2026-01-01', 'EARLY'), to: on(ann, '2026-01-01', 'LATE') }] });
    const summary = previewSummary(preview);
    expect(summary.counts).toEqual({ added: 2, removed: 1, moved: 1, people: 2 });
    expect('removed' in summary || 'changed' in summary || 'added' in summary).toBe(false);
  });
});
