// Zod-free so the dashboard's import page can list the kinds without pulling the schemas in.
/** The CSV imports the API accepts, one route each (POST /api/kpi/imports/:kind); the kpi_import.kind check constraint holds the same list. */
export const IMPORT_KINDS = ['record-requests', 'clinic-pulls', 'filing-backlog', 'subject-access-requests'] as const;
export type KpiImportKind = (typeof IMPORT_KINDS)[number];
