import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { ScopeModule } from '../scope/scope.module.js';
import { QualityAuditController } from './quality-audit.controller.js';
import { QualityAuditRepository } from './quality-audit.repository.js';
import { QualityAuditService } from './quality-audit.service.js';

/** Records-quality audits; `AuditModule` is the audit trail every change writes to. */
@Module({
  imports: [AuditModule, ScopeModule],
  controllers: [QualityAuditController],
  providers: [UnitOfWork, QualityAuditRepository, QualityAuditService],
})
export class QualityAuditModule {}
