/** `'a', 'b'`: a constant list for an SQL IN (...) check; values are our own constants, not input. */
export function sqlList(values: readonly string[]): string {
  return values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
}
