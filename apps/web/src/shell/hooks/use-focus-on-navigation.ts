import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * Moves focus to the given element (the main content) when the page changes, as a full page load
 * would: screen readers then start at the new content rather than at the link just followed.
 * Changes of query string only (sorting, paging, filters) leave focus where it is, and so does
 * the first page shown.
 */
export function useFocusOnNavigation(target: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const focusedFor = useRef(pathname);
  useEffect(() => {
    if (focusedFor.current === pathname) return;
    focusedFor.current = pathname;
    target.current?.focus();
  }, [pathname, target]);
}
