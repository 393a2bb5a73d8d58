import { createRotaChecker, type RotaReport, type RuleTotals } from '../check/rota-checker.js';
import { type RotaInput } from '../check/rota-input.js';
import { weightedPenalty } from '../check/violation.js';
import { type Assignment } from '../model/assignment.js';
import { type StaffId } from '../model/rota-staff-member.js';
import { type RuleId } from '../rules/rule-id.js';
import { explainGaps, pinConflicts, type PinConflict, type UnfilledGap } from './explain-solution.js';
import { type LpSolver } from './column-generation.js';
import { COST_TERM } from './penalty-ledger.js';
import { RotaSearch, type SearchLimits, type StopReason } from './rota-search.js';
import { compileSolverModel, type AssignmentCost, type SolveMode } from './solver-model.js';

export interface SolveRotaOptions {
  /** 'fill-gaps' (default) keeps every assignment and adds to shifts below their ideal; 'whole-period' re-rosters all but pinned ones. */
  mode?: SolveMode;
  /** The same seed and move count give the same rota. Default 1. */
  seed?: number;
  /** Stop after this long (default 10 s). */
  timeLimitMs?: number;
  /** Stop after this many moves: with it and no time limit, the result depends on the input and the seed alone. */
  maxIterations?: number;
  /** The clock the time limit and progress read, in ms (default performance.now); read once every 1,024 moves. */
  now?: () => number;
  /**
   * Cancels the solve: the best rota so far comes back with status 'cancelled'. An AbortSignal
   * fits. In a worker thread the loop does not see messages while it runs: use solveRotaAsync,
   * or pass an object whose `aborted` reads a SharedArrayBuffer flag the parent sets.
   */
  signal?: { readonly aborted: boolean };
  onProgress?: (progress: SolveProgress) => void;
  /** Default 250 ms. */
  progressIntervalMs?: number;
  /** Price of each person on each shift, in pence: a soft term of `costPerPound` points per pound. */
  cost?: AssignmentCost;
  costPerPound?: number;
  /** Explain every unfilled gap, candidate by candidate (default true). */
  explain?: boolean;
  /** Checker previews spent on the blocking rules' sentences (default 2,000); rule ids are always given. */
  explainBudget?: number;
  /**
   * A loaded LP/MIP solver (`await loadLpSolver()`): with it, the search starts with
   * price-and-branch over each person's rows where the rows are cheap to enumerate (see
   * solve/README.md). Without it, the annealing alone.
   */
  lpSolver?: LpSolver;
}

export interface SolveProgress {
  iterations: number;
  elapsedMs: number;
  /** Soft penalty (plus cost) of the best rota so far with no hard breach; null until there is one. */
  bestPenalty: number | null;
  /**
   * Hard-rule units (shifts, days, hours...) the roster being searched breaks at this moment;
   * 0 once a rota with no hard breach has been found (bestPenalty is then that rota's).
   */
  hardUnits: number;
  timeLimitMs: number | null;
}

/** One person's share of the penalty. */
export interface PersonPenalty {
  staffId: StaffId;
  name: string;
  softPenalty: number;
  hardViolationCount: number;
  /** Soft points per rule (only the rules that charge them). */
  byRule: Partial<Record<RuleId, number>>;
  /** Points for the cost of their assignments, when a cost function was given. */
  cost: number;
}

export interface RotaSolution {
  /**
   * 'solved': no hard rule broken; 'infeasible': the best rota found still breaks one (see
   * `conflicts` for breaches the kept assignments force, and `report` for all); 'cancelled':
   * stopped by the signal, best rota so far.
   */
  status: 'solved' | 'infeasible' | 'cancelled';
  stoppedBy: StopReason;
  /** Every assignment of the rota after the solve (history and kept ones included). */
  assignments: Assignment[];
  /** What would change against the input: the preview a manager accepts or rejects. */
  changes: { added: Assignment[]; removed: Assignment[]; kept: number };
  /** The checker's report on the result: the truth about every rule. */
  report: RotaReport;
  penalty: {
    /** Soft penalty plus cost points: what the solver minimised. */
    total: number;
    /** The checker's soft penalty. */
    rules: number;
    cost: number;
    /** The solver's own running total for the same rota (its incremental terms): equal to `total` (tested), kept as a check. */
    solver: number;
  };
  byRule: Record<RuleId, RuleTotals>;
  byPerson: PersonPenalty[];
  unfilledGaps: UnfilledGap[];
  conflicts: PinConflict[];
  iterations: number;
  elapsedMs: number;
  seed: number;
}

const DEFAULT_TIME_LIMIT_MS = 10_000;

/**
 * Loads the LP/MIP solver (HiGHS, compiled to WebAssembly) that `lpSolver` takes; once per
 * process or worker thread.
 *
 * @example const lpSolver = await loadLpSolver(); solveRota(input, { lpSolver });
 */
export async function loadLpSolver(): Promise<LpSolver> {
  // The package's ES module build exports the loader as default; its one declaration file is
  // written for CommonJS, where TypeScript reads `default` as the namespace.
  const loadHighs = (await import('highs')).default as unknown as () => Promise<LpSolver>;
  return loadHighs();
}

/**
 * Fills a rota period, or only its gaps, keeping pinned assignments and never breaking a hard
 * rule it can keep; minimises the rules' weighted soft penalty (cover, preferences, fairness,
 * contracted hours, working time) plus cost. Pure and synchronous: run it in a worker thread.
 *
 * @example
 * const solution = solveRota(input, { mode: 'whole-period', seed: 1, timeLimitMs: 5_000, onProgress: (p) => post(p) });
 * solution.status; // 'solved'
 * solution.changes.added.length; // assignments to preview
 * solution.unfilledGaps[0]?.candidates[0]; // { name: 'Ann Smith', outcome: 'blocked', rules: [{ ruleId: 'approved-absence', ... }] }
 */
