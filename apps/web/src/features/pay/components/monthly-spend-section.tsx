import type { MonthlySpendDto, MonthlySpendImportResultDto } from '@recordroom/contracts';
import { ErrorSummary, Select, TextInput, type ErrorSummaryItem } from '@recordroom/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, isApiError } from '../../../api/api-error';
import { formatPence } from '../../../format/format-pence';
import { parsePounds, poundsInput } from '../../../format/parse-pounds';
import { importMonthlySpend, putMonthlySpend, type BudgetScope } from '../api/pay-api';
import { payQueryKeys } from '../api/pay-query-keys';
import { useMonthlySpend } from '../hooks/use-monthly-spend';
import { monthLabel } from '../pay-vocabulary';

interface MonthlySpendSectionProps {
  scope: BudgetScope;
  /** The months of the financial year, 'yyyy-mm', April first. */
  months: readonly string[];
  /** The last month spend may be recorded for: this one. */
  currentMonth: string;
  costCentre: string;
}

type Field = 'costCentre' | 'month' | 'substantive' | 'bank' | 'agency';
const IDS: Record<Field, string> = { costCentre: 'spend-cost-centre', month: 'spend-month', substantive: 'spend-substantive', bank: 'spend-bank', agency: 'spend-agency' };
const API_FIELDS: Record<string, Field> = { costCentre: 'costCentre', month: 'month', substantivePence: 'substantive', bankPence: 'bank', agencyPence: 'agency' };

/** The line errors of a refused import, as the API numbers them (1 is the header). */
function lineErrors(error: ApiError): { line: number; field: string; message: string }[] {
  const errors = error.extensions.errors;
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((e: unknown) => {
    if (typeof e !== 'object' || e === null) return [];
    const { line, field, message } = e as Record<string, unknown>;
    return typeof line === 'number' && typeof field === 'string' && typeof message === 'string' ? [{ line, field, message }] : [];
  });
}

/**
 * Bank, agency and substantive spend by month: one month entered (a month already recorded is
 * replaced, sent with the version it was read at), or a ledger export imported as CSV, every line
 * checked first and nothing written if any is wrong.
 */
