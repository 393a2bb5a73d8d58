import { NhsukIcon } from '../icon/nhsuk-icon.js';
import { PageLink } from './page-link.js';
import { pageItems } from './page-items.js';

export interface PaginationProps {
  /** Zero-based index of the page shown. */
  pageIndex: number;
  pageCount: number;
  onPageChange: (pageIndex: number) => void;
  /**
   * The address of a page, when pages have addresses (for example a query string). Links then
   * open in a new tab as links should; a plain click still calls `onPageChange`.
   */
  getPageHref?: (pageIndex: number) => string;
  /** Accessible name of the navigation landmark. */
  label?: string;
}

/**
 * NHS.UK numbered pagination: previous and next links, the first, last and nearby pages, with
 * ellipses for the gaps. Renders nothing when everything fits on one page.
 */
export function Pagination({ pageIndex, pageCount, onPageChange, getPageHref, label = 'Pagination' }: PaginationProps) {
  if (pageCount <= 1 && pageIndex < pageCount) return null;
  const linkProps = { onPageChange, getPageHref };
  // From past the end (an old link to page 9 of a list now 3 pages long), "previous" is the last page.
  const previousIndex = Math.min(pageIndex, pageCount) - 1;
  return (
    <nav className="nhsuk-pagination nhsuk-pagination--numbered" role="navigation" aria-label={label}>
      {previousIndex >= 0 && (
        <PageLink pageIndex={previousIndex} className="nhsuk-pagination__previous" rel="prev" {...linkProps}>
          <NhsukIcon name="arrow-left" />
          <span className="nhsuk-pagination__title">
            Previous<span className="nhsuk-u-visually-hidden"> page</span>
          </span>
        </PageLink>
      )}
      <ul className="nhsuk-pagination__list">
        {pageItems(pageIndex, pageCount).map((item) =>
          item.kind === 'ellipsis' ? (
            <li key={item.key} className="nhsuk-pagination__item nhsuk-pagination__item--ellipsis">
              {'\u22EF' /* ⋯, as nhsuk-frontend's &ctdot; */}
            </li>
          ) : (
            <li
              key={item.pageIndex}
              className={`nhsuk-pagination__item${item.current ? ' nhsuk-pagination__item--current' : ''}`}
            >
              <PageLink
                pageIndex={item.pageIndex}
                className="nhsuk-pagination__link"
                ariaLabel={`Page ${item.pageIndex + 1}`}
                current={item.current}
                {...linkProps}
              >
                {item.pageIndex + 1}
              </PageLink>
            </li>
          ),
        )}
      </ul>
      {pageIndex < pageCount - 1 && (
        <PageLink pageIndex={pageIndex + 1} className="nhsuk-pagination__next" rel="next" {...linkProps}>
          <span className="nhsuk-pagination__title">
            Next<span className="nhsuk-u-visually-hidden"> page</span>
          </span>
          <NhsukIcon name="arrow-right" />
        </PageLink>
      )}
    </nav>
  );
}
