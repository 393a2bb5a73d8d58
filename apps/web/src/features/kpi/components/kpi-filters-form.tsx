import type { DepartmentDto } from '@recordroom/contracts';
import { PERIOD_GRANULARITIES, type PeriodGranularity } from '@recordroom/kpi';
import { ErrorSummary, Select } from '@recordroom/ui';
import { useState } from 'react';
import { type KpiFilters } from '../api/types';

interface KpiFiltersFormProps {
  filters: KpiFilters;
  /** Departments to choose from; none for a role that sees only its own department. */
  departments: DepartmentDto[] | null;
  onApply: (filters: KpiFilters) => void;
  /** Whether to offer weekly or monthly points (the drill-down is always weekly). */
  showGranularity?: boolean;
}

const GRANULARITY_LABELS: Record<PeriodGranularity, string> = { week: 'Weekly', month: 'Monthly' };

function DateField({ id, label, value, error, onChange }: { id: string; label: string; value: string; error?: string; onChange: (value: string) => void }) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      <input
        className={`nhsuk-input nhsuk-input--width-10${error ? ' nhsuk-input--error' : ''}`}
        id={id}
        name={id}
        type="date"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );
}

/** The dashboard's date range, department (for those who see more than one) and granularity. Applied on submit. */
export function KpiFiltersForm({ filters, departments, onApply, showGranularity = true }: KpiFiltersFormProps) {
  const [draft, setDraft] = useState(filters);
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof KpiFilters) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));

  return (
    <search className="app-no-print">
      <form
        className="nhsuk-u-margin-bottom-5"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (draft.from && draft.to && draft.from > draft.to) return setError('The start date must be on or before the end date');
          setError(null);
          onApply(draft);
        }}
      >
        {error && <ErrorSummary errors={[{ fieldId: 'from', text: error }]} />}
        <h2 className="nhsuk-heading-s">Period and filters</h2>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-quarter">
            <DateField id="from" label="From" value={draft.from} error={error ?? undefined} onChange={set('from')} />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <DateField id="to" label="To" value={draft.to} onChange={set('to')} />
          </div>
          {showGranularity && (
            <div className="nhsuk-grid-column-one-quarter">
              <Select
                id="granularity"
                label="Points"
                value={draft.granularity}
                onChange={set('granularity')}
                options={PERIOD_GRANULARITIES.map((value) => ({ value, label: GRANULARITY_LABELS[value] }))}
              />
            </div>
          )}
          {departments && (
            <div className="nhsuk-grid-column-one-quarter">
              <Select
                id="departmentId"
                label="Department"
                value={draft.departmentId}
                onChange={set('departmentId')}
                options={departments.map((department) => ({ value: department.id, label: department.name }))}
                emptyOption="Whole organisation"
              />
            </div>
          )}
        </div>
        <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="submit">
          Apply
        </button>
      </form>
    </search>
  );
}
