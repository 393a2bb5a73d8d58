import { Details } from '@recordroom/ui';
import type { ViolationDto } from '@recordroom/contracts';
import { ruleName } from '../rota-problems';

/** Every breach in the period: hard ones listed in full, warnings under a disclosure (there can be hundreds). */
export function ViolationsList({ hard, soft, staffName }: { hard: ViolationDto[]; soft: ViolationDto[]; staffName: (id: string | null) => string | null }) {
  const item = (v: ViolationDto) => {
    const who = staffName(v.staffId);
    return (
      <li key={v.key}>
        <strong>{ruleName(v.ruleId)}</strong>
        {who ? ` (${who})` : ''}: {v.message}
        {v.acknowledgement && <> Accepted: {v.acknowledgement}</>}
      </li>
    );
  };
  return (
    <section aria-labelledby="breaches-heading">
      <h2 id="breaches-heading">Rule breaches</h2>
      {hard.length === 0 ? (
        <p>No rule that stops publication is broken.</p>
      ) : (
        <div className="nhsuk-card nhsuk-card--feature app-rota-hard">
          <div className="nhsuk-card__content nhsuk-card__content--feature">
            <h3 className="nhsuk-card__heading nhsuk-card__heading--feature">{`${hard.length} broken rule${hard.length === 1 ? '' : 's'}: fix before publishing`}</h3>
            <ul className="nhsuk-list nhsuk-list--bullet">{hard.map(item)}</ul>
          </div>
        </div>
      )}
      {soft.length > 0 && (
        <Details summary={`${soft.length} warning${soft.length === 1 ? '' : 's'} (the rota can be published with these)`}>
          <ul className="nhsuk-list nhsuk-list--bullet">{soft.map(item)}</ul>
        </Details>
      )}
    </section>
  );
}
