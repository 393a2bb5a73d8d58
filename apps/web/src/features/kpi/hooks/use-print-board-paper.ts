import type { KpiSummaryRowDto } from '@recordroom/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchKpiSeries } from '../api/kpi-api';
import { kpiQueryKeys } from '../api/kpi-query-keys';
import { type KpiFilters } from '../api/types';

function nextFrames(): Promise<void> {
  // Two frames and a short pause: recharts measures its container after the charts mount.
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 250))));
}

/**
 * Prints the dashboard as a board paper: first loads every chart not yet scrolled to (charts are
 * lazy on screen), waits for them to draw, then opens the browser's print dialogue.
 */
export function usePrintBoardPaper(rows: KpiSummaryRowDto[], filters: KpiFilters) {
  const queryClient = useQueryClient();
  const [preparing, setPreparing] = useState(false);
  const [failed, setFailed] = useState(false);

  const print = async () => {
    setPreparing(true);
    setFailed(false);
    try {
      await Promise.all(
        rows.map((row) =>
          queryClient.fetchQuery({
            queryKey: kpiQueryKeys.series(row.kpiId, row.facet, filters, row.rebaseAt),
            queryFn: ({ signal }) => fetchKpiSeries(row.kpiId, row.facet, filters, row.rebaseAt, signal),
          }),
        ),
      );
      await nextFrames();
      window.print();
    } catch {
      setFailed(true);
    } finally {
      setPreparing(false);
    }
  };

  return { print, preparing, failed };
}
