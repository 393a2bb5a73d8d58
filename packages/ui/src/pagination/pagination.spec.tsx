import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { Pagination } from './pagination.js';

const ignore = () => undefined;

describe('Pagination', () => {
  it('renders nothing for a single page', () => {
    expect(renderToStaticMarkup(<Pagination pageIndex={0} pageCount={1} onPageChange={ignore} />)).toBe('');
  });

  it('links pages by address when given one, marking the current page', () => {
    const html = renderToStaticMarkup(<Pagination pageIndex={1} pageCount={3} onPageChange={ignore} getPageHref={(i) => `?page=${i + 1}`} />);
    expect(html).toContain('<nav class="nhsuk-pagination nhsuk-pagination--numbered" role="navigation" aria-label="Pagination">');
    expect(html).toMatch(/<a class="nhsuk-pagination__previous" href="\?page=1" rel="prev">/);
    expect(html).toMatch(/<a class="nhsuk-pagination__next" href="\?page=3" rel="next">/);
    expect(html).toContain('aria-label="Page 2" aria-current="page"');
  });

  it('uses buttons styled as links when pages have no address', () => {
    const html = renderToStaticMarkup(<Pagination pageIndex={0} pageCount={2} onPageChange={ignore} />);
    expect(html).toContain('<button type="button" class="nhsuk-link nhsuk-pagination__link" aria-label="Page 2">2</button>');
    expect(html).not.toContain('nhsuk-pagination__previous');
  });

  it('offers the last page as "previous" from past the end', () => {
    const html = renderToStaticMarkup(<Pagination pageIndex={8} pageCount={3} onPageChange={ignore} getPageHref={(i) => `?page=${i + 1}`} />);
    expect(html).toMatch(/<a class="nhsuk-pagination__previous" href="\?page=3" rel="prev">/);
    expect(html).not.toContain('nhsuk-pagination__next');
  });
});
