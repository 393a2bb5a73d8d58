import { ColumnPool, type LpSolver } from './column-generation.js';
import { RULE_INDEX } from './penalty-ledger.js';
import { FREE_DAY, bestPricedRow, bestRow } from './row-optimiser.js';
import { RosterState } from './roster-state.js';
import { seededRandom } from './seeded-random.js';
import { type SolverModel } from './solver-model.js';

/** What the search reports while it runs. */
interface SearchProgress {
  iterations: number;
  elapsedMs: number;
  /** Soft penalty of the best roster found so far with no hard breach (null until there is one). */
  bestPenalty: number | null;
  /** Hard units of the roster the search stands on. */
  currentHardUnits: number;
}

export interface SearchLimits {
  seed: number;
  /** Stop after this many moves (default: no limit). With a fixed count the result depends on the seed alone. */
  maxIterations?: number;
  /** Stop after this long on `now`'s clock (default: no limit). */
  timeLimitMs?: number;
  /** The clock, in milliseconds; read once every CHECK_EVERY moves, never otherwise. */
  now?: () => number;
  signal?: { readonly aborted: boolean };
  onProgress?: (progress: SearchProgress) => void;
  progressIntervalMs?: number;
  /** When the whole solve started on `now`'s clock, for a run in slices (default: when this run starts). */
  startedAt?: number;
  /** The whole solve's time limit, for a run in slices whose `timeLimitMs` ends the slice (default: timeLimitMs). */
  budgetMs?: number;
}

export type StopReason = 'iterations' | 'time-limit' | 'cancelled';

const CHECK_EVERY = 1024;
const MAX_BLOCK = 7;
// Search settings, compared on Curtois instances 4-8 at equal CPU time (a few seeds each) and
// checked for feasibility on synthetic instances up to 364 days x 150 staff x 32 shift types.
// They are scales, not facts about an instance: temperatures are shares of the problem's own
// penalty steps.
/** Moves per annealing cycle: this many per decision cell, between CYCLE_MOVES_MIN and CYCLE_MOVES_MAX (a year for 150 staff reaches its first restart in about half a minute). */
const CYCLE_MOVES_PER_CELL = 4000;
const CYCLE_MOVES_MIN = 250_000;
const CYCLE_MOVES_MAX = 20_000_000;
/** Start and end temperatures: a share of the dearest soft unit, and of the smallest uphill step seen. */
const START_TEMPERATURE = 0.15;
const END_TEMPERATURE = 0.5;
/** How hot each cycle starts, in turn, against the start temperature. */
const CYCLE_HEAT = [1, 1 / 3, 3] as const;
/** The hard weight moves by this factor every 1,024 moves, between 1 and LAMBDA_CAP times its floor. */
const LAMBDA_STEP = 1.05;
const LAMBDA_CAP = 8;
/** Share of moves that fill a shift below its minimum, and the longest chain of people such a move passes shifts along. */
const FILL_GAP_SHARE = 0.1;
const CHAIN_LINKS = 4;
/** Labels kept per day by the row programme: 600 over four weeks, fewer over longer periods (at least 150). */
const ROW_BEAM_DAYS = 600 * 28;
const ROW_BEAM_MIN = 150;
/**
 * Share of moves that re-roster one person's whole row at its best given the others, on periods
 * whose programme is cheap enough (below). Curtois at 60 s CPU against the annealing without it: Instance 6
 * 2155 -> 1975, 5 1252 -> 1237, 7 1084 -> 1090, 1-4 within 5 points; on Instance 8 (28 days) the
 * programme (four shift types) took most of the time (5 million moves instead of 86) and 1387
 * became 1690, so the move is made only where one row's programme handles at most ROW_MOVE_WORK
 * labels (beam x (shift types + 1) x days: 67,200 on Instances 6-7, 84,000 on 8, 1.8 million on a
 * year of 32 types); other rows are left to the polish between cycles.
 */
