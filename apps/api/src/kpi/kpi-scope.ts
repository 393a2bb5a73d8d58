/**
 * Whose KPI events a request reads or writes: one organisation, and one department of it or
 * (null) all of them. Resolved by KpiScopeResolver from the role and the departmentId asked for.
 */
export interface KpiScope {
  organisationId: string;
  departmentId: string | null;
}
