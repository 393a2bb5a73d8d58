/** What shows while data loads: announced politely to screen readers. */
export function LoadingMessage({ children = 'Loading…' }: { children?: string }) {
  return (
    <p className="nhsuk-body nhsuk-u-secondary-text-colour" role="status">
      {children}
    </p>
  );
}
