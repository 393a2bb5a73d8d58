import { useEffect, useState } from 'react';

/**
 * Becomes true when the browser starts printing (Ctrl+P or its menu) and stays true. A print
 * started that way does not wait for data, so the charts not yet loaded print a note instead
 * (see KpiChartPanel); they load meanwhile, so the next print has them all. The dashboard's own
 * "Print or save as PDF" button loads every chart first.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (printing) return;
    const start = () => setPrinting(true);
    window.addEventListener('beforeprint', start);
    return () => window.removeEventListener('beforeprint', start);
  }, [printing]);
  return printing;
}
