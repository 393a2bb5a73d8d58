import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { PayModule } from '../pay/pay.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { AbsencesController } from './absences.controller.js';
import { AbsencesRepository } from './absences.repository.js';
import { AbsencesService } from './absences.service.js';
import { AssignmentsService } from './assignments.service.js';
import { CalendarFeedController } from './calendar-feed.controller.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { CalendarFeedsRepository } from './calendar-feeds.repository.js';
import { CoverRequirementsController } from './cover-requirements.controller.js';
import { CoverRequirementsRepository } from './cover-requirements.repository.js';
import { CoverRequirementsService } from './cover-requirements.service.js';
import { MyRotaController } from './my-rota.controller.js';
import { MyRotaService } from './my-rota.service.js';
import { PeriodAccess } from './period-access.js';
import { PeriodsController } from './periods.controller.js';
import { RotaPeriodsRepository } from './periods.repository.js';
import { PeriodsService } from './periods.service.js';
import { PlannedCoverService } from './planned-cover.service.js';
import { PlannerService } from './planner.service.js';
import { RotaInputRepository } from './rota-input.repository.js';
import { ShiftTypesController } from './shift-types.controller.js';
import { ShiftTypesRepository } from './shift-types.repository.js';
import { ShiftTypesService } from './shift-types.service.js';
import { ShiftsRepository } from './shifts.repository.js';
import { SwapOptionsService } from './swap-options.service.js';
import { SwapsController } from './swaps.controller.js';
import { SwapsRepository } from './swaps.repository.js';
import { SwapsService } from './swaps.service.js';
import { RotaSolvesController } from './solve/rota-solves.controller.js';
import { RotaSolvesRepository } from './solve/rota-solves.repository.js';
import { RotaSolvesService } from './solve/rota-solves.service.js';
import { SolveQueue } from './solve/solve-queue.js';
import { SicknessAbsencesService } from './sickness-absences.service.js';

/**
 * Rota and shift cover: persistence and HTTP for @recordroom/rota. Services orchestrate and call
 * the domain; the repositories own every query; ScopeModule says who may see and do what.
 * Exports planned cover for the KPIs, and the sickness absences line management's episodes put on the rota.
 */
@Module({
  imports: [AuditModule, ScopeModule, PayModule],
  controllers: [ShiftTypesController, CoverRequirementsController, PeriodsController, AbsencesController, SwapsController, MyRotaController, CalendarFeedController, RotaSolvesController],
  providers: [
    UnitOfWork,
    PeriodAccess,
    RotaInputRepository,
    RotaPeriodsRepository,
    ShiftsRepository,
    AbsencesRepository,
    SwapsRepository,
    ShiftTypesRepository,
    CoverRequirementsRepository,
    CalendarFeedsRepository,
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
    RotaSolvesRepository,
    SolveQueue,
    RotaSolvesService,
    SicknessAbsencesService,
  ],
  exports: [PlannedCoverService, SicknessAbsencesService],
})
export class RotaModule {}
