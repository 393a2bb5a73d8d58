import { useEffect, useRef } from 'react';
import { formatNumber } from '../../../format/format-number';
import { type ImportRefusedError } from '../api/upload-import';

/** A refused file: an NHS.UK error summary saying nothing was imported, then every line error in a table. */
export function ImportRefused({ fileName, error }: { fileName: string; error: ImportRefusedError }) {
  const shown = error.errors.length;
  const summary = useRef<HTMLDivElement>(null);
  // Focus the summary when a refusal arrives, so screen readers announce it (NHS.UK error summary).
  useEffect(() => summary.current?.focus(), [error]);
  return (
    <>
      <div className="nhsuk-error-summary" tabIndex={-1} ref={summary}>
        <div role="alert">
          <h2 className="nhsuk-error-summary__heading">
            {fileName} was not imported
          </h2>
          <div className="nhsuk-error-summary__body">
            <p>
              Nothing was imported: {error.errorCount === 1 ? 'one line has a problem' : `${formatNumber(error.errorCount)} problems were found`}.
              Correct {error.errorCount === 1 ? 'it' : 'them'} in the file and upload it again.
            </p>
            {error.errors.length === 0 && <p>{error.message}</p>}
          </div>
        </div>
      </div>
      {shown > 0 && (
        <div className="nhsuk-table-container">
          <table className="nhsuk-table nhsuk-table--compact">
            <caption className="nhsuk-table__caption nhsuk-table__caption--m">
              {shown < error.errorCount ? `The first ${shown} of ${formatNumber(error.errorCount)} problems` : 'Problems in the file'}
            </caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Line</th>
                <th scope="col" className="nhsuk-table__header">Column</th>
                <th scope="col" className="nhsuk-table__header">Problem</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {error.errors.map((lineError, index) => (
                <tr key={`${lineError.line}-${lineError.field}-${index}`} className="nhsuk-table__row">
                  <th scope="row" className="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {lineError.line}
                  </th>
                  <td className="nhsuk-table__cell">
                    <code>{lineError.field || '–'}</code>
                  </td>
                  <td className="nhsuk-table__cell">{lineError.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
