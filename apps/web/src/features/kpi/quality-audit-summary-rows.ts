import type { TemplateTrendDto } from '@recordroom/contracts';
import { type KpiSummaryTableRow } from '@recordroom/ui';

/**
 * Audit compliance as KPI rows of the senior dashboard's summary, one per audit template with two
 * or more submitted cycles: the latest cycle's compliance, the template's green threshold as the
 * (local) target, and the icons of the API's SPC over the cycles. Figures come from the API.
 */
export function qualityAuditSummaryRows(trends: readonly TemplateTrendDto[]): KpiSummaryTableRow[] {
  return trends.flatMap((trend) => {
    const last = trend.points.at(-1);
    if (!trend.spc || !last) return [];
    return [
      {
        id: `quality-audit-${trend.templateId}`,
        name: 'Audit compliance',
        qualifier: trend.templateName,
        unit: 'percent',
        latest: { period: last.auditDate, value: last.compliance },
        target: trend.greenFrom,
        targetStatus: 'local',
        variationIcon: trend.spc.variationIcon,
        assuranceIcon: trend.spc.assuranceIcon,
        // Its chart is on the same page, under the KPI charts (AuditTrends).
        href: `#quality-audit-${trend.templateId}`,
      },
    ];
  });
}