const ROW_MOVE_SHARE = 0.003;
const ROW_MOVE_WORK = 70_000;
/**
 * Where the whole row is too dear for the annealing (above), WINDOW_MOVE_SHARE of moves re-roster
 * a window of WINDOW_DAYS_MIN to WINDOW_DAYS_MAX days of one person's row at its best, the rest of
 * the row and everyone else as they stand (the row programme choosing the window's days only),
 * with a beam of WINDOW_BEAM labels: the window branches on a few days, and the programme's cost
 * is mostly the labels it carries through the days after it (0.2 ms a move at 50 labels, 0.5 ms at
 * 600, against about 1.5 us for the other moves). Curtois 8 at 60 s CPU, --no-lp, seeds 1/2/3
 * (shared machine): without it 1377/1488/1376; share 0.003 at beam 50 1378/1374/1399; 0.01 at
 * beam 50 1567/1369/1481; 0.01 at the row beam (600) 1518/1584 (seeds 2, 3), a quarter of the
 * moves. In place of the whole-row move on Instances 5-7 it won on 7 (1089/1087/1087 against
 * 1090/1093/1189) but lost on 6 (2082/2187 against 1975/2068), and nothing in the model's size
 * tells 6 from 7, so it stays where the whole-row move is off. The programme runs over the whole
 * period, so the move too is made only where it handles at most ROW_MOVE_WORK labels (7,000 on
 * Instance 8): on the synthetic year of 150 staff and 32 types (600,000) it halved the moves in
 * 120 s and left 8 hard breaches where there had been none.
 */
const WINDOW_MOVE_SHARE = 0.003;
const WINDOW_DAYS_MIN = 4;
const WINDOW_DAYS_MAX = 10;
const WINDOW_BEAM = 50;
/**
 * Price-and-branch before the annealing, where an LP solver is given and one round of pricing
 * (every person's row programme) handles at most MASTER_ROUND_WORK labels: column generation
 * within MASTER_ROUNDS rounds and MASTER_CG_SHARE of the time limit (given up unless it has
 * converged at the base beam by then), a dive until MASTER_DIVE_SHARE, the integer master until
 * MASTER_MIP_SHARE; the annealing has the rest.
 */
const MASTER_ROUND_WORK = 5_000_000;
const MASTER_ROUNDS = 200;
const MASTER_BEAM_GROWTH = 4;
const MASTER_CG_SHARE = 0.25;
const MASTER_DIVE_SHARE = 0.4;
const MASTER_MIP_SHARE = 0.5;
const MASTER_MIP_NODES = 5000;
const MASTER_ANNEAL_MOVES = 2_000_000;
const MASTER_ANNEAL_MOVES_PER_COLUMN = 2000;
/**
 * Column generation counts as converged at a beam when the Lagrangian value (the LP plus every
 * person's best reduced cost) is within this share of the LP: the last rounds before "nothing
 * prices out" add a column or two each and move the LP by hundredths (Curtois 7 at beam 2400:
 * 20 rounds for 1054.8 -> 1054.1), time the dive uses better.
 */
const MASTER_CG_GAP = 0.002;
/**
 * Dive: rounds of pricing after each fixing (up to; it stops when nothing prices out), and the
 * share of the people who have a fractional day fixed each step (one day each, the largest).
 * Fixing single days with up to 50 rounds, against whole rows with 3 (Curtois at 60 s CPU,
 * seeds 1-3): Instance 7 1078, 1079, 1094 against 1087, 1114, 1101; Instance 8 1353, 1463
 * (seeds 1-2) against 1477, 1467.
 */
const MASTER_DIVE_ROUNDS = 50;
const MASTER_DIVE_FIX_SHARE = 0.2;
/**
 * After the master, the annealing's cycles start this much cooler: it goes on from a roster the
 * LP has shaped (or one as good), with half the time or less, so it refines rather than shakes.
 * Curtois at 60 s CPU, seeds 1-3, against the usual heat: Instance 8 1345, 1345, 1363 against
 * 1353, 1444, 1373; Instance 7 1073, 1067, 1153 against 1078, 1079, 1094 (cycles mixing cool
 * and usual starts: 7 1079 and 1104 on seeds 1 and 3, 8 1342 and 1438 on seeds 1 and 2).
 */
const POST_MASTER_HEAT = 0.1;

/**
 * Simulated annealing over the dense roster, with hard rules as a penalty whose weight adapts
 * (raised while the roster breaks them, lowered while it does not: strategic oscillation), so
 * the search can cross infeasible ground between feasible rosters. Moves: change a cell; swap two
 * people's cells on a day or over a block of days (cover unchanged); swap two days of one person
 * (hours and shift counts unchanged); set a block of a person's days to one shift type or off.
 *
 * The temperature follows cycles of a fixed number of moves, each restarting from the best
 * roster, so the trajectory depends on the seed and the move count only: the clock decides where
 * it stops, never what it does.
 */
