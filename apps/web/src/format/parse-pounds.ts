/**
 * What someone typed as pounds, as whole pence, or null if it is not an amount: "1,234.5" →
 * 123450, "£12" → 1200, "0.07" → 7. Read as text (never through a float), at most two decimals,
 * never negative.
 */
export function parsePounds(text: string): number | null {
  const match = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const pounds = Number((match[1] ?? '').replaceAll(',', ''));
  const pence = Number((match[2] ?? '').padEnd(2, '0'));
  const total = pounds * 100 + pence;
  return Number.isSafeInteger(total) ? total : null;
}

/** Pence as the pounds a form shows to change: 123450 → "1234.50". */
export function poundsInput(pence: number): string {
  return `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
}
