import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  demandQuery,
  distributionQuery,
  seriesQuery,
  summaryQuery,
  type DemandQuery,
  type DemandVsStaffingDto,
  type DistributionQuery,
  type KpiSeriesDto,
  type KpiSummaryDto,
  type RetrievalDistributionDto,
  type SeriesQuery,
  type SummaryQuery,
} from '@recordroom/contracts';
import { type Readable } from 'node:stream';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiZodQuery } from '../http/openapi-schema.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { KpiDemandService } from './kpi-demand.service.js';
import { seriesCsv, summaryCsv } from './kpi-csv.js';
import { KpiReadService } from './kpi-read.service.js';

function csvFile(csv: Readable, filename: string): StreamableFile {
  return new StreamableFile(csv, { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${filename}"` });
}

/** Reading the service KPIs: the summary with SPC icons, one chart, the retrieval drill-down, CSV exports. */
@ApiTags('kpi')
@Controller('kpi')
export class KpiController {
  constructor(
    private readonly kpis: KpiReadService,
    private readonly demand: KpiDemandService,
  ) {}

  @Get('summary')
  @Roles('admin', 'manager', 'officer', 'senior')
  @ApiZodQuery(summaryQuery)
  summary(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(summaryQuery)) query: SummaryQuery): Promise<KpiSummaryDto> {
    return this.kpis.summary(user, query);
  }

  @Get('summary.csv')
  @Roles('admin', 'manager', 'officer', 'senior')
  @ApiZodQuery(summaryQuery)
  @ApiProduces('text/csv')
  async summaryCsv(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(summaryQuery)) query: SummaryQuery): Promise<StreamableFile> {
    return csvFile(summaryCsv(await this.kpis.summary(user, query)), 'kpi-summary.csv');
  }

  // Declared before series/:kpiId, which would otherwise take "x.csv" as a KPI id.
  @Get('series/:kpiId.csv')
  @Roles('admin', 'manager', 'officer', 'senior')
  @ApiZodQuery(seriesQuery)
  @ApiProduces('text/csv')
  async seriesCsv(@Actor() user: CurrentUser, @Param('kpiId') kpiId: string, @Query(new ZodValidationPipe(seriesQuery)) query: SeriesQuery): Promise<StreamableFile> {
    const series = await this.kpis.series(user, kpiId, query);
    return csvFile(seriesCsv(series), `${series.kpiId}${series.facet === null ? '' : `-${series.facet}`}.csv`);
  }

  @Get('series/:kpiId')
  @Roles('admin', 'manager', 'officer', 'senior')
  @ApiZodQuery(seriesQuery)
  series(@Actor() user: CurrentUser, @Param('kpiId') kpiId: string, @Query(new ZodValidationPipe(seriesQuery)) query: SeriesQuery): Promise<KpiSeriesDto> {
    return this.kpis.series(user, kpiId, query);
  }

  @Get('retrieval-distribution')
  @Roles('admin', 'manager', 'officer', 'senior')
  @ApiZodQuery(distributionQuery)
  retrievalDistribution(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(distributionQuery)) query: DistributionQuery): Promise<RetrievalDistributionDto> {
    return this.kpis.retrievalDistribution(user, query);
  }

  @Get('demand-vs-staffing')
  @Roles('admin', 'manager', 'senior')
  @ApiZodQuery(demandQuery)
  demandVsStaffing(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(demandQuery)) query: DemandQuery): Promise<DemandVsStaffingDto> {
    return this.demand.demandVsStaffing(user, query);
  }
}
