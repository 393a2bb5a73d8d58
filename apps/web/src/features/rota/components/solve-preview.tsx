import type { PlannerDto, SolveDto } from '@recordroom/contracts';
import { type ReactNode } from 'react';
import { useSolvePreview } from '../hooks/use-auto-roster';
import { formatPoints, ruleName } from '../solve-explanation';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { SolveChangesTable } from './solve-changes-table';
import { SolvePenaltyTables } from './solve-penalty-tables';
import { UnfilledGapsList } from './unfilled-gaps-list';

interface SolvePreviewProps {
  solve: SolveDto;
  planner: PlannerDto;
  onAccept: () => void;
  onReject: () => void;
  busy: boolean;
  problem: ReactNode;
}

const shifts = (n: number): string => (n === 1 ? '1 shift' : `${n} shifts`);

/**
 * A finished solve's preview: what accepting would change, person by person; where the penalty
 * comes from, by rule and by person; each shift still short with everyone's reason; then accept
 * (all of it, at once) or reject.
 */
export function SolvePreview({ solve, planner, onAccept, onReject, busy, problem }: SolvePreviewProps) {
  const preview = useSolvePreview(solve);
  if (preview.isError) return <ProblemMessage error={preview.error} what="preview" onRetry={() => void preview.refetch()} headingLevel={3} />;
  if (!preview.data) return <LoadingMessage>Loading the preview…</LoadingMessage>;
  const p = preview.data;
  const { counts } = p;
  return (
    <div className="app-rota-autoroster__preview">
      {p.outcome === 'infeasible' ? (
        <div className="nhsuk-error-summary" role="alert" aria-labelledby="autoroster-infeasible">
          <h3 className="nhsuk-error-summary__title" id="autoroster-infeasible">
            No lawful rota: the kept assignments break a hard rule
          </h3>
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {p.conflicts.map((c, i) => (
              <li key={i}>
                {ruleName(c.ruleId)}: {c.message}
              </li>
            ))}
          </ul>
          <p>Keep fewer assignments, or change the ones named, and run it again.</p>
        </div>
      ) : (
        <p className="nhsuk-body-l">
          Preview: {counts.people === 0 ? 'nothing would change' : `${counts.people} ${counts.people === 1 ? 'person’s' : 'people’s'} rotas change`}: {shifts(counts.added - counts.moved)} put on, {shifts(counts.removed - counts.moved)} taken off and {shifts(counts.moved)} moved;
          penalty {formatPoints(p.penalty.total)}, {p.hardViolations === 0 ? 'no hard-rule breaches' : `${p.hardViolations} hard-rule breaches`}.
        </p>
      )}
      <SolveChangesTable solveId={solve.id} people={counts.people} />
      <h3 className="nhsuk-heading-s">Why the rota is as it is</h3>
      <p className="nhsuk-body-s">
        The search keeps every hard rule and, among the rotas that do, finds the one with the fewest penalty points: a point for each minute, shift or day by which a preference or target
        is missed, weighted by the rule{p.penalty.cost > 0 ? `, plus ${formatPoints(p.penalty.cost)} points for the pay the shifts cost` : ''}.
      </p>
      <SolvePenaltyTables preview={p} />
      <UnfilledGapsList gaps={p.unfilledGaps} planner={planner} />
      {problem}
      <div className="nhsuk-button-group">
        {p.outcome === 'solved' && (
          <button className="nhsuk-button" type="button" onClick={onAccept} disabled={busy}>
            Accept
          </button>
        )}
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onReject} disabled={busy}>
          Reject
        </button>
      </div>
    </div>
  );
}
