import { Module } from '@nestjs/common';
import { AuditEventRepository } from './audit-event.repository.js';
import { AuditController } from './audit.controller.js';
import { AuditTrail } from './audit-trail.js';
import { AuditService } from './audit.service.js';

@Module({
  controllers: [AuditController],
  providers: [AuditTrail, AuditEventRepository, AuditService],
  exports: [AuditTrail],
})
export class AuditModule {}
