import type { PlannerDto } from '@recordroom/contracts';
import { useLatestSolve, useSolveActions } from '../hooks/use-auto-roster';
import { AutoRosterOptions } from './auto-roster-options';
import { RotaChangeProblem } from './rota-change-problem';
import { SolvePreview } from './solve-preview';
import { SolveProgressBar } from './solve-progress-bar';

interface AutoRosterPanelProps {
  planner: PlannerDto;
  onAccepted: (message: string) => void;
  onReload: () => void;
  reloading: boolean;
}

/**
 * Auto-roster: the options (what may change, which assignments to keep), a progress bar while
 * the solve runs (best penalty, time), then the preview of what would change, person by person,
 * the penalty by rule and by person, and every shift still short with each candidate's reason;
 * accept applies it all at once, reject leaves the rota as it is.
 */
export function AutoRosterPanel({ planner, onAccepted, onReload, reloading }: AutoRosterPanelProps) {
  const latest = useLatestSolve(planner.period.id);
  const solve = latest.data ?? null;
  const actions = useSolveActions(planner.period.id);
  const underWay = solve !== null && (solve.status === 'queued' || solve.status === 'running');
  const decided = solve === null || ['accepted', 'rejected', 'cancelled', 'failed'].includes(solve.status);

  return (
    <section className="app-rota-autoroster nhsuk-u-margin-bottom-5" aria-labelledby="autoroster-heading">
      <h2 id="autoroster-heading" className="nhsuk-heading-m">
        Auto-roster
      </h2>
      {solve?.status === 'failed' && (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>The last solve failed
            </span>
          </h3>
          <p>{solve.failure}</p>
        </div>
      )}
      {solve?.status === 'cancelled' && <p>The last solve was cancelled; nothing changed.</p>}
      {decided && (
        <AutoRosterOptions
          planner={planner}
          onStart={(body) => actions.start.mutate(body)}
          starting={actions.start.isPending}
          problem={actions.start.isError ? <RotaChangeProblem error={actions.start.error} refused="The solve did not start" onReload={onReload} reloading={reloading} /> : null}
        />
      )}
      {underWay && <SolveProgressBar solve={solve} onCancel={() => actions.cancel.mutate(solve.id)} cancelling={actions.cancel.isPending} />}
      {solve && (solve.status === 'ready' || solve.status === 'infeasible') && (
        <SolvePreview
          key={solve.id}
          solve={solve}
          planner={planner}
          onAccept={() => actions.accept.mutate({ solve, ...(planner.period.status === 'published' ? { reason: 'Auto-roster accepted' } : {}) }, { onSuccess: (r) => onAccepted(`Auto-roster applied: ${r.added} shifts added, ${r.removed} removed`) })}
          onReject={() => actions.reject.mutate(solve, { onSettled: () => actions.accept.reset() })}
          busy={actions.accept.isPending || actions.reject.isPending}
          problem={
            actions.accept.isError ? (
              <RotaChangeProblem
                error={actions.accept.error}
                refused="The preview was not applied"
                conflictHeading="The rota changed after the solve read it"
                conflictText="the rota was changed (by hand, a swap or leave) after this solve read it, and accepting would overwrite those changes. Reject this preview and auto-roster the rota as it is now."
                reloadLabel="Reject this preview"
                onReload={() => {
                  onReload();
                  actions.reject.mutate(solve, { onSettled: () => actions.accept.reset() });
                }}
                reloading={reloading || actions.reject.isPending}
              />
            ) : null
          }
        />
      )}
    </section>
  );
}
