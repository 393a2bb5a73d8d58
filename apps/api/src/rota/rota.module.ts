import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { PayModule } from '../pay/pay.module.js';
import { AbsencesController } from './absences.controller.js';
import { AbsencesService } from './absences.service.js';
import { AssignmentsService } from './assignments.service.js';
import { CalendarFeedController } from './calendar-feed.controller.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { CoverRequirementsController } from './cover-requirements.controller.js';
import { CoverRequirementsService } from './cover-requirements.service.js';
import { MyRotaController } from './my-rota.controller.js';
import { MyRotaService } from './my-rota.service.js';
import { PeriodsController } from './periods.controller.js';
import { PeriodsService } from './periods.service.js';
import { PlannedCoverService } from './planned-cover.service.js';
import { PlannerService } from './planner.service.js';
import { RotaAccess } from './rota-access.js';
import { RotaInputRepository } from './rota-input.repository.js';
import { ShiftTypesController } from './shift-types.controller.js';
import { ShiftTypesService } from './shift-types.service.js';
import { SwapsController } from './swaps.controller.js';
import { SwapOptionsService } from './swap-options.service.js';
import { SwapsService } from './swaps.service.js';

/** Rota and shift cover: persistence and HTTP for @recordroom/rota. Exports planned cover for the KPIs. */
@Module({
  imports: [AuditModule, PayModule],
  controllers: [ShiftTypesController, CoverRequirementsController, PeriodsController, AbsencesController, SwapsController, MyRotaController, CalendarFeedController],
  providers: [
    RotaAccess,
    RotaInputRepository,
    ShiftTypesService,
    CoverRequirementsService,
    PeriodsService,
    PlannerService,
    AssignmentsService,
    AbsencesService,
    SwapsService,
    SwapOptionsService,
    MyRotaService,
    CalendarFeedService,
    PlannedCoverService,
  ],
  exports: [PlannedCoverService],
})
export class RotaModule {}
