// Public API of @recordroom/kpi: the pure domain core of the records-service KPIs.

// Events and their validation
export { REQUEST_OUTCOMES, REQUEST_PRIORITIES } from './events/record-request.js';
export type { RecordRequest, RequestOutcome, RequestPriority } from './events/record-request.js';
export type { ClinicPull } from './events/clinic-pull.js';
export type { FilingBacklogSnapshot } from './events/filing-backlog-snapshot.js';
export type { SarPause, SubjectAccessRequest } from './events/subject-access-request.js';
export { looksLikeNhsNumber } from './events/nhs-number.js';
export { createRecordRequestValidator, validateRecordRequestRow } from './events/validate-record-request.js';
export type { FieldError, LineError, RawRow, RecordRequestRowOptions, RowResult } from './events/validate-record-request.js';
export { EXTERNAL_ID_MAX_CHARACTERS, FREE_TEXT_MAX_CHARACTERS, freeTextError, identifierError, quoted, unstorableCells } from './events/cell-text.js';

// Time
export { DEFAULT_TIME_ZONE, minutesBetween, parseInstant } from './time/instant.js';
export type { Instant } from './time/instant.js';
export { PERIOD_GRANULARITIES, localDate, periodStart, periodStartOfDate } from './time/period.js';
export type { PeriodGranularity } from './time/period.js';
export { workingDaysBetween } from './time/working-days-between.js';

// Statistics and retrieval
export { mean } from './statistics/mean.js';
export { median, percentileCont } from './statistics/percentile-cont.js';
export { DEFAULT_RETRIEVAL_TARGETS } from './retrieval/retrieval-targets.js';
export type { RetrievalTarget, RetrievalTargets } from './retrieval/retrieval-targets.js';
export { retrievalMinutes, retrievalStatisticsByPriority } from './retrieval/retrieval-statistics.js';
export type { RetrievalStatistics } from './retrieval/retrieval-statistics.js';

// KPI definitions and computations
export { IMPROVEMENT_DIRECTIONS, KPI_UNITS } from './kpi/kpi-definition.js';
export type { ImprovementDirection, KpiDefinition, KpiTarget, KpiUnit } from './kpi/kpi-definition.js';
export { KPI_CATALOGUE, kpiDefinition, withKpiTargets } from './kpi/kpi-catalogue.js';
export type { KpiId } from './kpi/kpi-catalogue.js';
export { ratio } from './kpi/kpi-ratio.js';
export type { KpiRatio } from './kpi/kpi-ratio.js';
export { computeClinicAvailability } from './kpi/compute-clinic-availability.js';
export { computeTemporaryNotesRate } from './kpi/compute-temporary-notes-rate.js';
export { computeNotFoundRate } from './kpi/compute-not-found-rate.js';
export { computeFilingBacklog } from './kpi/compute-filing-backlog.js';
export type { FilingBacklog } from './kpi/compute-filing-backlog.js';
export { computeSicknessAbsenceRate } from './kpi/compute-sickness-absence-rate.js';
export type { SicknessAbsenceDays } from './kpi/compute-sickness-absence-rate.js';
export { computeVacancyRate } from './kpi/compute-vacancy-rate.js';
export type { EstablishmentLine } from './kpi/compute-vacancy-rate.js';
export { computeTrainingCompliance } from './kpi/compute-training-compliance.js';
export type { TrainingAssignment } from './kpi/compute-training-compliance.js';

// Subject access requests
export { SAR_EXTENDED_RESPONSE_MONTHS, SAR_RESPONSE_MONTHS, sarDueDate } from './sar/sar-due-date.js';
export type { SarClockOptions } from './sar/sar-due-date.js';
export { computeSarOnTime, dueDateOf } from './sar/sar-on-time.js';
export { MAX_SAR_PAUSES, SAR_PAUSES_MAX_CHARACTERS, parseSarPauses, sarClockErrors } from './sar/sar-clock-errors.js';

// SPC (Making Data Count)
export { spc } from './spc/spc.js';
export type { SpcOptions, SpcPoint, SpcPointResult, SpcResult, SpcSegment, SpecialCause } from './spc/spc.js';
export { SPC_RULES } from './spc/spc-rules.js';
export { SPC_RULE_IDS } from './spc/spc-types.js';
export type { SegmentSignals, SignalSide, SpcRule, SpcRuleId, SpcSign } from './spc/spc-types.js';
export * from './spc/spc-constants.js';
export { segmentLimits } from './spc/segment-limits.js';
export type { SegmentLimits } from './spc/segment-limits.js';
export { SPC_POINT_TYPES, pointType } from './spc/point-type.js';
export type { SpcPointType } from './spc/point-type.js';
export { VARIATION_ICONS, variationIcon } from './spc/variation-icon.js';
export type { VariationIcon } from './spc/variation-icon.js';
export { ASSURANCE_ICONS, assuranceIcon } from './spc/assurance-icon.js';
export type { AssuranceIcon } from './spc/assurance-icon.js';

// Demand and staffing (Erlang C)
export { erlangB, probabilityOfWait, serviceLevel, trafficErlangs } from './staffing/erlang.js';
export type { ServiceLevelInput, ServiceLevelMeasure } from './staffing/erlang.js';
export { assertWeekdayHourGrid, weekdayHourGrid } from './staffing/weekday-hour-grid.js';
export type { WeekdayHourGrid } from './staffing/weekday-hour-grid.js';
export { arrivalRatesByWeekdayHour, meanPerWeekday } from './staffing/arrival-rates.js';
export { staffNeededByHour } from './staffing/staff-needed-by-hour.js';
export type { StaffNeededOptions, StaffingNeed } from './staffing/staff-needed-by-hour.js';
export { compareWithPlannedCover } from './staffing/planned-cover.js';
export type { CoverComparison } from './staffing/planned-cover.js';
