import { type MouseEvent, type ReactNode } from 'react';

/** A click that the browser should handle itself: new tab, new window, download. */
function isModifiedClick(event: MouseEvent): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

export interface PageLinkProps {
  pageIndex: number;
  className: string;
  children: ReactNode;
  ariaLabel?: string;
  current?: boolean;
  rel?: 'prev' | 'next';
  onPageChange: (pageIndex: number) => void;
  getPageHref?: (pageIndex: number) => string;
}

/** One link of the pagination: an anchor when pages have addresses, a link-styled button otherwise. */
export function PageLink({ pageIndex, className, children, ariaLabel, current, rel, onPageChange, getPageHref }: PageLinkProps) {
  if (getPageHref) {
    return (
      <a
        className={className}
        href={getPageHref(pageIndex)}
        rel={rel}
        aria-label={ariaLabel}
        aria-current={current ? 'page' : undefined}
        onClick={(event) => {
          if (isModifiedClick(event)) return;
          event.preventDefault();
          onPageChange(pageIndex);
        }}
      >
        {children}
      </a>
    );
  }
  return (
    <button
      type="button"
      className={`nhsuk-link ${className}`}
      aria-label={ariaLabel}
      aria-current={current ? 'page' : undefined}
      onClick={() => onPageChange(pageIndex)}
    >
      {children}
    </button>
  );
}
