import type { EstablishmentDto } from '@recordroom/contracts';
import { bandRank } from '@recordroom/people';
import { DataTable, Select } from '@recordroom/ui';
import { useMemo, useState } from 'react';
import { establishmentExportUrl, type BudgetScope } from '../api/pay-api';
import { establishmentColumns } from '../columns';
import { bandLabel, wteLabel } from '../pay-vocabulary';

interface EstablishmentSectionProps {
  establishment: EstablishmentDto;
  scope: BudgetScope;
  busy: boolean;
}

/** Funded against in-post by cost centre and band: sort by any column, filter by cost centre, band or vacancies, download as CSV. */
export function EstablishmentSection({ establishment, scope, busy }: EstablishmentSectionProps) {
  const [costCentre, setCostCentre] = useState('');
  const [band, setBand] = useState('');
  const [vacantOnly, setVacantOnly] = useState(false);
  const costCentres = [...new Set(establishment.rows.map((r) => r.costCentre))].sort();
  const bands = [...new Set(establishment.rows.map((r) => r.band))].sort((a, b) => bandRank(a) - bandRank(b));
  const rows = useMemo(
    () => establishment.rows.filter((r) => (costCentre === '' || r.costCentre === costCentre) && (band === '' || r.band === band) && (!vacantOnly || r.vacancyWte > 0)),
    [establishment.rows, costCentre, band, vacantOnly],
  );
  const { totals } = establishment;
  return (
    <section aria-labelledby="establishment-heading" className="nhsuk-u-margin-bottom-6">
      <h2 id="establishment-heading">Establishment</h2>
      <p>
        {wteLabel(totals.fundedWte)} WTE funded, {wteLabel(totals.inPostWte)} in post
        {totals.vacancyPercent !== null && `, ${totals.vacancyPercent.toLocaleString('en-GB')}% of funded posts vacant`}. In post is read from the staff records: contracted hours ÷ 37.5, at each person’s band and pay point;
        bank staff hold no post.
      </p>
      <search>
        <form className="nhsuk-u-margin-bottom-3" onSubmit={(event) => event.preventDefault()}>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-one-quarter">
              <Select id="filter-cost-centre" label="Cost centre" value={costCentre} onChange={setCostCentre} options={costCentres.map((c) => ({ value: c, label: c }))} emptyOption="Every cost centre" />
            </div>
            <div className="nhsuk-grid-column-one-quarter">
              <Select id="filter-band" label="Band" value={band} onChange={setBand} options={bands.map((b) => ({ value: b, label: bandLabel(b) }))} emptyOption="Every band" />
            </div>
            <div className="nhsuk-grid-column-one-half">
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small app-pay-filter-checkbox">
                <div className="nhsuk-checkboxes__item">
                  <input className="nhsuk-checkboxes__input" id="filter-vacant" type="checkbox" checked={vacantOnly} onChange={(event) => setVacantOnly(event.target.checked)} />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="filter-vacant">
                    Only rows with vacant posts
                  </label>
                </div>
              </div>
            </div>
          </div>
        </form>
      </search>
      <DataTable
        caption={`Establishment ${establishment.financialYear}: funded and in post by cost centre and band`}
        captionSize="s"
        columns={establishmentColumns}
        data={rows}
        getRowId={(row) => `${row.costCentre}|${row.band}`}
        initialSorting={[{ id: 'band', desc: false }]}
        emptyMessage={establishment.rows.length === 0 ? 'No posts are funded for this year, and nobody is in post.' : 'No rows match these filters.'}
        emptyHeadingLevel={3}
        busy={busy}
        compact
      />
      {rows.length > 0 && (
        <p className="nhsuk-body-s">
          <a className="nhsuk-link" href={establishmentExportUrl(scope, { costCentre: costCentre || undefined, band: band || undefined, vacantOnly: vacantOnly ? 'true' : undefined })} download>
            Download {rows.length === 1 ? 'this row' : `these ${rows.length} rows`} as a spreadsheet (CSV)
          </a>
        </p>
      )}
    </section>
  );
}
