import type { Answer } from '@recordroom/audit';
import type { AuditAnswerDto, AuditDto } from '@recordroom/contracts';
import { ErrorSummary, Tag } from '@recordroom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/api-error';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { qualityAuditApi, qualityAuditKeys } from '../api/quality-audit-api';
import { useQualityActions, useQualityAudit } from '../hooks/use-quality-audit-data';
import { RAG_LABELS, SCOPE_KIND_LABELS } from '../quality-audit-labels';
import { AnswerGrid, cellKey } from './answer-grid';
import { AuditActions } from './audit-actions-form';
import { AuditResults } from './audit-results';
import { fieldSentence } from '../../../api/field-sentence';
import { formatDate } from '../../../format/format-date';

/** The answers of a draft, kept on the page between saves. */
function DraftForm({ audit }: { audit: AuditDto }) {
  const client = useQueryClient();
  const [answers, setAnswers] = useState(() => new Map(audit.answers.map((a) => [cellKey(a.recordId, a.criterionId), a])));
  const [version, setVersion] = useState(audit.version);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => setVersion(audit.version), [audit.version]);
  const list = (): AuditAnswerDto[] => [...answers.values()];
  const save = useMutation({
    mutationFn: () => qualityAuditApi.saveAnswers(audit.id, version, list()),
    onSuccess: (next) => {
      setVersion(next.version);
      setSaved(`Draft saved (${next.answers.length} answers).`);
      client.setQueryData(qualityAuditKeys.audit(audit.id), next);
    },
  });
  const submit = useMutation({
    mutationFn: async () => {
      const next = await qualityAuditApi.saveAnswers(audit.id, version, list());
      return qualityAuditApi.submit(audit.id, next.version);
    },
    onSuccess: (next) => {
      client.setQueryData(qualityAuditKeys.audit(audit.id), next);
      void client.invalidateQueries({ queryKey: qualityAuditKeys.all });
    },
  });
  const error = save.error ?? submit.error;
  const problems = error instanceof ApiError ? error.fieldErrors : [];
  const set = (recordId: string, criterionId: string, change: Partial<AuditAnswerDto>): void => {
    setSaved(null);
    setAnswers((current) => {
      const key = cellKey(recordId, criterionId);
      const before = current.get(key);
      if (!before && !change.answer) return current;
      const next = new Map(current);
      next.set(key, { recordId, criterionId, answer: before?.answer ?? 'yes', comment: before?.comment ?? '', ...change });
      return next;
    });
  };
  return (
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">Answers</h2>
      {error && (
        <ErrorSummary
          title={error instanceof ApiError && error.status === 409 ? 'Someone else changed this audit: reload the page' : 'The audit was not saved'}
          errors={problems.length > 0 ? problems.map((p) => ({ text: fieldSentence(p.field, p.message) })) : [{ text: error.message }]}
        />
      )}
      {saved && (
        <p className="nhsuk-body" role="status">
          {saved}
        </p>
      )}
      <AnswerGrid sample={audit.sample} criteria={audit.definition.criteria} answers={answers} onAnswer={(r, c, answer: Answer) => set(r, c, { answer })} onComment={(r, c, comment) => set(r, c, { comment })} />
      <div className="nhsuk-button-group">
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => save.mutate()} disabled={save.isPending}>
          Save draft
        </button>
        <button className="nhsuk-button" type="button" onClick={() => submit.mutate()} disabled={submit.isPending}>
          Submit audit
        </button>
      </div>
    </section>
  );
}

/** /quality-audits/audits/:auditId: a draft's answer grid, or a submitted audit's results and actions. */
export function QualityAuditPage() {
  const { auditId = '' } = useParams();
  const audit = useQualityAudit(auditId);
  const actions = useQualityActions();
  usePageTitle(audit.data ? `${audit.data.templateName}, ${audit.data.scopeName}` : 'Audit');
  const client = useQueryClient();
  const navigate = useNavigate();
  const amend = useMutation({
    mutationFn: (a: AuditDto) => qualityAuditApi.amend(a.id, a.version, 'Correction after review'),
    onSuccess: (next) => {
      void client.invalidateQueries({ queryKey: qualityAuditKeys.all });
      void navigate(`/quality-audits/audits/${next.id}`);
    },
  });
  const title = useMemo(() => (audit.data ? `${audit.data.templateName}: ${audit.data.scopeName}` : 'Audit'), [audit.data]);

  if (audit.isPending) return <LoadingMessage>Loading the audit…</LoadingMessage>;
  if (audit.isError) return <ProblemMessage error={audit.error} what="audit" headingLevel={1} />;
  const a = audit.data;
  return (
    <>
      <h1>{title}</h1>
      <p className="nhsuk-lede-text">
        {SCOPE_KIND_LABELS[a.scopeKind]} {a.scopeName}, audited by {a.auditorName} on {formatDate(a.auditDate)}. Template version {a.revision}; {a.sample.length} records sampled at random (seed {a.seed}) from {a.populationSize}.{' '}
        <Tag colour={a.status === 'draft' ? 'blue' : 'green'}>{a.status === 'draft' ? 'Draft' : 'Submitted'}</Tag> {a.amendment > 1 && <Tag colour="purple">Amendment {a.amendment}</Tag>} {a.superseded && <Tag colour="grey">Replaced by an amendment</Tag>} {a.rag && <Tag colour={RAG_LABELS[a.rag].colour}>{RAG_LABELS[a.rag].text}</Tag>}
      </p>
      {a.status === 'draft' ? <DraftForm audit={a} /> : <AuditResults audit={a} />}
      {a.status === 'submitted' && <AuditActions audit={a} actions={actions.data ?? []} />}
      {a.status === 'submitted' && !a.superseded && (
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => amend.mutate(a)} disabled={amend.isPending}>
          Amend this audit (makes a new version)
        </button>
      )}
    </>
  );
}
