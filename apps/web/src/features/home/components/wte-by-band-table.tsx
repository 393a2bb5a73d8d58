import type { StaffSummaryDto } from '@recordroom/contracts';
import { DataTable } from '@recordroom/ui';
import { bandColumns } from '../columns';

/** Staff in post by Agenda for Change band: headcount and whole-time equivalent. */
export function WteByBandTable({ byBand }: { byBand: StaffSummaryDto['byBand'] }) {
  return (
    <DataTable
      caption="Staff in post by band"
      columns={bandColumns}
      data={byBand}
      getRowId={(row) => row.band}
      emptyMessage={<p>There is nobody in post yet.</p>}
    />
  );
}
