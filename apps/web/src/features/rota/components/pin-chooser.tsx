import type { PlannerDto } from '@recordroom/contracts';
import { createDataTableColumnHelper, DataTable, Details, TextInput } from '@recordroom/ui';
import { createContext, useContext, useMemo, useState } from 'react';
import { pinnablePeople, pinPerson, pinSummary, presetPins, type PinnablePerson, type PinPreset } from '../pin-choice';

interface PinChooserProps {
  planner: PlannerDto;
  pinned: ReadonlySet<string>;
  onChange: (pinned: Set<string>) => void;
}

const PAGE_SIZE = 10;

/** The kept set and its setter, for the table's cells: the columns stay one stable definition, so a tick never remounts a row (or closes its opened shifts). */
const PinsContext = createContext<{ pinned: ReadonlySet<string>; onChange: (pinned: Set<string>) => void }>({ pinned: new Set(), onChange: () => undefined });

function KeptCell({ person }: { person: PinnablePerson }) {
  const { pinned } = useContext(PinsContext);
  return `${person.assignments.filter((a) => pinned.has(a.id)).length} of ${person.assignments.length}`;
}

function KeepAllCell({ person }: { person: PinnablePerson }) {
  const { pinned, onChange } = useContext(PinsContext);
  const kept = person.assignments.filter((a) => pinned.has(a.id)).length;
  const id = `pin-person-${person.staffId}`;
  return (
    <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
      <div className="nhsuk-checkboxes__item">
        <input
          className="nhsuk-checkboxes__input"
          id={id}
          type="checkbox"
          checked={kept === person.assignments.length}
          ref={(el) => {
            if (el) el.indeterminate = kept > 0 && kept < person.assignments.length;
          }}
          onChange={(e) => onChange(pinPerson(pinned, person, e.target.checked))}
        />
        <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
          <span className="nhsuk-u-visually-hidden">Keep all of {person.name}’s shifts</span>
        </label>
      </div>
    </div>
  );
}

function ShiftsCell({ person }: { person: PinnablePerson }) {
  const { pinned, onChange } = useContext(PinsContext);
  const toggle = (id: string, keep: boolean) => {
    const next = new Set(pinned);
    if (keep) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <Details summary={`Choose among ${person.name}’s ${person.assignments.length} ${person.assignments.length === 1 ? 'shift' : 'shifts'}`} className="app-rota-autoroster__pin-details">
      <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
        {person.assignments.map((a) => (
          <div className="nhsuk-checkboxes__item" key={a.id}>
            <input className="nhsuk-checkboxes__input" id={`pin-${a.id}`} type="checkbox" checked={pinned.has(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`pin-${a.id}`}>
              {a.label}
              {a.handMade ? '' : ' (from an earlier auto-roster)'}
            </label>
          </div>
        ))}
      </div>
    </Details>
  );
}

const column = createDataTableColumnHelper<PinnablePerson>();
const columns = column.columns([
  column.accessor('name', { header: 'Person', enableSorting: false, meta: { rowHeader: true } }),
  column.display({ id: 'kept', header: 'Kept', meta: { numeric: true }, cell: ({ row }) => <KeptCell person={row.original} /> }),
  column.display({ id: 'keep-all', header: 'Keep all their shifts', cell: ({ row }) => <KeepAllCell person={row.original} /> }),
  column.display({ id: 'shifts', header: 'Shifts', cell: ({ row }) => <ShiftsCell person={row.original} /> }),
]);

/**
 * Which of the current assignments a whole-period solve keeps: a start (none, those made by hand,
 * all), then person by person (all of someone's shifts) or shift by shift, ten people a page.
 */
export function PinChooser({ planner, pinned, onChange }: PinChooserProps) {
  const people = useMemo(() => pinnablePeople(planner), [planner]);
  const [filter, setFilter] = useState('');
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize: PAGE_SIZE });
  const handMadeCount = useMemo(() => presetPins(planner, 'hand-made').length, [planner]);
  const preset = (choice: PinPreset) => onChange(new Set(presetPins(planner, choice)));
  return (
    <PinsContext.Provider value={{ pinned, onChange }}>
      <div className="app-rota-autoroster__pins">
        <h3 className="nhsuk-heading-s">Assignments to keep</h3>
        <p className="nhsuk-body-s">Kept assignments stay exactly as they are; the search works around them. Everything not kept may be moved or taken off.</p>
        <div className="nhsuk-button-group">
          <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="button" onClick={() => preset('none')}>
            Keep none
          </button>
          <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="button" onClick={() => preset('hand-made')}>
            Keep those made by hand ({handMadeCount})
          </button>
          <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="button" onClick={() => preset('all')}>
            Keep all ({planner.assignments.length})
          </button>
        </div>
        <p className="app-rota-autoroster__pin-summary" role="status">
          {pinSummary(people, pinned)}
        </p>
        <TextInput
          id="pin-filter"
          label="Find a person"
          type="search"
          width={20}
          value={filter}
          onChange={(value) => {
            setFilter(value);
            setPagination((p) => ({ ...p, pageIndex: 0 }));
          }}
        />
        <DataTable
          caption="People and their shifts on the rota"
          captionSize="s"
          columns={columns}
          data={people}
          getRowId={(p) => p.staffId}
          globalFilter={filter}
          pagination={pagination}
          onPaginationChange={setPagination}
          rowNoun={{ one: 'person', other: 'people' }}
          compact
          emptyHeadingLevel={4}
          emptyMessage={<p>{people.length === 0 ? 'Nobody is on the rota yet: there is nothing to keep.' : 'Nobody of that name has shifts on the rota.'}</p>}
        />
      </div>
    </PinsContext.Provider>
  );
}
