import type { RotaPeriodDto } from '@recordroom/contracts';
import { Tag } from '@recordroom/ui';
import { Link } from 'react-router';
import { formatShortDate } from '../../../format/format-date';
import { PERIOD_STATUS_TAGS } from '../rota-labels';

/** The department's rota periods as links, newest first, each with its status. */
export function PeriodList({ periods, currentId }: { periods: RotaPeriodDto[]; currentId?: string }) {
  if (periods.length === 0) return <p>There are no rota periods yet.</p>;
  return (
    <ul className="nhsuk-list nhsuk-list--border">
      {periods.map((period) => {
        const tag = PERIOD_STATUS_TAGS[period.status];
        const dates = `${formatShortDate(period.startDate)} to ${formatShortDate(period.endDate)}`;
        return (
          <li key={period.id}>
            {period.id === currentId ? (
              <strong aria-current="page">{period.name}</strong>
            ) : (
              <Link className="nhsuk-link" to={`/rota/${encodeURIComponent(period.id)}`}>
                {period.name}
              </Link>
            )}{' '}
            <span className="nhsuk-u-secondary-text-colour">{dates}</span> <Tag colour={tag.colour}>{tag.text}</Tag>
          </li>
        );
      })}
    </ul>
  );
}
