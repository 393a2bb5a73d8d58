import { formatDate, formatDateTime } from '../../../format/format-date';
import { type KpiFilters } from '../api/types';

interface BoardPaperHeaderProps {
  scope: string;
  filters: KpiFilters;
  /** When the figures were fetched (ms since the epoch). */
  generatedAt: number;
}

/** What a printed page must say about itself: whose figures, which period, at what granularity, and when they were produced. */
export function BoardPaperHeader({ scope, filters, generatedAt }: BoardPaperHeaderProps) {
  return (
    <p className="nhsuk-body-s app-board-paper-header" data-testid="board-paper-header">
      <strong>{scope}</strong>: {formatDate(filters.from)} to {formatDate(filters.to)}, {filters.granularity === 'week' ? 'weekly' : 'monthly'} points.{' '}
      Generated {formatDateTime(new Date(generatedAt).toISOString())} from Recordroom. Charts follow NHS England’s Making Data Count method.
    </p>
  );
}
