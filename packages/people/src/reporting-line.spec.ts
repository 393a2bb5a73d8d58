import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lineManagementCycle, reportingLine, type LineManagementLink } from './reporting-line.js';

const department: LineManagementLink[] = [
  { id: 'manager', lineManagerId: null },
  { id: 'officer-a', lineManagerId: 'manager' },
  { id: 'officer-b', lineManagerId: 'manager' },
  { id: 'clerk-1', lineManagerId: 'officer-a' },
  { id: 'clerk-2', lineManagerId: 'officer-a' },
  { id: 'clerk-3', lineManagerId: 'officer-b' },
  { id: 'apprentice', lineManagerId: 'clerk-1' },
];

describe('reportingLine', () => {
  it('holds direct and indirect reports of an officer, and nobody in another line', () => {
    expect([...reportingLine('officer-a', department)].sort()).toEqual(['apprentice', 'clerk-1', 'clerk-2']);
  });

  it('is everyone below the department manager', () => {
    expect(reportingLine('manager', department).size).toBe(department.length - 1);
  });

  it('is empty for a person with no reports', () => {
    expect(reportingLine('clerk-3', department).size).toBe(0);
  });

  it('terminates on data that already holds a loop', () => {
    const looped = [
      { id: 'a', lineManagerId: 'b' },
      { id: 'b', lineManagerId: 'a' },
    ];
    expect([...reportingLine('a', looped)]).toEqual(['b']);
  });
});

describe('lineManagementCycle', () => {
  it('refuses a person as their own line manager', () => {
    expect(lineManagementCycle('clerk-1', 'clerk-1', department)).toEqual(['clerk-1', 'clerk-1']);
  });

  it('names the chain when a manager would report to their own report', () => {
    expect(lineManagementCycle('officer-a', 'apprentice', department)).toEqual([
      'officer-a',
      'apprentice',
      'clerk-1',
      'officer-a',
    ]);
  });

  it('allows moving a clerk to another officer', () => {
    expect(lineManagementCycle('clerk-1', 'officer-b', department)).toBeNull();
  });

  it('never reports a cycle for a move to someone outside the person’s own line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...department.map((p) => p.id)), fc.constantFrom(...department.map((p) => p.id)), (person, manager) => {
        const below = reportingLine(person, department);
        const cycle = lineManagementCycle(person, manager, department);
        expect(cycle !== null).toBe(manager === person || below.has(manager));
      }),
    );
  });
});
