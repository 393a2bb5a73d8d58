import { describe, expect, it } from '@jest/globals';
import { spc } from '@recordroom/kpi';
import { renderToStaticMarkup } from 'react-dom/server';
import { rebasePeriods, spcChartRows } from './spc-chart-rows.js';
import { SpcChart } from './spc-chart.js';
import { spcChartSummary } from './spc-chart-summary.js';

/** Weekly period starts (Mondays) from 6 January 2025. */
function weeks(values: number[]) {
  return values.map((value, index) => ({ period: new Date(Date.UTC(2025, 0, 6 + 7 * index)).toISOString().slice(0, 10), value }));
}

// The README example of @recordroom/kpi: availability rising above its old limits from week 13.
const availability = spc(
  weeks([98.1, 98.6, 97.9, 98.4, 98.8, 98.2, 98.5, 98.0, 98.7, 98.3, 98.6, 98.1, 99.6, 99.5, 99.7, 99.4, 99.8, 99.6, 99.7]),
  { improvementDirection: 'increase', target: 99 },
);

describe('spcChartRows', () => {
  it('keeps every point’s value, limits and colour class as the SPC result has them', () => {
    const rows = spcChartRows(availability);
    expect(rows).toHaveLength(19);
    // The first twelve weeks sit below the mean of all nineteen: a seven-point shift, of concern.
    expect(rows[0]).toMatchObject({ period: '2025-01-06', value: 98.1, segment: 0, pointType: 'special-cause-concern' });
    expect(rows.at(-1)).toMatchObject({ pointType: 'special-cause-improvement', specialCause: '2 in 3 Above CL' });
    expect(rows.every((row, index) => row.upl === availability.points[index]?.upl)).toBe(true);
  });

  it('names the periods where limits were recalculated', () => {
    const rebased = spc(weeks([5, 6, 5, 7, 6, 5, 9, 10, 9, 11, 10, 9]), { rebaseAt: ['2025-02-17'] });
    expect(rebasePeriods(rebased)).toEqual(['2025-02-17']);
    expect(spcChartRows(rebased).map((row) => row.segment)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
  });
});

describe('spcChartSummary', () => {
  it('says in words what the chart shows, icons included', () => {
    const summary = spcChartSummary(availability, 'percent');
    expect(summary).toContain('19 points from 6 Jan 2025 to 12 May 2025.');
    expect(summary).toContain('Latest 99.7% (12 May 2025).');
    expect(summary).toContain('Target 99%.');
    expect(summary).toContain('Special cause variation – improving (high).');
    expect(summary).toContain('Assurance – the target will be hit and missed at random.');
  });

  it('says when the limits are trial limits and when they were recalculated', () => {
    const rebased = spc(weeks([5, 6, 5, 7, 6, 5, 9, 10, 9, 11, 10, 9]), { rebaseAt: ['2025-02-17'], improvementDirection: 'decrease' });
    const summary = spcChartSummary(rebased, 'minutes');
    expect(summary).toContain('Limits recalculated from 17 Feb 2025.');
    expect(summary).toContain('Trial limits: only 6 points since the last recalculation.');
  });

  it('says there is no data rather than showing an empty chart', () => {
    expect(spcChartSummary(spc([]), 'count')).toBe('No data in this period.');
  });
});

describe('SpcChart', () => {
  const html = renderToStaticMarkup(
    <SpcChart title="Notes available at clinic start" description="Booked attendances with notes present" spc={availability} unit="percent" id="clinic" />,
  );

  it('is a titled, described region for assistive technology', () => {
    expect(html).toContain('aria-labelledby="clinic-title" aria-describedby="clinic-summary"');
    expect(html).toContain('<h3 class="nhsuk-heading-s nhsuk-u-margin-bottom-1" id="clinic-title">Notes available at clinic start</h3>');
    expect(html).toContain('Booked attendances with notes present');
  });

  it('shows the variation and assurance icons beside the title', () => {
    expect(html).toContain('data-icon="improvement-high"');
    expect(html).toContain('data-icon="inconsistent"');
  });

  it('keys its colours and lines in text, the target included', () => {
    expect(html).toContain('Special cause – improvement');
    expect(html).toContain('Special cause – concern');
    expect(html).toContain('Process limits');
    expect(html).toContain('Target');
  });

  it('has a visually hidden table of every point as its text alternative', () => {
    expect(html).toContain('<div class="nhsuk-u-visually-hidden"><table');
    expect(html).toContain('Notes available at clinic start: every point');
    expect(html.match(/<th scope="row"/g)).toHaveLength(19);
    expect(html).toContain('Special cause – improvement (2 in 3 Above CL)');
  });

  it('shows only the summary when there is no data', () => {
    const empty = renderToStaticMarkup(<SpcChart title="Loose filing backlog" spc={spc([])} unit="count" />);
    expect(empty).toContain('No data in this period.');
    expect(empty).not.toContain('<table');
  });
});
