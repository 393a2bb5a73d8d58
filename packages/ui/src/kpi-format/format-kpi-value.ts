import type { KpiUnit } from '@recordroom/kpi';

const numberFormats = new Map<number, Intl.NumberFormat>();

function grouped(value: number, maximumFractionDigits: number): string {
  let format = numberFormats.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits });
    numberFormats.set(maximumFractionDigits, format);
  }
  return format.format(value);
}

/**
 * A KPI figure in its unit, for reading: "97.4%", "38 min", "4.5 hours", "1,204", "3 working days".
 * Minutes of 2 hours or more read as hours. Presentation only: the figure itself comes from the
 * API or the domain package (this never rounds in a way that changes a comparison).
 *
 * @example formatKpiValue(2880, 'minutes') // '48 hours'
 */
export function formatKpiValue(value: number, unit: KpiUnit): string {
  switch (unit) {
    case 'percent':
      return `${grouped(value, 1)}%`;
    case 'minutes':
      return Math.abs(value) >= 120 ? `${grouped(value / 60, 1)} hours` : `${grouped(value, 0)} min`;
    case 'count':
      return grouped(value, 0);
    case 'working-days':
      return `${grouped(value, 1)} working ${value === 1 ? 'day' : 'days'}`;
  }
}

/**
 * The shorter form for chart axes: "97%", "38m", "4.5h", "1,204", "3d". Give `axisMax`, the
 * largest value on the axis, so every tick of one axis is in the same unit (all hours once the
 * axis reaches two hours).
 */
export function formatKpiTick(value: number, unit: KpiUnit, axisMax: number = value): string {
  switch (unit) {
    case 'percent':
      return `${grouped(value, 1)}%`;
    case 'minutes':
      return Math.abs(axisMax) >= 120 ? `${grouped(value / 60, 1)}h` : `${grouped(value, 0)}m`;
    case 'count':
      return grouped(value, 0);
    case 'working-days':
      return `${grouped(value, 1)}d`;
  }
}

const periodFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortPeriodFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * A period start (an ISO date such as a week's Monday) as "3 Mar 2025", or "3 Mar" with `short`.
 * Anything that is not an ISO date is shown as given.
 */
export function formatPeriod(period: string, options: { short?: boolean } = {}): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(period)) return period;
  const date = new Date(`${period.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return period;
  return (options.short ? shortPeriodFormat : periodFormat).format(date);
}
