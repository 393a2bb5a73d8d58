import type { StaffSummaryDto } from '@recordroom/contracts';
import { KeyFigure, KeyFigureGroup } from '@recordroom/ui';
import { formatNumber } from '../../../format/format-number';

/** Headcount, whole-time equivalent and part-time headcount, each with its definition. */
export function HeadlineFigures({ summary, scope }: { summary: StaffSummaryDto; scope: string }) {
  return (
    <section aria-labelledby="headline-figures">
      <h2 id="headline-figures" className="nhsuk-u-visually-hidden">
        Headline figures
      </h2>
      <KeyFigureGroup columns={3}>
        <KeyFigure label="Headcount" value={formatNumber(summary.headcount, 0)} description={`People with a staff record in ${scope}`} />
        <KeyFigure
          label="Whole-time equivalent"
          value={formatNumber(summary.wholeTimeEquivalent)}
          description="Contracted hours a week divided by the 37.5-hour full-time week, added up"
        />
        <KeyFigure label="Part-time" value={formatNumber(summary.partTimeHeadcount, 0)} description="People contracted for fewer than 37.5 hours a week" />
      </KeyFigureGroup>
    </section>
  );
}
