import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AfcBand } from '@recordroom/people';
import { type RotaSolution, type SolveProgress } from '@recordroom/rota';
import { type SolveProgressDto } from '@recordroom/contracts';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { connectionFailureOf } from '../../database/connection-failure.js';
import { RotaPeriodsRepository } from '../periods.repository.js';
import { RotaInputRepository } from '../rota-input.repository.js';
import { RotaSolvesRepository } from './rota-solves.repository.js';
import { solvePreview } from './solve-preview.js';
import { type SolveWorkerData, type SolveWorkerMessage } from './solve-worker.js';

/** The pg-boss queue of solves. */
const SOLVE_QUEUE = 'rota-solve';
const HEARTBEAT_MS = 1000;
const SWEEP_MS = 10_000;
const STOPPED = 'The API stopped while this solve ran, so nothing was applied. Start it again.';
const DIED = 'The API instance running this solve stopped answering (it was restarted or lost), so nothing was applied. Start it again.';

interface Running {
  worker: Worker;
  cancel(): void;
}

/**
 * Runs auto-rostering solves as pg-boss jobs: a request queues one (after its rota_solve row
 * commits), a replica with workers free claims it, loads the rota, runs the search in a worker
 * thread (the event loop stays free for requests), writes progress and a heartbeat every second,
 * and stores the preview. A cancel reaches the replica running it through the row (any replica
 * may be asked). A replica stopping marks its running solves failed; one that dies is found by
 * the sweep (no heartbeat for RECORDROOM_SOLVE_STALE_SECONDS): never half-applied, since only
 * accepting a preview writes to the rota.
 */
