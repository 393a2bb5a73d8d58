import type { PlannerDto, SolveDto, SolvePreviewDto } from '@recordroom/contracts';
import { ruleById, type RuleId } from '@recordroom/rota';
import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../format/format-date';
import { useLatestSolve, useSolveActions, useSolvePreview } from '../hooks/use-auto-roster';
import { RotaChangeProblem } from './rota-change-problem';

interface AutoRosterPanelProps {
  planner: PlannerDto;
  onAccepted: (message: string) => void;
  onReload: () => void;
  reloading: boolean;
}

const ruleTitle = (id: RuleId): string => ruleById(id).title;
/** Rows of the change table drawn on the page (a whole-period solve changes hundreds). */
const SHOWN_CHANGES = 40;
/** Penalty points as a person reads them: one decimal place at most, thousands separated. */
const points = (value: number): string => (Math.round(value * 10) / 10).toLocaleString('en-GB');
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * Auto-roster: the options, a progress bar while the solve runs (best penalty, time), then the
 * preview of what would change, the penalty by rule and by person, and every unfilled gap with
 * each candidate's reason; accept applies it all at once, reject leaves the rota as it is.
 */
export function AutoRosterPanel({ planner, onAccepted, onReload, reloading }: AutoRosterPanelProps) {
  const latest = useLatestSolve(planner.period.id);
  const solve = latest.data ?? null;
  const actions = useSolveActions(planner.period.id);
  const [mode, setMode] = useState<'fill-gaps' | 'whole-period'>('fill-gaps');
  const [timeLimitSeconds, setTimeLimitSeconds] = useState(10);
  const [seed, setSeed] = useState(1);
  const underWay = solve !== null && (solve.status === 'queued' || solve.status === 'running');
  const decided = solve === null || ['accepted', 'rejected', 'cancelled', 'failed'].includes(solve.status);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    actions.start.mutate({ mode, timeLimitSeconds, seed, periodVersion: planner.period.version });
  };

  return (
    <section className="app-rota-autoroster nhsuk-u-margin-bottom-5" aria-labelledby="autoroster-heading">
      <h2 id="autoroster-heading" className="nhsuk-heading-m">
        Auto-roster
      </h2>
      {solve?.status === 'failed' && <p className="nhsuk-error-message">The last solve failed: {solve.failure}</p>}
      {solve?.status === 'cancelled' && <p>The last solve was cancelled; nothing changed.</p>}
      {decided && (
        <form onSubmit={submit} noValidate>
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">What may change</legend>
            <div className="nhsuk-radios nhsuk-radios--inline">
              <div className="nhsuk-radios__item">
                <input className="nhsuk-radios__input" id="autoroster-fill-gaps" type="radio" name="autoroster-mode" checked={mode === 'fill-gaps'} onChange={() => setMode('fill-gaps')} />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor="autoroster-fill-gaps">
                  Only fill the gaps (keep every assignment)
                </label>
              </div>
              <div className="nhsuk-radios__item">
                <input className="nhsuk-radios__input" id="autoroster-whole" type="radio" name="autoroster-mode" checked={mode === 'whole-period'} onChange={() => setMode('whole-period')} />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor="autoroster-whole">
                  Re-roster the whole period
                </label>
              </div>
            </div>
          </fieldset>
          <div className="app-rota-autoroster__numbers">
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="autoroster-seconds">
                Time limit (seconds)
              </label>
              <input className="nhsuk-input nhsuk-input--width-4" id="autoroster-seconds" type="number" min={1} max={120} value={timeLimitSeconds} onChange={(e) => setTimeLimitSeconds(Number(e.target.value))} />
            </div>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="autoroster-seed">
                Seed (the same seed gives the same rota)
              </label>
              <input className="nhsuk-input nhsuk-input--width-5" id="autoroster-seed" type="number" min={0} value={seed} onChange={(e) => setSeed(Number(e.target.value))} />
            </div>
          </div>
          {actions.start.isError && <RotaChangeProblem error={actions.start.error} refused="The solve did not start" onReload={onReload} reloading={reloading} />}
          <button className="nhsuk-button" type="submit" disabled={actions.start.isPending}>
            {actions.start.isPending ? 'Starting…' : 'Auto-roster'}
          </button>
        </form>
      )}
      {underWay && <SolveProgressBar solve={solve} onCancel={() => actions.cancel.mutate(solve.id)} cancelling={actions.cancel.isPending} />}
      {solve && (solve.status === 'ready' || solve.status === 'infeasible') && (
        <SolvePreview
          solve={solve}
          onAccept={() => actions.accept.mutate({ solve, ...(planner.period.status === 'published' ? { reason: 'Auto-roster accepted' } : {}) }, { onSuccess: (r) => onAccepted(`Auto-roster applied: ${r.added} shifts added, ${r.removed} removed`) })}
          onReject={() => actions.reject.mutate(solve)}
          busy={actions.accept.isPending || actions.reject.isPending}
          problem={actions.accept.isError ? <RotaChangeProblem error={actions.accept.error} refused="The preview was not applied" onReload={onReload} reloading={reloading} /> : null}
        />
      )}
    </section>
  );
}

