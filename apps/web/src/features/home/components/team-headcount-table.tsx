import type { StaffSummaryDto } from '@recordroom/contracts';
import { DataTable } from '@recordroom/ui';
import { teamColumns } from '../columns';

/** Headcount by team. */
export function TeamHeadcountTable({ byTeam }: { byTeam: StaffSummaryDto['byTeam'] }) {
  return (
    <DataTable
      caption="Staff by team"
      columns={teamColumns}
      data={byTeam}
      getRowId={(row) => row.teamId ?? 'no-team'}
      emptyMessage={<p>There are no teams yet.</p>}
    />
  );
}
