import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { RotaGrid, RotaGridRow } from './rota-grid.js';

const columns = [
  { key: '2026-08-29', heading: 'Sat 29', marker: 'weekend' as const },
  { key: '2026-08-31', heading: 'Mon 31 bank holiday', marker: 'holiday' as const },
];

describe('RotaGrid', () => {
  it('is a captioned table with column headings for the dates, in a scrollable keyboard-reachable region', () => {
    const html = renderToStaticMarkup(
      <RotaGrid caption="Rota, August" cornerHeading="Staff" columns={columns} label="Rota grid">
        <RotaGridRow heading="Ann Smith" cells={[{ key: 'a', content: 'E', marker: 'weekend' }, { key: 'b', content: '' }]} />
      </RotaGrid>,
    );
    expect(html.startsWith('<div class="rr-rota-grid" role="region" aria-label="Rota grid" tabindex="0"><table')).toBe(true);
    expect(html).toContain('<caption class="rr-rota-grid__caption">Rota, August</caption>');
    expect(html).toContain('<th scope="col" class="rr-rota-grid__corner">Staff</th>');
    expect(html).toContain('<th scope="col" class="rr-rota-grid__day rr-rota-grid__day--weekend">Sat 29</th>');
    expect(html).toContain('rr-rota-grid__day--holiday">Mon 31 bank holiday</th>');
    expect(html).toContain('<th scope="row" class="rr-rota-grid__heading">Ann Smith</th>');
    expect(html).toContain('<td class="rr-rota-grid__cell rr-rota-grid__cell--weekend">E</td>');
    expect(html).not.toContain('<tfoot');
  });

  it('puts footer rows in a tfoot that stays in view', () => {
    const html = renderToStaticMarkup(
      <RotaGrid caption="Rota" cornerHeading="Staff" columns={columns} label="Rota" footer={<RotaGridRow heading="Gaps" cells={[{ key: 'a', content: 'AE-EVE −1' }, { key: 'b', content: '' }]} />}>
        {null}
      </RotaGrid>,
    );
    expect(html).toContain('<tfoot class="rr-rota-grid__footer"><tr><th scope="row" class="rr-rota-grid__heading">Gaps</th><td class="rr-rota-grid__cell">AE-EVE −1</td>');
  });
});
