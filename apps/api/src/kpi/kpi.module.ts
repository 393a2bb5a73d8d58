import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { RotaModule } from '../rota/rota.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { KpiDemandService } from './kpi-demand.service.js';
import { ImportLeaseRepository } from './import/import-lease.repository.js';
import { KpiEventService } from './import/kpi-event.service.js';
import { KpiImportRepository } from './import/kpi-import.repository.js';
import { KpiImportService } from './import/kpi-import.service.js';
import { KpiController } from './kpi.controller.js';
import { KpiImportController } from './kpi-import.controller.js';
import { KpiReadRepository } from './kpi-read.repository.js';
import { KpiReadService } from './kpi-read.service.js';
import { KpiScopeResolver } from './kpi-scope.resolver.js';

@Module({
  imports: [AuditModule, RotaModule, ScopeModule],
  controllers: [KpiController, KpiImportController],
  providers: [KpiReadRepository, KpiReadService, KpiScopeResolver, KpiImportRepository, ImportLeaseRepository, KpiImportService, KpiEventService, KpiDemandService],
})
export class KpiModule {}
