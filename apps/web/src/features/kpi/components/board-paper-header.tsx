import { formatDate, formatDateTime } from '../../../format/format-date';
import { type PeriodGranularity } from '@recordroom/kpi';

interface BoardPaperHeaderProps {
  scope: string;
  /** The dates the figures cover, as the API answered (it fills in a default range). */
  range: { from: string; to: string };
  granularity: PeriodGranularity;
  /** When the figures were fetched (ms since the epoch). */
  generatedAt: number;
  /** Charts whose limits were recalculated, and from when: a reader of the paper must know. */
  rebased?: { title: string; from: string }[];
}

/** What a printed page must say about itself: whose figures, which period, at what granularity, and when they were produced. */
export function BoardPaperHeader({ scope, range, granularity, generatedAt, rebased = [] }: BoardPaperHeaderProps) {
  return (
    <>
      <p className="nhsuk-body-s app-board-paper-header" data-testid="board-paper-header">
        <strong>{scope}</strong>: {formatDate(range.from)} to {formatDate(range.to)}, {granularity === 'week' ? 'weekly' : 'monthly'} points.{' '}
        Generated {formatDateTime(new Date(generatedAt).toISOString())} from Recordroom. Charts follow NHS England’s Making Data Count method.
      </p>
      {rebased.length > 0 && (
        <p className="nhsuk-body-s" data-testid="board-paper-rebased">
          Limits recalculated after a known change: {rebased.map(({ title, from }) => `${title} from ${formatDate(from)}`).join('; ')}. Their icons
          describe the points since.
        </p>
      )}
    </>
  );
}
