import { type Role } from '@recordroom/people';

/** The signed-in account, as every guard, controller and service sees it. */
export interface CurrentUser {
  accountId: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string;
  /** The department a manager runs; null for organisation-wide roles. */
  departmentId: string | null;
  /** The staff record of this person, if they are on the staff. */
  staffMemberId: string | null;
}
