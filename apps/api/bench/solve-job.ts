import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PlannerDto, type RotaPeriodDto, type SolveDto, type SolvePreviewSummaryDto } from '@recordroom/contracts';
import { signInCookie, stopChild, waitForHealth } from './api-process.js';

/**
 * Auto-rostering through the job path (issue 9's target: the demo department, 4 weeks, a complete
 * rota with no hard breach in under 10 s): starts `node dist/main.js` on a fresh embedded database
 * with the demo department, and as its manager re-rosters the whole 4-week draft period with an
 * 6-second time limit: POST → pg-boss → worker thread → preview. The wall time is from the POST to
 * the preview being readable. Written into <repo>/bench/api.json as `solveJob` (the other keys kept).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const apiRoot = path.resolve(here, '../..');
const repoRoot = path.resolve(apiRoot, '../..');
const TIME_LIMIT_SECONDS = 6;
const TARGET_MS = 10_000;

async function main(): Promise<void> {
  const dataDir = path.join(apiRoot, '.data/bench-solve');
  await rm(dataDir, { recursive: true, force: true });
  const port = 3000 + Math.floor(Math.random() * 2000) + 3000;
  const base = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _server, ...inherited } = process.env;
  const child = spawn(process.execPath, [path.join(apiRoot, 'dist/main.js')], {
    env: { ...inherited, RECORDROOM_DATA_DIR: dataDir, PORT: String(port), RECORDROOM_PUBLIC_ORIGIN: base, RECORDROOM_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHealth(`${base}/api/health`, child);
    const cookie = await signInCookie(base, 'manager@demo.recordroom.org');
    const headers = { cookie, 'content-type': 'application/json', origin: base };
    const periods = (await (await fetch(`${base}/api/rota/periods`, { headers })).json()) as RotaPeriodDto[];
    const draft = periods.find((p) => p.status === 'draft');
    if (!draft) throw new Error('The demo department has no draft period');
    const before = (await (await fetch(`${base}/api/rota/periods/${draft.id}/planner`, { headers })).json()) as PlannerDto;
    const started = performance.now();
    const response = await fetch(`${base}/api/rota/periods/${draft.id}/solves`, { method: 'POST', headers, body: JSON.stringify({ mode: 'whole-period', periodVersion: draft.version, timeLimitSeconds: TIME_LIMIT_SECONDS, seed: 1 }) });
    if (response.status !== 201) throw new Error(`Starting the solve gave ${response.status}: ${await response.text()}`);
    const solve = (await response.json()) as SolveDto;
    let status: SolveDto;
    for (;;) {
      status = (await (await fetch(`${base}/api/rota/solves/${solve.id}`, { headers })).json()) as SolveDto;
      if (!['queued', 'running'].includes(status.status)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const preview = (await (await fetch(`${base}/api/rota/solves/${solve.id}/preview`, { headers })).json()) as SolvePreviewSummaryDto;
    const wallMs = Math.round(performance.now() - started);
    const belowMinimum = preview.unfilledGaps.filter((g) => g.gap.shortfall > 0).length;
    const solveJob = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100) },
      rota: { staff: before.staff.length, days: before.dates.length, shifts: before.shifts.length, assignmentsBefore: before.assignments.length },
      timeLimitSeconds: TIME_LIMIT_SECONDS,
      status: status.status,
      wallMs,
      searchMs: preview.elapsedMs,
      iterations: preview.iterations,
      hardViolations: preview.hardViolations,
      shiftsBelowMinimum: belowMinimum,
      shiftsBelowIdeal: preview.unfilledGaps.length,
      penalty: preview.penalty,
      changes: { added: preview.counts.added, removed: preview.counts.removed, kept: preview.kept },
      target: { wallMs: TARGET_MS, hardViolations: 0, shiftsBelowMinimum: 0 },
      withinTarget: wallMs < TARGET_MS && preview.hardViolations === 0 && belowMinimum === 0,
      note: 'whole-period solve of the demo draft (4 weeks) through POST /api/rota/periods/:id/solves on the embedded database; wallMs from the POST to the preview readable (queue pick-up, rota load, worker thread, explanation, storing the preview); a shift below minimum is one the department cannot staff within the hard rules (its candidates say why)',
    };
    const file = path.join(repoRoot, 'bench/api.json');
    const current = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Record<string, unknown>;
    await writeFile(file, `${JSON.stringify({ ...current, solveJob }, null, 2)}\n`);
    console.log(JSON.stringify(solveJob, null, 2));
  } finally {
    await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
