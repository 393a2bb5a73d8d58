/**
 * Access roles of a Recordroom account, widest first.
 * - admin: everything in their organisation (trust), including accounts.
 * - manager: their department.
 * - officer: their line: direct and indirect reports (and themselves).
 * - senior: read-only, organisation-wide (head of service, directors, board).
 * - staff: themselves only.
 */
export const ROLES = ['admin', 'manager', 'officer', 'senior', 'staff'] as const;
export type Role = (typeof ROLES)[number];
