import type { WhatIfBody } from '@recordroom/contracts';
import { payPointCount, type AfcBand } from '@recordroom/people';

/** A post the manager is trying out, as the form holds it. */
interface DraftPost {
  key: string;
  band: AfcBand;
  payPoint: number;
  wte: number;
  /** 'yyyy-mm', or '' for the whole year. */
  fromMonth: string;
}

interface DraftRegrade {
  staffId: string;
  band: AfcBand;
  payPoint: number;
}

export interface WhatIfDraft {
  addPosts: DraftPost[];
  removeStaffIds: string[];
  regrade: DraftRegrade[];
  /** As typed; '' is no award. */
  payAwardPercent: string;
}

export const EMPTY_WHAT_IF: WhatIfDraft = { addPosts: [], removeStaffIds: [], regrade: [], payAwardPercent: '' };

const TWO_DECIMALS = /^\d{1,4}(\.\d{1,2})?$/;

/** WTE as typed ('0.6', '1'): more than 0, at most two decimals; otherwise the message to show. */
export function parseWte(text: string): { wte: number } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'Enter the whole-time equivalent of the post, such as 1 or 0.6' };
  if (!TWO_DECIMALS.test(trimmed)) return { error: 'Whole-time equivalent must be a number such as 1 or 0.6, with at most two decimal places' };
  const wte = Number(trimmed);
  if (wte <= 0) return { error: 'Whole-time equivalent must be more than 0' };
  return { wte };
}

/** A pay award as typed ('3.3'); '' is none. */
export function parsePercent(text: string): { percent: number } | { error: string } {
  const trimmed = text.trim().replace(/%$/, '');
  if (trimmed === '') return { percent: 0 };
  if (!TWO_DECIMALS.test(trimmed) || Number(trimmed) > 25) return { error: 'Pay award must be a percentage from 0 to 25, such as 3.3' };
  return { percent: Number(trimmed) };
}

/** The points a band has (from 1 April 2024: pay-and-costs.md §1), for the point select. */
export function pointsOf(band: AfcBand): number[] {
  return Array.from({ length: payPointCount(band) }, (_, i) => i + 1);
}

/** True when the draft changes anything. */
export function hasChanges(draft: WhatIfDraft): boolean {
  return draft.addPosts.length > 0 || draft.removeStaffIds.length > 0 || draft.regrade.length > 0 || draft.payAwardPercent.trim() !== '';
}

/** The request body for POST /api/pay/what-if; the caller has checked the pay award. */
export function whatIfBody(draft: WhatIfDraft, payAwardPercent: number): WhatIfBody {
  return {
    addPosts: draft.addPosts.map((post) => ({ band: post.band, payPoint: post.payPoint, wte: post.wte, ...(post.fromMonth ? { fromMonth: post.fromMonth } : {}) })),
    removeStaffIds: draft.removeStaffIds,
    regrade: draft.regrade.map(({ staffId, band, payPoint }) => ({ staffId, band, payPoint })),
    payAwardPercent,
  };
}
