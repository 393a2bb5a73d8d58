import { type Pence } from '../money/pence.js';

/**
 * A trust's local on-call agreement. AfC sets only principles (an availability payment that
 * reflects frequency, plus payment or time off for work done: handbook Annex 29,
 * pay-and-costs.md §7); the rates are agreed locally, so they are configuration.
 */
export interface OnCallAgreement {
  availability:
    | {
        kind: 'percent-of-basic-by-frequency';
        /** Most frequent first: `{ atLeastOneIn: 3, basisPoints: 950 }` = 9.5% of basic for 1 in 3 or more often. */
        tiers: readonly { atLeastOneIn: number; basisPoints: number }[];
      }
    | { kind: 'flat-per-session'; pencePerSession: Pence };
  /** Work done when called out: at overtime rates (bands eligible for overtime), else plain time. */
  callOutPaidAs: 'overtime' | 'plain-time';
  /** Each call-out is paid for at least this many minutes (0 for none). */
  minimumCallOutMinutes: number;
}

/**
 * The documented default, to be replaced by the trust's own agreement: the availability
 * percentages of the former national AfC on-call supplement, which many local agreements kept
 * (unverified against a stored source, so data, never code), and call-outs at overtime rates.
 */
export const DEFAULT_ON_CALL_AGREEMENT: OnCallAgreement = {
  availability: {
    kind: 'percent-of-basic-by-frequency',
    tiers: [
      { atLeastOneIn: 3, basisPoints: 950 },
      { atLeastOneIn: 5, basisPoints: 600 },
      { atLeastOneIn: 8, basisPoints: 450 },
      { atLeastOneIn: 12, basisPoints: 300 },
      { atLeastOneIn: Number.POSITIVE_INFINITY, basisPoints: 200 },
    ],
  },
  callOutPaidAs: 'overtime',
  minimumCallOutMinutes: 0,
};
