// The HTTP contract between apps/api and apps/web. Request bodies and queries are zod schemas
// (the API validates with them and publishes them as OpenAPI); responses are TypeScript types the
// API's mappers must satisfy. The dashboard imports the types with `import type`, so no zod
// reaches the browser. Domain shapes sent unchanged (gaps, violations, candidates, fairness,
// leave checks) stay in @recordroom/rota.
export { type Page } from './common/paging.js';

export { STAFF_SORTS, type SortOrder, type StaffSort } from './staff/staff-sorts.js';
export {
  createStaffSchema,
  deleteStaffQuery,
  exportStaffQuery,
  listStaffQuery,
  updateStaffSchema,
  type CreateStaffBody,
  type CreateStaffDto,
  type DbsCheckDueDto,
  type ExportStaffQuery,
  type ListStaffQuery,
  type StaffFieldName,
  type StaffFilter,
  type StaffMemberDto,
  type StaffSummaryDto,
  type UpdateStaffBody,
  type UpdateStaffDto,
} from './staff/staff-member.dto.js';

export { ABSENCE_RECORD_STATUSES, SWAP_STATUSES, type AbsenceRecordStatus, type SwapStatus } from './rota/record-statuses.js';
export { departmentQuery, type Decision, type DepartmentQuery } from './rota/rota-fields.js';
export {
  absenceDecisionSchema,
  cancelAbsenceSchema,
  createAbsenceSchema,
  listAbsencesQuery,
  type AbsenceDecisionBody,
  type AbsenceDecisionDto,
  type AbsenceDto,
  type CreateAbsenceBody,
  type CreateAbsenceDto,
  type ListAbsencesQuery,
} from './rota/absence.dto.js';
export {
  createCoverRequirementSchema,
  deleteCoverRequirementQuery,
  updateCoverRequirementSchema,
  type CoverRequirementDto,
  type CreateCoverRequirementDto,
  type UpdateCoverRequirementDto,
} from './rota/cover-requirement.dto.js';
export { myShiftsQuery, type CalendarFeedDto, type MyShiftDto, type MyShiftsQuery, type NewCalendarFeedDto } from './rota/my-rota.dto.js';
export {
  createAssignmentSchema,
  createPeriodSchema,
  createShiftSchema,
  deleteAssignmentQuery,
  finalisePeriodSchema,
  publishPeriodSchema,
  reopenPeriodSchema,
  type AssignmentDto,
  type AssignmentWriteDto,
  type CreateAssignmentBody,
  type CreateAssignmentDto,
  type CreatePeriodDto,
  type CreateShiftDto,
  type DeleteAssignmentQuery,
  type RotaPeriodDto,
  type ShiftDto,
  type ViolationDto,
} from './rota/period.dto.js';
export { type HoursByStaffDto, type PlannerDto, type PlannerStaffDto } from './rota/planner.dto.js';
export { createShiftTypeSchema, updateShiftTypeSchema, type CreateShiftTypeDto, type ShiftTypeDto, type UpdateShiftTypeDto } from './rota/shift-type.dto.js';
export { type SwapColleagueDto, type SwapOptionsDto, type SwapShiftDto } from './rota/swap-options.dto.js';
export {
  cancelSwapSchema,
  createSwapSchema,
  listSwapsQuery,
  mySwapsQuery,
  swapDecisionSchema,
  type CancelSwapDto,
  type CreateSwapBody,
  type CreateSwapDto,
  type ListSwapsQuery,
  type MySwapsQuery,
  type SwapDecisionBody,
  type SwapDecisionDto,
  type SwapDto,
} from './rota/swap.dto.js';

export { IMPORT_KINDS, type KpiImportKind } from './kpi/import-kinds.js';
export {
  demandQuery,
  distributionQuery,
  importsQuery,
  seriesQuery,
  summaryQuery,
  type ChartRebase,
  type DemandQuery,
  type DistributionQuery,
  type ImportsQuery,
  type SeriesQuery,
  type SummaryQuery,
} from './kpi/kpi-query.dto.js';
export {
  type DemandHourDto,
  type DemandVsStaffingDto,
  type ImportLineErrorDto,
  type ImportResultDto,
  type KpiImportDto,
  type KpiPoint,
  type KpiSeriesDto,
  type KpiSummaryDto,
  type KpiSummaryRowDto,
  type RetrievalDistributionDto,
  type RetrievalDistributionWeekDto,
} from './kpi/kpi-read.dto.js';

export { auditQuery, type AuditEventDto, type AuditQuery } from './audit/audit-event.dto.js';
export { currentUserSchema, signInSchema, type CurrentUserDto, type SignInBody, type SignInDto } from './auth/sign-in.dto.js';
export { type HealthDto } from './health/health.dto.js';
export {
  createDepartmentSchema,
  createLocationSchema,
  createTeamSchema,
  updateDepartmentSchema,
  updateLocationSchema,
  updateTeamSchema,
  versionQuery,
  type CreateDepartmentDto,
  type CreateLocationDto,
  type CreateTeamDto,
  type DepartmentDto,
  type LocationDto,
  type OrganisationDto,
  type TeamDto,
  type UpdateDepartmentDto,
  type UpdateLocationDto,
  type UpdateTeamDto,
} from './organisation/organisation.dto.js';

export {
  createEstablishmentLineSchema,
  deleteEstablishmentLineQuery,
  exportEstablishmentQuery,
  payDepartmentQuery,
  updateEstablishmentLineSchema,
  type BandCostDto,
  type CreateEstablishmentLineDto,
  type EstablishmentDto,
  type EstablishmentLineDto,
  type EstablishmentRowDto,
  type EstablishmentTotalsDto,
  type ExportEstablishmentQuery,
  type OnCostsDto,
  type PayDepartmentQuery,
  type PayTableUsedDto,
  type PostHolderDto,
  type UpdateEstablishmentLineDto,
} from './pay/establishment.dto.js';
export {
  whatIfSchema,
  type ForecastDto,
  type ForecastMonthDto,
  type OutturnDto,
  type PositionDto,
  type SpendDto,
  type WhatIfBody,
  type WhatIfDto,
  type WhatIfResultDto,
} from './pay/forecast.dto.js';
export {
  monthlySpendImportQuery,
  putMonthlySpendSchema,
  type MonthlySpendDto,
  type MonthlySpendImportQuery,
  type MonthlySpendImportResultDto,
  type PutMonthlySpendDto,
} from './pay/monthly-spend.dto.js';
export { putPaySettingsSchema, type OnCallAgreementDto, type PaySettingsDto, type PutPaySettingsDto } from './pay/pay-settings.dto.js';
export { type PayViewDto } from './pay/pay-view.dto.js';
export {
  callOutsQuery,
  createCallOutSchema,
  onCallDutySchema,
  updateCallOutSchema,
  type AgencyPriceDto,
  type CallOutDto,
  type OnCallDutyOfPeriodDto,
  type CallOutsQuery,
  type CreateCallOutDto,
  type OnCallDutyBody,
  type OnCallDutyDto,
  type RotaCostDto,
  type UpdateCallOutDto,
} from './pay/rota-cost.dto.js';
export { type PayTablesDto } from './pay/pay-tables.dto.js';
