import '../quality-audit.css';
import { Tag } from '@recordroom/ui';
import { Link } from 'react-router';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { useAuditProgramme, useAuditTrends, useQualityAudits, useQualityTemplates } from '../hooks/use-quality-audit-data';
import { formatPercent, RAG_LABELS } from '../quality-audit-labels';
import { AuditTrends } from './audit-trends';
import { ProgrammeCalendar } from './programme-calendar';
import { StartAuditForm } from './start-audit-form';
import { formatShortDate } from '../../../format/format-date';
import { trustToday } from '../../../format/trust-today';

/** /quality-audits: the programme calendar, the audits, compliance trends, and starting an audit. */
export function QualityAuditsPage() {
  usePageTitle('Records-quality audits');
  const user = useSignedInUser();
  const programme = useAuditProgramme();
  const audits = useQualityAudits();
  const templates = useQualityTemplates();
  const trends = useAuditTrends();
  const today = trustToday();
  const conducts = user.role !== 'senior';
  return (
    <>
      <h1>Records-quality audits</h1>
      <p className="nhsuk-lede-text">Record-keeping and service audits: sample records, score them against a template, act on what fails and re-audit.</p>
      <p>
        <Link to="/quality-audits/actions">Actions</Link>
        {(user.role === 'manager' || user.role === 'admin') && (
          <>
            {' · '}
            <Link to="/quality-audits/templates">Templates and standards</Link>
          </>
        )}
      </p>
      {programme.isPending && <LoadingMessage>Loading the programme…</LoadingMessage>}
      {programme.isError && <ProblemMessage error={programme.error} what="audit programme" />}
      {programme.data && <ProgrammeCalendar entries={programme.data} today={today} />}
      <section aria-labelledby="audits-heading">
        <h2 id="audits-heading">Audits</h2>
        {audits.data && (
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Audits, newest first</caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Template</th>
                <th scope="col">Scope</th>
                <th scope="col">Auditor</th>
                <th scope="col" className="app-numeric">Compliance</th>
                <th scope="col">RAG</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {audits.data.slice(0, 15).map((a) => (
                <tr key={a.id}>
                  <td className="app-nowrap">{formatShortDate(a.auditDate)}</td>
                  <th scope="row">
                    <Link to={`/quality-audits/audits/${a.id}`}>{a.templateName}</Link>
                    {a.amendment > 1 ? ` (amendment ${a.amendment})` : ''}
                  </th>
                  <td>{a.scopeName}</td>
                  <td>{a.auditorName}</td>
                  <td className="app-numeric">{a.status === 'draft' ? 'Draft' : formatPercent(a.compliance)}</td>
                  <td>{a.rag ? <Tag colour={RAG_LABELS[a.rag].colour}>{RAG_LABELS[a.rag].text}</Tag> : a.superseded ? 'replaced' : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {trends.data && <AuditTrends trends={trends.data} />}
      {conducts && templates.data && templates.data.length > 0 && <StartAuditForm templates={templates.data} today={today} />}
    </>
  );
}
