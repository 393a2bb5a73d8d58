import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { Tag } from './tag.js';

describe('Tag', () => {
  it('renders the default blue tag with no modifier', () => {
    expect(renderToStaticMarkup(<Tag>Active</Tag>)).toBe('<strong class="nhsuk-tag">Active</strong>');
  });

  it('adds the NHS.UK colour modifier', () => {
    expect(renderToStaticMarkup(<Tag colour="red">Overdue</Tag>)).toBe('<strong class="nhsuk-tag nhsuk-tag--red">Overdue</strong>');
  });

  it('can drop the border', () => {
    expect(renderToStaticMarkup(<Tag colour="grey" border={false}>Bank</Tag>)).toContain('nhsuk-tag--grey nhsuk-tag--no-border');
  });
});