export class RotaSearch {
  readonly state: RosterState;
  /** Best cells with no hard breach (or, until there is one, with the fewest hard units). */
  readonly bestCells: Int32Array;
  bestSoft = Number.POSITIVE_INFINITY;
  bestHard = Number.POSITIVE_INFINITY;
  iterations = 0;

  private readonly random: () => number;
  private readonly people: Int32Array;
  private readonly periodDays: number;
  private readonly optionByDayType: Int32Array;
  /** Per cover slot: its options (dated shifts). */
  private readonly slotOptions: Int32Array[];
  private readonly journalP: Int32Array;
  private readonly journalD: Int32Array;
  private readonly journalG: Int32Array;
  private journalLength = 0;
  private lambda: number;
  private readonly lambdaMin: number;
  private temperature = 1;
  private startTemperature = 1;
  private endTemperature = 0.1;
  private readonly cycleLength: number;
  private readonly rowMoveShare: number;
  private readonly windowMoveShare: number;
  /** The window move's kept row, reused: the move is on the annealing's hot path. */
  private readonly windowRow: Int32Array;
  private current = 0;
  /** How hot cycles start against the usual (POST_MASTER_HEAT once the master has run). */
  private heatScale = 1;
  private lastProgress: number | undefined;
  /** The master problem's state: null once done (or never to be run). */
  private master: {
    pool: ColumnPool | null;
    phase: 'columns' | 'dive' | 'integer';
    rounds: number;
    beam: number;
  } | null;

  constructor(
    readonly model: SolverModel,
    seed: number,
    private readonly lp?: LpSolver,
  ) {
    const m = model;
    this.state = new RosterState(m);
    this.random = seededRandom(seed);
    this.people = Int32Array.from(m.decisionDays.flatMap((days, p) => (days.length > 0 ? [p] : [])));
    this.periodDays = m.periodTo - m.periodFrom + 1;
    this.windowRow = new Int32Array(this.periodDays);
    const journal = 4 * MAX_BLOCK + 4 + 2 * this.periodDays;
    this.journalP = new Int32Array(journal);
    this.journalD = new Int32Array(journal);
    this.journalG = new Int32Array(journal);
    this.optionByDayType = new Int32Array(m.rowDays * Math.max(1, m.typeCount)).fill(-1);
    for (let g = m.optionCount - 1; g >= 0; g -= 1) this.optionByDayType[m.optionDay[g]! * m.typeCount + m.optionType[g]!] = g;
    const bySlot: number[][] = Array.from({ length: m.slotCount }, () => []);
    for (let g = 0; g < m.optionCount; g += 1) if (m.optionSlot[g]! >= 0) bySlot[m.optionSlot[g]!]!.push(g);
    this.slotOptions = bySlot.map((list) => Int32Array.from(list));
    this.bestCells = this.state.cells.slice();
    // A hard unit starts as dear as the dearest soft unit a single change can save.
    this.lambdaMin = Math.max(1, largestSoftStep(m));
    this.lambda = this.lambdaMin;
    const cells = this.people.reduce((sum, p) => sum + m.decisionDays[p]!.length, 0);
    this.rowMoveShare = m.reach === 1 && this.rowBeam() * (m.typeCount + 1) * this.periodDays <= ROW_MOVE_WORK ? ROW_MOVE_SHARE : 0;
    this.windowMoveShare = m.reach === 1 && this.rowMoveShare === 0 && this.periodDays > WINDOW_DAYS_MAX && WINDOW_BEAM * (m.typeCount + 1) * this.periodDays <= ROW_MOVE_WORK ? WINDOW_MOVE_SHARE : 0;
    this.cycleLength = Math.min(CYCLE_MOVES_MAX, Math.max(CYCLE_MOVES_MIN, CYCLE_MOVES_PER_CELL * cells));
    this.current = this.objective();
    this.record();
    this.calibrate();
    // Start from each row at its best in turn: every person's own hard rules kept where a row can
    // keep them, cover taken at the margin (a greedy construction by the row programme).
    this.polish();
    const roundWork = this.people.length * this.rowBeam() * (m.typeCount + 1) * this.periodDays;
    this.master = lp && m.reach === 1 && m.slotCount > 0 && roundWork <= MASTER_ROUND_WORK ? { pool: null, phase: 'columns', rounds: 0, beam: 0 } : null;
  }

