// Benchmark: full rule check of a 4-week rota for 200 staff, and the incremental check of one
// edit. Run with `npm run bench` (compiles to dist-bench/ and runs under plain node). Writes
// ../../bench/rota-rule-check.json (repository root) with medians, p95, runs, machine and targets.
import { writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRotaChecker, findGaps, rankCoverCandidates, type RotaEdit } from '../src/index.js';
import { seededRandom, syntheticDepartment } from '../src/test-support/synthetic-department.js';

const TARGETS = { fullCheckMedianMs: 50, oneEditMedianMs: 2 };
const OUTPUT = fileURLToPath(new URL('../../../../bench/rota-rule-check.json', import.meta.url));

interface Stats {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
  /** Median CPU time of this process per run (user + system): what the run costs when it has a core to itself. */
  medianCpuMs?: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  const round = (ms: number): number => Math.round(ms * 1000) / 1000;
  return { runs: sorted.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), minMs: round(sorted[0] as number), maxMs: round(sorted.at(-1) as number) };
}

function time(run: () => unknown, cpuSamples?: number[]): number {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const elapsed = performance.now() - start;
  if (cpuSamples) {
    const used = process.cpuUsage(cpu);
    cpuSamples.push((used.user + used.system) / 1000);
  }
  return elapsed;
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 1000) / 1000;
}

function fullCheck(historyWeeks: number, runs: number): { stats: Stats; workload: Record<string, number> } {
  const input = syntheticDepartment({ staffCount: 200, days: 28, historyWeeks, seed: 7 });
  for (let i = 0; i < 5; i += 1) createRotaChecker(input).report();
  const cpuSamples: number[] = [];
  const samples = Array.from({ length: runs }, () => time(() => createRotaChecker(input).report(), cpuSamples));
  const report = createRotaChecker(input).report();
  return {
    stats: { ...stats(samples), medianCpuMs: median(cpuSamples) },
    workload: {
      staff: input.staff.length,
      days: 28,
      historyWeeks,
      shifts: input.shifts.length,
      assignments: input.assignments.length,
      coverRequirements: input.coverRequirements?.length ?? 0,
      violations: report.violations.length,
    },
  };
}

/** Random edits of the kinds a planner makes: move a shift to someone else, add, remove. */
function oneEdit(runs: number): { stats: Stats; byKind: Record<string, Stats> } {
  const input = syntheticDepartment({ staffCount: 200, days: 28, historyWeeks: 16, seed: 7 });
  const checker = createRotaChecker(input);
  const random = seededRandom(11);
  const inPeriod = new Set(input.shifts.filter((s) => s.date >= input.period.startDate).map((s) => s.id));
  const live = input.assignments.filter((a) => inPeriod.has(a.shiftId)).map((a) => a.id);
  const staffIds = input.staff.map((s) => s.id);
  const shiftIds = [...inPeriod];
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const byKind: Record<string, number[]> = { move: [], add: [], remove: [] };
  let next = 0;
  for (let i = 0; i < runs + 200; i += 1) {
    const roll = random();
    let edit: RotaEdit;
    let kind: string;
    if (roll < 0.6 || live.length < 10) {
      kind = 'move';
      edit = { kind: 'move-assignment', assignmentId: live[Math.floor(random() * live.length)] as string, staffId: staffIds[Math.floor(random() * staffIds.length)] as string };
    } else if (roll < 0.8) {
      kind = 'add';
      const id = `bench-${next++}`;
      edit = { kind: 'add-assignment', assignment: { id, shiftId: shiftIds[Math.floor(random() * shiftIds.length)] as string, staffId: staffIds[Math.floor(random() * staffIds.length)] as string, source: 'manual' } };
      live.push(id);
    } else {
      kind = 'remove';
      const index = Math.floor(random() * live.length);
      edit = { kind: 'remove-assignment', assignmentId: live[index] as string };
      live.splice(index, 1);
    }
    const cpu: number[] = [];
    const ms = time(() => checker.apply(edit), cpu);
    if (i >= 200) {
      cpuSamples.push(cpu[0] ?? 0);
      samples.push(ms);
      byKind[kind]?.push(ms);
    }
  }
  return { stats: { ...stats(samples), medianCpuMs: median(cpuSamples) }, byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, stats(v)])) };
}

