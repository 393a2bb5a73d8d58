import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { KeyFigure } from './key-figure.js';
import { KeyFigureGroup } from './key-figure-group.js';

describe('KeyFigure', () => {
  it('shows the label as a heading and the value as given', () => {
    const html = renderToStaticMarkup(<KeyFigure label="Headcount" value="42" description="People in post" />);
    expect(html).toContain('<h3 class="nhsuk-card__heading nhsuk-heading-xs nhsuk-u-margin-bottom-2">Headcount</h3>');
    expect(html).toContain('<p class="nhsuk-heading-xl nhsuk-u-margin-bottom-1">42</p>');
    expect(html).toContain('People in post');
  });

  it('takes the heading level of the page outline', () => {
    expect(renderToStaticMarkup(<KeyFigure label="WTE" value="31.4" headingLevel={2} />)).toContain('<h2 ');
  });
});

describe('KeyFigureGroup', () => {
  it('lays figures out as a list of equal columns', () => {
    const html = renderToStaticMarkup(
      <KeyFigureGroup columns={2}>
        <KeyFigure label="A" value="1" />
        <KeyFigure label="B" value="2" />
      </KeyFigureGroup>,
    );
    expect(html.startsWith('<ul class="nhsuk-grid-row nhsuk-card-group">')).toBe(true);
    expect(html.match(/<li class="nhsuk-grid-column-one-half nhsuk-card-group__item">/g)).toHaveLength(2);
  });
});