  /** Runs until a limit is reached; returns why it stopped. */
  run(limits: SearchLimits): StopReason {
    const now = limits.now ?? (() => performance.now());
    const started = limits.startedAt ?? now();
    const maxIterations = limits.maxIterations ?? Number.POSITIVE_INFINITY;
    const timeLimit = limits.timeLimitMs ?? Number.POSITIVE_INFINITY;
    const interval = limits.progressIntervalMs ?? 250;
    let lastProgress = this.lastProgress ?? started;
    const report = (at: number): void => {
      limits.onProgress?.({ iterations: this.iterations, elapsedMs: at - started, bestPenalty: this.bestHard === 0 ? this.bestSoft : null, currentHardUnits: this.state.ledger.hardTotal });
    };
    if (this.people.length === 0) return 'iterations';
    if (this.master) {
      const budget = limits.budgetMs ?? timeLimit;
      const stopped = this.runMaster(now, started, Math.min(timeLimit, budget), budget, limits.signal);
      if (stopped) {
        report(now());
        return stopped;
      }
    }
    for (;;) {
      const stop = Math.min(maxIterations, this.iterations + CHECK_EVERY);
      while (this.iterations < stop) this.step();
      if (this.iterations >= maxIterations) {
        report(now());
        return 'iterations';
      }
      const at = now();
      if (limits.signal?.aborted) {
        report(at);
        return 'cancelled';
      }
      if (at - started >= timeLimit) {
        // A slice of solveRotaAsync ends here too: report only at the usual interval.
        if (at - lastProgress >= interval) {
          this.lastProgress = at;
          report(at);
        }
        return 'time-limit';
      }
      if (at - lastProgress >= interval) {
        lastProgress = at;
        this.lastProgress = at;
        report(at);
      }
    }
  }

  /**
   * Column generation then the MIP over the pool (price-and-branch), from the roster the polish
   * left; the MIP's roster is judged exactly and kept as the best when it is better. Runs across
   * slices (returns 'time-limit' at the end of one); null once done.
   */
  private runMaster(now: () => number, started: number, sliceEnd: number, budget: number, signal?: { readonly aborted: boolean }): StopReason | null {
    const master = this.master!;
    const lp = this.lp!;
    const m = this.model;
    if (!master.pool) {
      this.restoreBest();
      const people = Int32Array.from(this.people.filter((p) => m.dense[p]));
      const pool = new ColumnPool(this.state, people, this.lambdaMin * LAMBDA_CAP);
      if (people.length === 0 || !pool.addCurrentRows(this.rowBeam())) {
        this.master = null;
        return null;
      }
      master.pool = pool;
      master.beam = this.rowBeam();
    }
    const pool = master.pool;
    const share = (fraction: number): number => (Number.isFinite(budget) ? budget * fraction : Number.POSITIVE_INFINITY);
    const sliceOver = (): StopReason | null => (signal?.aborted ? 'cancelled' : now() - started >= sliceEnd ? 'time-limit' : null);
    // Column generation; when no row prices out, again with a wider beam (the programme's rows
    // are the best it finds within its beam, not proven best), up to MASTER_BEAM_GROWTH times.
    while (master.phase === 'columns') {
      if (master.rounds >= MASTER_ROUNDS || now() - started >= share(MASTER_CG_SHARE)) {
        if (master.beam > this.rowBeam()) {
          // Converged at a narrower beam: the pool is a fair guide, the dive goes on from it.
          master.phase = 'dive';
          break;
        }
        // Not converged in its share: the pool is no guide to a whole roster (Curtois 8 at 60 s:
        // 1471 after a forced dive, 1377 by the annealing alone); the annealing has all the time.
        this.master = null;
        this.restoreBest();
        return null;
      }
      const added = pool.generate(lp, master.beam);
      master.rounds += 1;
      // Converged at this beam: nothing prices out, or what does could lower the LP by at most
      // MASTER_CG_GAP of it (the Lagrangian value: each person's best row at once).
      if (added === 0 || pool.lpValue - pool.lagrangianValue <= MASTER_CG_GAP * Math.abs(pool.lpValue)) {
        if (master.beam >= this.rowBeam() * MASTER_BEAM_GROWTH) {
          master.phase = 'dive';
          break;
        }
        master.beam *= 2;
      }
      const stop = sliceOver();
      if (stop) return stop;
    }
    // Dive: fix the days whose LP value is (nearly) whole and a few of the largest fractional
    // ones, price again until nothing prices out, until every day is fixed (out of time: each
    // person takes their largest column that keeps their fixings).
    while (master.phase === 'dive') {
      pool.solve(lp, false);
      if (now() - started >= share(MASTER_DIVE_SHARE) || signal?.aborted === true) {
        master.phase = 'integer';
        break;
      }
      const free = pool.fixDays(Math.max(1, Math.ceil(pool.people.length * MASTER_DIVE_FIX_SHARE)));
      if (free === 0) {
        master.phase = 'integer';
        break;
      }
      // Fewer days to choose, each person's programme branching on fewer: a wider beam.
      const diveBeam = Math.round(this.rowBeam() * Math.min(MASTER_BEAM_GROWTH * 2, (pool.people.length * this.periodDays) / free));
      for (let k = 0; k < MASTER_DIVE_ROUNDS; k += 1) if (pool.generate(lp, diveBeam) === 0) break;
      const stop = sliceOver();
      if (stop) return stop;
    }
    // The integer master over the whole pool (the dive's columns included, its fixings freed):
    // annealing over column choices from the dive's end, then the MIP from the annealing's
    // answer; the better is judged exactly.
    const dive = pool.fixedChoice()!;
    pool.clearFixings();
    const annealed = pool.anneal(this.random, Math.min(MASTER_ANNEAL_MOVES, MASTER_ANNEAL_MOVES_PER_COLUMN * pool.size), dive);
    const mip = pool.solve(lp, true, { nodes: MASTER_MIP_NODES, stop: () => now() - started >= share(MASTER_MIP_SHARE) || signal?.aborted === true }, annealed.chosen);
    const chosen = mip && pool.mipValue < annealed.value - 1e-9 ? mip : annealed.chosen;
    this.master = null;
    this.journalLength = 0;
    chosen.forEach((j, i) => {
      const p = pool.people[i]!;
      const row = pool.rows[j]!;
      for (const d of m.decisionDays[p]!) this.state.set(p, d, row[d - m.periodFrom]!);
    });
    this.state.settle();
    this.state.ledger.resum();
    this.current = this.objective();
    const { hardTotal, softTotal } = this.state.ledger;
    if (hardTotal < this.bestHard - 1e-9 || (hardTotal <= this.bestHard + 1e-9 && softTotal < this.bestSoft - 1e-9)) this.record();
    this.polish();
    this.restoreBest();
    this.heatScale = POST_MASTER_HEAT;
    return signal?.aborted ? 'cancelled' : null;
  }

