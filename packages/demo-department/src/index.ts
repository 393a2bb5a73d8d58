export { DEMO_PASSWORD, type DemoAccount } from './accounts.js';
export { type DemoDepartment, type DemoLocation, type DemoTeam } from './department.js';
export { generateDemoOrganisation, type DemoOrganisation, type DemoOrganisationOptions } from './organisation.js';
export { demoKpiDepartments, type DemoKpiDepartment, type DemoKpiOptions } from './kpi/demo-kpi-options.js';
export {
  demoClinicPulls,
  demoRecordActivity,
  demoRecordRequests,
  type DemoClinicPull,
  type DemoRecordActivity,
  type DemoRecordRequest,
} from './kpi/record-activity.js';
export { demoFilingBacklog, type DemoFilingBacklogSnapshot } from './kpi/filing-backlog.js';
export { demoSubjectAccessRequests, type DemoSubjectAccessRequest } from './kpi/subject-access-requests.js';
export { RECORD_REQUEST_CSV_COLUMNS, recordRequestCsvLines } from './kpi/record-request-csv.js';
export { generateDemoRota, type DemoRotaOptions } from './rota/generate-demo-rota.js';
export { demoRotaInput } from './rota/demo-rota-input.js';
export { periodContaining, periodName, type PeriodDates } from './rota/rota-calendar.js';
export type { DemoAbsence, DemoAssignment, DemoCoverRequirement, DemoRota, DemoRotaPeriod, DemoShift, DemoShiftType, DemoSwapRequest, DemoWorkingPattern } from './rota/demo-rota-model.js';
export {
  generateDemoLineManagement,
  type DemoAppraisal,
  type DemoLineManagement,
  type DemoProbation,
  type DemoRightToWork,
  type DemoTrainingCompletion,
} from './line-management/generate-demo-line-management.js';
export { DEMO_AGENCY_RATE_CARD, generateDemoPay, type DemoEstablishmentLine, type DemoMonthlySpend, type DemoPay, type DemoPayOptions } from './pay/generate-demo-pay.js';
