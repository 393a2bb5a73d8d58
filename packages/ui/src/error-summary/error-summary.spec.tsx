import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { ErrorSummary } from './error-summary.js';

describe('ErrorSummary', () => {
  it('lists each error as a link to its field under an alert heading', () => {
    const html = renderToStaticMarkup(<ErrorSummary errors={[{ fieldId: 'email', text: 'Enter your email address' }]} />);
    expect(html).toContain('<div role="alert"><h2 class="nhsuk-error-summary__heading">There is a problem</h2>');
    expect(html).toContain('<a href="#email">Enter your email address</a>');
    expect(html).toContain('tabindex="-1"');
  });

  it('lists an error that belongs to no field as plain text', () => {
    const html = renderToStaticMarkup(<ErrorSummary errors={[{ text: 'You cannot change this record' }]} />);
    expect(html).toContain('<li>You cannot change this record</li>');
  });

  it('renders nothing when there are no errors', () => {
    expect(renderToStaticMarkup(<ErrorSummary errors={[]} />)).toBe('');
  });
});
