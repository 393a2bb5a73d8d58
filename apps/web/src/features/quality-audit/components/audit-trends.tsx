import type { TemplateTrendDto } from '@recordroom/contracts';
import { SpcChart } from '@recordroom/ui';

/** Compliance of each template across its cycles as a Making Data Count chart (higher is better, the target the green threshold). */
export function AuditTrends({ trends, headingLevel = 2 }: { trends: TemplateTrendDto[]; headingLevel?: 2 | 3 }) {
  const charted = trends.filter((t): t is TemplateTrendDto & { spc: NonNullable<TemplateTrendDto['spc']> } => t.spc !== null);
  return (
    <section aria-labelledby="trends-heading">
      {headingLevel === 2 ? <h2 id="trends-heading">Compliance across cycles</h2> : <h3 id="trends-heading">Records-quality audit compliance</h3>}
      {charted.length === 0 && <p>A template needs two submitted audits for a chart.</p>}
      {charted.map((t) => (
        <SpcChart key={t.templateId} id={`quality-audit-${t.templateId}`} title={headingLevel === 2 ? t.templateName : `Audit compliance – ${t.templateName}`} description={`Weighted compliance of each submitted audit, N/A excluded; target ${t.greenFrom}% (the green threshold).`} spc={t.spc} unit="percent" height={220} headingLevel={headingLevel === 2 ? 3 : 4} />
      ))}
    </section>
  );
}
