import { seededRandom } from '../solve/seeded-random.js';

export interface SyntheticCurtoisOptions {
  days: number;
  staff: number;
  shiftTypes: number;
  seed: number;
  /**
   * 'planted': the limits are set around a roster the generator draws first, so a roster with no
   * hard breach exists; 'loose': minimum hours and runs are 0 or 1, so the empty roster has none.
   */
  limits: 'planted' | 'loose';
}

const LENGTHS = [480, 600, 720] as const;

/**
 * An instance in the Curtois & Qu text format (FORMAT.md), drawn at random with the published
 * set's structure: shift types with start times and the 14-hour rest behind CannotFollow (so a
 * type may not follow itself when it is long), per-type limits with some zeros (skills), total
 * minutes, consecutive-day limits, weekends, days off, on and off requests, and one cover line
 * per day and shift with weights 100 and 1. With 'planted' limits, a drawn roster satisfies every
 * hard rule. CRLF line endings, as the published files.
 *
 * @example parseCurtoisInstance(syntheticCurtoisInstance({ days: 364, staff: 150, shiftTypes: 32, seed: 1, limits: 'planted' }))
 */
export function syntheticCurtoisInstance(options: SyntheticCurtoisOptions): string {
  const { days, staff, shiftTypes, seed, limits } = options;
  const random = seededRandom(seed);
  const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const shiftIds = Array.from({ length: shiftTypes }, (_, i) => (shiftTypes <= 4 ? ['E', 'D', 'L', 'N'][i]! : `${['e', 'd', 'l', 'n'][i % 4]!}${Math.floor(i / 4) + 1}`));
  const shifts = shiftIds.map((id, i) => ({ id, start: [360, 480, 840, 1260][i % 4]! + int(-2, 2) * 30, length: LENGTHS[int(0, 2)]! }));
  if (shifts.every((s) => s.length > 600)) shifts[0]!.length = 480;
  const cannotFollow = shifts.map((s) => shifts.filter((t) => 1440 + t.start - (s.start + s.length) < 840).map((t) => t.id));
  const employeeIds = Array.from({ length: staff }, (_, i) => columnName(i));

  // A roster drawn first: blocks of 2-5 days of one type that may follow itself (at most 600
  // minutes long), then 2-3 days off; each person works a few types.
  const repeatable = shifts.map((s, t) => (s.length <= 600 ? t : -1)).filter((t) => t >= 0);
  const roster = employeeIds.map(() => {
    const types = shifts.map((_, t) => t).filter(() => random() < Math.min(1, 3 / shiftTypes + 0.2));
    const blockTypes = types.filter((t) => repeatable.includes(t));
    if (blockTypes.length === 0) {
      const t = repeatable[int(0, repeatable.length - 1)]!;
      blockTypes.push(t);
      if (!types.includes(t)) types.push(t);
    }
    const row: number[] = new Array<number>(days).fill(-1);
    let d = int(0, 2);
    while (d < days) {
      const work = int(2, 5);
      const type = blockTypes[int(0, blockTypes.length - 1)]!;
      for (let k = 0; k < work && d < days; k += 1, d += 1) row[d] = type;
      d += int(2, 3);
    }
    return { row, types };
  });

  const lines: string[] = ['# Synthetic instance in the Curtois & Qu format (generated for tests)', 'SECTION_HORIZON', '# days', String(days), '', 'SECTION_SHIFTS', '# ShiftID, Length in mins, Shifts which cannot follow this shift | separated'];
  shifts.forEach((s, i) => lines.push(`${s.id},${s.length},${cannotFollow[i]!.join('|')}`));
  lines.push('', 'SECTION_STAFF', '# ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends');
  const daysOff: number[][] = [];
  employeeIds.forEach((id, e) => {
    const { row, types } = roster[e]!;
    const worked = row.filter((t) => t >= 0);
    const minutes = worked.reduce((sum, t) => sum + shifts[t]!.length, 0);
    const counts = shifts.map((_, t) => worked.filter((w) => w === t).length);
    const max = shifts.map((_, t) => (!types.includes(t) ? 0 : random() < 0.3 ? counts[t]! + int(0, 2) : days));
    let weekends = 0;
    for (let w = 0; w + 6 < days; w += 7) if (row[w + 5]! >= 0 || row[w + 6]! >= 0) weekends += 1;
    const planted = limits === 'planted';
    lines.push(
      [
        id,
        shiftIds.map((s, t) => `${s}=${max[t]!}`).join('|'),
        planted ? minutes + int(0, 2) * 480 : minutes + days * 120,
        planted ? Math.max(0, minutes - int(0, 2) * 480) : 0,
        planted ? 5 : int(4, 6),
        planted ? 2 : 1,
        planted ? 2 : 1,
        planted ? weekends + int(0, 1) : int(1, Math.ceil(days / 14)),
      ].join(','),
    );
    const off = row.map((t, d) => (t < 0 ? d : -1)).filter((d) => d >= 0);
    const chosen = new Set<number>();
    const wanted = Math.min(off.length, int(1, 3));
    while (chosen.size < wanted) chosen.add(off[int(0, off.length - 1)]!);
    daysOff.push([...chosen].sort((a, b) => a - b));
  });
  lines.push('', 'SECTION_DAYS_OFF', '# EmployeeID, DayIndexes (start at zero)');
  employeeIds.forEach((id, e) => lines.push([id, ...daysOff[e]!].join(',')));
  lines.push('', 'SECTION_SHIFT_ON_REQUESTS', '# EmployeeID, Day, ShiftID, Weight');
  const offLines: string[] = [];
  employeeIds.forEach((id, e) => {
    const { row, types } = roster[e]!;
    for (let d = 0; d < days; d += 1) {
      if (daysOff[e]!.includes(d)) continue;
      const r = random();
      if (r < 0.06) lines.push(`${id},${d},${shiftIds[row[d]! >= 0 ? row[d]! : types[0]!]!},${int(1, 3)}`);
      else if (r < 0.12) offLines.push(`${id},${d},${shiftIds[types[int(0, types.length - 1)]!]!},${int(1, 3)}`);
    }
  });
  lines.push('', 'SECTION_SHIFT_OFF_REQUESTS', '# EmployeeID, Day, ShiftID, Weight', ...offLines);
  lines.push('', 'SECTION_COVER', '# Day, ShiftID, Requirement, Weight for under, Weight for over');
  for (let d = 0; d < days; d += 1) {
    shifts.forEach((_, t) => {
      const planted = roster.filter((r) => r.row[d] === t).length;
      lines.push(`${d},${shiftIds[t]!},${Math.max(0, planted + int(-1, 2))},100,1`);
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Spreadsheet-style column names, as the instances' employee ids: A ... Z, AA ... */
function columnName(index: number): string {
  let name = '';
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}
