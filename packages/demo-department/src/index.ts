export { DEMO_PASSWORD, type DemoAccount } from './accounts.js';
export { type DemoDepartment, type DemoLocation, type DemoTeam } from './department.js';
export { generateDemoOrganisation, type DemoOrganisation, type DemoOrganisationOptions } from './organisation.js';
export { generateDemoRota, type DemoRotaOptions } from './rota/generate-demo-rota.js';
export { demoRotaInput } from './rota/demo-rota-input.js';
export { periodContaining, periodName, type PeriodDates } from './rota/rota-calendar.js';
export type { DemoAbsence, DemoAssignment, DemoCoverRequirement, DemoRota, DemoRotaPeriod, DemoShift, DemoShiftType, DemoSwapRequest, DemoWorkingPattern } from './rota/demo-rota-model.js';
