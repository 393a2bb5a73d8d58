import type { EstablishmentLineDto } from '@recordroom/contracts';
import { AFC_BANDS, bandRank, type AfcBand } from '@recordroom/people';
import { ErrorSummary, Select, TextInput, type ErrorSummaryItem } from '@recordroom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { formatPence } from '../../../format/format-pence';
import { parsePounds, poundsInput } from '../../../format/parse-pounds';
import { createEstablishmentLine, updateEstablishmentLine, type BudgetScope } from '../api/pay-api';
import { payQueryKeys } from '../api/pay-query-keys';
import { bandLabel, wteLabel } from '../pay-vocabulary';

interface EstablishmentLinesSectionProps {
  lines: readonly EstablishmentLineDto[];
  financialYear: string;
  scope: BudgetScope;
  /** The department's own cost centre, offered for a new line. */
  costCentre: string;
}

type Field = 'costCentre' | 'band' | 'fundedWte' | 'budget';
interface Draft {
  costCentre: string;
  band: AfcBand;
  fundedWte: string;
  budget: string;
}

const FIELD_IDS: Record<Field, string> = { costCentre: 'line-cost-centre', band: 'line-band', fundedWte: 'line-funded-wte', budget: 'line-budget' };
const API_FIELDS: Record<string, Field> = { costCentre: 'costCentre', band: 'band', fundedWte: 'fundedWte', budgetPence: 'budget' };

function readDraft(draft: Draft): { values?: { costCentre: string; band: AfcBand; fundedWte: number; budgetPence: number }; errors: Partial<Record<Field, string>> } {
  const errors: Partial<Record<Field, string>> = {};
  const costCentre = draft.costCentre.trim();
  if (costCentre === '') errors.costCentre = 'Enter the cost centre';
  const wte = /^\d{1,4}(\.\d{1,2})?$/.test(draft.fundedWte.trim()) ? Number(draft.fundedWte.trim()) : null;
  if (wte === null) errors.fundedWte = 'Enter the funded whole-time equivalent, like 4 or 2.6';
  const budgetPence = parsePounds(draft.budget);
  if (budgetPence === null) errors.budget = 'Enter the budget in pounds, like 145000 or 145,000.50';
  if (Object.keys(errors).length > 0 || wte === null || budgetPence === null) return { errors };
  return { values: { costCentre, band: draft.band, fundedWte: wte, budgetPence }, errors };
}

/**
 * The funded lines of the year: each band of a cost centre with its funded WTE and budget. A
 * budget holder adds a line or changes one; a change is sent with the version it was read at, and
 * if someone else changed the line since, the API's 409 is said in words and nothing is saved.
 */
