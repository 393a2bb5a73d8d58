import type { StaffMemberDto } from '@recordroom/contracts';
import { SummaryList, type SummaryListRow } from '@recordroom/ui';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../format/format-date';
import { formatNumber } from '../../../format/format-number';
import { bandLabel, CONTRACT_TYPE_LABELS, SKILL_LABELS } from '../staff-vocabulary';
import { DbsCheckDate } from './dbs-check-date';

interface PersonSummaryProps {
  person: StaffMemberDto;
  /** Link the line manager's name to their page (not for staff, who may open only their own). */
  linkLineManager: boolean;
}

/** A staff record as NHS.UK summary list rows. */
export function PersonSummary({ person, linkLineManager }: PersonSummaryProps) {
  const rows: SummaryListRow[] = [
    { key: 'Employee number', value: person.employeeNumber },
    { key: 'Job title', value: person.jobTitle },
    { key: 'Band and pay point', value: `${bandLabel(person.band)}, pay point ${person.payPoint}` },
    { key: 'Contract', value: CONTRACT_TYPE_LABELS[person.contractType] },
    {
      key: 'Contracted hours',
      value: `${formatNumber(person.contractedHoursPerWeek)} hours a week (${formatNumber(person.wholeTimeEquivalent, 4)} whole-time equivalent)`,
    },
    { key: 'Team', value: person.teamName ?? 'No team' },
    { key: 'Department', value: person.departmentName },
    {
      key: 'Line manager',
      value:
        person.lineManagerId && person.lineManagerName ? (
          linkLineManager ? (
            <Link to={`/staff/${encodeURIComponent(person.lineManagerId)}`}>{person.lineManagerName}</Link>
          ) : (
            person.lineManagerName
          )
        ) : (
          'None'
        ),
    },
    {
      key: 'Skills',
      value:
        person.skills.length > 0 ? (
          <ul className="nhsuk-list">
            {person.skills.map((skill) => (
              <li key={skill}>{SKILL_LABELS[skill]}</li>
            ))}
          </ul>
        ) : (
          'None recorded'
        ),
    },
    { key: 'NHS service start date', value: formatDate(person.nhsServiceStartDate) },
    {
      key: 'Working Time Regulations',
      value: person.workingTimeOptOut ? 'Opted out of the 48-hour average week' : 'Not opted out (48-hour average week applies)',
    },
    { key: 'Last DBS check', value: person.dbsCheckDate === null ? <DbsCheckDate date={null} /> : formatDate(person.dbsCheckDate) },
    { key: 'Record last updated', value: formatDateTime(person.updatedAt) },
  ];
  return <SummaryList rows={rows} />;
}
