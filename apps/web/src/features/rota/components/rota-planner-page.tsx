import '@recordroom/ui/rota.css';
import '../rota-planner.css';
import type { PlannerDto } from '@recordroom/contracts';
import { Details, RotaGrid, Tag } from '@recordroom/ui';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { formatDate } from '../../../format/format-date';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { SuccessBanner } from '../../../shell/components/success-banner';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { canPlanRota, canPublishRota, canSeeBudget } from '../../auth/permissions';
import { RotaCostSection } from '../../pay/components/rota-cost-section';
import { usePeriods, usePlanner } from '../hooks/use-planner';
import { plannerCaption } from '../planner-caption';
import { indexPlanner } from '../planner-index';
import { PERIOD_STATUS_TAGS } from '../rota-labels';
import { AssignmentPanel } from './assignment-panel';
import { AutoRosterPanel } from './auto-roster-panel';
import { CandidatesPanel } from './candidates-panel';
import { FairnessTable } from './fairness-table';
import { GapHeatmapSection } from './gap-heatmap-section';
import { GapRow, gapKey } from './gap-row';
import { PeriodList } from './period-list';
import { dateColumns } from './planner-dates';
import { PlannerRowView } from './planner-row';
import { PublishPanel } from './publish-panel';
import { ViolationsList } from './violations-list';

type Selection = { kind: 'gap'; key: string } | { kind: 'assignment'; id: string } | null;

/** /rota/:periodId: the planner for one rota period. */
export function RotaPlannerPage() {
  const { periodId = '' } = useParams();
  const planner = usePlanner(periodId);
  usePageTitle(planner.data ? `Rota planner: ${planner.data.period.name}` : 'Rota planner');
  if (planner.isPending) return <LoadingMessage>Loading the rota…</LoadingMessage>;
  if (planner.isError) return <ProblemMessage error={planner.error} what="rota" onRetry={() => void planner.refetch()} headingLevel={1} />;
  return <Planner planner={planner.data} onReload={() => void planner.refetch()} reloading={planner.isFetching} />;
}