  private objective(): number {
    return this.state.ledger.softTotal + this.lambda * this.state.ledger.hardTotal;
  }

  /** Sets the temperatures: from the dearest soft unit, and the smallest uphill step of a few hundred random moves (undone). */
  private calibrate(): void {
    const ups: number[] = [];
    for (let i = 0; i < 400; i += 1) {
      this.journalLength = 0;
      this.propose();
      this.state.settle();
      const delta = this.objective() - this.current;
      this.undo();
      if (delta > 1e-9) ups.push(delta);
    }
    this.state.settle();
    ups.sort((a, b) => a - b);
    const smallest = ups[0] ?? 1;
    // Start where losing a person of cover is sometimes taken; end where only the smallest steps are, rarely.
    this.startTemperature = Math.max(1e-6, START_TEMPERATURE * this.lambdaMin);
    this.endTemperature = Math.min(this.startTemperature / 10, Math.max(1e-6, END_TEMPERATURE * smallest));
    this.temperature = this.startTemperature;
  }

  private step(): void {
    const position = this.iterations % this.cycleLength;
    if (position === 0 && this.iterations > 0) this.restart();
    if ((this.iterations & 1023) === 0) this.adapt(position);
    this.iterations += 1;
    this.journalLength = 0;
    if (!this.propose()) return;
    this.state.settle();
    const next = this.objective();
    const delta = next - this.current;
    if (delta <= 0 || this.random() < Math.exp(-delta / this.temperature)) {
      this.current = next;
      const { hardTotal, softTotal } = this.state.ledger;
      if (hardTotal < this.bestHard - 1e-9 || (hardTotal <= this.bestHard + 1e-9 && softTotal < this.bestSoft - 1e-9)) this.record();
    } else {
      this.undo();
      this.state.settle();
    }
  }

