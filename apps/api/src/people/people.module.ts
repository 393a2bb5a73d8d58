import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { RotaModule } from '../rota/rota.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { PeopleAccess } from './people-access.js';
import { PeopleController } from './people.controller.js';
import { PeopleImportService } from './people-import.service.js';
import { PeopleReadService } from './people-read.service.js';
import { PeopleRepository } from './people.repository.js';
import { PeopleWriteService } from './people-write.service.js';

/**
 * Line management: persistence and HTTP for the line-management half of @recordroom/people
 * (docs/line-management.md). Leave stays in the rota's absences; this module reads them, and puts
 * each sickness episode on the rota as an absence (SicknessAbsencesService) in the episode's transaction.
 */
@Module({
  imports: [AuditModule, ScopeModule, RotaModule],
  controllers: [PeopleController],
  providers: [UnitOfWork, PeopleAccess, PeopleRepository, PeopleReadService, PeopleWriteService, PeopleImportService],
})
export class PeopleModule {}
