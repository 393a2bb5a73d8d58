import type { DemandHourDto } from '@recordroom/contracts';
import { WEEKDAY_NAMES } from './kpi-vocabulary';

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** One weekday's under-staffed hours as runs: "01:00 to 07:00" is the hours 01 to 06. */
function runsOf(hours: readonly DemandHourDto[]): string[] {
  const short = hours.filter((hour) => hour.status === 'under-staffed').map((hour) => hour.hour).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < short.length; ) {
    let j = i;
    while (j + 1 < short.length && short[j + 1] === (short[j] as number) + 1) j += 1;
    runs.push(`${hourLabel(short[i] as number)} to ${hourLabel((short[j] as number) + 1 === 24 ? 0 : (short[j] as number) + 1)}`);
    i = j + 1;
  }
  return runs;
}

/**
 * The under-staffed hours in words, weekdays with the same hours joined ("Monday to Friday:
 * 01:00 to 07:00"), so the heatmap's finding can be read without the grid or its colours.
 */
export function understaffedHoursInWords(hours: readonly DemandHourDto[]): string[] {
  const days = WEEKDAY_NAMES.map((name, index) => ({ name, runs: runsOf(hours.filter((hour) => hour.weekday === index + 1)).join(', ') }));
  const lines: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && days[j + 1]?.runs === days[i]?.runs) j += 1;
    const first = days[i];
    const last = days[j];
    const names = i === j ? first?.name : j === i + 1 ? `${first?.name} and ${last?.name}` : `${first?.name} to ${last?.name}`;
    if (first && first.runs !== '') lines.push(`${names}: ${first.runs}`);
    i = j + 1;
  }
  return lines;
}
