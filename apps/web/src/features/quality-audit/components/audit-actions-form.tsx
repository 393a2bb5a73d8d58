import type { ActionDto, AuditDto } from '@recordroom/contracts';
import { ErrorSummary, Select, TextInput } from '@recordroom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { qualityAuditApi, qualityAuditKeys } from '../api/quality-audit-api';
import { useStaffOptions } from '../hooks/use-staff-options';
import { fieldSentence } from '../../../api/field-sentence';
import { ACTION_STATUS } from '../action-columns';
import { formatDate } from '../../../format/format-date';

/** Turns one failing criterion into an action: what, who, by when. */
function ActionForm({ audit, criterionId, reason, onCreated }: { audit: AuditDto; criterionId: string; reason: string; onCreated: (action: ActionDto) => void }) {
  const owners = useStaffOptions();
  const criterion = audit.definition.criteria.find((c) => c.id === criterionId);
  const [description, setDescription] = useState(`Improve: ${criterion?.text ?? criterionId}`);
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const create = useMutation({ mutationFn: () => qualityAuditApi.createAction({ auditId: audit.id, criterionId, description, ownerStaffId: owner, dueDate: due }), onSuccess: onCreated });
  const problems = create.error instanceof ApiError ? create.error.fieldErrors : [];
  const errorOf = (field: string): string | undefined => problems.find((p) => p.field === field)?.message;
  const prefix = `action-${criterionId}`;
  return (
    <form
      className="app-quality-action-form"
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <h3>
        {criterionId}: {criterion?.text} <span className="nhsuk-caption-m">{reason}</span>
      </h3>
      {problems.length > 0 && <ErrorSummary title="The action was not saved" errors={problems.map((p) => ({ text: fieldSentence(p.field, p.message), fieldId: `${prefix}-${p.field}` }))} />}
      <TextInput id={`${prefix}-description`} label="Action" value={description} onChange={setDescription} error={errorOf('description')} />
      <Select id={`${prefix}-ownerStaffId`} label="Owner" value={owner} onChange={setOwner} options={owners} emptyOption="Choose the owner" error={errorOf('ownerStaffId')} />
      <TextInput id={`${prefix}-dueDate`} label="Due date" type="date" width={10} value={due} onChange={setDue} error={errorOf('dueDate')} />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={create.isPending}>
        Add action for {criterionId}
      </button>
    </form>
  );
}

/** The actions of a submitted audit: those made, and a form for each failing criterion without one. */
export function AuditActions({ audit, actions }: { audit: AuditDto; actions: ActionDto[] }) {
  const client = useQueryClient();
  const mine = actions.filter((a) => a.auditId === audit.id);
  const open = audit.suggestedActions.filter((s) => !mine.some((a) => a.criterionId === s.criterionId));
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      {mine.length > 0 ? (
        <ul className="nhsuk-list nhsuk-list--bullet" data-testid="audit-actions">
          {mine.map((a) => (
            <li key={a.id}>
              {a.criterionId}: {a.description}, owner {a.ownerName}, due {formatDate(a.dueDate)} ({ACTION_STATUS[a.status].text.toLowerCase()})
            </li>
          ))}
        </ul>
      ) : (
        <p>No actions yet.</p>
      )}
      {audit.status === 'submitted' && !audit.superseded && open.map((s) => <ActionForm key={s.criterionId} audit={audit} criterionId={s.criterionId} reason={s.reason} onCreated={() => void client.invalidateQueries({ queryKey: qualityAuditKeys.all })} />)}
    </section>
  );
}
