// @recordroom/rota: the pure domain core of rostering. See README.md.

// The model: plain data the API persists and the web app shows.
export { ABSENCE_KIND_LABELS, ABSENCE_KINDS, ABSENCE_STATUSES, type Absence, type AbsenceId, type AbsenceKind, type AbsenceStatus } from './model/absence.js';
export { ASSIGNMENT_SOURCES, type Assignment, type AssignmentId, type AssignmentSource, type RuleAcknowledgement } from './model/assignment.js';
export { type CoverRequirement, type CoverRequirementId, type SkillMixRequirement } from './model/cover-requirement.js';
export { ISO_WEEKDAYS, isIsoWeekday, type IsoWeekday } from './model/iso-weekday.js';
export { type Location, type LocationId } from './model/location.js';
export { ROTA_PERIOD_STATUSES, transitionRotaPeriod, type RotaPeriod, type RotaPeriodStatus, type RotaPeriodTransition } from './model/rota-period.js';
export { fullName, type PersonalLimits, type RotaStaffMember, type StaffId, type WorkingPattern } from './model/rota-staff-member.js';
export { wallClockMinutes, type ShiftType, type ShiftTypeId } from './model/shift-type.js';
export { type Shift, type ShiftId } from './model/shift.js';
export { type StaffPreference } from './model/staff-preference.js';

// Time: wall-clock shift times in a time zone, as absolute instants, and as staff read them.
export { formatDuration } from './time/format-duration.js';
export { formatDate, formatInstant } from './time/format-instant.js';
export { isWallClockTime, minuteOfDay, wallClockTimeOf, type WallClockTime } from './time/wall-clock-time.js';
export { epochMinutesAt, localDateTimeOf, type EpochMinutes, type LocalDateTime } from './time/zoned-instant.js';

// Rules and their settings.
export { DEFAULT_ROTA_SETTINGS, onlyRules, resolveRotaSettings } from './settings/rota-settings.js';
export type { ForbiddenSuccession, RotaSettings, RotaSettingsOverrides, RuleParameters, RuleSettings, RuleSettingsOf, Severity } from './settings/rota-settings.js';
export { isRuleId, RULE_IDS, type RuleId } from './rules/rule-id.js';
export { ROTA_RULES, ruleById } from './rules/rule-catalogue.js';
export type { CoverRule, PersonRule, RotaRule, TeamRule } from './check/rota-rule.js';

// Checking a rota, whole or edit by edit.
export { checkRota, createRotaChecker, type RotaChecker, type RotaDelta, type RotaEdit, type RotaReport, type RuleTotals } from './check/rota-checker.js';
export { deltaOutcome, type DeltaOutcome } from './check/delta-outcome.js';
export { type DateRange, type RotaInput } from './check/rota-input.js';
export { weightedPenalty, type RuleUnit, type Violation } from './check/violation.js';
export type { AbsenceFacts, CoverSlot, PersonState, RotaContext, WorkedShift } from './check/rota-context.js';
export type { ShiftFacts } from './check/shift-facts.js';

// Input validation with field-named errors (for 422 answers).
export { RotaValidationError, type FieldError } from './validation/field-error.js';
export { MAXIMUM_ABSENCE_DAYS, assertValidAbsence, validateAbsence } from './validation/validate-absence.js';
export { assertValidCoverRequirement, validateCoverRequirement } from './validation/validate-cover-requirement.js';
export { assertValidShiftType, validateShiftType } from './validation/validate-shift-type.js';
export { validateStaffPreference } from './validation/validate-staff-preference.js';

// Gaps, cover candidates, fairness.
export { findGaps, type CoverGap, type SkillShortfall, type UncountedAssignment } from './gaps/find-gaps.js';
export { gapHeatmap, type GapHeatmap, type GapHeatmapCell, type GapHeatmapRow, type GapLevel } from './gaps/gap-heatmap.js';
export { rankCoverCandidates } from './candidates/rank-cover-candidates.js';
export type { CandidateReason, CoverCandidate, CoverCandidateOptions, CoverCandidates, ExcludedCandidate, ScoreBreakdown } from './candidates/rank-cover-candidates.js';
export type { CostEstimate, CostEstimator, CostOption } from './candidates/cost-estimator.js';
export { FAIRNESS_CATEGORIES, FAIRNESS_CATEGORY_LABELS, type FairnessCategory, type FairnessCounts, type FairnessStanding } from './fairness/fairness-counts.js';
export { buildFairnessLedger, type FairnessLedger, type FairnessLedgerEntry, type FairnessLedgerInput } from './fairness/fairness-ledger.js';

// Leave and swaps.
export { checkLeaveRequest, type LeaveClash, type LeaveRequestCheck, type LeaveRequestContext } from './requests/check-leave-request.js';
export { checkSwap, type SwapCheck, type SwapRequest } from './requests/check-swap.js';
export { type ClashRule } from './requests/clash-rule.js';

// The Curtois & Qu staff scheduling benchmark, expressed in this model.
export { CurtoisFormatError, parseCurtoisInstance } from './curtois/curtois-instance.js';
export type { CurtoisCover, CurtoisEmployee, CurtoisInstance, CurtoisRequest, CurtoisShift } from './curtois/curtois-instance.js';
export { parseCurtoisRoster, type CurtoisRoster } from './curtois/curtois-roster.js';
export { CURTOIS_START_DATE, curtoisSettings, curtoisToRotaInput } from './curtois/curtois-to-rota.js';
export { scoreCurtoisRoster, type CurtoisScore } from './curtois/score-curtois-roster.js';
export { formatCurtoisRoster, solveCurtois, type CurtoisSolution } from './curtois/solve-curtois.js';

// The auto-rostering solver: fills a period or its gaps, explains itself.
export { loadLpSolver, solveRota, solveRotaAsync, type PersonPenalty, type RotaSolution, type SolveProgress, type SolveRotaOptions } from './solve/solve-rota.js';
export type { CandidateRule, GapCandidate, PinConflict, UnfilledGap } from './solve/explain-solution.js';
export type { LpSolver } from './solve/column-generation.js';
export type { AssignmentCost, SolveMode } from './solve/solver-model.js';
export type { StopReason } from './solve/rota-search.js';
