import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { KpiSummaryTable, type KpiSummaryTableRow } from './kpi-summary-table.js';
import { Sparkline } from './sparkline.js';

function aRow(overrides: Partial<KpiSummaryTableRow> = {}): KpiSummaryTableRow {
  return {
    id: 'clinic-availability-percent',
    name: 'Notes available at clinic start',
    unit: 'percent',
    latest: { period: '2025-05-12', value: 98.46 },
    target: 99,
    targetStatus: 'unverified',
    variationIcon: 'improvement-high',
    assuranceIcon: 'inconsistent',
    href: '/kpi#clinic-availability-percent',
    ...overrides,
  };
}

describe('KpiSummaryTable', () => {
  it('lists each KPI with its latest value in its unit, its period and its target', () => {
    const html = renderToStaticMarkup(<KpiSummaryTable caption="Service KPIs" rows={[aRow()]} />);
    expect(html).toContain('<a class="nhsuk-link" href="/kpi#clinic-availability-percent">Notes available at clinic start</a>');
    expect(html).toContain('98.5%');
    expect(html).toContain('12 May 2025');
    expect(html).toContain('99%');
    expect(html).toContain('Local default');
  });

  it('shows both Making Data Count icons with their meanings', () => {
    const html = renderToStaticMarkup(<KpiSummaryTable caption="Service KPIs" rows={[aRow()]} />);
    expect(html).toContain('aria-label="Special cause variation – improving (high)"');
    expect(html).toContain('aria-label="Assurance – the target will be hit and missed at random"');
  });

  it('says when there is no target rather than leaving a blank', () => {
    const html = renderToStaticMarkup(
      <KpiSummaryTable caption="Service KPIs" rows={[aRow({ id: 'nf', name: 'Requests not found', target: null, targetStatus: null, assuranceIcon: null })]} />,
    );
    expect(html).toContain('None set');
    expect(html).toContain('No target');
  });

  it('shows a facet under the KPI name and times in hours when long', () => {
    const html = renderToStaticMarkup(
      <KpiSummaryTable
        caption="Service KPIs"
        rows={[aRow({ id: 'p90:routine', name: 'Retrieval time, 90th percentile', qualifier: 'Routine requests', unit: 'minutes', latest: { period: '2025-05-12', value: 1800 }, target: 2880 })]}
      />,
    );
    expect(html).toContain('Routine requests');
    expect(html).toContain('30 hours');
    expect(html).toContain('48 hours');
  });

  it('links through the caller’s router when given one', () => {
    const html = renderToStaticMarkup(
      <KpiSummaryTable caption="Service KPIs" rows={[aRow()]} renderLink={(row, name) => <a data-router="yes" href={`/app${row.href ?? ''}`}>{name}</a>} />,
    );
    expect(html).toContain('data-router="yes" href="/app/kpi#clinic-availability-percent"');
  });

  it('adds a decorative sparkline column when asked', () => {
    const html = renderToStaticMarkup(<KpiSummaryTable caption="Service KPIs" rows={[aRow({ sparkline: [97, 98, 99] })]} sparklines />);
    expect(html).toContain('>Trend</th>');
    expect(html).toContain('class="recordroom-sparkline"');
  });

  it('says there is no data instead of an empty table', () => {
    const html = renderToStaticMarkup(<KpiSummaryTable caption="Service KPIs" rows={[]} />);
    expect(html).toContain('There is no KPI data for this period.');
    expect(html).not.toContain('<table');
  });
});

describe('Sparkline', () => {
  it('draws the series as a hidden line, lowest value at the bottom', () => {
    const html = renderToStaticMarkup(<Sparkline values={[0, 10]} width={100} height={20} />);
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain('points="3.0,17.0 97.0,3.0"');
  });

  it('draws nothing for an empty series', () => {
    expect(renderToStaticMarkup(<Sparkline values={[]} />)).toBe('');
  });
});