function SolveProgressBar({ solve, onCancel, cancelling }: { solve: SolveDto; onCancel: () => void; cancelling: boolean }) {
  const limit = solve.timeLimitSeconds * 1000;
  const elapsed = Math.min(solve.progress?.elapsedMs ?? 0, limit);
  const percent = Math.round((elapsed / limit) * 100);
  const best = solve.progress?.bestPenalty;
  const text =
    solve.status === 'queued' || solve.progress === null
      ? 'Starting the search'
      : `${seconds(elapsed)} of ${seconds(limit)}; ${best === null || best === undefined ? `no rota without a hard-rule breach yet (${solve.progress.hardUnits} hard-rule units to go)` : `best penalty so far ${points(best)}`}`;
  return (
    <div className="app-rota-autoroster__progress">
      <p id="autoroster-progress-label">Searching for the best rota</p>
      <div className="app-progress" role="progressbar" aria-labelledby="autoroster-progress-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={text}>
        <div className="app-progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <p aria-live="polite">{text}</p>
      <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onCancel} disabled={cancelling}>
        Cancel
      </button>
    </div>
  );
}

interface SolvePreviewProps {
  solve: SolveDto;
  onAccept: () => void;
  onReject: () => void;
  busy: boolean;
  problem: React.ReactNode;
}

function SolvePreview({ solve, onAccept, onReject, busy, problem }: SolvePreviewProps) {
  const preview = useSolvePreview(solve);
  if (!preview.data) return <p>Loading the preview…</p>;
  const p: SolvePreviewDto = preview.data;
  const changedKeys = new Set(p.changed.map((c) => `${c.staffId}|${c.date}`));
  const added = p.added.filter((a) => !changedKeys.has(`${a.staffId}|${a.date}`));
  const removed = p.removed.filter((r) => !changedKeys.has(`${r.staffId}|${r.date}`));
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
                {ruleTitle(c.ruleId)}: {c.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="nhsuk-body-l">
          Preview: {added.length} shifts added, {removed.length} removed, {p.changed.length} changed; penalty {points(p.penalty.total)} ({p.hardViolations} hard-rule breaches).
        </p>
      )}
      <ChangeTable caption="Changes by person and day" rows={[
        ...added.map((a) => ({ key: `a${a.staffId}${a.shiftId}`, name: a.name, date: a.date, change: `On ${a.shiftTypeCode}` })),
        ...removed.map((r) => ({ key: `r${r.assignmentId}`, name: r.name, date: r.date, change: `Off ${r.shiftTypeCode}` })),
        ...p.changed.map((c) => ({ key: `c${c.from.assignmentId}`, name: c.name, date: c.date, change: `${c.from.shiftTypeCode} → ${c.to.shiftTypeCode}` })),
      ].sort((x, y) => x.date.localeCompare(y.date) || x.name.localeCompare(y.name))} />
      <div className="app-rota-autoroster__penalties">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Penalty by rule</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Breaches</th>
              <th scope="col">Points</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {p.byRule.map((r) => (
              <tr key={r.ruleId}>
                <td>{ruleTitle(r.ruleId)}{r.severity === 'hard' ? ' (hard)' : ''}</td>
                <td>{r.count}</td>
                <td>{points(r.points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Penalty by person</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Points</th>
              <th scope="col">Mostly from</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {p.byPerson.slice(0, 15).map((person) => {
              const top = (Object.entries(person.byRule) as [RuleId, number][]).sort((x, y) => y[1] - x[1])[0];
              return (
                <tr key={person.staffId}>
                  <td>{person.name}</td>
                  <td>{points(person.softPenalty)}</td>
                  <td>{top ? ruleTitle(top[0]) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3 className="nhsuk-heading-s">Unfilled gaps ({p.unfilledGaps.length})</h3>
      {p.unfilledGaps.length === 0 ? (
        <p>Every shift reaches its ideal cover.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {p.unfilledGaps.slice(0, 20).map((g) => {
            const blocked = g.candidates.filter((c) => c.outcome === 'blocked');
            const reasons = new Map<string, number>();
            for (const c of blocked) for (const r of c.rules) reasons.set(r.ruleId, (reasons.get(r.ruleId) ?? 0) + 1);
            return (
              <li key={g.shiftId}>
                {formatDate(g.gap.date)} {g.shiftTypeCode}: {g.gap.shortfall > 0 ? `${g.gap.shortfall} below minimum` : `${g.gap.shortfallToIdeal} below ideal`}.{' '}
                {blocked.length} of {g.candidates.length} people blocked:{' '}
                {[...reasons].map(([rule, n]) => `${ruleTitle(rule as RuleId)} (${n})`).join(', ') || 'none'}
                {g.candidates.some((c) => c.outcome === 'costs-more') ? '; the rest would cost more penalty than the gap' : ''}.
              </li>
            );
          })}
        </ul>
      )}
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

function ChangeTable({ caption, rows }: { caption: string; rows: { key: string; name: string; date: string; change: string }[] }) {
  if (rows.length === 0) return <p>Nothing on the rota would change.</p>;
  return (
    <table className="nhsuk-table app-rota-autoroster__changes">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Person</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.slice(0, SHOWN_CHANGES).map((r) => (
          <tr key={r.key}>
            <td>{formatDate(r.date)}</td>
            <td>{r.name}</td>
            <td>{r.change}</td>
          </tr>
        ))}
      </tbody>
      {rows.length > SHOWN_CHANGES && (
        <tfoot>
          <tr>
            <td colSpan={3}>
              The first {SHOWN_CHANGES} of {rows.length} changes; accepting applies all of them, and the planner shows each one.
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
