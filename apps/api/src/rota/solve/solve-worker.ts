import { costPersonShifts, ENGLAND, englandTimeBands, payTermsResolver, type PayPosition } from '@recordroom/pay';
import { solveRotaAsync, type AssignmentCost, type RotaInput, type RotaSolution, type SolveMode, type SolveProgress } from '@recordroom/rota';
import { parentPort, workerData } from 'node:worker_threads';

/** What the API hands the worker thread: plain data only (functions do not cross threads). */
export interface SolveWorkerData {
  input: RotaInput;
  mode: SolveMode;
  seed: number;
  timeLimitMs: number;
  /** Pay position of each person, for the cost term; empty leaves cost out. */
  pay: (PayPosition & { staffId: string })[];
  costPerPound: number;
}

export type SolveWorkerMessage = { kind: 'progress'; progress: SolveProgress } | { kind: 'done'; solution: RotaSolution } | { kind: 'error'; message: string };

/**
 * The price of each person on each shift (packages/pay, England's rules): the shift alone, at the
 * person's band and point, with unsocial-hours enhancements. Overtime depends on the rest of the
 * week, which the cost term cannot see cell by cell, so it is left out here.
 */
function shiftCost(pay: SolveWorkerData['pay']): AssignmentCost {
  const positions = new Map(pay.map((p) => [p.staffId, p]));
  const context = { rules: ENGLAND, calendar: englandTimeBands(), termsOn: payTermsResolver(ENGLAND) };
  return ({ staff, shift }) => {
    const position = positions.get(staff.id);
    if (!position) return null;
    try {
      const [costed] = costPersonShifts(position, [{ id: shift.shift.id, start: shift.start, end: shift.end, unpaidBreakMinutes: shift.type.unpaidBreakMinutes }], context);
      return costed ? costed.total : null;
    } catch {
      // No pay table in force on the date (a declared gap, or beyond the tables loaded): no cost, not no rota.
      return null;
    }
  };
}

async function run(port: NonNullable<typeof parentPort>, data: SolveWorkerData): Promise<void> {
  const controller = new AbortController();
  port.on('message', (message) => {
    if (message === 'cancel') controller.abort();
  });
  try {
    const solution = await solveRotaAsync(data.input, {
      mode: data.mode,
      seed: data.seed,
      timeLimitMs: data.timeLimitMs,
      signal: controller.signal,
      ...(data.pay.length > 0 && data.costPerPound > 0 ? { cost: shiftCost(data.pay), costPerPound: data.costPerPound } : {}),
      onProgress: (progress) => port.postMessage({ kind: 'progress', progress } satisfies SolveWorkerMessage),
    });
    port.postMessage({ kind: 'done', solution } satisfies SolveWorkerMessage);
  } catch (error) {
    port.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies SolveWorkerMessage);
  }
}

if (parentPort) await run(parentPort, workerData as SolveWorkerData);
