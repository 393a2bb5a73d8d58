/** Access roles of an account (see packages/people roles.ts for what each may see). */
export type Role = 'admin' | 'manager' | 'officer' | 'senior' | 'staff';

/** The signed-in person, as GET /api/auth/me and POST /api/auth/sign-in return them. */
export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  departmentId: string | null;
  departmentName: string | null;
  /** The person's own staff record, when the account belongs to a member of staff. */
  staffMemberId: string | null;
}

export interface SignInRequest {
  email: string;
  password: string;
}

/** GET /api/health. */
export interface Health {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  /** The demo department is loaded: the sign-in page may show the demo accounts. */
  demo: boolean;
  version: string;
  /** Optional: the demo accounts' password, when the API chooses to publish it. */
  demoPassword?: string;
}