  /** Geometric cooling within the cycle, and the hard weight's oscillation. */
  private adapt(position: number): void {
    const fraction = position / this.cycleLength;
    // Cycles alternate how hot they start (x1, x1/3, x3, all cooler after the master), so restarts
    // from the best roster do not all shake it alike.
    const cycle = Math.floor(this.iterations / this.cycleLength);
    const start = this.startTemperature * CYCLE_HEAT[cycle % CYCLE_HEAT.length]! * this.heatScale;
    this.temperature = start * Math.pow(this.endTemperature / start, fraction);
    const ledger = this.state.ledger;
    // Until a roster with no hard breach is known, the weight may grow without that cap.
    const cap = this.bestHard > 1e-9 ? 1e6 : LAMBDA_CAP;
    this.lambda = ledger.hardTotal > 1e-9 ? Math.min(this.lambdaMin * cap, this.lambda * LAMBDA_STEP) : Math.max(this.lambdaMin, this.lambda / LAMBDA_STEP);
    ledger.resum();
    this.current = this.objective();
  }

  /** Puts the best roster back on the state (for reading its ledger, or to go on from it). */
  restoreBest(): void {
    const m = this.model;
    for (const p of this.people) {
      for (const d of m.decisionDays[p]!) this.state.set(p, d, this.bestCells[p * m.rowDays + d]!);
    }
    this.state.settle();
    this.state.ledger.resum();
    this.current = this.objective();
  }

  /**
   * Re-rosters each person in turn at their best row given the others, keeping each change that
   * does not make the roster worse: the local optimum of the largest neighbourhood, before the
   * next cycle. Deterministic, like every move.
   */
  private polish(): void {
    const m = this.model;
    if (m.reach !== 1) return;
    const order = Int32Array.from(this.people);
    for (let pass = 0; pass < 3; pass += 1) {
      for (let i = order.length - 1; i > 0; i -= 1) {
        const j = this.pick(i + 1);
        const t = order[i]!;
        order[i] = order[j]!;
        order[j] = t;
      }
      let improved = false;
      for (const p of order) {
        if (!m.dense[p]) continue;
        this.journalLength = 0;
        const before = this.objective();
        if (!this.rerosterPerson(p)) continue;
        this.state.settle();
        const after = this.objective();
        if (after <= before + 1e-9) {
          if (after < before - 1e-9) improved = true;
          this.current = after;
          const { hardTotal, softTotal } = this.state.ledger;
          if (hardTotal < this.bestHard - 1e-9 || (hardTotal <= this.bestHard + 1e-9 && softTotal < this.bestSoft - 1e-9)) this.record();
        } else {
          this.undo();
          this.state.settle();
        }
      }
      if (!improved) break;
    }
  }

  private rowBeam(): number {
    return Math.max(ROW_BEAM_MIN, Math.round(ROW_BEAM_DAYS / this.periodDays));
  }

  /** Each new cycle starts from the best roster, every row re-rostered at its best (the polish). */
  private restart(): void {
    this.restoreBest();
    this.lambda = this.lambdaMin;
    this.current = this.objective();
    this.polish();
    this.lambda = this.lambdaMin;
    this.restoreBest();
  }

  private record(): void {
    this.state.settle();
    this.bestCells.set(this.state.cells);
    this.bestSoft = this.state.ledger.softTotal;
    this.bestHard = this.state.ledger.hardTotal;
  }

  private undo(): void {
    for (let i = this.journalLength - 1; i >= 0; i -= 1) this.state.set(this.journalP[i]!, this.journalD[i]!, this.journalG[i]!);
    this.journalLength = 0;
  }

  private put(p: number, d: number, g: number): void {
    const old = this.state.cells[p * this.model.rowDays + d]!;
    if (old === g) return;
    const i = this.journalLength;
    this.journalP[i] = p;
    this.journalD[i] = d;
    this.journalG[i] = old;
    this.journalLength = i + 1;
    this.state.set(p, d, g);
  }

  /** Makes one random move; false when the one drawn changes nothing. */
  private propose(): boolean {
    const r = this.random();
    if (r < this.rowMoveShare) return this.rerosterPerson(this.people[this.pick(this.people.length)]!);
    if (r < this.rowMoveShare + this.windowMoveShare) return this.rerosterWindow(this.people[this.pick(this.people.length)]!);
    if (r < FILL_GAP_SHARE) return this.fillGap();
    if (r < 0.35) return this.change();
    if (r < 0.6) return this.swapPeople(1);
    if (r < 0.8) return this.swapPeople(2 + Math.floor(this.random() * (MAX_BLOCK - 1)));
    if (r < 0.9) return this.swapDays();
    return this.setBlock();
  }

  private pick(n: number): number {
    return Math.floor(this.random() * n);
  }

