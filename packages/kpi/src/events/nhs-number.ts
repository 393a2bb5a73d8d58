/**
 * True when `text` is a valid NHS number (10 digits, spaces allowed, Modulus 11 check digit:
 * NHS Digital Data Dictionary, "NHS Number", in force since 1996). Used to refuse a patient
 * identifier where a pseudonymised record id belongs.
 *
 * @example looksLikeNhsNumber('943 476 5919') // true
 */
export function looksLikeNhsNumber(text: string): boolean {
  const digits = text.replace(/\s/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
