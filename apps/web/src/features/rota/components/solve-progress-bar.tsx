import type { SolveDto } from '@recordroom/contracts';
import { formatPoints } from '../solve-explanation';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** A running solve: time used of its limit, the best penalty found so far, and a way to stop it. */
export function SolveProgressBar({ solve, onCancel, cancelling }: { solve: SolveDto; onCancel: () => void; cancelling: boolean }) {
  const limit = solve.timeLimitSeconds * 1000;
  const elapsed = Math.min(solve.progress?.elapsedMs ?? 0, limit);
  const percent = Math.round((elapsed / limit) * 100);
  const best = solve.progress?.bestPenalty;
  const text =
    solve.status === 'queued' || solve.progress === null
      ? 'Starting the search'
      : `${seconds(elapsed)} of ${seconds(limit)}; ${best === null || best === undefined ? `no rota without a hard-rule breach yet (${solve.progress.hardUnits} hard-rule units to go)` : `best penalty so far ${formatPoints(best)}`}`;
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
