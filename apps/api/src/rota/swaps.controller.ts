import { Body, Controller, Get, HttpCode, Param, Post, Query, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiZodBody, ApiZodQuery } from '../http/openapi-schema.js';
import { type Page } from '../http/paging.js';
import { UuidParam } from '../http/uuid-param.pipe.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { createSwapSchema, listSwapsQuery, swapDecisionSchema, type CreateSwapDto, type ListSwapsQuery, type SwapDecisionDto, type SwapDto } from './dto/swap.dto.js';
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
}
