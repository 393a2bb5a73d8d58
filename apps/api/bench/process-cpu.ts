import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type pg from 'pg';

/**
 * CPU time (user + system) that a piece of work costs a process and the PostgreSQL backends of
 * the benchmark's database, read from Linux's /proc. On a shared machine latency and throughput
 * move with everyone else's load; the CPU a request costs moves much less, so it is the steadier
 * figure to compare two builds, or the API with its raw SQL, by.
 */
export interface CpuCost {
  /** The API process (or, for raw SQL, the benchmark's own process running the pg client). */
  processMs: number;
  /** Every backend of the database: the statements themselves. */
  postgresMs: number;
}

const TICKS_PER_SECOND = clockTicksPerSecond();

function clockTicksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

/** CPU ms used so far by `pid` ('self': this process), or undefined where /proc cannot tell. */
async function cpuMsOf(pid: number | 'self'): Promise<number | undefined> {
  if (pid === 'self') {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  }
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: state is
    // field 3, utime and stime (clock ticks) fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

async function sumCpuMs(pids: readonly number[]): Promise<Map<number, number>> {
  const used = new Map<number, number>();
  for (const pid of pids) {
    const ms = await cpuMsOf(pid);
    if (ms !== undefined) used.set(pid, ms);
  }
  return used;
}

/**
 * Runs `work` and returns what it cost in CPU: the process `pid`, and the backends serving the
 * database `monitor` is connected to (itself excepted). A backend that opens during the work
 * (pools close idle connections and open them again under load) counts from its start; one that
 * closes during it is not counted, so keep pools open across a measurement. Undefined where /proc
 * is not readable.
 */
export async function measureCpu<T>(monitor: pg.Client, pid: number | 'self', work: () => Promise<T>): Promise<{ result: T; cpu: CpuCost | undefined }> {
  const processBefore = await cpuMsOf(pid);
  const backendsBefore = await sumCpuMs(await backendPids(monitor));
  const result = await work();
  const processAfter = await cpuMsOf(pid);
  const backendsAfter = await sumCpuMs(await backendPids(monitor));
  if (processBefore === undefined || processAfter === undefined || backendsAfter.size === 0) return { result, cpu: undefined };
  let postgresMs = 0;
  for (const [backend, after] of backendsAfter) postgresMs += after - (backendsBefore.get(backend) ?? 0);
  return { result, cpu: { processMs: processAfter - processBefore, postgresMs } };
}

async function backendPids(monitor: pg.Client): Promise<number[]> {
  const { rows } = await monitor.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
  return rows.map((row) => row.pid);
}
