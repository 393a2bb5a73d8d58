import type { StaffSummaryDto } from '@recordroom/contracts';
import { type ReactNode } from 'react';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { useStaffSummary } from '../../staff/hooks/use-staff-summary';

/** Loads the staffing summary once for a home page and hands it to the panels that show it. */
export function StaffSummaryLoader({ children }: { children: (summary: StaffSummaryDto) => ReactNode }) {
  const summary = useStaffSummary();
  if (summary.isPending) return <LoadingMessage>Loading staffing figures…</LoadingMessage>;
  if (summary.isError) return <ProblemMessage error={summary.error} what="staffing figures" onRetry={() => void summary.refetch()} />;
  return <>{children(summary.data)}</>;
}
