import { Controller, Get, Param, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AgencyPriceDto, type RotaCostDto } from '@recordroom/contracts';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { UuidParam } from '../http/uuid-param.pipe.js';
import { PayRulesFilter } from './pay-rules.filter.js';
import { RotaCostService } from './rota-cost.service.js';

/** What a rota period costs, beside the rota's own routes (docs/api/pay.md "Rota cost"). */
@ApiTags('pay')
@UseFilters(PayRulesFilter)
@Controller('rota/periods/:periodId')
@Roles('admin', 'manager', 'senior')
export class RotaCostController {
  constructor(private readonly costs: RotaCostService) {}

  @Get('cost')
  cost(@Actor() user: CurrentUser, @Param('periodId', new UuidParam('periodId')) periodId: string): Promise<RotaCostDto> {
    return this.costs.periodCost(user, periodId);
  }

  @Get('shifts/:shiftId/agency-price')
  agencyPrice(@Actor() user: CurrentUser, @Param('periodId', new UuidParam('periodId')) periodId: string, @Param('shiftId', new UuidParam('shiftId')) shiftId: string): Promise<AgencyPriceDto> {
    return this.costs.agencyPrice(user, periodId, shiftId);
  }
}
