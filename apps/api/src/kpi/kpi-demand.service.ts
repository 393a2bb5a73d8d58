import { Injectable } from '@nestjs/common';
import { eachDate, isoDateIn, isoWeekday } from '@recordroom/calendar';
import { type DemandQuery, type DemandVsStaffingDto } from '@recordroom/contracts';
import { compareWithPlannedCover, DEFAULT_RETRIEVAL_TARGETS, staffNeededByHour, weekdayHourGrid, type WeekdayHourGrid } from '@recordroom/kpi';
import { type CurrentUser } from '../auth/current-user.js';
import { PlannedCoverService } from '../rota/planned-cover.service.js';
import { KpiReadRepository } from './kpi-read.repository.js';
import { kpiRange } from './kpi-range.js';
import { KpiScopeResolver } from './kpi-scope.resolver.js';

/**
 * Demand against planned staffing: mean requests per weekday and hour (SQL counts over the
 * number of each weekday in the range, as arrivalRatesByWeekdayHour), the staff Erlang C says
 * are needed to start the target share within the priority's retrieval target, and the people
 * the published rotas have on duty (PlannedCoverService), hour by hour.
 */
@Injectable()
export class KpiDemandService {
  constructor(
    private readonly repository: KpiReadRepository,
    private readonly scopes: KpiScopeResolver,
    private readonly plannedCover: PlannedCoverService,
  ) {}

  async demandVsStaffing(user: CurrentUser, query: DemandQuery): Promise<DemandVsStaffingDto> {
    const scope = await this.scopes.forReading(user, query.departmentId);
    const range = kpiRange(query, 'week', isoDateIn(new Date(), 'Europe/London'));
    const departments = scope.departmentId === null ? await this.repository.departmentIds(scope.organisationId) : [scope.departmentId];
    const [counts, covers] = await Promise.all([
      this.repository.arrivalsByWeekdayHour(scope, range, query.priority),
      Promise.all(departments.map((id) => this.plannedCover.byWeekdayHour(id, range.from, range.to))),
    ]);

    const weekdays = Array.from({ length: 7 }, () => 0);
    for (const date of eachDate(range.from, range.to)) weekdays[isoWeekday(date) - 1] = (weekdays[isoWeekday(date) - 1] ?? 0) + 1;
    const arrivals = weekdayHourGrid(0);
    for (const { weekday, hour, requests } of counts) {
      const row = arrivals[weekday - 1];
      if (row) row[hour] = requests / (weekdays[weekday - 1] || 1);
    }

    const targetMinutes = DEFAULT_RETRIEVAL_TARGETS[query.priority].maxMinutes;
    const needed = staffNeededByHour(arrivals, query.handlingMinutes, targetMinutes, query.serviceLevel);
    const comparison = compareWithPlannedCover(needed, sumGrids(covers));
    return {
      from: range.from,
      to: range.to,
      priority: query.priority,
      targetMinutes,
      serviceLevel: query.serviceLevel,
      handlingMinutes: query.handlingMinutes,
      hours: comparison.map((c, i) => ({ ...c, arrivalsPerHour: needed[i]?.arrivalsPerHour ?? 0 })),
    };
  }
}

/** Planned cover of several departments, hour by hour. */
function sumGrids(grids: readonly WeekdayHourGrid[]): WeekdayHourGrid {
  const total = weekdayHourGrid(0);
  for (const grid of grids) grid.forEach((row, d) => row.forEach((value, h) => ((total[d] as number[])[h] = ((total[d] as number[])[h] ?? 0) + value)));
  return total;
}
