import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ScopeModule } from '../scope/scope.module.js';
import { CoverCostEstimators } from '../rota/cover-cost-estimators.js';
import { EstablishmentRepository } from './establishment.repository.js';
import { EstablishmentService } from './establishment.service.js';
import { MonthlySpendRepository } from './monthly-spend.repository.js';
import { MonthlySpendService } from './monthly-spend.service.js';
import { PayDepartmentRepository } from './pay-department.repository.js';
import { PayDepartments } from './pay-departments.js';
import { PaySettingsRepository } from './pay-settings.repository.js';
import { PaySettingsService } from './pay-settings.service.js';
import { PayTablesService } from './pay-tables.service.js';
import { PayViewController } from './pay-view.controller.js';
import { PayViewService } from './pay-view.service.js';
import { PayController } from './pay.controller.js';
import { PeriodCost } from './period-cost.js';
import { RotaCostController } from './rota-cost.controller.js';
import { RotaCostService } from './rota-cost.service.js';
import { RotaPayRepository } from './rota-pay.repository.js';

/**
 * Staffing costs and budgets: persistence and HTTP for @recordroom/pay. Provides the rota's
 * CoverCostEstimators, so cover candidates on the planner carry their price.
 */
@Module({
  imports: [AuditModule, ScopeModule],
  controllers: [PayController, RotaCostController, PayViewController],
  providers: [
    PayDepartmentRepository,
    PayDepartments,
    EstablishmentRepository,
    MonthlySpendRepository,
    PaySettingsRepository,
    RotaPayRepository,
    PaySettingsService,
    PayTablesService,
    EstablishmentService,
    MonthlySpendService,
    PeriodCost,
    RotaCostService,
    PayViewService,
    { provide: CoverCostEstimators, useExisting: RotaCostService },
  ],
  exports: [CoverCostEstimators],
})
export class PayModule {}
