import { type ReactNode } from 'react';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { type StaffSummary } from '../../staff/api/types';
import { useStaffSummary } from '../../staff/hooks/use-staff-summary';

/** Loads the staffing summary once for a home page and hands it to the panels that show it. */
export function StaffSummaryLoader({ children }: { children: (summary: StaffSummary) => ReactNode }) {
  const summary = useStaffSummary();
  if (summary.isPending) return <LoadingMessage>Loading staffing figures…</LoadingMessage>;
  if (summary.isError) return <ProblemMessage error={summary.error} what="staffing figures" onRetry={() => void summary.refetch()} />;
  return <>{children(summary.data)}</>;
}
