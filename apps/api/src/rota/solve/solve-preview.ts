import { type SolveAssignmentChangeDto, type SolveChangedDayDto, type SolvePreviewDto, type SolveRulePenaltyDto } from '@recordroom/contracts';
import { ROTA_RULES, type Assignment, type RotaSolution } from '@recordroom/rota';
import { type LoadedRota } from '../rota-input.repository.js';

/**
 * The preview a manager accepts or rejects, from the solver's solution and the rota it read:
 * who goes on and comes off which shift, the days whose shift changes, the penalty by rule and
 * by person, and each unfilled gap with every candidate's reason. Plain data, stored with the solve.
 */
export function solvePreview(solveId: string, periodId: string, baseVersion: number, loaded: LoadedRota, solution: RotaSolution): SolvePreviewDto {
  const shifts = new Map(loaded.input.shifts.map((s) => [s.id, s]));
  const codes = new Map(loaded.input.shiftTypes.map((t) => [t.id, t.code]));
  const names = new Map(loaded.staff.map((s) => [s.id, `${s.firstName} ${s.lastName}`]));
  const change = (a: Assignment): SolveAssignmentChangeDto => {
    const shift = shifts.get(a.shiftId);
    return { staffId: a.staffId, name: names.get(a.staffId) ?? a.staffId, date: shift?.date ?? '', shiftId: a.shiftId, shiftTypeId: shift?.shiftTypeId ?? '', shiftTypeCode: codes.get(shift?.shiftTypeId ?? '') ?? '' };
  };
  const byDate = (x: SolveAssignmentChangeDto, y: SolveAssignmentChangeDto): number => x.date.localeCompare(y.date) || x.name.localeCompare(y.name);
  const added = solution.changes.added.map(change).sort(byDate);
  const removed = solution.changes.removed.map((a) => ({ ...change(a), assignmentId: a.id })).sort(byDate);
  const addedByDay = new Map(added.map((a) => [`${a.staffId}|${a.date}`, a]));
  const changed: SolveChangedDayDto[] = removed.flatMap((from) => {
    const to = addedByDay.get(`${from.staffId}|${from.date}`);
    return to ? [{ staffId: from.staffId, name: from.name, date: from.date, from, to }] : [];
  });
  const severity = new Map(solution.report.violations.map((v) => [v.ruleId, v.severity]));
  const byRule: SolveRulePenaltyDto[] = ROTA_RULES.flatMap((rule) => {
    const totals = solution.byRule[rule.id];
    if (totals.count === 0) return [];
    return [{ ruleId: rule.id, severity: severity.get(rule.id) ?? 'soft', count: totals.count, points: totals.weightedPenalty }];
  }).sort((x, y) => y.points - x.points || y.count - x.count);
  return {
    solveId,
    periodId,
    baseVersion,
    outcome: solution.status,
    added,
    removed,
    changed,
    kept: solution.changes.kept,
    penalty: { total: solution.penalty.total, rules: solution.penalty.rules, cost: solution.penalty.cost },
    hardViolations: solution.report.violations.filter((v) => v.severity === 'hard').length,
    byRule,
    byPerson: solution.byPerson.filter((p) => p.softPenalty > 0 || p.hardViolationCount > 0 || p.cost > 0).sort((x, y) => y.softPenalty - x.softPenalty),
    unfilledGaps: solution.unfilledGaps.map((g) => ({ gap: g.gap, shiftId: g.shiftId, shiftTypeCode: codes.get(shifts.get(g.shiftId)?.shiftTypeId ?? '') ?? '', candidates: g.candidates })),
    conflicts: solution.conflicts.map((c) => ({ ruleId: c.ruleId, staffId: c.staffId, message: c.message, assignmentIds: [...c.assignmentIds] })),
    iterations: solution.iterations,
    elapsedMs: Math.round(solution.elapsedMs),
  };
}
