import { Body, Controller, Get, HttpCode, Param, Post, Query, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  cancelSwapSchema,
  createSwapSchema,
  listSwapsQuery,
  swapDecisionSchema,
  type CancelSwapDto,
  type CreateSwapDto,
  type ListSwapsQuery,
  type Page,
  type SwapDecisionDto,
  type SwapDto,
} from '@recordroom/contracts';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiZodBody, ApiZodQuery } from '../http/openapi-schema.js';
import { UuidParam } from '../http/uuid-param.pipe.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { SwapsService } from './swaps.service.js';
import { RotaValidationFilter } from './rota-validation.filter.js';

@ApiTags('rota')
@UseFilters(RotaValidationFilter)
@Controller('rota/swaps')
export class SwapsController {
  constructor(private readonly swaps: SwapsService) {}

  @Get()
  @Roles('admin', 'manager', 'officer', 'senior')
  @ApiZodQuery(listSwapsQuery)
  list(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(listSwapsQuery)) query: ListSwapsQuery): Promise<Page<SwapDto>> {
    return this.swaps.list(user, query);
  }

  @Post()
  @Roles('admin', 'manager', 'officer', 'staff')
  @ApiZodBody(createSwapSchema)
  create(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(createSwapSchema)) body: CreateSwapDto): Promise<SwapDto> {
    return this.swaps.create(user, body);
  }

  @Post(':id/decision')
  @Roles('admin', 'manager', 'officer')
  @HttpCode(200)
  @ApiZodBody(swapDecisionSchema)
  decide(@Actor() user: CurrentUser, @Param('id', new UuidParam()) swapId: string, @Body(new ZodValidationPipe(swapDecisionSchema)) body: SwapDecisionDto): Promise<SwapDto> {
    return this.swaps.decide(user, swapId, body);
  }

  /** The requester withdraws a swap still waiting for a decision (a manager of the department may too). */
  @Post(':id/cancel')
  @Roles('admin', 'manager', 'officer', 'staff')
  @HttpCode(200)
  @ApiZodBody(cancelSwapSchema)
  cancel(@Actor() user: CurrentUser, @Param('id', new UuidParam()) swapId: string, @Body(new ZodValidationPipe(cancelSwapSchema)) body: CancelSwapDto): Promise<SwapDto> {
    return this.swaps.cancel(user, swapId, body);
  }
}
