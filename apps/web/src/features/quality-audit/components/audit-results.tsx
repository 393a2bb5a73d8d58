import type { AuditDto } from '@recordroom/contracts';
import { Tag } from '@recordroom/ui';
import { CriterionComplianceChart } from '../charts/criterion-compliance-chart';
import { formatPercent, RAG_LABELS } from '../quality-audit-labels';
import { formatDate } from '../../../format/format-date';

/** A submitted audit's score: overall compliance and RAG, the Wilson interval, per-criterion bars and table, the previous cycle, the re-audit date. */
export function AuditResults({ audit }: { audit: AuditDto }) {
  const result = audit.result;
  if (!result) return null;
  const rag = RAG_LABELS[result.rag];
  const { greenFrom, amberFrom } = audit.definition.thresholds;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      <dl className="nhsuk-summary-list" data-testid="audit-score">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Compliance</dt>
          <dd className="nhsuk-summary-list__value">
            <strong className="app-quality-score">{formatPercent(result.compliance)}</strong> weighted, not applicable answers excluded
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">RAG</dt>
          <dd className="nhsuk-summary-list__value">
            <Tag colour={rag.colour}>{rag.text}</Tag> (green from {greenFrom}%, amber from {amberFrom}%){result.criticalFailures.length > 0 ? `; red because critical criteria failed: ${result.criticalFailures.join(', ')}` : ''}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Records fully compliant</dt>
          <dd className="nhsuk-summary-list__value">
            {result.recordsCompliant} of {result.recordsAssessed}
            {result.recordsInterval && ` (95% confidence interval ${formatPercent(result.recordsInterval.lower)} to ${formatPercent(result.recordsInterval.upper)}, Wilson)`}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Previous cycle</dt>
          <dd className="nhsuk-summary-list__value">
            {audit.previous ? `${audit.previous.comparison.changePoints > 0 ? '+' : ''}${audit.previous.comparison.changePoints} points since ${formatDate(audit.previous.auditDate)} (${audit.previous.comparison.direction}; was ${RAG_LABELS[audit.previous.comparison.previousRag].text})` : 'None: this is the first cycle of this template here'}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Re-audit</dt>
          <dd className="nhsuk-summary-list__value" data-testid="reaudit-date">
            {audit.reauditDate
              ? `${formatDate(audit.reauditDate)} (${audit.definition.reauditMonths[result.rag]} months after ${result.rag === 'amber' ? 'an' : 'a'} ${rag.text.toLowerCase()} result)`
              : 'Not scheduled until the audit is submitted'}
          </dd>
        </div>
      </dl>
      <h3>Compliance by criterion</h3>
      <CriterionComplianceChart criteria={audit.definition.criteria} results={result.criteria} greenFrom={greenFrom} amberFrom={amberFrom} />
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Compliance by criterion</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col" className="app-numeric">Yes</th>
            <th scope="col" className="app-numeric">No</th>
            <th scope="col" className="app-numeric">N/A</th>
            <th scope="col" className="app-numeric">Compliance</th>
            <th scope="col">95% interval</th>
            <th scope="col">RAG</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {result.criteria.map((c) => {
            const criterion = audit.definition.criteria.find((x) => x.id === c.criterionId);
            return (
              <tr key={c.criterionId}>
                <th scope="row">
                  {c.criterionId}: {criterion?.text}
                  {c.critical ? ' (critical)' : ''}
                </th>
                <td className="app-numeric">{c.yes}</td>
                <td className="app-numeric">{c.no}</td>
                <td className="app-numeric">{c.na}</td>
                <td className="app-numeric">{formatPercent(c.compliance)}</td>
                <td>{c.interval ? `${formatPercent(c.interval.lower)} to ${formatPercent(c.interval.upper)}` : '–'}</td>
                <td>{c.rag ? <Tag colour={RAG_LABELS[c.rag].colour}>{RAG_LABELS[c.rag].text}</Tag> : 'all N/A'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
