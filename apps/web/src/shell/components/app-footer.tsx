/** The NHS.UK footer. */
export function AppFooter({ organisationName }: { organisationName: string | null }) {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <p className="nhsuk-body-s">
            Recordroom: workforce and service management for health records{organisationName ? ` at ${organisationName}` : ''}.
          </p>
          <p className="nhsuk-body-s">Open-source software under the MIT licence.</p>
        </div>
      </div>
    </footer>
  );
}
