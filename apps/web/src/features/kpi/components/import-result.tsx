import type { ImportResultDto } from '@recordroom/contracts';
import { SummaryList } from '@recordroom/ui';
import { formatNumber } from '../../../format/format-number';

/** What an import did: lines read, new events, and events already there from an earlier import. */
export function ImportResultPanel({ fileName, result }: { fileName: string; result: ImportResultDto }) {
  return (
    <div className="nhsuk-card nhsuk-card--feature" role="status">
      <div className="nhsuk-card__content nhsuk-card__content--feature">
        <h2 className="nhsuk-card__heading nhsuk-card__heading--feature">{fileName} was imported</h2>
        <SummaryList
          rows={[
            { key: 'Lines read', value: formatNumber(result.linesRead) },
            { key: 'New events imported', value: formatNumber(result.inserted) },
            { key: 'Already imported before', value: formatNumber(result.alreadyPresent) },
            { key: 'Time taken', value: result.durationMs < 1000 ? `${formatNumber(result.durationMs, 0)} ms` : `${formatNumber(result.durationMs / 1000, 1)} seconds` },
          ]}
        />
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">The KPI dashboard now includes these events.</p>
      </div>
    </div>
  );
}
