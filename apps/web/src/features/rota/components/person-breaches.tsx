import { useTooltip } from '@recordroom/ui';
import { type PlannerRow } from '../planner-index';

/** The text of a row's breach count: "1 broken rule, 2 warnings". */
function countWords({ hardCount, softCount }: PlannerRow): string {
  const hard = hardCount > 0 ? `${hardCount} broken rule${hardCount === 1 ? '' : 's'}` : '';
  const soft = softCount > 0 ? `${softCount} warning${softCount === 1 ? '' : 's'}` : '';
  return [hard, soft].filter(Boolean).join(', ');
}

/**
 * A person's breaches in the planner's name column. With period-wide breaches (hours, rest, days
 * in a row) it is a button whose tip lists them, on hover, focus or a tap, until Escape; breaches
 * of single shifts are read on their chips, so then it is plain text.
 */
export function PersonBreaches({ row }: { row: PlannerRow }) {
  const tip = useTooltip({ toggleOnClick: true });
  const className = `app-rota-person-breaches${row.hardCount > 0 ? ' app-rota-person-breaches--hard' : ''}`;
  if (row.personViolations.length === 0) return <span className={className}>{countWords(row)}</span>;
  return (
    <span className="app-rota-tip-wrap" {...tip.wrapperProps}>
      <button type="button" className={className} {...tip.triggerProps}>
        {countWords(row)}
      </button>
      <span className="app-rota-tip" {...tip.tipProps}>
        {row.personViolations.map((v) => v.message).join(' ')}
      </span>
    </span>
  );
}
