import type { Criterion, TemplateVersion } from '@recordroom/audit';
import type { TemplateDto } from '@recordroom/contracts';
import { ErrorSummary, Select, TextInput } from '@recordroom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { qualityAuditApi, qualityAuditKeys } from '../api/quality-audit-api';
import { useQualityStandards, useQualityTemplates } from '../hooks/use-quality-audit-data';
import { fieldSentence } from '../../../api/field-sentence';

const BLANK: TemplateVersion = { criteria: [{ id: 'c1', text: '', weight: 1, critical: false, naAllowed: true, standardCode: null, guidance: '' }], sampleSize: 20, thresholds: { greenFrom: 95, amberFrom: 85 }, reauditMonths: { red: 3, amber: 6, green: 12 } };

const int = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** One template's editor: saving an existing template makes a new version; audits keep the version they were made on. */
function TemplateEditor({ template, standardCodes }: { template: TemplateDto | null; standardCodes: string[] }) {
  const client = useQueryClient();
  const [name, setName] = useState(template?.name ?? '');
  const [definition, setDefinition] = useState<TemplateVersion>(template?.definition ?? BLANK);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => (template ? qualityAuditApi.reviseTemplate(template.id, { version: template.version, name, ...definition, criteria: [...definition.criteria] }) : qualityAuditApi.createTemplate({ name, ...definition, criteria: [...definition.criteria] })),
    onSuccess: (next) => {
      setSaved(`Saved ${next.name} as version ${next.revision}.`);
      void client.invalidateQueries({ queryKey: qualityAuditKeys.all });
    },
  });
  const problems = save.error instanceof ApiError ? save.error.fieldErrors : [];
  const setCriterion = (index: number, change: Partial<Criterion>): void => setDefinition((d) => ({ ...d, criteria: d.criteria.map((c, i) => (i === index ? { ...c, ...change } : c)) }));
  return (
    <form
      aria-labelledby="editor-heading"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="editor-heading">{template ? `${template.name}, version ${template.revision}` : 'New template'}</h2>
      {problems.length > 0 && <ErrorSummary title="The template was not saved" errors={problems.map((p) => ({ text: fieldSentence(p.field, p.message) }))} />}
      {saved && <p role="status">{saved}</p>}
      <TextInput id="template-name" label="Name" value={name} onChange={setName} />
      <TextInput id="template-sample" label="Records per audit" value={String(definition.sampleSize)} onChange={(v) => setDefinition((d) => ({ ...d, sampleSize: int(v) }))} inputMode="numeric" width={3} />
      <TextInput id="template-green" label="Green from (%)" value={String(definition.thresholds.greenFrom)} onChange={(v) => setDefinition((d) => ({ ...d, thresholds: { ...d.thresholds, greenFrom: int(v) } }))} inputMode="numeric" width={3} />
      <TextInput id="template-amber" label="Amber from (%)" value={String(definition.thresholds.amberFrom)} onChange={(v) => setDefinition((d) => ({ ...d, thresholds: { ...d.thresholds, amberFrom: int(v) } }))} inputMode="numeric" width={3} />
      <TextInput id="template-reaudit-red" label="Re-audit after red (months)" value={String(definition.reauditMonths.red)} onChange={(v) => setDefinition((d) => ({ ...d, reauditMonths: { ...d.reauditMonths, red: int(v) } }))} inputMode="numeric" width={3} />
      <h3>Criteria</h3>
      <table className="nhsuk-table app-quality-criteria">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Criteria</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Criterion</th>
            <th scope="col">Weight</th>
            <th scope="col">Critical</th>
            <th scope="col">N/A allowed</th>
            <th scope="col">Standard</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {definition.criteria.map((c, i) => (
            <tr key={i}>
              <td>{c.id}</td>
              <td>
                <input className="nhsuk-input" aria-label={`Criterion ${c.id} text`} value={c.text} onChange={(event) => setCriterion(i, { text: event.target.value })} />
              </td>
              <td>
                <input className="nhsuk-input nhsuk-input--width-2" aria-label={`Criterion ${c.id} weight`} inputMode="numeric" value={String(c.weight)} onChange={(event) => setCriterion(i, { weight: int(event.target.value) })} />
              </td>
              <td>
                <input type="checkbox" aria-label={`Criterion ${c.id} critical`} checked={c.critical} onChange={(event) => setCriterion(i, { critical: event.target.checked })} />
              </td>
              <td>
                <input type="checkbox" aria-label={`Criterion ${c.id} not applicable allowed`} checked={c.naAllowed} onChange={(event) => setCriterion(i, { naAllowed: event.target.checked })} />
              </td>
              <td>
                <Select id={`criterion-${i}-standard`} label={<span className="nhsuk-u-visually-hidden">Criterion {c.id} standard</span>} value={c.standardCode ?? ''} onChange={(v) => setCriterion(i, { standardCode: v === '' ? null : v })} emptyOption="None" options={standardCodes.map((code) => ({ value: code, label: code }))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="nhsuk-button-group">
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => setDefinition((d) => ({ ...d, criteria: [...d.criteria, { ...BLANK.criteria[0], id: `c${d.criteria.length + 1}` } as Criterion] }))}>
          Add a criterion
        </button>
        <button className="nhsuk-button" type="submit" disabled={save.isPending}>
          {template ? 'Save as a new version' : 'Create the template'}
        </button>
      </div>
    </form>
  );
}

/** /quality-audits/templates: the standards library and the templates, for managers to edit. */
export function TemplateEditorPage() {
  usePageTitle('Audit templates and standards');
  const templates = useQualityTemplates();
  const standards = useQualityStandards();
  const [selected, setSelected] = useState('');
  if (templates.isPending || standards.isPending) return <LoadingMessage>Loading the templates…</LoadingMessage>;
  const template = templates.data?.find((t) => t.id === selected) ?? null;
  return (
    <>
      <h1>Audit templates and standards</h1>
      <Select id="template-choice" label="Template to edit" value={selected} onChange={setSelected} emptyOption="A new template" options={(templates.data ?? []).map((t) => ({ value: t.id, label: `${t.name} (version ${t.revision})` }))} />
      <TemplateEditor key={selected} template={template} standardCodes={(standards.data ?? []).map((s) => s.code)} />
      <h2>Standards library</h2>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Standards library</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Standard</th>
            <th scope="col">Kind</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {(standards.data ?? []).map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.code}</th>
              <td>
                {s.title}
                <div className="nhsuk-body-s">{s.description}</div>
              </td>
              <td>{s.category}</td>
              <td className="nhsuk-body-s">{s.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
