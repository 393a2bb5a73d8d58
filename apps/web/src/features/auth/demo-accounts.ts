import type { Role } from '@recordroom/people';

/** The demo department's sign-ins (packages/demo-department), one per role. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ role: Role; email: string }> = [
  { role: 'manager', email: 'manager@demo.recordroom.org' },
  { role: 'officer', email: 'officer@demo.recordroom.org' },
  { role: 'senior', email: 'senior@demo.recordroom.org' },
  { role: 'staff', email: 'staff@demo.recordroom.org' },
  { role: 'admin', email: 'admin@demo.recordroom.org' },
];

/** The demo sign-ins' password, the demo seeder's (packages/demo-department accounts.ts); GET /api/health never sends it. Shown only when health says demo: true. */
export const DEMO_PASSWORD = 'recordroom-demo';
