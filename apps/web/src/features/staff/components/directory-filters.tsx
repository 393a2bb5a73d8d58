import type { TeamDto } from '@recordroom/contracts';
import { Select, TextInput } from '@recordroom/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { type DirectoryFilters as Filters } from '../api/directory-query';
import { AFC_BANDS, bandLabel, CONTRACT_TYPE_LABELS, CONTRACT_TYPES, SKILL_LABELS, SKILLS } from '../staff-vocabulary';

interface DirectoryFiltersProps {
  /** The filters in the address now; the form starts from them. */
  filters: Filters;
  teams: TeamDto[];
  onApply: (filters: Filters) => void;
}

const bandOptions = AFC_BANDS.map((band) => ({ value: band, label: bandLabel(band) }));
const contractOptions = CONTRACT_TYPES.map((type) => ({ value: type, label: CONTRACT_TYPE_LABELS[type] }));
const skillOptions = SKILLS.map((skill) => ({ value: skill, label: SKILL_LABELS[skill] }));

/**
 * Search and filters for the directory. Nothing changes until "Apply filters", so keyboard and
 * screen reader users are not surprised by a table that reloads while they choose.
 */
export function DirectoryFilters({ filters, teams, onApply }: DirectoryFiltersProps) {
  const [draft, setDraft] = useState(filters);
  const set = (key: keyof Filters) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));

  return (
    <search>
      <form
        className="nhsuk-u-margin-bottom-5"
        onSubmit={(event) => {
          event.preventDefault();
          onApply({ ...draft, search: draft.search.trim() });
        }}
      >
        <h2 className="nhsuk-heading-s">Search and filter</h2>
        <TextInput
          id="search"
          type="search"
          label="Name or employee number"
          value={draft.search}
          onChange={set('search')}
          spellCheck={false}
          width={20}
        />
        {/* Two to a row: NHS.UK selects are at least 23ex wide. */}
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <Select id="band" label="Band" value={draft.band} onChange={set('band')} options={bandOptions} emptyOption="Any band" />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <Select
              id="teamId"
              label="Team"
              value={draft.teamId}
              onChange={set('teamId')}
              options={teams.map((team) => ({ value: team.id, label: team.name }))}
              emptyOption="Any team"
            />
          </div>
        </div>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <Select
              id="contractType"
              label="Contract"
              value={draft.contractType}
              onChange={set('contractType')}
              options={contractOptions}
              emptyOption="Any contract"
            />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <Select id="skill" label="Skill" value={draft.skill} onChange={set('skill')} options={skillOptions} emptyOption="Any skill" />
          </div>
        </div>
        <div className="nhsuk-button-group">
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Apply filters
          </button>
          <Link className="nhsuk-link" to="/staff">
            Clear filters
          </Link>
        </div>
      </form>
    </search>
  );
}