  private choicesOf(p: number, d: number): [number, number] {
    const cell = p * this.periodDays + (d - this.model.periodFrom);
    return [this.model.choiceStart[cell]!, this.model.choiceStart[cell + 1]!];
  }

  private isDecision(p: number, d: number): boolean {
    return d >= this.model.periodFrom && d <= this.model.periodTo && !this.model.isFixed[p * this.model.rowDays + d];
  }

  private mayWork(p: number, g: number): boolean {
    return g < 0 || this.model.allowed[p * this.model.optionCount + g] === 1;
  }

  private change(): boolean {
    const p = this.people[this.pick(this.people.length)]!;
    const days = this.model.decisionDays[p]!;
    const d = days[this.pick(days.length)]!;
    const [from, to] = this.choicesOf(p, d);
    const current = this.state.cells[p * this.model.rowDays + d]!;
    const k = this.pick(to - from + 1);
    const g = k === to - from ? -1 : this.model.choices[from + k]!;
    if (g === current) return false;
    this.put(p, d, g);
    return true;
  }

  /** One person's whole row re-rostered at its best with everyone else as they are (a very large neighbourhood). */
  private rerosterPerson(p: number): boolean {
    const m = this.model;
    if (!m.dense[p] || m.reach !== 1) return false;
    const days = m.decisionDays[p]!;
    for (const d of days) this.put(p, d, -1);
    const row = bestRow(this.state, p, this.rowBeam());
    if (row === null) {
      this.undo();
      return this.journalLength > 0;
    }
    for (const d of days) this.put(p, d, row[d - m.periodFrom]!);
    return true;
  }

  /**
   * Days start..start+length-1 of one person's row re-rostered at their best, the rest of the row
   * and everyone else as they are: the row programme branching on the window's days only.
   */
  private rerosterWindow(p: number): boolean {
    const m = this.model;
    if (!m.dense[p]) return false;
    const length = WINDOW_DAYS_MIN + this.pick(WINDOW_DAYS_MAX - WINDOW_DAYS_MIN + 1);
    const start = m.periodFrom + this.pick(Math.max(1, this.periodDays - length + 1));
    const end = Math.min(m.periodTo, start + length - 1);
    const forced = this.windowRow;
    for (let d = m.periodFrom; d <= m.periodTo; d += 1) forced[d - m.periodFrom] = d >= start && d <= end ? FREE_DAY : this.state.cells[p * m.rowDays + d]!;
    // The window's own cells come off first, so cover is charged at the margin of the others.
    for (let d = start; d <= end; d += 1) if (this.isDecision(p, d)) this.put(p, d, -1);
    const priced = bestPricedRow(this.state, p, WINDOW_BEAM, { forced });
    if (priced === null) {
      this.undo();
      return false;
    }
    for (let d = start; d <= end; d += 1) if (this.isDecision(p, d)) this.put(p, d, priced.row[d - m.periodFrom]!);
    return this.journalLength > 0;
  }

  /**
   * An ejection chain from a shift short of its minimum: someone off that day takes it; half the
   * time they give up another shift of the same length (their hours unchanged), preferring one
   * its slot can spare; if it cannot, the chain goes on from that shift, up to CHAIN_LINKS people.
   */
  private fillGap(): boolean {
    const m = this.model;
    if (m.slotCount === 0) return false;
    let s = -1;
    for (let tries = 0; tries < 8; tries += 1) {
      const candidate = this.pick(m.slotCount);
      if (this.state.cover.count[candidate]! < m.slotMinimum[candidate]!) {
        s = candidate;
        break;
      }
    }
    if (s < 0) return false;
    const shifts = this.slotOptions[s]!;
    let g = shifts[this.pick(shifts.length)]!;
    let changed = false;
    for (let link = 0; link < CHAIN_LINKS; link += 1) {
      const d = m.optionDay[g]!;
      const p = this.people[this.pick(this.people.length)]!;
      if (!this.isDecision(p, d) || !this.mayWork(p, g)) return changed;
      const current = this.state.cells[p * m.rowDays + d]!;
      if (current === g) return changed;
      this.put(p, d, g);
      changed = true;
      if (current >= 0 || this.random() < 0.5) return true;
      // Give up another shift of the same length: one its slot can spare if there is one in a few tries.
      const days = m.decisionDays[p]!;
      let dropped = -1;
      let droppedDay = -1;
      for (let tries = 0; tries < 6; tries += 1) {
        const other = days[this.pick(days.length)]!;
        const h = this.state.cells[p * m.rowDays + other]!;
        if (other === d || h < 0 || m.optionPaid[h] !== m.optionPaid[g]) continue;
        const slot = m.optionSlot[h]!;
        dropped = h;
        droppedDay = other;
        if (slot < 0 || this.state.cover.count[slot]! > m.slotMinimum[slot]!) break;
      }
      if (dropped < 0) return true;
      this.put(p, droppedDay, -1);
      const slot = m.optionSlot[dropped]!;
      if (slot < 0 || this.state.cover.count[slot]! >= m.slotMinimum[slot]!) return true;
      g = dropped;
    }
    return changed;
  }

