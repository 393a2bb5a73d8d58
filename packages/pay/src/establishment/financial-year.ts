import { type IsoDate } from '@recordroom/calendar';

/** An NHS financial year, 1 April to 31 March, named '2025/26'. */
export type FinancialYear = string;

/** '2025/26' → { start: '2025-04-01', end: '2026-03-31' }; throws for anything else. */
export function financialYearDates(year: FinancialYear): { start: IsoDate; end: IsoDate } {
  const match = /^(\d{4})\/(\d{2})$/.exec(year);
  const first = match ? Number(match[1]) : NaN;
  if (!match || Number(match[2]) !== (first + 1) % 100) throw new RangeError(`Not a financial year such as 2025/26: ${year}`);
  return { start: `${first}-04-01`, end: `${first + 1}-03-31` };
}

/** The financial year a date falls in: '2026-03-31' → '2025/26'. */
export function financialYearOf(date: IsoDate): FinancialYear {
  const year = Number(date.slice(0, 4));
  const first = date.slice(5) >= '04-01' ? year : year - 1;
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}

/** The twelve months of a financial year as 'yyyy-mm', April first. */
export function monthsOf(year: FinancialYear): string[] {
  const { start } = financialYearDates(year);
  const first = Number(start.slice(0, 4));
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((3 + i) % 12) + 1;
    return `${month >= 4 ? first : first + 1}-${String(month).padStart(2, '0')}`;
  });
}
