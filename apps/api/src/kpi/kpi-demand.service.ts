import { Injectable } from '@nestjs/common';
import { type DemandQuery, type DemandVsStaffingDto } from '@recordroom/contracts';
import { compareWithPlannedCover, DEFAULT_RETRIEVAL_TARGETS, meanPerWeekday, staffNeededByHour, weekdayHourGrid } from '@recordroom/kpi';
import { type CurrentUser } from '../auth/current-user.js';
import { PlannedCoverService } from '../rota/planned-cover.service.js';
import { KpiReadRepository } from './kpi-read.repository.js';
import { kpiRange } from './kpi-range.js';
import { KpiScopeResolver } from './kpi-scope.resolver.js';
import { Clock } from '../time/clock.js';

/**
 * Demand against planned staffing: mean requests per weekday and hour (SQL counts, averaged by
 * meanPerWeekday as arrivalRatesByWeekdayHour does), the staff Erlang C says
 * are needed to start the target share within the priority's retrieval target, and the people
 * the published rotas have on duty (PlannedCoverService), hour by hour.
 */
@Injectable()
export class KpiDemandService {
  constructor(
    private readonly repository: KpiReadRepository,
    private readonly scopes: KpiScopeResolver,
    private readonly plannedCover: PlannedCoverService,
    private readonly clock: Clock,
  ) {}

  async demandVsStaffing(user: CurrentUser, query: DemandQuery): Promise<DemandVsStaffingDto> {
    const scope = await this.scopes.forReading(user, query.departmentId);
    const range = kpiRange(query, 'week', this.clock.today());
    const [counts, planned] = await Promise.all([
      this.repository.arrivalsByWeekdayHour(scope, range, query.priority),
      this.plannedCover.byWeekdayHour(scope, range.from, range.to),
    ]);

    const countGrid = weekdayHourGrid(0);
    for (const { weekday, hour, requests } of counts) {
      const row = countGrid[weekday - 1];
      if (row) row[hour] = requests;
    }
    const arrivals = meanPerWeekday(countGrid, range);

    const targetMinutes = DEFAULT_RETRIEVAL_TARGETS[query.priority].maxMinutes;
    const needed = staffNeededByHour(arrivals, query.handlingMinutes, targetMinutes, query.serviceLevel);
    const comparison = compareWithPlannedCover(needed, planned);
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

