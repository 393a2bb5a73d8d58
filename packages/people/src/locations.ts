/** Kinds of place a health records department staffs (../shared/DESIGN.md, domain model). */
export const LOCATION_KINDS = [
  'records-library',
  'outpatient-reception',
  'a-and-e-records-desk',
  'ward',
  'coding-office',
  'scanning-bureau',
  'access-to-records-office',
] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];
