import type { TeamComplianceDto } from '@recordroom/contracts';
import { csvCell as cell } from '../../format/csv-cell';
import { STATUS_WORDS } from './team-vocabulary';

/** The compliance table as CSV, the rows given in the order shown (filtered and sorted as on screen). */
export function complianceCsv(table: TeamComplianceDto, rows: TeamComplianceDto['rows']): string {
  const header = ['Name', 'Team', 'Training compliance %', ...table.courses.map((c) => c.name), 'Appraisal', 'Appraisal due', 'DBS', 'DBS renewal due'];
  const lines = rows.map((row) => [
    row.displayName,
    row.teamName ?? 'No team',
    row.percent,
    ...table.courses.map((c) => {
      const status = row.courses[c.id];
      return status ? `${STATUS_WORDS[status.status]?.text ?? status.status}${status.dueOn ? ` (due ${status.dueOn})` : ''}` : 'Not required';
    }),
    STATUS_WORDS[row.appraisal.status]?.text ?? row.appraisal.status,
    row.appraisal.dueOn,
    STATUS_WORDS[row.dbs.status]?.text ?? row.dbs.status,
    row.dbs.dueOn,
  ]);
  return [header, ...lines].map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}