export function solveRota(input: RotaInput, options: SolveRotaOptions = {}): RotaSolution {
  const run = startSolve(input, options);
  return run.finish(run.search.run(run.limits));
}

/**
 * As solveRota, but hands the event loop back every `sliceMs` (default 50 ms), so a worker
 * thread can receive a cancel message and an AbortSignal it aborts takes effect. The moves are
 * the same as solveRota's for the same seed: slicing never changes the trajectory.
 *
 * @example const controller = new AbortController(); parentPort.on('message', () => controller.abort()); await solveRotaAsync(input, { signal: controller.signal });
 */
export async function solveRotaAsync(input: RotaInput, options: SolveRotaOptions & { sliceMs?: number } = {}): Promise<RotaSolution> {
  const run = startSolve(input, options);
  const now = run.limits.now ?? (() => performance.now());
  const total = run.limits.timeLimitMs ?? Number.POSITIVE_INFINITY;
  const slice = options.sliceMs ?? 50;
  for (;;) {
    const elapsed = now() - (run.limits.startedAt ?? 0);
    const stopped = run.search.run({ ...run.limits, timeLimitMs: Math.min(total, elapsed + slice), budgetMs: total });
    if (stopped !== 'time-limit' || now() - (run.limits.startedAt ?? 0) >= total) return run.finish(stopped);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}

function startSolve(input: RotaInput, options: SolveRotaOptions): { search: RotaSearch; limits: SearchLimits & { startedAt: number }; finish: (stopped: StopReason) => RotaSolution } {
  const now = options.now ?? (() => performance.now());
  const startedAt = now();
  const seed = options.seed ?? 1;
  const model = compileSolverModel(input, { mode: options.mode ?? 'fill-gaps', cost: options.cost, costPerPound: options.costPerPound });
  const search = new RotaSearch(model, seed, options.lpSolver);
  const timeLimitMs = options.timeLimitMs ?? (options.maxIterations === undefined ? DEFAULT_TIME_LIMIT_MS : undefined);
  const limits = {
    seed,
    maxIterations: options.maxIterations,
    timeLimitMs,
    now,
    signal: options.signal,
    progressIntervalMs: options.progressIntervalMs,
    startedAt,
    onProgress: options.onProgress
      ? (p: { iterations: number; elapsedMs: number; bestPenalty: number | null }) =>
          options.onProgress?.({ iterations: p.iterations, elapsedMs: p.elapsedMs, bestPenalty: p.bestPenalty, hardUnits: p.bestPenalty === null ? Math.round(search.state.ledger.hardTotal * 100) / 100 : 0, timeLimitMs: timeLimitMs ?? null })
      : undefined,
  };
  const finish = (stopped: StopReason): RotaSolution => {
    search.restoreBest();
    const state = search.state;
    const assignments = state.assignments();
    const checker = createRotaChecker({ ...input, assignments });
    const report = checker.report();
    const costPoints = state.ledger.soft[COST_TERM]!;
    const byPerson = personPenalties(report, model.people, (p) => {
      let sum = 0;
      for (const t of model.unary) {
        if (t.term !== COST_TERM) continue;
        for (let d = model.periodFrom; d <= model.periodTo; d += 1) {
          const g = state.cells[p * model.rowDays + d]!;
          if (g >= 0) sum += t.byOption[p * model.optionCount + g]!;
        }
      }
      return sum;
    });
    const explain = options.explain ?? true;
    const inputIds = new Set(input.assignments.map((a) => a.id));
    const outputIds = new Set(assignments.map((a) => a.id));
    return {
      status: stopped === 'cancelled' ? 'cancelled' : report.valid ? 'solved' : 'infeasible',
      stoppedBy: stopped,
      assignments,
      changes: {
        added: assignments.filter((a) => !inputIds.has(a.id)),
        removed: input.assignments.filter((a) => !outputIds.has(a.id)),
        kept: assignments.filter((a) => inputIds.has(a.id)).length,
      },
      report,
      penalty: { total: round(report.softPenalty + costPoints), rules: report.softPenalty, cost: round(costPoints), solver: round(state.ledger.softTotal) },
      byRule: report.byRule,
      byPerson,
      unfilledGaps: explain ? explainGaps(state, checker, options.explainBudget ?? 2000) : [],
      conflicts: report.valid ? [] : pinConflicts(state),
      iterations: search.iterations,
      elapsedMs: now() - startedAt,
      seed,
    };
  };
  return { search, limits, finish };
}

function personPenalties(report: RotaReport, people: readonly { member: { id: StaffId }; name: string }[], costOf: (p: number) => number): PersonPenalty[] {
  const byId = new Map<StaffId, PersonPenalty>();
  const rows = people.map((person, p) => {
    const row: PersonPenalty = { staffId: person.member.id, name: person.name, softPenalty: 0, hardViolationCount: 0, byRule: {}, cost: round(costOf(p)) };
    byId.set(person.member.id, row);
    return row;
  });
  for (const v of report.violations) {
    const row = v.staffId === null ? undefined : byId.get(v.staffId);
    if (!row) continue;
    if (v.severity === 'hard') row.hardViolationCount += 1;
    const points = weightedPenalty(v);
    if (points === 0) continue;
    row.softPenalty = round(row.softPenalty + points);
    row.byRule[v.ruleId] = round((row.byRule[v.ruleId] ?? 0) + points);
  }
  return rows;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6 || 0;
}