/** Informational: rank all 200 staff for one gap (one preview per person). */
function coverCandidates(runs: number): Stats & { candidates: number; excluded: number } {
  const input = syntheticDepartment({ staffCount: 200, days: 28, historyWeeks: 16, seed: 7 });
  const checker = createRotaChecker(input);
  const gaps = findGaps(checker, { includeCovered: false }).filter((g) => g.shiftIds.length > 0);
  const gap = gaps.find((g) => g.shiftTypeId === 'ae-evening') ?? gaps[0];
  if (!gap) throw new Error('the synthetic rota should have a gap');
  const cpuSamples: number[] = [];
  const samples = Array.from({ length: runs }, () => time(() => rankCoverCandidates(gap, checker), cpuSamples));
  const ranked = rankCoverCandidates(gap, checker);
  return { ...stats(samples), medianCpuMs: median(cpuSamples), candidates: ranked.candidates.length, excluded: ranked.excluded.length };
}

const withHistory = fullCheck(16, 60);
const periodOnly = fullCheck(0, 60);
const edit = oneEdit(3000);
const candidates = coverCandidates(20);
const cpu = cpus();
const result = {
  benchmark: 'rota rule check',
  description:
    'Full rule check (build the checker from plain input: convert every shift to instants, index, run all 25 rules, assemble the sorted report) of a 4-week rota for 200 staff with 16 weeks of history for the 48-hour average; and one edit (move, add or remove an assignment) re-checked incrementally on a built checker.',
  measuredAt: new Date().toISOString(),
  machine: { cpuModel: cpu[0]?.model ?? 'unknown', cores: cpu.length, node: process.version, platform: platform(), arch: arch(), totalMemoryGiB: Math.round(totalmem() / 2 ** 30), loadAverage: loadavg().map((l) => Math.round(l * 100) / 100) },
  targets: TARGETS,
  fullCheck: { ...withHistory.stats, workload: withHistory.workload, pass: withHistory.stats.medianMs < TARGETS.fullCheckMedianMs },
  fullCheckWithoutHistory: { ...periodOnly.stats, workload: periodOnly.workload, pass: periodOnly.stats.medianMs < TARGETS.fullCheckMedianMs },
  oneEdit: { ...edit.stats, byKind: edit.byKind, pass: edit.stats.medianMs < TARGETS.oneEditMedianMs },
  rankCoverCandidatesForOneGap: { ...candidates, note: 'informational, no target: 200 staff, one preview per person' },
};
result.fullCheck.pass = result.fullCheck.pass && result.fullCheckWithoutHistory.pass;
writeFileSync(OUTPUT, `${JSON.stringify(result, null, 2)}\n`);
const line = (name: string, s: Stats & { pass?: boolean }, target?: number): string =>
  `${name.padEnd(32)} median ${s.medianMs} ms (CPU ${s.medianCpuMs ?? '?'} ms), p95 ${s.p95Ms} ms${target === undefined ? '' : `, target < ${target} ms: ${s.pass ? 'pass' : 'FAIL'}`}`;
console.log(line("full check (16 weeks' history)", result.fullCheck, TARGETS.fullCheckMedianMs));
console.log(line('full check (period only)', result.fullCheckWithoutHistory));
console.log(line('one edit', result.oneEdit, TARGETS.oneEditMedianMs));
console.log(line('rank 200 candidates for a gap', result.rankCoverCandidatesForOneGap));
console.log(`load average ${result.machine.loadAverage.join(' ')} on ${result.machine.cores} cores`);
console.log(`written to ${OUTPUT}`);
if (!result.fullCheck.pass || !result.oneEdit.pass) process.exitCode = 1;