export function MonthlySpendSection({ scope, months, currentMonth, costCentre }: MonthlySpendSectionProps) {
  const spend = useMonthlySpend(scope);
  const queryClient = useQueryClient();
  const recordable = months.filter((m) => m <= currentMonth);
  const [draft, setDraft] = useState({ costCentre, month: recordable.at(-1) ?? '', substantive: '', bank: '0', agency: '0' });
  const [formErrors, setFormErrors] = useState<Partial<Record<Field, string>>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const existing = (spend.data ?? []).find((row) => row.costCentre === draft.costCentre.trim() && row.month === draft.month);
  const refresh = () => queryClient.invalidateQueries({ queryKey: payQueryKeys.all });
  const save = useMutation({ mutationFn: putMonthlySpend, onSuccess: async (row: MonthlySpendDto) => {
    setSaved(`${monthLabel(row.month)} saved for ${row.costCentre}: ${formatPence(row.totalPence)} in all.`);
    await refresh();
  } });
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({ mutationFn: (csv: File) => importMonthlySpend(scope.departmentId, csv), onSuccess: async () => refresh() });

  const fromApi: Partial<Record<Field, string>> = {};
  const other: string[] = [];
  if (isApiError(save.error, 400) || isApiError(save.error, 422)) {
    for (const e of save.error.fieldErrors) {
      const field = API_FIELDS[e.field];
      if (field) fromApi[field] = e.message;
      else other.push(e.message);
    }
  }
  const stale = isApiError(save.error, 409);
  const errors = { ...fromApi, ...formErrors };
  const summary: ErrorSummaryItem[] = [
    ...(Object.keys(IDS) as Field[]).flatMap((field) => (errors[field] ? [{ fieldId: IDS[field], text: errors[field] }] : [])),
    ...other.map((text) => ({ text })),
    ...(stale ? [{ text: `Someone else recorded ${monthLabel(draft.month)} for ${draft.costCentre} while you were typing, so your figures have not been saved. The figures saved now are shown below; enter yours again to replace them.` }] : []),
  ];

  const submit = () => {
    setSaved(null);
    save.reset();
    const found: Partial<Record<Field, string>> = {};
    if (draft.costCentre.trim() === '') found.costCentre = 'Enter the cost centre';
    const amounts = { substantive: parsePounds(draft.substantive), bank: parsePounds(draft.bank), agency: parsePounds(draft.agency) };
    for (const field of ['substantive', 'bank', 'agency'] as const) if (amounts[field] === null) found[field] = 'Enter an amount in pounds, like 12,345.67 (0 for none)';
    setFormErrors(found);
    if (Object.keys(found).length > 0 || amounts.substantive === null || amounts.bank === null || amounts.agency === null) return;
    save.mutate({
      ...(scope.departmentId ? { departmentId: scope.departmentId } : {}),
      costCentre: draft.costCentre.trim(),
      month: draft.month,
      substantivePence: amounts.substantive,
      bankPence: amounts.bank,
      agencyPence: amounts.agency,
      ...(existing ? { version: existing.version } : {}),
    });
  };

  const importProblem = upload.error instanceof ApiError ? upload.error : upload.error ? ApiError.unreachable(upload.error) : null;
  const importLines = importProblem ? lineErrors(importProblem) : [];
  const result: MonthlySpendImportResultDto | undefined = upload.data;

  return (
    <section aria-labelledby="monthly-spend-heading" className="nhsuk-u-margin-bottom-6">
      <h2 id="monthly-spend-heading">Monthly spend</h2>
      <p>Record what the ledger shows for a month: substantive pay, bank and agency. A month already recorded is replaced.</p>
      <form
        noValidate
        aria-labelledby="spend-form-heading"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h3 id="spend-form-heading">Enter a month</h3>
        <ErrorSummary errors={summary} />
        {saved && (
          <div className="nhsuk-inset-text" role="status">
            <p>{saved}</p>
          </div>
        )}
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-quarter">
            <TextInput id={IDS.costCentre} label="Cost centre" value={draft.costCentre} onChange={(value) => setDraft({ ...draft, costCentre: value })} error={errors.costCentre} autoComplete="off" spellCheck={false} />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <Select id={IDS.month} label="Month" value={draft.month} onChange={(month) => setDraft({ ...draft, month })} options={recordable.map((m) => ({ value: m, label: monthLabel(m) }))} error={errors.month} />
          </div>
        </div>
        {existing && (
          <p className="nhsuk-body-s">
            {monthLabel(existing.month)} is recorded: substantive {formatPence(existing.substantivePence)}, bank {formatPence(existing.bankPence)}, agency {formatPence(existing.agencyPence)}.{' '}
            <button type="button" className="app-link-button nhsuk-link" onClick={() => setDraft({ ...draft, substantive: poundsInput(existing.substantivePence), bank: poundsInput(existing.bankPence), agency: poundsInput(existing.agencyPence) })}>
              Copy these figures into the form
            </button>
          </p>
        )}
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <TextInput id={IDS.substantive} label="Substantive pay (£)" inputMode="decimal" value={draft.substantive} onChange={(value) => setDraft({ ...draft, substantive: value })} error={errors.substantive} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextInput id={IDS.bank} label="Bank (£)" inputMode="decimal" value={draft.bank} onChange={(value) => setDraft({ ...draft, bank: value })} error={errors.bank} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextInput id={IDS.agency} label="Agency (£)" inputMode="decimal" value={draft.agency} onChange={(value) => setDraft({ ...draft, agency: value })} error={errors.agency} />
          </div>
        </div>
        <button type="submit" className="nhsuk-button" disabled={save.isPending || recordable.length === 0}>
          {save.isPending ? 'Saving…' : existing ? `Replace ${monthLabel(draft.month)}` : `Save ${draft.month ? monthLabel(draft.month) : 'the month'}`}
        </button>
      </form>

      <form
        noValidate
        aria-labelledby="spend-import-heading"
        onSubmit={(event) => {
          event.preventDefault();
          if (file) upload.mutate(file);
        }}
      >
        <h3 id="spend-import-heading">Import a spend file</h3>
        {importProblem && (
          <div className="nhsuk-error-summary" aria-labelledby="spend-import-error-title" role="alert" tabIndex={-1}>
            <h4 className="nhsuk-error-summary__title" id="spend-import-error-title">
              The file was not imported
            </h4>
            <div className="nhsuk-error-summary__body">
              <p>{importLines.length > 0 ? 'Nothing was imported. Correct these lines and import the file again:' : (importProblem.detail ?? importProblem.title)}</p>
              {importLines.length > 0 && (
                <ul className="nhsuk-list nhsuk-error-summary__list">
                  {importLines.map((e) => (
                    <li key={`${e.line}|${e.field}|${e.message}`}>
                      Line {e.line}, {e.field}: {e.message}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
        {result && (
          <div className="nhsuk-inset-text" role="status">
            <p>
              Imported {result.linesRead} line{result.linesRead === 1 ? '' : 's'}: {result.created} new month{result.created === 1 ? '' : 's'}, {result.updated} replaced, {result.unchanged} unchanged.
            </p>
          </div>
        )}
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="spend-file">
            Spend file (CSV)
          </label>
          <div className="nhsuk-hint" id="spend-file-hint">
            Columns month, cost_centre, substantive, bank, agency; months as 2026-04, amounts in pounds. Every line is checked first: if any is wrong, nothing is imported.
          </div>
          <input className="nhsuk-file-upload" id="spend-file" type="file" accept=".csv,text/csv" aria-describedby="spend-file-hint" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </div>
        <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={!file || upload.isPending}>
          {upload.isPending ? 'Importing…' : 'Import the file'}
        </button>
      </form>
    </section>
  );
}
