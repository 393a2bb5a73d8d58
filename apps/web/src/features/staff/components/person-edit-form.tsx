import type { StaffMemberDto, TeamDto } from '@recordroom/contracts';
import { Checkboxes, DateInput, ErrorSummary, Radios, Select, TextInput, type ErrorSummaryItem } from '@recordroom/ui';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import {
  apiFieldErrors,
  EDIT_FIELDS,
  fieldAnchor,
  readEditForm,
  toFormValues,
  type EditFormErrors,
  type EditFormValues,
} from '../edit-form-values';
import { useUpdateStaffMember } from '../hooks/use-update-staff-member';
import { AFC_BANDS, bandLabel, CONTRACT_TYPE_LABELS, CONTRACT_TYPES, isAfcBand, isContractType, SKILL_LABELS, SKILLS } from '../staff-vocabulary';
import { StaleRecordWarning } from './stale-record-warning';

interface PersonEditFormProps {
  person: StaffMemberDto;
  teams: TeamDto[];
  /** Fetch the record again after a 409; the page re-opens the form on the newer version. */
  onReload: () => void;
  reloading: boolean;
}

const bandOptions = AFC_BANDS.map((band) => ({ value: band, label: bandLabel(band) }));
const contractOptions = CONTRACT_TYPES.map((type) => ({ value: type, label: CONTRACT_TYPE_LABELS[type] }));
const skillOptions = SKILLS.map((skill) => ({ value: skill, label: SKILL_LABELS[skill] }));

/** Words for a refusal that is not about one field. */
function refusal(error: unknown): string | null {
  if (isApiError(error, 409) || isApiError(error, 422) || isApiError(error, 400)) return null;
  if (isApiError(error, 403)) return 'You cannot change this record';
  if (isApiError(error, 404)) return 'This record no longer exists';
  if (isApiError(error, 0)) return 'Recordroom could not be reached. Check your network connection, then try again.';
  return 'Sorry, there is a problem with the service. Your changes have not been saved. Try again later.';
}

/**
 * The edit form of a staff record. Sends only what changed, with the version it started from; shows
 * the form's own checks and the API's 422 field errors the NHS.UK way (summary at the top linking
 * to inline messages), and a 409 as "someone else changed this record".
 */
export function PersonEditForm({ person, teams, onReload, reloading }: PersonEditFormProps) {
  const [values, setValues] = useState<EditFormValues>(() => toFormValues(person));
  const [formErrors, setFormErrors] = useState<EditFormErrors>({});
  const update = useUpdateStaffMember(person.id);
  const navigate = useNavigate();
  const personPath = `/staff/${encodeURIComponent(person.id)}`;

  const fieldProblem = isApiError(update.error, 422) || isApiError(update.error, 400) ? update.error : null;
  const fromApi = fieldProblem ? apiFieldErrors(fieldProblem.fieldErrors) : null;
  const errors: EditFormErrors = { ...fromApi?.inline, ...formErrors };
  const stale = isApiError(update.error, 409);
  const refused = update.isError ? refusal(update.error) : null;
  // A 422 that names no field still needs saying.
  const unexplained = fieldProblem && fromApi && Object.keys(fromApi.inline).length === 0 && fromApi.other.length === 0 ? (fieldProblem.detail ?? fieldProblem.title) : null;
  const summary: ErrorSummaryItem[] = [
    ...EDIT_FIELDS.flatMap((field) => {
      const text = errors[field];
      return text ? [{ fieldId: fieldAnchor(field), text }] : [];
    }),
    ...(fromApi?.other ?? []).map((text) => ({ text })),
    ...(refused ? [{ text: refused }] : []),
    ...(unexplained ? [{ text: unexplained }] : []),
  ];
  usePageTitle(`Change ${person.displayName}’s details`, { error: summary.length > 0 || stale });

  const set =
    <K extends keyof EditFormValues>(field: K) =>
    (value: EditFormValues[K]) =>
      setValues((current) => ({ ...current, [field]: value }));

  return (
    <>
      {stale && <StaleRecordWarning onReload={onReload} reloading={reloading} />}
      <ErrorSummary errors={summary} />
      <h1>
        <span className="nhsuk-caption-l">{person.displayName}</span>
        Change details
      </h1>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const { changes, errors: found } = readEditForm(values, person);
          setFormErrors(found);
          update.reset();
          if (Object.keys(found).length > 0) return;
          if (Object.keys(changes).length === 0) {
            void navigate(personPath);
            return;
          }
          update.mutate({ version: person.version, changes }, { onSuccess: () => void navigate(personPath, { state: { saved: true } }) });
        }}
      >
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <TextInput id="firstName" label="First name" autoComplete="off" spellCheck={false} value={values.firstName} onChange={set('firstName')} error={errors.firstName} />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <TextInput id="lastName" label="Last name" autoComplete="off" spellCheck={false} value={values.lastName} onChange={set('lastName')} error={errors.lastName} />
          </div>
        </div>
        <TextInput id="jobTitle" label="Job title" value={values.jobTitle} onChange={set('jobTitle')} error={errors.jobTitle} />
        <Select
          id="teamId"
          label="Team"
          value={values.teamId}
          onChange={set('teamId')}
          emptyOption="No team"
          options={teams.map((team) => ({ value: team.id, label: team.name }))}
          error={errors.teamId}
        />
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <Select
              id="band"
              label="Agenda for Change band"
              value={values.band}
              onChange={(band) => {
                if (isAfcBand(band)) set('band')(band);
              }}
              options={bandOptions}
              error={errors.band}
            />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <TextInput id="payPoint" label="Pay point" hint="The point within the band, starting at 1" inputMode="numeric" width={2} value={values.payPoint} onChange={set('payPoint')} error={errors.payPoint} />
          </div>
        </div>
        <Radios
          id="contractType"
          legend="Contract"
          inline
          value={values.contractType}
          onChange={(type) => {
            if (isContractType(type)) set('contractType')(type);
          }}
          options={contractOptions}
          error={errors.contractType}
        />
        <TextInput
          id="contractedHoursPerWeek"
          label="Contracted hours a week"
          hint="Full time is 37.5 hours. Bank staff with no guaranteed hours have 0."
          inputMode="decimal"
          width={4}
          value={values.contractedHoursPerWeek}
          onChange={set('contractedHoursPerWeek')}
          error={errors.contractedHoursPerWeek}
        />
        <Checkboxes
          id="skills"
          legend="Skills"
          hint="Select all that apply. Shifts that need a skill are offered only to people who have it."
          options={skillOptions}
          values={values.skills}
          onChange={set('skills')}
          error={errors.skills}
          small
        />
        <Radios
          id="workingTimeOptOut"
          legend="Has this person opted out of the 48-hour average working week?"
          hint="A signed Working Time Regulations opt-out"
          inline
          value={values.workingTimeOptOut}
          onChange={(answer) => set('workingTimeOptOut')(answer === 'yes' ? 'yes' : 'no')}
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          error={errors.workingTimeOptOut}
        />
        <DateInput
          id="dbsCheckDate"
          legend="Date of the last DBS check"
          hint="For example, 15 3 2024. Leave blank if there is no check on file."
          value={values.dbsCheckDate}
          onChange={set('dbsCheckDate')}
          error={errors.dbsCheckDate}
        />
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="submit" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save changes'}
          </button>
          <Link className="nhsuk-link" to={personPath}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
