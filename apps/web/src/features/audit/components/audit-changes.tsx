import type { AuditEventDto } from '@recordroom/contracts';
import { fieldChanges } from '../audit-changes';
import { fieldLabel, valueText } from '../audit-labels';

/**
 * What an event changed, field by field: "Band: 3 → 4", read by screen readers as "changed from 3
 * to 4". Creations and deletions list the values the record had.
 */
export function AuditChanges({ event }: { event: AuditEventDto }) {
  const changes = fieldChanges(event.before, event.after);
  if (changes.length === 0) return <span className="nhsuk-u-secondary-text-colour">No fields changed</span>;
  return (
    <ul className="nhsuk-list nhsuk-u-font-size-16 nhsuk-u-margin-bottom-0">
      {changes.map(({ field, before, after }) => (
        <li key={field} className="nhsuk-u-margin-bottom-1">
          <strong>{fieldLabel(event.entityType, field)}:</strong>{' '}
          {event.before === null ? (
            valueText(field, after)
          ) : event.after === null ? (
            <>
              <span className="nhsuk-u-visually-hidden">was </span>
              {valueText(field, before)}
            </>
          ) : (
            <>
              <span className="nhsuk-u-visually-hidden">changed from </span>
              {valueText(field, before)}
              <span aria-hidden="true"> → </span>
              <span className="nhsuk-u-visually-hidden"> to </span>
              {valueText(field, after)}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
