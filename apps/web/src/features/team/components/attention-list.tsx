import type { AttentionItem } from '@recordroom/people';
import { Tag } from '@recordroom/ui';
import { Link } from 'react-router';
import { ATTENTION_KIND_LABELS, URGENCY_COLOURS, URGENCY_LABELS } from '../team-vocabulary';

/** This week's list: one row per thing to act on, most urgent first, linking to the person. */
export function AttentionList({ items }: { items: AttentionItem[] }) {
  if (items.length === 0) return <p>Nothing needs your attention this week.</p>;
  return (
    <ul className="nhsuk-list nhsuk-list--border" aria-label="What needs attention">
      {items.map((item) => (
        <li key={`${item.kind}:${item.staffId}:${item.recordId ?? ''}`}>
          <Tag colour={URGENCY_COLOURS[item.urgency]}>{URGENCY_LABELS[item.urgency]}</Tag>{' '}
          <strong>{ATTENTION_KIND_LABELS[item.kind]}</strong>: <Link to={`/team/${encodeURIComponent(item.staffId)}`}>{item.staffName}</Link>
          <br />
          <span className="nhsuk-body-s">{item.reason}</span>
        </li>
      ))}
    </ul>
  );
}
