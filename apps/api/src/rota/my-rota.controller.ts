import { Controller, Delete, Get, HttpCode, Param, Post, Query, Res, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  myShiftsQuery,
  mySwapsQuery,
  type AbsenceDto,
  type MyShiftDto,
  type MyShiftsQuery,
  type MySwapsQuery,
  type NewCalendarFeedDto,
  type Page,
  type SwapDto,
  type SwapOptionsDto,
} from '@recordroom/contracts';
import { type Response } from 'express';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiZodQuery } from '../http/openapi-schema.js';
import { UuidParam } from '../http/uuid-param.pipe.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { AbsencesService } from './absences.service.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { MyRotaService } from './my-rota.service.js';
import { RotaValidationFilter } from './rota-validation.filter.js';
import { SwapOptionsService } from './swap-options.service.js';
import { SwapsService } from './swaps.service.js';

/** A person's own rota: their published shifts, their swaps, their absences, their calendar feed. */
@ApiTags('rota')
@UseFilters(RotaValidationFilter)
@Controller('rota/me')
@Roles('admin', 'manager', 'officer', 'senior', 'staff')
export class MyRotaController {
  constructor(
    private readonly myRota: MyRotaService,
    private readonly absences: AbsencesService,
    private readonly feeds: CalendarFeedService,
    private readonly swaps: SwapsService,
    private readonly swapOptionsService: SwapOptionsService,
  ) {}

  @Get('shifts')
  @ApiZodQuery(myShiftsQuery)
  shifts(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(myShiftsQuery)) query: MyShiftsQuery): Promise<MyShiftDto[]> {
    return this.myRota.shifts(user, query);
  }

  /** The swaps I asked for and those asking me, newest first. */
  @Get('swaps')
  @ApiZodQuery(mySwapsQuery)
  mySwaps(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(mySwapsQuery)) query: MySwapsQuery): Promise<Page<SwapDto>> {
    return this.swaps.mine(user, query);
  }

  /** Colleagues who could take one of my shifts, and their shifts I could take back; seniors write nothing, so they are not asked. */
  @Get('assignments/:assignmentId/swap-options')
  @Roles('admin', 'manager', 'officer', 'staff')
  swapOptions(@Actor() user: CurrentUser, @Param('assignmentId', new UuidParam()) assignmentId: string): Promise<SwapOptionsDto> {
    return this.swapOptionsService.options(user, assignmentId);
  }

  @Get('absences')
  myAbsences(@Actor() user: CurrentUser): Promise<AbsenceDto[]> {
    return this.absences.mine(user);
  }

  /** `{ url: null, createdAt }`, or JSON `null` when there is no feed (Nest would send an empty body for null). */
  @Get('calendar-feed')
  async feed(@Actor() user: CurrentUser, @Res() response: Response): Promise<void> {
    response.status(200).json(await this.feeds.current(user));
  }

  @Post('calendar-feed')
  createFeed(@Actor() user: CurrentUser): Promise<NewCalendarFeedDto> {
    return this.feeds.create(user);
  }

  @Delete('calendar-feed')
  @HttpCode(204)
  revokeFeed(@Actor() user: CurrentUser): Promise<void> {
    return this.feeds.revokeOwn(user);
  }
}
