/** Thrown by withinMs when the work has not settled in time. */
class TimedOut extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

/**
 * `work`, or a TimedOut rejection after `ms`. The work itself goes on (a query waiting for a
 * pooled connection gives up at the pool's own acquire timeout); only the caller stops waiting.
 */
export function withinMs<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new TimedOut(ms)), ms);
  });
  // A late failure of the work, once the timeout has answered, is nobody's to handle.
  work.catch(() => undefined);
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
