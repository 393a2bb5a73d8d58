export { DEMO_PASSWORD, type DemoAccount } from './accounts.js';
export { type DemoDepartment, type DemoLocation, type DemoTeam } from './department.js';
export { generateDemoOrganisation, type DemoOrganisation, type DemoOrganisationOptions } from './organisation.js';
