import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { KpiController } from './kpi.controller.js';
import { KpiReadRepository } from './kpi-read.repository.js';
import { KpiReadService } from './kpi-read.service.js';
import { KpiScopeResolver } from './kpi-scope.resolver.js';

@Module({
  imports: [AuditModule],
  controllers: [KpiController],
  providers: [KpiReadRepository, KpiReadService, KpiScopeResolver],
})
export class KpiModule {}
