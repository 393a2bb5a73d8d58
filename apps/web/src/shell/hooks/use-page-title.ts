import { useEffect } from 'react';

/**
 * Sets the browser tab title the NHS.UK way: "Page – Recordroom – NHS", prefixed "Error: " while
 * the page shows form errors, so screen reader users hear about them on arrival.
 */
export function usePageTitle(title: string, options: { error?: boolean } = {}): void {
  const error = options.error ?? false;
  useEffect(() => {
    document.title = `${error ? 'Error: ' : ''}${title} – Recordroom – NHS`;
  }, [title, error]);
}
