import type { SolvePreviewSummaryDto } from '@recordroom/contracts';
import { createDataTableColumnHelper, DataTable } from '@recordroom/ui';
import { type RuleId } from '@recordroom/rota';
import { useState } from 'react';
import { formatPoints, ruleMeaning, ruleName } from '../solve-explanation';

type PersonPenalty = SolvePreviewSummaryDto['byPerson'][number];
const column = createDataTableColumnHelper<PersonPenalty>();

const personColumns = column.columns([
  column.accessor('name', { header: 'Person', meta: { rowHeader: true } }),
  column.accessor('softPenalty', { header: 'Points', meta: { numeric: true }, cell: (info) => formatPoints(info.getValue()) }),
  column.display({
    id: 'rules',
    header: 'From',
    cell: ({ row }) =>
      (Object.entries(row.original.byRule) as [RuleId, number][])
        .filter(([, points]) => points > 0)
        .sort((x, y) => y[1] - x[1])
        .map(([id, points]) => `${ruleName(id)} ${formatPoints(points)}`)
        .join('; ') || '—',
  }),
]);

/** Where the penalty comes from: each rule (what it asks, how often it is missed) and each person, most first. */
export function SolvePenaltyTables({ preview }: { preview: SolvePreviewSummaryDto }) {
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize: 10 });
  return (
    <>
      {preview.byRule.length === 0 ? (
        <p>No rule adds any penalty: the rota meets every preference and target.</p>
      ) : (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Penalty by rule</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Rule</th>
              <th scope="col" className="nhsuk-table__header--numeric">
                Times missed
              </th>
              <th scope="col" className="nhsuk-table__header--numeric">
                Points
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {preview.byRule.map((r) => (
              <tr key={r.ruleId}>
                <th scope="row">
                  {ruleName(r.ruleId)}
                  {r.severity === 'hard' ? ' (a hard rule: the law or policy)' : ''}
                  <span className="nhsuk-body-s app-rota-autoroster__meaning">{ruleMeaning(r.ruleId)}</span>
                </th>
                <td className="nhsuk-table__cell--numeric">{r.count}</td>
                <td className="nhsuk-table__cell--numeric">{formatPoints(r.points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DataTable
        caption="Penalty by person"
        captionSize="s"
        columns={personColumns}
        data={preview.byPerson}
        getRowId={(p) => p.staffId}
        initialSorting={[{ id: 'softPenalty', desc: true }]}
        pagination={pagination}
        onPaginationChange={setPagination}
        rowNoun={{ one: 'person', other: 'people' }}
        compact
        emptyHeadingLevel={3}
        emptyMessage={<p>Nobody’s rota carries any penalty.</p>}
      />
    </>
  );
}
