import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { Checkboxes } from './checkboxes.js';
import { DateInput } from './date-input.js';
import { Radios } from './radios.js';
import { Select } from './select.js';
import { TextInput } from './text-input.js';

const ignore = () => undefined;

/** The opening tag of the element with this id (attribute order is React's business). */
function tagWithId(html: string, id: string): string {
  return new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? '';
}

describe('TextInput', () => {
  it('labels the input and describes it by its hint', () => {
    const html = renderToStaticMarkup(<TextInput id="email" label="Email address" hint="Your NHS email" value="" onChange={ignore} />);
    expect(html).toContain('<label class="nhsuk-label" for="email">Email address</label>');
    expect(html).toContain('aria-describedby="email-hint"');
    expect(html).not.toContain('nhsuk-form-group--error');
  });

  it('shows an inline error between the label and the input and links it for screen readers', () => {
    const html = renderToStaticMarkup(<TextInput id="email" label="Email address" error="Enter your email address" value="" onChange={ignore} />);
    expect(html).toContain('nhsuk-form-group nhsuk-form-group--error');
    expect(html).toContain('<span class="nhsuk-error-message" id="email-error"><span class="nhsuk-u-visually-hidden">Error:</span> Enter your email address</span>');
    expect(html).toContain('class="nhsuk-input nhsuk-input--error"');
    expect(html).toContain('aria-describedby="email-error"');
    expect(html.indexOf('</label>')).toBeLessThan(html.indexOf('nhsuk-error-message'));
    expect(html.indexOf('nhsuk-error-message')).toBeLessThan(html.indexOf('<input'));
  });
});

describe('Select', () => {
  it('offers an empty first option and marks the chosen one', () => {
    const html = renderToStaticMarkup(
      <Select id="band" label="Band" value="3" onChange={ignore} emptyOption="Any band" options={[{ value: '2', label: 'Band 2' }, { value: '3', label: 'Band 3' }]} />,
    );
    expect(html).toContain('<option value="">Any band</option>');
    expect(html).toContain('<option value="3" selected="">Band 3</option>');
  });
});

describe('Checkboxes', () => {
  it('gives the first box the group id so an error summary link lands on it', () => {
    const html = renderToStaticMarkup(
      <Checkboxes id="skills" legend="Skills" values={['b']} onChange={ignore} options={[{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }]} />,
    );
    expect(tagWithId(html, 'skills')).toContain('value="a"');
    expect(tagWithId(html, 'skills')).not.toContain('checked');
    expect(tagWithId(html, 'skills-2')).toContain('value="b"');
    expect(tagWithId(html, 'skills-2')).toContain('checked=""');
    expect(html).toContain('<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Skills</legend>');
  });
});

describe('Radios', () => {
  it('checks the chosen option only', () => {
    const html = renderToStaticMarkup(
      <Radios id="optOut" legend="Opted out?" value="yes" onChange={ignore} inline options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} />,
    );
    expect(html).toContain('class="nhsuk-radios nhsuk-radios--inline"');
    expect(html.match(/checked=""/g)).toHaveLength(1);
    expect(tagWithId(html, 'optOut')).toContain('checked=""');
  });
});

describe('DateInput', () => {
  it('renders day, month and year boxes in a group, with the day box first', () => {
    const html = renderToStaticMarkup(
      <DateInput id="dbsCheckDate" legend="DBS check date" error="Enter a real date" value={{ day: '1', month: '2', year: '2024' }} onChange={ignore} />,
    );
    expect(html).toContain('<fieldset class="nhsuk-fieldset" role="group" aria-describedby="dbsCheckDate-error">');
    expect(html.indexOf('id="dbsCheckDate-day"')).toBeLessThan(html.indexOf('id="dbsCheckDate-month"'));
    expect(html).toContain('value="2024"');
    expect(html.match(/nhsuk-input--error/g)).toHaveLength(3);
  });
});
