import type { TemplateTrendDto } from '@recordroom/contracts';
import { SpcChart } from '@recordroom/ui';

/** Compliance of each template across its cycles as a Making Data Count chart (higher is better, the target the green threshold). */
export function AuditTrends({ trends }: { trends: TemplateTrendDto[] }) {
  const charted = trends.filter((t): t is TemplateTrendDto & { spc: NonNullable<TemplateTrendDto['spc']> } => t.spc !== null);
  return (
    <section aria-labelledby="trends-heading">
      <h2 id="trends-heading">Compliance across cycles</h2>
      {charted.length === 0 && <p>A template needs two submitted audits for a chart.</p>}
      {charted.map((t) => (
        <SpcChart key={t.templateId} title={t.templateName} description={`Weighted compliance of each submitted audit, N/A excluded; target ${t.greenFrom}% (the green threshold).`} spc={t.spc} unit="percent" height={220} headingLevel={3} />
      ))}
    </section>
  );
}
