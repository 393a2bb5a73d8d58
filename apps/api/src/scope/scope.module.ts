import { Module } from '@nestjs/common';
import { ScopeRepository } from './scope.repository.js';
import { ScopeService } from './scope.service.js';

/** Who may read, change and decide what: used by staff, organisation, rota and KPIs. */
@Module({
  providers: [ScopeService, ScopeRepository],
  exports: [ScopeService],
})
export class ScopeModule {}
