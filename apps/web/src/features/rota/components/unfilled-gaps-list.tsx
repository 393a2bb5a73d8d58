import type { PlannerDto, SolvePreviewSummaryDto } from '@recordroom/contracts';
import { Details, Pagination } from '@recordroom/ui';
import { useState } from 'react';
import { gapDescription } from '../planner-index';
import { dayAndMonth } from '../rota-labels';
import { candidateReason, gapReasons } from '../solve-explanation';

const PAGE_SIZE = 10;

/**
 * Every shift the solve left below its minimum, ideal or skill mix, ten a page: how short it is,
 * why nobody took it in one sentence, and each person's own reason to open.
 */
export function UnfilledGapsList({ gaps, planner }: { gaps: SolvePreviewSummaryDto['unfilledGaps']; planner: PlannerDto }) {
  const [pageIndex, setPageIndex] = useState(0);
  const types = new Map(planner.shiftTypes.map((t) => [t.id, t]));
  const pageCount = Math.ceil(gaps.length / PAGE_SIZE);
  const shown = gaps.slice(pageIndex * PAGE_SIZE, (pageIndex + 1) * PAGE_SIZE);
  return (
    <>
      <h3 className="nhsuk-heading-s">Shifts still short ({gaps.length})</h3>
      {gaps.length === 0 ? (
        <p>Every shift reaches its ideal cover.</p>
      ) : (
        <>
          {pageCount > 1 && (
            <p className="nhsuk-body-s">
              Showing {pageIndex * PAGE_SIZE + 1} to {Math.min(gaps.length, (pageIndex + 1) * PAGE_SIZE)} of {gaps.length} shifts
            </p>
          )}
          <ul className="nhsuk-list app-rota-autoroster__gaps">
            {shown.map((g) => {
              const type = types.get(g.gap.shiftTypeId);
              const name = `${dayAndMonth(g.gap.date)}, ${type ? `${type.name} ${type.start}\u2013${type.end}` : g.shiftTypeCode}`;
              return (
                <li key={g.shiftId}>
                  <p className="nhsuk-u-margin-bottom-1">
                    <strong>{gapDescription(g.gap, name)}.</strong> {gapReasons(g)}
                  </p>
                  {g.candidates.length > 0 && (
                    <Details summary={`Each person’s reason (${g.candidates.length})`}>
                      <dl className="nhsuk-summary-list app-rota-autoroster__reasons">
                        {g.candidates.map((c) => (
                          <div className="nhsuk-summary-list__row" key={c.staffId}>
                            <dt className="nhsuk-summary-list__key">{c.name}</dt>
                            <dd className="nhsuk-summary-list__value">{candidateReason(c)}</dd>
                          </div>
                        ))}
                      </dl>
                    </Details>
                  )}
                </li>
              );
            })}
          </ul>
          <Pagination pageIndex={pageIndex} pageCount={pageCount} onPageChange={setPageIndex} label="Pages of shifts still short" />
        </>
      )}
    </>
  );
}
