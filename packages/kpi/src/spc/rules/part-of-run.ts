/**
 * Marks every point of a run given the points where a run of `length` ends: point i is part of
 * a run when one ends at i or in the next `length − 1` points (R `ptd_part_of_seven_trend`).
 */
export function partOfRun(runEnds: readonly boolean[], length: number): boolean[] {
  return runEnds.map((_, i) => runEnds.slice(i, i + length).some(Boolean));
}
