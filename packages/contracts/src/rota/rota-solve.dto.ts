import { type CoverGap, type GapCandidate, type RuleId } from '@recordroom/rota';
import { z } from 'zod';
import { version } from '../common/fields.js';
import { pagingQuery } from '../common/paging.js';
import { reason } from './rota-fields.js';

/** Longest solve a request may ask for, in seconds; a deployment may lower it (RECORDROOM_SOLVE_MAX_SECONDS). */
const SOLVE_MAX_SECONDS = 600;

/** What a solve may change: the whole period (all but pinned assignments) or only its gaps (every assignment kept). */
export const SOLVE_MODES = ['whole-period', 'fill-gaps'] as const;
export type SolveModeDto = (typeof SOLVE_MODES)[number];

export const SOLVE_STATUSES = ['queued', 'running', 'ready', 'infeasible', 'cancelled', 'failed', 'accepted', 'rejected'] as const;
/**
 * queued and running: under way (at most one per period); ready: a preview with no hard breach,
 * to accept or reject; infeasible: the kept assignments break a hard rule (see the preview's
 * conflicts), nothing to accept; cancelled, failed (an error, or the API stopped while it ran),
 * accepted, rejected: finished.
 */
export type SolveStatus = (typeof SOLVE_STATUSES)[number];

/** POST /rota/periods/:id/solves */
export const startSolveSchema = z.strictObject({
  mode: z.enum(SOLVE_MODES).default('fill-gaps'),
  /** The period's version the planner shows: a solve of a rota that has moved on is refused (409). */
  periodVersion: version,
  timeLimitSeconds: z.number().int().min(1).max(SOLVE_MAX_SECONDS).default(10),
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
  /** In 'whole-period' mode, the assignments to keep as they are (in 'fill-gaps' every one is kept). */
  pinnedAssignmentIds: z.array(z.uuid()).max(5000).default([]),
  /** Weight of staffing cost: points per pound of a shift's pay (0 leaves cost out). */
  costPerPound: z.number().min(0).max(10).default(0.05),
});
export type StartSolveDto = z.infer<typeof startSolveSchema>;
export type StartSolveBody = z.input<typeof startSolveSchema>;

/** POST /rota/solves/:id/accept */
export const acceptSolveSchema = z.strictObject({ version, reason: reason.optional() });
export type AcceptSolveDto = z.infer<typeof acceptSolveSchema>;
/** POST /rota/solves/:id/reject and /cancel */
export const solveDecisionSchema = z.strictObject({ version });

export interface SolveProgressDto {
  iterations: number;
  elapsedMs: number;
  /** Weighted soft penalty (plus cost) of the best rota so far with no hard breach; null until there is one. */
  bestPenalty: number | null;
  /** Hard-rule units the search's current roster breaks (0 once a rota with none is found). */
  hardUnits: number;
  timeLimitMs: number;
}

/** GET /rota/solves/:id */
export interface SolveDto {
  id: string;
  /** The pg-boss job that runs it. */
  jobId: string;
  periodId: string;
  departmentId: string;
  status: SolveStatus;
  mode: SolveModeDto;
  timeLimitSeconds: number;
  seed: number;
  pinnedAssignmentIds: string[];
  costPerPound: number;
  /** The period's version the solve read: accepting needs the period still there. */
  baseVersion: number;
  version: number;
  progress: SolveProgressDto | null;
  failure: string | null;
  requestedBy: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface SolveAssignmentChangeDto {
  staffId: string;
  name: string;
  date: string;
  shiftId: string;
  shiftTypeId: string;
  shiftTypeCode: string;
}

/** A person's day whose shift changes: `from` taken off, `to` put on. */
export interface SolveChangedDayDto {
  staffId: string;
  name: string;
  date: string;
  from: SolveAssignmentChangeDto & { assignmentId: string };
  to: SolveAssignmentChangeDto;
}

export interface SolveRulePenaltyDto {
  ruleId: RuleId;
  severity: 'hard' | 'soft';
  count: number;
  /** Weighted soft points (0 for a hard rule). */
  points: number;
}

interface SolvePersonPenaltyDto {
  staffId: string;
  name: string;
  softPenalty: number;
  hardViolationCount: number;
  byRule: Partial<Record<RuleId, number>>;
  cost: number;
}

interface SolveGapDto {
  gap: CoverGap;
  shiftId: string;
  shiftTypeCode: string;
  candidates: GapCandidate[];
}

export interface SolveConflictDto {
  ruleId: RuleId;
  staffId: string | null;
  message: string;
  assignmentIds: readonly string[];
}

/** GET /rota/solves/:id/preview: what accepting would change, and why the rota is as it is. */
export interface SolvePreviewDto {
  solveId: string;
  periodId: string;
  baseVersion: number;
  outcome: 'solved' | 'infeasible' | 'cancelled';
  added: SolveAssignmentChangeDto[];
  removed: (SolveAssignmentChangeDto & { assignmentId: string })[];
  /** Added and removed pairs on the same person and day, also listed in added and removed. */
  changed: SolveChangedDayDto[];
  kept: number;
  penalty: { total: number; rules: number; cost: number };
  hardViolations: number;
  byRule: SolveRulePenaltyDto[];
  byPerson: SolvePersonPenaltyDto[];
  unfilledGaps: SolveGapDto[];
  conflicts: SolveConflictDto[];
  iterations: number;
  elapsedMs: number;
}

/** POST /rota/solves/:id/accept */
export interface SolveAcceptedDto {
  solve: SolveDto;
  periodVersion: number;
  added: number;
  removed: number;
}

/**
 * GET /rota/solves/:id/preview: the preview without its lists of changes, which run to hundreds
 * for a whole period (read them a page of people at a time from /changes), but with their counts.
 */
export type SolvePreviewSummaryDto = Omit<SolvePreviewDto, 'added' | 'removed' | 'changed'> & {
  counts: {
    /** Assignments put on (moves included), as accepting reports them. */
    added: number;
    /** Assignments taken off (moves included). */
    removed: number;
    /** Person-days taken off one shift and put on another. */
    moved: number;
    /** People whose rota changes. */
    people: number;
  };
};

/** GET /rota/solves/:id/changes: a page of the people whose rota changes (by name), or one person's (`staffId`). */
export const solveChangesQuery = z.strictObject({ ...pagingQuery, staffId: z.uuid().optional() });
export type SolveChangesQuery = z.infer<typeof solveChangesQuery>;

/** One day of a person's changes: put on a shift, taken off one, or moved from one shift to another. */
export interface SolveDayChangeDto {
  date: string;
  kind: 'on' | 'off' | 'moved';
  /** The assignment taken off ('off', 'moved'). */
  from: { assignmentId: string; shiftId: string; shiftTypeCode: string } | null;
  /** The shift put on ('on', 'moved'). */
  to: { shiftId: string; shiftTypeCode: string } | null;
}

/** A person's changes in a preview, by date, with how they count and the penalty their rota carries. */
export interface SolvePersonChangesDto {
  staffId: string;
  name: string;
  on: number;
  off: number;
  moved: number;
  /** Weighted soft penalty of their rota after the solve (0 when none). */
  softPenalty: number;
  /** The rule that gives most of it, if any. */
  mainRuleId: RuleId | null;
  changes: SolveDayChangeDto[];
}
