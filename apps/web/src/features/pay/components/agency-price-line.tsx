import { formatDuration } from '@recordroom/rota';
import { formatPence } from '../../../format/format-pence';
import { useAgencyPrice } from '../hooks/use-agency-price';
import { bandLabel } from '../pay-vocabulary';

/** Beside the candidates: what the trust's agency rate card would charge for the shift, band by band. */
export function AgencyPriceLine({ periodId, shiftId }: { periodId: string; shiftId: string }) {
  const price = useAgencyPrice(periodId, shiftId);
  if (!price.data) return null;
  if (price.data.rates.length === 0) return <p className="nhsuk-body-s">Agency cover is not priced: no agency rate card has been entered for the trust.</p>;
  return (
    <p className="nhsuk-body-s">
      <strong>Agency</strong> (the trust’s rate card, {formatDuration(price.data.paidMinutes)} paid):{' '}
      {price.data.rates.map((r) => `${bandLabel(r.band)} ${formatPence(r.pence)} (${formatPence(r.pencePerHour)} an hour)`).join('; ')}.
    </p>
  );
}
