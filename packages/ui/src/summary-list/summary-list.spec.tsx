import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { SummaryList } from './summary-list.js';

describe('SummaryList', () => {
  it('renders each row as a key and a value in a description list', () => {
    const html = renderToStaticMarkup(<SummaryList rows={[{ key: 'Band', value: '3' }]} />);
    expect(html).toBe(
      '<dl class="nhsuk-summary-list"><div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Band</dt><dd class="nhsuk-summary-list__value">3</dd></div></dl>',
    );
  });

  it('says a value is not recorded rather than leaving it blank', () => {
    const html = renderToStaticMarkup(<SummaryList rows={[{ key: 'DBS check', value: null }]} />);
    expect(html).toContain('<dd class="nhsuk-summary-list__value">Not recorded</dd>');
  });

  it('marks rows without an action when another row has one', () => {
    const html = renderToStaticMarkup(
      <SummaryList
        rows={[
          { key: 'Name', value: 'Ada', action: <a href="#name">Change</a> },
          { key: 'Band', value: '3' },
        ]}
      />,
    );
    expect(html).toContain('<dd class="nhsuk-summary-list__actions"><a href="#name">Change</a></dd>');
    expect(html).toContain('nhsuk-summary-list__row nhsuk-summary-list__row--no-actions');
  });
});
