/**
 * Erlang B blocking probability for `agents` servers offered `trafficErlangs` of traffic, by the
 * recursion B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)): every step stays in [0, 1], so it is
 * stable for any traffic, unlike the factorial formula.
 *
 * @example erlangB(2, 1) // 0.2
 */
export function erlangB(agents: number, trafficErlangs: number): number {
  assertAgents(agents);
  assertTraffic(trafficErlangs);
  let blocking = 1;
  for (let n = 1; n <= agents; n++) blocking = (trafficErlangs * blocking) / (n + trafficErlangs * blocking);
  return blocking;
}

/**
 * Erlang C: probability an arrival has to wait (M/M/N queue), from Erlang B as
 * C = N·B / (N − A·(1 − B)). 1 when agents ≤ traffic: the queue grows without end.
 *
 * @example probabilityOfWait(2, 1) // 1/3
 */
export function probabilityOfWait(agents: number, trafficErlangs: number): number {
  assertAgents(agents);
  assertTraffic(trafficErlangs);
  if (trafficErlangs === 0) return 0;
  if (agents <= trafficErlangs) return 1;
  const b = erlangB(agents, trafficErlangs);
  return (agents * b) / (agents - trafficErlangs * (1 - b));
}

/**
 * What the service level measures: 'wait' is the textbook Erlang C figure, the share of
 * requests that start being handled within the target; 'response' is the share finished within
 * it (wait plus handling, the M/M/N sojourn time), which is what a retrieval target means.
 */
export type ServiceLevelMeasure = 'wait' | 'response';

export interface ServiceLevelInput {
  agents: number;
  /** Arrivals per hour. */
  arrivalsPerHour: number;
  meanHandlingMinutes: number;
  targetMinutes: number;
  measure?: ServiceLevelMeasure;
}

/**
 * Share of requests handled within the target with `agents` staff (Erlang C, M/M/N):
 * wait: 1 − C·e^(−(N−A)·t/h); response: P(wait + handling ≤ t) with exponential handling.
 * 0 when agents ≤ traffic (unstable). Default measure 'wait'.
 *
 * @example serviceLevel({ agents: 3, arrivalsPerHour: 12, meanHandlingMinutes: 10, targetMinutes: 5 }) // ≈ 0.730
 */
export function serviceLevel(input: ServiceLevelInput): number {
  const { agents, meanHandlingMinutes: h, targetMinutes: t } = input;
  if (!(h > 0)) throw new RangeError(`meanHandlingMinutes must be positive, got ${h}`);
  if (!(t >= 0)) throw new RangeError(`targetMinutes must be 0 or more, got ${t}`);
  const traffic = trafficErlangs(input.arrivalsPerHour, h);
  const c = probabilityOfWait(agents, traffic);
  if (traffic > 0 && agents <= traffic) return 0;
  // Waiting time given a wait is exponential with rate θ = (N − A)/h per minute.
  const theta = (agents - traffic) / h;
  if ((input.measure ?? 'wait') === 'wait') return 1 - c * Math.exp(-theta * t);
  const mu = 1 / h;
  return 1 - ((1 - c) * Math.exp(-mu * t) + c * waitPlusHandlingOver(theta, mu, t));
}

/**
 * P(X + Y > t) for independent X ~ Exp(θ) (the wait, given one) and Y ~ Exp(μ) (the handling):
 * e^(−μt)·(1 + μ·∫₀ᵗ e^(−(θ−μ)s) ds), with expm1 when θ ≈ μ so nothing cancels.
 */
function waitPlusHandlingOver(theta: number, mu: number, t: number): number {
  const d = theta - mu;
  if (Math.abs(d) * t < 1) {
    const integral = d === 0 ? t : -Math.expm1(-d * t) / d;
    return Math.exp(-mu * t) * (1 + mu * integral);
  }
  return (theta * Math.exp(-mu * t) - mu * Math.exp(-theta * t)) / d;
}

/**
 * Offered traffic in Erlangs: arrivals per hour × mean handling hours.
 *
 * @example trafficErlangs(12, 10) // 2
 */
export function trafficErlangs(arrivalsPerHour: number, meanHandlingMinutes: number): number {
  if (!(arrivalsPerHour >= 0) || !Number.isFinite(arrivalsPerHour)) {
    throw new RangeError(`arrivalsPerHour must be a finite number of 0 or more, got ${arrivalsPerHour}`);
  }
  return (arrivalsPerHour * meanHandlingMinutes) / 60;
}

function assertAgents(agents: number): void {
  if (!Number.isInteger(agents) || agents < 0) throw new RangeError(`agents must be a whole number of 0 or more, got ${agents}`);
}

function assertTraffic(traffic: number): void {
  if (!(traffic >= 0) || !Number.isFinite(traffic)) throw new RangeError(`traffic must be a finite number of Erlangs, got ${traffic}`);
}