function Planner({ planner, onReload, reloading }: { planner: PlannerDto; onReload: () => void; reloading: boolean }) {
  const user = useSignedInUser();
  const { period } = planner;
  const index = useMemo(() => indexPlanner(planner), [planner]);
  const columns = useMemo(() => dateColumns(index.dates), [index.dates]);
  const periods = usePeriods(period.departmentId);
  const [selection, setSelection] = useState<Selection>(null);
  const [done, setDone] = useState<string | null>(null);
  // Below-minimum gaps always show; shifts short only of their ideal on request (there can be many).
  const [showIdeal, setShowIdeal] = useState(false);
  const visibleGaps = useMemo(() => (showIdeal ? index.gapsByDate : index.gapsByDate.map((list) => list.filter((entry) => entry.gap.status === 'below-minimum'))), [index, showIdeal]);

  const editable = canPlanRota(user) && period.status !== 'finalised';
  const canEditPerson = useCallback((staffId: string) => editable && (index.staffById.get(staffId)?.inScope ?? false), [editable, index]);
  const onSelectAssignment = useCallback((id: string) => setSelection({ kind: 'assignment', id }), []);
  const onSelectGap = useCallback((key: string) => setSelection({ kind: 'gap', key }), []);
  const close = useCallback(() => setSelection(null), []);
  const finished = useCallback((message: string) => {
    setSelection(null);
    setDone(message);
  }, []);

  const selectedGap = selection?.kind === 'gap' ? (index.gapsByDate.flat().find((entry) => gapKey(entry) === selection.key) ?? null) : null;
  const selectedAssignment = selection?.kind === 'assignment' ? (index.assignmentsById.get(selection.id) ?? null) : null;
  const selectedRow = selectedAssignment?.assignment.staffId ?? null;
  const belowMinimum = index.belowMinimumCount;

  // The panel opened for a gap or a chip takes focus, so keyboard and screen reader users land in it.
  const panelOpen = selectedGap !== null || selectedAssignment !== null;
  useEffect(() => {
    if (!panelOpen) return;
    const heading = document.getElementById(selection?.kind === 'gap' ? 'candidates-heading' : 'assignment-heading');
    heading?.focus();
  }, [panelOpen, selection]);

  const tag = PERIOD_STATUS_TAGS[period.status];
  return (
    <div className="app-rota-planner">
      {done && <SuccessBanner key={done} heading={done} />}
      <h1>
        <span className="nhsuk-caption-l">Rota planner</span>
        {period.name} <Tag colour={tag.colour}>{tag.text}</Tag>
      </h1>
      <p>
        {formatDate(period.startDate)} to {formatDate(period.endDate)}: {planner.staff.length} people, {belowMinimum === 0 ? 'no shift below minimum cover' : `${belowMinimum} shift${belowMinimum === 1 ? '' : 's'} below minimum cover`},{' '}
        {index.hardViolations.length} broken rule{index.hardViolations.length === 1 ? '' : 's'} and {index.softViolations.length} warning{index.softViolations.length === 1 ? '' : 's'}.
      </p>
      {canSeeBudget(user) && <RotaCostSection periodId={period.id} periodVersion={period.version} />}
      {periods.data && periods.data.length > 1 && (
        <Details summary="Open another rota period">
          <PeriodList periods={periods.data} currentId={period.id} />
        </Details>
      )}
      {period.status === 'published' && editable && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>This rota is published. Staff can see it, so every change asks you for a reason.</p>
        </div>
      )}
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small nhsuk-u-margin-bottom-3">
        <div className="nhsuk-checkboxes__item">
          <input className="nhsuk-checkboxes__input" id="show-ideal" type="checkbox" checked={showIdeal} onChange={(event) => setShowIdeal(event.target.checked)} />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="show-ideal">
            Also show shifts that have their minimum but not their ideal cover
          </label>
        </div>
      </div>
      <p className="nhsuk-body-s">
        {editable
          ? 'Select a gap in the bottom row to see who could cover it, or a shift to see its rule breaches and take the person off it. Shifts marked ! break a rule; ? has a warning. A gap marked “leave” has enough people rostered, but one is on approved leave.'
          : 'Shifts marked ! break a rule; ? has a warning. Select or hover over a marked shift to read why.'}
      </p>
      <RotaGrid
        caption={plannerCaption(period)}
        cornerHeading="Staff"
        columns={columns}
        label={`Rota grid for ${period.name}`}
        footer={<GapRow dates={index.dates} gapsByDate={visibleGaps} belowMinimumCount={belowMinimum} selectedKey={selection?.kind === 'gap' ? selection.key : null} onSelectGap={editable ? onSelectGap : undefined} />}
      >
        {index.rows.map((row) => (
          <PlannerRowView
            key={row.staff.id}
            row={row}
            dates={index.dates}
            tones={index.shiftTypeTone}
            selectedAssignmentId={selectedRow === row.staff.id && selection?.kind === 'assignment' ? selection.id : null}
            editable={editable && row.staff.inScope}
            onSelectAssignment={onSelectAssignment}
          />
        ))}
      </RotaGrid>
      {selectedGap && (
        <CandidatesPanel
          key={gapKey(selectedGap)}
          planner={planner}
          entry={selectedGap}
          canAssign={canEditPerson}
          onAssigned={finished}
          onClose={close}
          onReload={onReload}
          reloading={reloading}
        />
      )}
      {selectedAssignment && (
        <AssignmentPanel
          key={selectedAssignment.assignment.id}
          planner={planner}
          placed={selectedAssignment}
          personName={index.staffById.get(selectedAssignment.assignment.staffId)?.name ?? 'This person'}
          canRemove={canEditPerson(selectedAssignment.assignment.staffId)}
          onRemoved={finished}
          onClose={close}
          onReload={onReload}
          reloading={reloading}
        />
      )}
      {period.status !== 'finalised' && canPublishRota(user) && <AutoRosterPanel planner={planner} onAccepted={finished} onReload={onReload} reloading={reloading} />}
      {period.status === 'draft' && canPublishRota(user) && <PublishPanel planner={planner} gapCount={belowMinimum} onPublished={finished} onReload={onReload} reloading={reloading} />}
      <ViolationsList hard={index.hardViolations} soft={index.softViolations} staffName={(id) => (id === null ? null : (index.staffById.get(id)?.name ?? null))} />
      <GapHeatmapSection planner={planner} dates={index.dates} />
      <FairnessTable entries={planner.fairness} />
    </div>
  );
}
