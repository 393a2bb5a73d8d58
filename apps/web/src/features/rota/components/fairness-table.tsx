import type { FairnessLedgerEntry } from '@recordroom/rota';
import { DataTable } from '@recordroom/ui';
import { fairnessColumns } from '../fairness-columns';

/** The fairness ledger: unsocial work over the 12 months before the period, against each person's pro-rata share. */
export function FairnessTable({ entries }: { entries: FairnessLedgerEntry[] }) {
  return (
    <section aria-labelledby="fairness-heading">
      <h2 id="fairness-heading">Fairness over the last 12 months</h2>
      <p>
        A&amp;E evenings, weekends and public holidays each person worked in the 12 months before this period, against their share pro rata to
        contracted hours (A&amp;E evenings are shared among people with the A&amp;E desk skill). Bold: a whole shift or more above their share.
      </p>
      <DataTable
        caption="Fairness ledger"
        captionHidden
        columns={fairnessColumns}
        data={entries}
        getRowId={(entry) => entry.staffId}
        initialSorting={[{ id: 'a-and-e-evenings', desc: true }]}
        compact
        emptyMessage="Nobody has worked a shift in the last 12 months."
      />
    </section>
  );
}
