import type { PlannerDto, SolveModeDto, StartSolveBody } from '@recordroom/contracts';
import { Radios } from '@recordroom/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { PinChooser } from './pin-chooser';

interface AutoRosterOptionsProps {
  planner: PlannerDto;
  onStart: (body: StartSolveBody) => void;
  starting: boolean;
  /** Why the last start was refused, if it was. */
  problem: ReactNode;
}

const MODE_OPTIONS = [
  {
    value: 'fill-gaps',
    label: 'Fill the gaps only',
    hint: 'Every assignment already on the rota stays as it is. The search only puts people on shifts below their cover.',
  },
  {
    value: 'whole-period',
    label: 'Re-roster the whole period',
    hint: 'The search may move anyone or take them off any shift, except the assignments you keep below, and fills the gaps too. Use it for a new rota or to rebalance one.',
  },
];

/** What a solve may change (and, re-rostering, which assignments it keeps), how long it searches, and its seed. */
export function AutoRosterOptions({ planner, onStart, starting, problem }: AutoRosterOptionsProps) {
  const [mode, setMode] = useState<SolveModeDto>('fill-gaps');
  const [pinned, setPinned] = useState<Set<string>>(() => new Set());
  const [timeLimitSeconds, setTimeLimitSeconds] = useState(10);
  const [seed, setSeed] = useState(1);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Kept assignments of this planner only: one taken off since (by hand, a swap) is no longer there to keep.
    const current = new Set(planner.assignments.map((a) => a.id));
    const pinnedAssignmentIds = mode === 'whole-period' ? [...pinned].filter((id) => current.has(id)) : [];
    onStart({ mode, timeLimitSeconds, seed, periodVersion: planner.period.version, pinnedAssignmentIds });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Radios id="autoroster-mode" legend="What may change" options={MODE_OPTIONS} value={mode} onChange={(value) => setMode(value === 'whole-period' ? 'whole-period' : 'fill-gaps')} />
      {mode === 'whole-period' && <PinChooser planner={planner} pinned={pinned} onChange={setPinned} />}
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
      {problem}
      <button className="nhsuk-button" type="submit" disabled={starting}>
        {starting ? 'Starting…' : 'Auto-roster'}
      </button>
    </form>
  );
}
