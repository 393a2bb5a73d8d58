import { AUDIT_SCOPE_KINDS, type TemplateDto } from '@recordroom/contracts';
import { ErrorSummary, Select, TextInput } from '@recordroom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/api-error';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { qualityAuditApi, qualityAuditKeys } from '../api/quality-audit-api';
import { useStaffOptions } from '../hooks/use-staff-options';
import { SCOPE_KIND_LABELS } from '../quality-audit-labels';
import { fieldSentence } from '../../../api/field-sentence';

/** Starts an audit: template, scope, auditor, date, and the population the sample is drawn from (pasted, or read from a file). */
export function StartAuditForm({ templates, today }: { templates: TemplateDto[]; today: string }) {
  const user = useSignedInUser();
  const staff = useStaffOptions();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [scopeKind, setScopeKind] = useState<(typeof AUDIT_SCOPE_KINDS)[number]>('location');
  const [scopeName, setScopeName] = useState('');
  const [auditor, setAuditor] = useState(user.staffMemberId ?? '');
  const [auditDate, setAuditDate] = useState(today);
  const [population, setPopulation] = useState('');
  const [seed, setSeed] = useState(String(Number(today.replaceAll('-', '')) % 100_000));
  const start = useMutation({
    mutationFn: () => qualityAuditApi.createAudit({ templateId, scopeKind, scopeName, auditorStaffId: auditor, auditDate, population, seed: Number(seed) }),
    onSuccess: (audit) => {
      void client.invalidateQueries({ queryKey: qualityAuditKeys.all });
      void navigate(`/quality-audits/audits/${audit.id}`);
    },
  });
  const problems = start.error instanceof ApiError ? start.error.fieldErrors : [];
  const errorOf = (field: string): string | undefined => problems.filter((p) => p.field === field || p.field.startsWith(`${field} `)).map((p) => p.message).join('; ') || undefined;
  const sampleSize = templates.find((t) => t.id === templateId)?.definition.sampleSize;
  return (
    <form
      aria-labelledby="start-heading"
      onSubmit={(event) => {
        event.preventDefault();
        start.mutate();
      }}
    >
      <h2 id="start-heading">Start an audit</h2>
      {problems.length > 0 && <ErrorSummary title="The audit was not started" errors={problems.map((p) => ({ text: fieldSentence(p.field, p.message), fieldId: `start-${p.field.split(' ')[0] ?? p.field}` }))} />}
      <Select id="start-templateId" label="Template" value={templateId} onChange={setTemplateId} options={templates.map((t) => ({ value: t.id, label: `${t.name} (version ${t.revision}, ${t.definition.sampleSize} records)` }))} error={errorOf('templateId')} />
      <Select id="start-scopeKind" label="Audit of a" value={scopeKind} onChange={(v) => setScopeKind(v as (typeof AUDIT_SCOPE_KINDS)[number])} options={AUDIT_SCOPE_KINDS.map((k) => ({ value: k, label: SCOPE_KIND_LABELS[k] }))} />
      <TextInput id="start-scopeName" label="Location, team or specialty" hint="For example Records library, Outpatients reception, Cardiology" value={scopeName} onChange={setScopeName} error={errorOf('scopeName')} />
      <Select id="start-auditorStaffId" label="Auditor" value={auditor} onChange={setAuditor} options={staff} emptyOption="Choose the auditor" error={errorOf('auditorStaffId')} />
      <TextInput id="start-auditDate" label="Audit date" type="date" width={10} value={auditDate} onChange={setAuditDate} error={errorOf('auditDate')} />
      <div className={`nhsuk-form-group${errorOf('population') ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor="start-population">
          Records to sample from
        </label>
        <div className="nhsuk-hint" id="start-population-hint">
          Paste pseudonymous record ids, one per line or separated by commas{sampleSize ? `; ${sampleSize} are drawn at random` : ''}. Or read them from a text or CSV file.
        </div>
        {errorOf('population') && <span className="nhsuk-error-message">{errorOf('population')}</span>}
        <textarea className="nhsuk-textarea" id="start-population" rows={5} aria-describedby="start-population-hint" value={population} onChange={(event) => setPopulation(event.target.value)} />
        <label className="nhsuk-label" htmlFor="start-population-file">
          Or read a file
        </label>
        <input
          id="start-population-file"
          type="file"
          accept=".txt,.csv,text/plain,text/csv"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void file.text().then(setPopulation);
          }}
        />
      </div>
      <TextInput id="start-seed" label="Sample seed" hint="The same records and seed give the same sample, so the draw can be repeated" value={seed} onChange={setSeed} inputMode="numeric" width={10} error={errorOf('seed')} />
      <button className="nhsuk-button" type="submit" disabled={start.isPending}>
        Draw the sample and start
      </button>
    </form>
  );
}
