import { solveRota, type SolveRotaOptions } from '../solve/solve-rota.js';
import { type CurtoisInstance } from './curtois-instance.js';
import { type CurtoisRoster } from './curtois-roster.js';
import { curtoisToRotaInput } from './curtois-to-rota.js';
import { scoreCurtoisRoster, type CurtoisScore } from './score-curtois-roster.js';

export interface CurtoisSolution {
  roster: CurtoisRoster;
  /** The roster scored by the checker (FORMAT.md §5): penalty and hard breaches. */
  score: CurtoisScore;
  iterations: number;
  elapsedMs: number;
}

/**
 * Solves a benchmark instance with the rota solver: the instance as a rota (curtoisToRotaInput),
 * every day the solver's to decide, then the roster read back and scored by the checker.
 *
 * @example solveCurtois(parseCurtoisInstance(text), { seed: 1, timeLimitMs: 60_000 }).score.penalty
 */
export function solveCurtois(instance: CurtoisInstance, options: Pick<SolveRotaOptions, 'seed' | 'timeLimitMs' | 'maxIterations' | 'now' | 'onProgress' | 'signal' | 'lpSolver'> = {}): CurtoisSolution {
  const input = curtoisToRotaInput(instance);
  const solution = solveRota(input, { ...options, mode: 'whole-period', explain: false });
  const roster: CurtoisRoster = new Map(instance.employees.map((e) => [e.id, new Array<string | null>(instance.horizonDays).fill(null)]));
  const days = new Map(input.shifts.map((s) => [s.id, { day: Number(s.id.slice(s.id.lastIndexOf('@') + 1)), type: s.shiftTypeId }]));
  for (const a of solution.assignments) {
    const shift = days.get(a.shiftId);
    const row = roster.get(a.staffId);
    if (shift && row) row[shift.day] = shift.type;
  }
  return { roster, score: scoreCurtoisRoster(instance, roster), iterations: solution.iterations, elapsedMs: solution.elapsedMs };
}

/**
 * A roster in the solutions folder's format (FORMAT.md §7): comment lines, then one line per
 * employee in the instance's order, the id and one field per day, empty for a day off. CRLF, as
 * the published files.
 *
 * @example formatCurtoisRoster(instance, roster, ['Instance1, penalty 607']) // '# Instance1, penalty 607\r\nA,,D,D,...'
 */
export function formatCurtoisRoster(instance: CurtoisInstance, roster: CurtoisRoster, comments: readonly string[] = []): string {
  const lines = comments.map((c) => `# ${c}`);
  for (const e of instance.employees) {
    const days = roster.get(e.id) ?? [];
    lines.push([e.id, ...Array.from({ length: instance.horizonDays }, (_, d) => days[d] ?? '')].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
