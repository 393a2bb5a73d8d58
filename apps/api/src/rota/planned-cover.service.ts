import { Injectable } from '@nestjs/common';
import { addDays, eachDate, isoWeekday, type IsoDate } from '@recordroom/calendar';
import { type WeekdayHourGrid } from '@recordroom/kpi';
import { minuteOfDay } from '@recordroom/rota';
import { UnitOfWork } from '../database/unit-of-work.js';
import { ShiftsRepository } from './shifts.repository.js';

/**
 * Planned cover for the KPI module: the mean number of people on duty in each hour of each ISO
 * weekday over a range of dates, from the assignments of published and finalised periods. An
 * hour partly worked counts its share (a shift ending 00:30 is half a person from 00:00).
 */
@Injectable()
export class PlannedCoverService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly shifts: ShiftsRepository,
  ) {}

  /** Over one department, or the whole organisation when `departmentId` is null (people add up across departments). */
  async byWeekdayHour(scope: { organisationId: string; departmentId: string | null }, from: IsoDate, to: IsoDate): Promise<WeekdayHourGrid> {
    const rows = await this.work.reading((em) => this.shifts.onDutyByDateAndTimes(em, scope, addDays(from, -1), to));
    const dates = to < from ? [] : eachDate(from, to);
    const inRange = new Set(dates);
    // Person-minutes on duty per date and hour, then averaged over the dates of each weekday.
    const minutes = new Map<string, number[]>();
    const add = (date: IsoDate, startMinute: number, endMinute: number, people: number): void => {
      if (!inRange.has(date)) return;
      const hours = minutes.get(date) ?? Array.from({ length: 24 }, () => 0);
      for (let hour = Math.floor(startMinute / 60); hour * 60 < endMinute && hour < 24; hour += 1) {
        const overlap = Math.min(endMinute, (hour + 1) * 60) - Math.max(startMinute, hour * 60);
        hours[hour] = (hours[hour] ?? 0) + Math.max(0, overlap) * people;
      }
      minutes.set(date, hours);
    };
    for (const row of rows) {
      const start = minuteOfDay(row.start_time);
      const end = minuteOfDay(row.end_time);
      if (row.ends_next_day) {
        add(row.date, start, 1440, row.people);
        add(addDays(row.date, 1), 0, end, row.people);
      } else add(row.date, start, end, row.people);
    }
    const grid = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));
    const dayCounts = Array.from({ length: 7 }, () => 0);
    for (const date of dates) {
      const weekday = isoWeekday(date) - 1;
      dayCounts[weekday] = (dayCounts[weekday] ?? 0) + 1;
      const hours = minutes.get(date);
      const row = grid[weekday];
      if (!hours || !row) continue;
      hours.forEach((m, hour) => (row[hour] = (row[hour] ?? 0) + m / 60));
    }
    return grid.map((row, weekday) => row.map((sum) => ((dayCounts[weekday] ?? 0) > 0 ? sum / (dayCounts[weekday] ?? 1) : 0)));
  }
}
