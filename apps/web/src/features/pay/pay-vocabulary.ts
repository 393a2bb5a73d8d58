import type { AfcBand } from '@recordroom/people';

export function bandLabel(band: AfcBand): string {
  return `Band ${band}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2026-11' → 'November 2026', or 'Nov 26' for an axis. */
export function monthLabel(month: string, options: { short?: boolean } = {}): string {
  const name = MONTHS[Number(month.slice(5, 7)) - 1] ?? month;
  return options.short ? `${name.slice(0, 3)} ${month.slice(2, 4)}` : `${name} ${month.slice(0, 4)}`;
}

/** WTE to two places, as the establishment holds it. */
export function wteLabel(wte: number): string {
  return wte.toLocaleString('en-GB', { maximumFractionDigits: 2 });
}

/** The colours of the cost charts: NHS identity blues and the secondary palette, told apart also by the legend and the tables. */
export const PAY_COLOURS = {
  budget: '#212b32',
  actual: '#005eb8',
  forecast: '#41b6e6',
  basic: '#005eb8',
  nationalInsurance: '#41b6e6',
  pension: '#00a499',
  levy: '#ffb81c',
} as const;