  /** Two people trade their cells over `length` days from a random decision day of the first. */
  private swapPeople(length: number): boolean {
    const m = this.model;
    const p = this.people[this.pick(this.people.length)]!;
    const q = this.people[this.pick(this.people.length)]!;
    if (p === q) return false;
    const days = m.decisionDays[p]!;
    const start = days[this.pick(days.length)]!;
    let changed = false;
    for (let d = start; d < start + length && d <= m.periodTo; d += 1) {
      if (!this.isDecision(p, d) || !this.isDecision(q, d)) break;
      const a = this.state.cells[p * m.rowDays + d]!;
      const b = this.state.cells[q * m.rowDays + d]!;
      if (a === b) continue;
      if (!this.mayWork(p, b) || !this.mayWork(q, a)) break;
      this.put(p, d, b);
      this.put(q, d, a);
      changed = true;
    }
    return changed;
  }

  /** One person works day b's shift type on day a and day a's on day b. */
  private swapDays(): boolean {
    const m = this.model;
    const p = this.people[this.pick(this.people.length)]!;
    const days = m.decisionDays[p]!;
    if (days.length < 2) return false;
    const a = days[this.pick(days.length)]!;
    // Mostly near by: shifting the edge of a block of work by a day or two.
    const b = this.random() < 0.5 ? a + (this.random() < 0.5 ? -1 : 1) * (1 + this.pick(2)) : days[this.pick(days.length)]!;
    if (b === a || !this.isDecision(p, b)) return false;
    const ga = this.state.cells[p * m.rowDays + a]!;
    const gb = this.state.cells[p * m.rowDays + b]!;
    const na = gb < 0 ? -1 : this.optionByDayType[a * m.typeCount + m.optionType[gb]!]!;
    const nb = ga < 0 ? -1 : this.optionByDayType[b * m.typeCount + m.optionType[ga]!]!;
    if ((gb >= 0 && na < 0) || (ga >= 0 && nb < 0) || !this.mayWork(p, na) || !this.mayWork(p, nb)) return false;
    if (na === ga && nb === gb) return false;
    this.put(p, a, na);
    this.put(p, b, nb);
    return true;
  }

  /** A run of one person's days set to one shift type (where allowed) or all off. */
  private setBlock(): boolean {
    const m = this.model;
    const p = this.people[this.pick(this.people.length)]!;
    const days = m.decisionDays[p]!;
    const start = days[this.pick(days.length)]!;
    const length = 2 + this.pick(MAX_BLOCK - 1);
    const type = this.random() < 0.3 ? -1 : this.pick(m.typeCount);
    let changed = false;
    for (let d = start; d < start + length && d <= m.periodTo; d += 1) {
      if (!this.isDecision(p, d)) break;
      const g = type < 0 ? -1 : this.optionByDayType[d * m.typeCount + type]!;
      if (type >= 0 && (g < 0 || !this.mayWork(p, g))) continue;
      if (this.state.cells[p * m.rowDays + d] === g) continue;
      this.put(p, d, g);
      changed = true;
    }
    return changed;
  }
}

/** The largest soft points one cell can move: the scale a hard unit must outweigh. */
function largestSoftStep(model: SolverModel): number {
  const ledger = model.ledger;
  let largest = 0;
  for (let s = 0; s < model.slotCount; s += 1) {
    largest = Math.max(largest, model.slotWeightBelowMinimum[s]! * ledger.softWeight[RULE_INDEX['minimum-cover']]!, model.slotWeightBelowIdeal[s]! * ledger.softWeight[RULE_INDEX['ideal-cover']]!);
  }
  for (const t of model.unary) {
    if (t.hard) continue;
    for (let i = 0; i < t.byOption.length; i += 1) largest = Math.max(largest, t.byOption[i]!);
  }
  return largest;
}