export function EstablishmentLinesSection({ lines, financialYear, scope, costCentre }: EstablishmentLinesSectionProps) {
  const [editing, setEditing] = useState<EstablishmentLineDto | 'new' | null>(null);
  const sorted = [...lines].sort((a, b) => a.costCentre.localeCompare(b.costCentre) || bandRank(a.band) - bandRank(b.band));
  return (
    <section aria-labelledby="lines-heading" className="nhsuk-u-margin-bottom-6">
      <h2 id="lines-heading">Funded lines {financialYear}</h2>
      {sorted.length === 0 ? (
        <p>No posts are funded for {financialYear} yet.</p>
      ) : (
        <table className="nhsuk-table nhsuk-table--compact">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Funded WTE and budget by cost centre and band, {financialYear}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">Cost centre</th>
              <th scope="col" className="nhsuk-table__header">Band</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Funded WTE</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Budget</th>
              <th scope="col" className="nhsuk-table__header">
                <span className="nhsuk-u-visually-hidden">Change</span>
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {sorted.map((line) => (
              <tr key={line.id} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">{line.costCentre}</td>
                <td className="nhsuk-table__cell">{bandLabel(line.band)}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{wteLabel(line.fundedWte)}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(line.budgetPence)}</td>
                <td className="nhsuk-table__cell">
                  <button type="button" className="app-link-button nhsuk-link" onClick={() => setEditing(line)}>
                    Change<span className="nhsuk-u-visually-hidden"> {bandLabel(line.band)} in {line.costCentre}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing === null ? (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setEditing('new')}>
          Add a funded line
        </button>
      ) : (
        <EstablishmentLineForm key={editing === 'new' ? 'new' : `${editing.id}|${editing.version}`} line={editing === 'new' ? null : editing} financialYear={financialYear} scope={scope} defaultCostCentre={costCentre} onDone={() => setEditing(null)} />
      )}
    </section>
  );
}

interface EstablishmentLineFormProps {
  line: EstablishmentLineDto | null;
  financialYear: string;
  scope: BudgetScope;
  defaultCostCentre: string;
  onDone: () => void;
}

function EstablishmentLineForm({ line, financialYear, scope, defaultCostCentre, onDone }: EstablishmentLineFormProps) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() =>
    line ? { costCentre: line.costCentre, band: line.band, fundedWte: String(line.fundedWte), budget: poundsInput(line.budgetPence) } : { costCentre: defaultCostCentre, band: '3', fundedWte: '1', budget: '' },
  );
  const [formErrors, setFormErrors] = useState<Partial<Record<Field, string>>>({});
  const save = useMutation({
    mutationFn: (values: { costCentre: string; band: AfcBand; fundedWte: number; budgetPence: number }) =>
      line ? updateEstablishmentLine(line.id, { version: line.version, ...values }) : createEstablishmentLine({ ...values, financialYear, ...(scope.departmentId ? { departmentId: scope.departmentId } : {}) }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: payQueryKeys.all });
      onDone();
    },
    // Someone else changed the line: fetch it as it is now, shown once this form is closed.
    onError: async (error) => {
      if (isApiError(error, 409)) await queryClient.invalidateQueries({ queryKey: payQueryKeys.all });
    },
  });
  const fromApi: Partial<Record<Field, string>> = {};
  const other: string[] = [];
  if (isApiError(save.error, 400) || isApiError(save.error, 422) || isApiError(save.error, 409)) {
    for (const e of save.error.fieldErrors) {
      const field = API_FIELDS[e.field];
      if (field) fromApi[field] = `${e.field === 'budgetPence' ? 'Budget' : ''} ${e.message}`.trim();
      else other.push(e.message);
    }
  }
  const stale = isApiError(save.error, 409) && save.error.currentVersion !== undefined;
  const errors = { ...fromApi, ...formErrors };
  const summary: ErrorSummaryItem[] = [
    ...(Object.keys(FIELD_IDS) as Field[]).flatMap((field) => (errors[field] ? [{ fieldId: FIELD_IDS[field], text: errors[field] }] : [])),
    ...other.map((text) => ({ text })),
    ...(save.isError && !isApiError(save.error, 400) && !isApiError(save.error, 422) && !isApiError(save.error, 409) ? [{ text: save.error.message }] : []),
  ];
  return (
    <form
      noValidate
      className="app-pay-line-form nhsuk-u-margin-bottom-4"
      aria-labelledby="line-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        save.reset();
        const { values, errors: found } = readDraft(draft);
        setFormErrors(found);
        if (values) save.mutate(values);
      }}
    >
      <h3 id="line-form-heading">{line ? `Change ${bandLabel(line.band)} in ${line.costCentre}` : `Add a funded line for ${financialYear}`}</h3>
      {stale ? (
        <div className="nhsuk-card nhsuk-card--warning" role="alert">
          <div className="nhsuk-card__content">
            <h4 className="nhsuk-card__heading">Someone else changed this line</h4>
            <p>This line was changed by someone else after you opened it, so your change has not been saved. Cancel to see the line as it is now, then make your change again.</p>
          </div>
        </div>
      ) : (
        <ErrorSummary errors={summary} />
      )}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-quarter">
          <TextInput id={FIELD_IDS.costCentre} label="Cost centre" value={draft.costCentre} onChange={(costCentre) => setDraft({ ...draft, costCentre })} error={errors.costCentre} autoComplete="off" spellCheck={false} />
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <Select id={FIELD_IDS.band} label="Band" value={draft.band} onChange={(band) => setDraft({ ...draft, band: AFC_BANDS.find((b) => b === band) ?? draft.band })} options={AFC_BANDS.map((b) => ({ value: b, label: bandLabel(b) }))} error={errors.band} />
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <TextInput id={FIELD_IDS.fundedWte} label="Funded WTE" inputMode="decimal" value={draft.fundedWte} onChange={(fundedWte) => setDraft({ ...draft, fundedWte })} error={errors.fundedWte} />
        </div>
        <div className="nhsuk-grid-column-one-quarter">
          <TextInput id={FIELD_IDS.budget} label="Budget (£)" hint="For the year, with on-costs" inputMode="decimal" value={draft.budget} onChange={(budget) => setDraft({ ...draft, budget })} error={errors.budget} />
        </div>
      </div>
      <div className="nhsuk-button-group">
        <button type="submit" className="nhsuk-button" disabled={save.isPending || stale}>
          {save.isPending ? 'Saving…' : line ? 'Save the change' : 'Add the line'}
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
