import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { GapHeatmap } from './gap-heatmap.js';

describe('GapHeatmap', () => {
  const columns = [
    { key: 'd1', heading: 'Fri 28' },
    { key: 'd2', heading: 'Sat 29', marker: 'weekend' as const },
  ];
  const rows = [
    {
      key: 'ae-eve',
      heading: 'AE-EVE',
      cells: [
        { level: 'severe' as const, text: '−1', description: 'Fri 28: 1 short of the minimum' },
        { level: 'ok' as const, text: '✓', description: 'Sat 29: covered' },
      ],
      total: 1,
    },
  ];

  it('gives every cell text and a spoken description besides its colour', () => {
    const html = renderToStaticMarkup(<GapHeatmap caption="Gaps" cornerHeading="Shift" columns={columns} rows={rows} legend={[{ level: 'severe', label: 'Below minimum' }]} label="Gap heatmap" />);
    expect(html).toContain('<td class="rr-heatmap__cell rr-heatmap__cell--severe" title="Fri 28: 1 short of the minimum"><span aria-hidden="true">−1</span><span class="nhsuk-u-visually-hidden">Fri 28: 1 short of the minimum</span></td>');
    expect(html).toContain('rr-rota-grid__day--weekend">Sat 29</th>');
    expect(html).toContain('<th scope="row" class="rr-rota-grid__heading">AE-EVE</th>');
  });

  it('adds a total column and row when given, and a legend of the levels used', () => {
    const html = renderToStaticMarkup(
      <GapHeatmap caption="Gaps" cornerHeading="Shift" columns={columns} rows={rows} columnTotals={[1, 0]} totalHeading="Short" legend={[{ level: 'severe', label: 'Below minimum' }, { level: 'ok', label: 'Covered' }]} label="Gap heatmap" />,
    );
    expect(html).toContain('<th scope="col">Short</th>');
    expect(html).toContain('<td class="rr-heatmap__total">1</td>');
    expect(html).toContain('<tfoot><tr><th scope="row" class="rr-rota-grid__heading">Short</th>');
    expect(html).toContain('<ul class="rr-heatmap__legend" aria-label="Key"><li><span class="rr-heatmap__swatch rr-heatmap__cell--severe" aria-hidden="true"></span>Below minimum</li><li>');
  });
});
