import { performance } from 'node:perf_hooks';

/** What one request of the load came to. */
export interface Outcome {
  loop: string;
  sentAt: number;
  doneAt: number;
  /** HTTP status, or `hung` (no answer within the bound) or `failed` (no HTTP answer at all). */
  status: number | 'hung' | 'failed';
  /** Whether a 2xx proves the database answered (a write or a read of data, not the health check). */
  usesData: boolean;
}

export interface LoadLoop {
  name: string;
  usesData: boolean;
  /** One request; returns its response (the body already read). */
  send(signal: AbortSignal): Promise<Response>;
  /** Called with each 2xx response's JSON body. */
  onSuccess?(body: unknown): void;
}

/**
 * Runs each loop, one request at a time with `paceMs` between, until `stop()`; every request
 * that gets no answer within `boundMs` counts as hung.
 */
export function startSteadyLoad(loops: LoadLoop[], options: { paceMs: number; boundMs: number }): { outcomes: Outcome[]; stop(): Promise<void> } {
  const outcomes: Outcome[] = [];
  let running = true;
  const runLoop = async (loop: LoadLoop): Promise<void> => {
    while (running) {
      const sentAt = performance.now();
      let status: Outcome['status'];
      try {
        const response = await loop.send(AbortSignal.timeout(options.boundMs));
        const text = await response.text();
        status = response.status;
        if (status >= 200 && status < 300) loop.onSuccess?.(text === '' ? null : (JSON.parse(text) as unknown));
      } catch (error) {
        status = (error as Error).name === 'TimeoutError' ? 'hung' : 'failed';
      }
      outcomes.push({ loop: loop.name, sentAt, doneAt: performance.now(), status, usesData: loop.usesData });
      await new Promise((resolve) => setTimeout(resolve, options.paceMs));
    }
  };
  const done = Promise.all(loops.map(runLoop));
  return {
    outcomes,
    stop: async () => {
      running = false;
      await done;
    },
  };
}
