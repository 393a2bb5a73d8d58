import type { KpiImportKind } from '@recordroom/contracts';
import { type RequestPriority } from '@recordroom/kpi';

export const PRIORITY_LABELS: Readonly<Record<RequestPriority, string>> = {
  emergency: 'Emergency (A&E)',
  urgent: 'Urgent',
  routine: 'Routine',
  'clinic-pull': 'Clinic pull',
};

/** How a facet reads under the KPI's name: "Emergency (A&E) requests". */
export function facetLabel(facet: string | null): string | null {
  if (facet === null) return null;
  const label = (PRIORITY_LABELS as Record<string, string | undefined>)[facet];
  return label ? `${label} requests` : facet;
}

export const IMPORT_KIND_LABELS: Readonly<Record<KpiImportKind, string>> = {
  'record-requests': 'Record requests (tracking system export)',
  'clinic-pulls': 'Clinic pulls',
  'filing-backlog': 'Filing backlog snapshots',
  'subject-access-requests': 'Subject access requests',
};

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
