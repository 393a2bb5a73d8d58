import { checkRota, type RotaReport } from '../check/rota-checker.js';
import { weightedPenalty, type Violation } from '../check/violation.js';
import { type CurtoisInstance } from './curtois-instance.js';
import { type CurtoisRoster } from './curtois-roster.js';
import { curtoisToRotaInput } from './curtois-to-rota.js';

export interface CurtoisScore {
  /** The benchmark's objective (FORMAT.md §5): the rota's soft penalty under curtoisSettings. */
  penalty: number;
  /** True when no hard constraint is broken. */
  feasible: boolean;
  hardViolations: Violation[];
  breakdown: { requests: number; underCover: number; overCover: number };
  report: RotaReport;
}

/**
 * Scores a roster through this package's rule model: feasibility from the hard rules, the
 * objective from the soft ones.
 *
 * @example scoreCurtoisRoster(instance, roster).penalty // 607 for Instance1's published optimum
 */
export function scoreCurtoisRoster(instance: CurtoisInstance, roster: CurtoisRoster): CurtoisScore {
  const report = checkRota(curtoisToRotaInput(instance, roster));
  const sum = (ruleId: Violation['ruleId']): number => report.violations.filter((v) => v.ruleId === ruleId).reduce((total, v) => total + weightedPenalty(v), 0);
  const hardViolations = report.violations.filter((v) => v.severity === 'hard');
  return {
    penalty: report.softPenalty,
    feasible: hardViolations.length === 0,
    hardViolations,
    breakdown: { requests: sum('staff-preferences'), underCover: sum('minimum-cover'), overCover: sum('over-cover') },
    report,
  };
}
