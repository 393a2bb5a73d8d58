import { Controller, Get, Param, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type PayViewDto } from '@recordroom/contracts';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { UuidParam } from '../http/uuid-param.pipe.js';
import { PayRulesFilter } from './pay-rules.filter.js';
import { PayViewService } from './pay-view.service.js';

/** A person's own pay (docs/api/pay.md "A person's pay"): anyone's own; others' by the scope of the caller. */
@ApiTags('pay')
@UseFilters(PayRulesFilter)
@Controller()
@Roles('admin', 'manager', 'officer', 'senior', 'staff')
export class PayViewController {
  constructor(private readonly pay: PayViewService) {}

  @Get('me/pay')
  mine(@Actor() user: CurrentUser): Promise<PayViewDto> {
    return this.pay.mine(user);
  }

  @Get('staff/:id/pay')
  forStaff(@Actor() user: CurrentUser, @Param('id', new UuidParam()) id: string): Promise<PayViewDto> {
    return this.pay.forStaff(user, id);
  }
}