@Injectable()
export class SolveQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger('SolveQueue');
  private boss: PgBoss | undefined;
  private sweep: NodeJS.Timeout | undefined;
  private readonly running = new Map<string, Running>();
  private stopping = false;
  private lastConnectionWarning = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly solves: RotaSolvesRepository,
    private readonly periods: RotaPeriodsRepository,
    private readonly rotas: RotaInputRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) throw new Error('The solve queue needs the database URL');
    // pg-boss keeps its jobs in its own schema, which it creates and upgrades itself on start.
    const boss = new PgBoss({ connectionString: url, max: 3, application_name: 'recordroom-solve-queue' });
    boss.on('error', (error) => this.onBossError(error));
    await boss.start();
    await boss.createQueue(SOLVE_QUEUE, { name: SOLVE_QUEUE, retryLimit: 0, expireInSeconds: this.config.solve.maxSeconds + 600 });
    this.boss = boss;
    await this.failStale();
    this.sweep = setInterval(() => void this.failStale(), SWEEP_MS);
    this.sweep.unref();
    for (let i = 0; i < this.config.solve.workers; i += 1) {
      await boss.work<{ solveId: string }>(SOLVE_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
        if (job) await this.run(job.data.solveId);
      });
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.sweep) clearInterval(this.sweep);
    for (const [id, run] of this.running) {
      await this.solves.finish(this.dataSource.manager, id, { status: 'failed', failure: STOPPED });
      await run.worker.terminate();
    }
    await this.boss?.stop({ graceful: true, wait: true, timeout: 5000 });
  }

  /**
   * pg-boss's errors. Losing the database is logged once as an error by DatabaseAvailability;
   * pg-boss, polling every half second, would repeat it: its connection errors are warnings, at
   * most one a minute. Anything else is an error.
   */
  private onBossError(error: Error & { code?: string }): void {
    const connection = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|terminat|Connection|connect/i.test(`${error.code ?? ''} ${error.message}`) || error.code === '57P01' || error.code === '57P03';
    if (!connection) return this.log.error(`pg-boss: ${error.message}`);
    this.warnUnreachable(`pg-boss cannot reach the database (${error.message}); solves wait until it answers again`);
  }

  /**
   * The queue's own writes (the stale sweep every 10 s, heartbeats every second) while the
   * database is away: as pg-boss's, a warning at most once a minute, since DatabaseAvailability
   * logs the outage once as an error. Any other failure is an error.
   */
  private onWriteError(what: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (connectionFailureOf(error) === null) return this.log.error(`${what} failed: ${message}`);
    this.warnUnreachable(`${what} waits for the database (${message})`);
  }

  private warnUnreachable(message: string): void {
    const now = Date.now();
    if (now - this.lastConnectionWarning < 60_000) return;
    this.lastConnectionWarning = now;
    this.log.warn(message);
  }

  /** Queues a solve whose row has committed. */
  async enqueue(solveId: string): Promise<void> {
    if (!this.boss) throw new Error('The solve queue has not started');
    await this.boss.send(SOLVE_QUEUE, { solveId }, { id: solveId, retryLimit: 0, expireInSeconds: this.config.solve.maxSeconds + 600 });
  }

  /** Takes a queued job off the queue (a cancelled solve that never started). */
  async dequeue(solveId: string): Promise<void> {
    await this.boss?.cancel(SOLVE_QUEUE, solveId);
  }

  /** Stops a solve this replica is running now; false if it runs elsewhere (it sees the row). */
  cancelHere(solveId: string): boolean {
    const run = this.running.get(solveId);
    run?.cancel();
    return run !== undefined;
  }

  private async failStale(): Promise<void> {
    try {
      const failed = await this.solves.failStale(this.dataSource.manager, this.config.solve.staleSeconds, DIED);
      if (failed.length > 0) this.log.warn(`Marked ${failed.length} solve(s) failed: no heartbeat for ${this.config.solve.staleSeconds} s`);
    } catch (error) {
      this.onWriteError('Sweeping stale solves', error);
    }
  }

  private async run(solveId: string): Promise<void> {
    if (this.stopping) return;
    const em = this.dataSource.manager;
    const solve = await this.solves.findById(em, solveId);
    if (!solve || solve.status !== 'queued') return;
    const period = await this.periods.findInOrganisation(em, solve.organisationId, solve.periodId);
    if (!period) return void (await this.solves.finish(em, solveId, { status: 'failed', failure: 'The rota period no longer exists.' }));
    const loaded = await this.rotas.load(em, solve.organisationId, solve.departmentId, period);
    // The version read with the rota: accepting checks the period has not moved on from it.
    if (!(await this.solves.claim(em, solveId, period.version))) return;
    const pinned = new Set(solve.options.pinnedAssignmentIds);
    const input = { ...loaded.input, assignments: loaded.input.assignments.map((a) => (pinned.has(a.id) ? { ...a, pinned: true } : a)) };
    const payRows = await em.query<{ id: string; band: AfcBand; pay_point: number; contracted_hours_per_week: string }[]>(
      'SELECT id, band, pay_point, contracted_hours_per_week FROM staff_member WHERE organisation_id = $1 AND department_id = $2',
      [solve.organisationId, solve.departmentId],
    );
    const pay: SolveWorkerData['pay'] = payRows.map((r) => ({ staffId: r.id, band: r.band, payPoint: r.pay_point, contractedHoursPerWeek: Number(r.contracted_hours_per_week) }));
    const data: SolveWorkerData = { input, mode: solve.mode, seed: solve.options.seed, timeLimitMs: solve.options.timeLimitSeconds * 1000, pay, costPerPound: solve.options.costPerPound };
    try {
      const solution = await this.inWorker(solveId, data);
      const preview = solvePreview(solveId, solve.periodId, period.version, { ...loaded, input }, solution);
      const status = solution.status === 'solved' ? 'ready' : solution.status === 'infeasible' ? 'infeasible' : 'cancelled';
      await this.solves.finish(em, solveId, { status, preview, progress: toProgress({ iterations: solution.iterations, elapsedMs: solution.elapsedMs, bestPenalty: solution.report.valid ? solution.penalty.total : null, hardUnits: solution.report.valid ? 0 : preview.hardViolations, timeLimitMs: data.timeLimitMs }, data.timeLimitMs) });
    } catch (error) {
      if (this.stopping) return;
      await this.solves.finish(em, solveId, { status: 'failed', failure: `The solve stopped with an error: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  /** The search in a worker thread, with its progress and the heartbeat written every second. */
  private inWorker(solveId: string, data: SolveWorkerData): Promise<RotaSolution> {
    return new Promise<RotaSolution>((resolve, reject) => {
      const worker = new Worker(solveWorkerFile(), { workerData: data });
      let latest: SolveProgressDto | null = null;
      let cancelled = false;
      const cancel = (): void => {
        if (cancelled) return;
        cancelled = true;
        worker.postMessage('cancel');
      };
      const heartbeat = setInterval(() => {
        const progress = latest;
        latest = null;
        this.solves
          .beat(this.dataSource.manager, solveId, progress)
          .then(({ cancelRequested }) => cancelRequested && cancel())
          .catch((error: unknown) => this.onWriteError('Writing solve progress', error));
      }, HEARTBEAT_MS);
      const done = (): void => {
        clearInterval(heartbeat);
        this.running.delete(solveId);
      };
      this.running.set(solveId, { worker, cancel });
      worker.on('message', (message: SolveWorkerMessage) => {
        if (message.kind === 'progress') latest = toProgress(message.progress, data.timeLimitMs);
        else if (message.kind === 'done') {
          done();
          resolve(message.solution);
          void worker.terminate();
        } else {
          done();
          reject(new Error(message.message));
          void worker.terminate();
        }
      });
      worker.on('error', (error) => {
        done();
        reject(error);
      });
      worker.on('exit', (code) => {
        if (!this.running.has(solveId)) return;
        done();
        reject(new Error(`the worker thread exited with code ${code}`));
      });
    });
  }
}

function toProgress(p: SolveProgress, timeLimitMs: number): SolveProgressDto {
  return { iterations: p.iterations, elapsedMs: Math.round(p.elapsedMs), bestPenalty: p.bestPenalty === null ? null : Math.round(p.bestPenalty * 100) / 100, hardUnits: p.hardUnits, timeLimitMs };
}

/**
 * The worker thread's script: the compiled solve-worker.js beside this file. Under jest the API
 * runs from its TypeScript sources, which a worker thread cannot load, so it takes the build's
 * (the tests run after `npm run build`, as the global setup does).
 */
function solveWorkerFile(): URL {
  const beside = new URL('./solve-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  return new URL(beside.href.replace('/src/rota/solve/', '/dist/rota/solve/'));
}
