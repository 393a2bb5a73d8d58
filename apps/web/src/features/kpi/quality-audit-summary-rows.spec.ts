import { describe, expect, it } from '@jest/globals';
import type { TemplateTrendDto } from '@recordroom/contracts';
import { spc } from '@recordroom/kpi';
import { qualityAuditSummaryRows } from './quality-audit-summary-rows';

const points = [90, 92, 94, 96].map((compliance, i) => ({ auditId: `a${i}`, auditDate: `2026-0${i + 1}-15`, scopeName: 'Wards', compliance, rag: 'amber' as const }));
const trend: TemplateTrendDto = { templateId: 't1', templateName: 'Record keeping', greenFrom: 95, points, spc: spc(points.map((p) => ({ period: p.auditDate, value: p.compliance })), { target: 95 }) };

describe('qualityAuditSummaryRows', () => {
  it("shows a template's latest compliance against its green threshold, with the SPC icons", () => {
    expect(qualityAuditSummaryRows([trend])).toEqual([
      expect.objectContaining({ id: 'quality-audit-t1', name: 'Audit compliance', qualifier: 'Record keeping', unit: 'percent', latest: { period: '2026-04-15', value: 96 }, target: 95, targetStatus: 'local', variationIcon: trend.spc?.variationIcon, assuranceIcon: trend.spc?.assuranceIcon }),
    ]);
  });

  it('leaves out a template with fewer than two cycles', () => {
    expect(qualityAuditSummaryRows([{ ...trend, points: points.slice(0, 1), spc: null }])).toEqual([]);
  });
});
